/**
 * What the 期限 page shows, computed without React: the counts in its header, the items of a view grouped by owner or
 * department, the reminder text and the jump to a row. Kept apart so it is tested without a DOM.
 */
import { serialToIso, serialToIsoDateTime, type Serial } from "../../../core/dates";
import {
  countByStatus,
  groupItems,
  inView,
  isFarAhead,
  type DeadlineGroup,
  type DeadlineItem,
  type DeadlineView,
} from "../../../core/deadlines";
import { translate, type Lang } from "../../../core/i18n";
import type { LocateContext } from "../../../app/locate";
import { goToCell } from "../../shell/navigate";
import type { WorkbookPort } from "../../../workbook/port";
import { errorText } from "../../shell/errors";
import { DEADLINES_PAGE_MESSAGES } from "./messages";

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

/**
 * The items of a view, grouped. 全部未完成 leaves out items due more than a year ahead (archive retention dates and the
 * like are not work to chase) unless `includeFar`.
 */
/** Items drawn at once: the first screen shows quickly; the rest follow after it is painted, or on request. */
export const FIRST_SCREEN_ITEMS = 40;
export const MORE_ITEMS = 200;

/** The groups cut to their first `limit` items in display order, and how many were left out. */
export function limitGroups(
  groups: readonly DeadlineGroup[],
  limit: number,
): { groups: DeadlineGroup[]; hidden: number } {
  const out: DeadlineGroup[] = [];
  let left = limit;
  let hidden = 0;
  for (const g of groups) {
    if (left <= 0) {
      hidden += g.items.length;
      continue;
    }
    const items = g.items.slice(0, left);
    hidden += g.items.length - items.length;
    left -= items.length;
    out.push(items.length === g.items.length ? g : { ...g, items });
  }
  return { groups: out, hidden };
}

export function viewGroups(
  items: readonly DeadlineItem[],
  view: DeadlineView,
  by: GroupBy,
  asOf: Serial,
  includeFar = false,
): DeadlineGroup[] {
  return groupItems(
    items.filter((i) => inView(i, view, asOf) && (includeFar || view !== "open" || !isFarAhead(i, asOf))),
    by,
  );
}

/** Open items due more than a year ahead (what 全部未完成 leaves out unless asked). */
export function farAheadCount(items: readonly DeadlineItem[], asOf: Serial): number {
  return items.filter((i) => isFarAhead(i, asOf)).length;
}

export const dueText = (i: DeadlineItem): string =>
  i.dueHasTime ? serialToIsoDateTime(i.due).replace("T", " ") : serialToIso(i.due);

/** Stable React key and DOM id of an item (a recurring one's occurrences share a row and rule: its due tells them apart). */
export const itemId = (i: DeadlineItem): string =>
  `${i.sheet}!${i.row}!${i.rule.id}${i.cycle === undefined ? "" : `!${i.due}`}`;

/** Selects the item's cell (the completion column, where the user records it is done). */
export function selectItem(port: WorkbookPort, ctx: LocateContext | null, i: DeadlineItem): Promise<void> {
  return goToCell(port, ctx, i.locator);
}

export type DeadlinesFailure = "readFailed" | "computeFailed" | "writeFailed" | "copyFailed" | "selectFailed";

/** A failure in the shared wording every page uses (Excel's, the calendar's, a lost download), after the step's verb. */
export function failureText(step: DeadlinesFailure, e: unknown, lang: Lang): string {
  return translate(DEADLINES_PAGE_MESSAGES, lang, step, { message: errorText(e, lang) });
}
