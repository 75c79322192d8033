/**
 * What the 期限 page shows, computed without React: the counts in its header, the items of a view grouped by owner or
 * department, the reminder text and the jump to a row. Kept apart so it is tested without a DOM.
 */
import { serialToIso, serialToIsoDateTime, type Serial } from "../../../core/dates";
import { countByStatus, groupItems, inView, reminderText, type DeadlineGroup, type DeadlineItem, type DeadlineView } from "../../../core/deadlines";
import type { Lang } from "../../../core/i18n";
import type { WorkbookPort } from "../../../workbook/port";

export const VIEWS: readonly DeadlineView[] = ["today", "week", "overdue", "open"];
export type GroupBy = "owner" | "department";

export interface HeaderCounts {
  overdue: number;
  today: number;
  week: number;
}

export function headerCounts(items: readonly DeadlineItem[], asOf: Serial): HeaderCounts {
  return {
    overdue: countByStatus(items).overdue,
    today: items.filter((i) => inView(i, "today", asOf)).length,
    week: items.filter((i) => inView(i, "week", asOf)).length,
  };
}

export function viewGroups(items: readonly DeadlineItem[], view: DeadlineView, by: GroupBy, asOf: Serial): DeadlineGroup[] {
  return groupItems(
    items.filter((i) => inView(i, view, asOf)),
    by
  );
}

/** The reminder list of what the page shows, one line per item (owner, what, due date, days late). */
export function reminderOf(groups: readonly DeadlineGroup[], lang: Lang): string {
  return reminderText(
    groups.flatMap((g) => g.items),
    lang
  );
}

export const dueText = (i: DeadlineItem): string => (i.dueHasTime ? serialToIsoDateTime(i.due).replace("T", " ") : serialToIso(i.due));

/** Stable React key and DOM id of an item. */
export const itemId = (i: DeadlineItem): string => `${i.sheet}!${i.row}!${i.rule.id}`;

/** Selects the item's cell (the completion column, where the user records it is done). */
export function selectItem(port: WorkbookPort, i: DeadlineItem): Promise<void> {
  return port.select(i.sheet, i.row, i.column + 1);
}
