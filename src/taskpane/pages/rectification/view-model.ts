/**
 * What the 整改 page shows, computed without React: the list filters, the items they keep, the weekly report of what
 * is shown, and the jump to a row. Kept apart so it is tested without a DOM.
 */
import { serialToIso } from "../../../core/dates";
import { escalationLabel } from "../../../core/deadlines";
import { translate, type Lang } from "../../../core/i18n";
import { itemKey, weeklyReport, type RectificationItem, type RectificationStatus } from "../../../core/rectification";
import type { RegisterTable } from "../../../core/table-types";
import type { LocateContext } from "../../../app/locate";
import { FollowUpColumnMissingError } from "../../../app/rectification";
import { errorText } from "../../shell/errors";
import { RECTIFICATION_PAGE_MESSAGES } from "./messages";
import { goToCell, type CellLocator } from "../../shell/navigate";
import type { WorkbookPort } from "../../../workbook/port";

/** The state filter: every item, the open ones, the overdue ones, or one 状态 value. */
export type StateFilter = "all" | "open" | "overdue" | `state:${string}`;
export const ALL_DEPARTMENTS = "";

export function filterItems(
  items: readonly RectificationItem[],
  department: string,
  state: StateFilter,
): RectificationItem[] {
  return items.filter((x) => {
    if (department !== ALL_DEPARTMENTS && (x.department ?? "") !== department) return false;
    if (state === "open") return x.phase === "open";
    if (state === "overdue") return x.overdue;
    if (state.startsWith("state:")) return x.state === state.slice("state:".length);
    return true;
  });
}

/** Overdue first (worst first), then open by due date, then the rest in workbook order. */
export function listOrder(a: RectificationItem, b: RectificationItem): number {
  const rank = (x: RectificationItem) => (x.overdue ? 0 : x.phase === "open" ? 1 : 2);
  const r = rank(a) - rank(b);
  if (r !== 0) return r;
  if (a.overdue) return (b.overdueWorkdays ?? -1) - (a.overdueWorkdays ?? -1) || a.row - b.row;
  if (a.phase === "open") return (a.due ?? Infinity) - (b.due ?? Infinity) || a.row - b.row;
  return a.row - b.row;
}

export function departmentsOf(s: RectificationStatus): string[] {
  return [...new Set(s.items.map((x) => x.department ?? ""))]
    .filter((d) => d !== "")
    .sort((a, b) => a.localeCompare(b, "zh-CN"));
}

/** The weekly report of the status, its overdue list narrowed to what the page's filters show. */
export function weeklyReportOf(s: RectificationStatus, shown: readonly RectificationItem[], lang: Lang): string {
  const keep = new Set(shown);
  return weeklyReport(
    s,
    lang,
    s.overdue.filter((x) => keep.has(x)),
  );
}

export const itemId = (x: RectificationItem): string => `${x.sheet}!${x.row}`;

/** The meta line of an item: where, due, late, escalation, next follow-up. */
export function itemMeta(
  x: RectificationItem,
  lang: Lang,
  t: (key: string, p?: Record<string, string | number>) => string,
): string {
  const parts = [t("row", { row: x.row }), x.due === null ? t("noDue") : t("due", { due: serialToIso(x.due) })];
  if (x.overdue && x.overdueWorkdays !== null) parts.push(t("late", { n: x.overdueWorkdays }));
  if (x.escalation !== null && x.escalation !== "urge")
    parts.push(`${escalationLabel(x.escalation, lang)}${x.escalateTo ? ` → ${x.escalateTo}` : ""}`);
  if (x.nextFollowUp !== null)
    parts.push(
      x.followUpLate
        ? t("nextLate", { date: serialToIso(x.nextFollowUp) })
        : t("next", { date: serialToIso(x.nextFollowUp) }),
    );
  return parts.join(" · ");
}

export const itemTitle = (x: RectificationItem): string =>
  [itemKey(x), x.state, x.department, x.owner].filter((v) => v !== null && v !== "").join(" · ");

/** Where an item points: its 状态 cell (the lifecycle's column, where progress is recorded). */
export function itemLocator(table: RegisterTable | undefined, x: RectificationItem): CellLocator {
  return { sheet: x.sheet, row: x.row, column: table?.register.lifecycle?.column ?? "状态" };
}

/** Selects the item's 状态 cell, or its row's first cell when the sheet lacks 状态. */
export function selectItem(
  port: WorkbookPort,
  ctx: LocateContext | null,
  table: RegisterTable | undefined,
  x: RectificationItem,
): Promise<void> {
  return goToCell(port, ctx, itemLocator(table, x));
}

/** A failure as the page shows it: the missing follow-up column by name, anything else in the pane's shared wording. */
export function failureText(e: unknown, lang: Lang): string {
  const t = (key: "error" | "noColumn", p: Record<string, string>) =>
    translate(RECTIFICATION_PAGE_MESSAGES, lang, key, p);
  if (e instanceof FollowUpColumnMissingError)
    return t("error", { message: t("noColumn", { sheet: e.sheet, column: e.column }) });
  return t("error", { message: errorText(e, lang) });
}
