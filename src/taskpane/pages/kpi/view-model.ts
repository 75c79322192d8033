/**
 * What the KPI page shows, computed without React: the periods offered by the picker, status colours, and the
 * drill-down action. Kept apart so it is tested without a DOM.
 */
import type { Serial } from "../../../core/dates";
import { translate, type Lang } from "../../../core/i18n";
import {
  KPI_BOARD_SHEET,
  periodContaining,
  periodLabel,
  previousPeriod,
  type KpiResult,
  type KpiStatus,
  type MonthDay,
  type Offender,
  type Period,
} from "../../../core/kpi";
import type { LocateContext } from "../../../app/locate";
import { goToCell, type CellLocator } from "../../shell/navigate";
import type { WorkbookPort } from "../../../workbook/port";
import { errorText } from "../../shell/errors";
import { KPI_PAGE_MESSAGES } from "./messages";

export interface PeriodOption {
  id: string;
  label: string;
}

/** The picker's choices around as-of: this and the three previous quarters, two semesters, two years, three months. */
export function periodOptions(asOf: Serial, lang: Lang, starts?: readonly MonthDay[]): PeriodOption[] {
  const back = (p: Period, n: number): Period[] => {
    const out = [p];
    while (out.length < n) out.push(previousPeriod(out[out.length - 1] as Period, starts));
    return out;
  };
  const periods = [
    ...back(periodContaining("quarter", asOf, starts), 4),
    ...back(periodContaining("semester", asOf, starts), 2),
    ...back(periodContaining("year", asOf, starts), 2),
    ...back(periodContaining("month", asOf, starts), 3),
  ];
  return periods.map((p) => ({
    id: p.id,
    label: translate(KPI_PAGE_MESSAGES, lang, "periodOption", { label: periodLabel(p, lang), id: p.id }),
  }));
}

/**
 * Status colours (Fluent palette names a card's badge uses). 数据不足 is grey: nothing is wrong yet, there is only
 * too little to judge, and amber would read as a warning beside the red of 未达成.
 */
export function statusColor(status: KpiStatus): "success" | "danger" | "informative" {
  return status === "met" ? "success" : status === "not-met" ? "danger" : "informative";
}

const STATUS_ORDER: Record<KpiStatus, number> = { "not-met": 0, met: 1, "no-data": 2 };
export const KPI_STATUSES: readonly KpiStatus[] = ["met", "not-met", "no-data"];

/** Not met first (what needs attention), then met, then those without enough data; catalogue order within each. */
export function sortedKpis(kpis: readonly KpiResult[]): KpiResult[] {
  return kpis
    .map((k, i) => ({ k, i }))
    .sort((a, b) => STATUS_ORDER[a.k.status] - STATUS_ORDER[b.k.status] || a.i - b.i)
    .map((x) => x.k);
}

export function statusCounts(kpis: readonly KpiResult[]): Record<KpiStatus, number> {
  const out: Record<KpiStatus, number> = { met: 0, "not-met": 0, "no-data": 0 };
  for (const k of kpis) out[k.status]++;
  return out;
}

export interface Trend {
  arrow: "↑" | "↓" | "→";
  /** Whether the move is for the better given the KPI's direction; null when unchanged. */
  better: boolean | null;
}

/** The change against 上期: up, down or level, and whether that is good news for this KPI; null without both values. */
export function trendOf(kpi: Pick<KpiResult, "change" | "direction">): Trend | null {
  if (kpi.change === null) return null;
  if (kpi.change === 0) return { arrow: "→", better: null };
  const up = kpi.change > 0;
  return { arrow: up ? "↑" : "↓", better: up === (kpi.direction === "higher") };
}

/** Where an offender points: its row's first cell; null for an item that is not a sheet row (a person, a month). */
export function offenderLocator(o: Offender): CellLocator | null {
  return o.row === null ? null : { sheet: o.sheet, row: o.row, column: "" };
}

/** Drill-down: select the row in the workbook (its first column); items that are not sheet rows cannot be selected. */
export async function selectOffender(
  port: WorkbookPort,
  o: Offender,
  ctx: LocateContext | null = null,
): Promise<boolean> {
  const at = offenderLocator(o);
  if (at === null) return false;
  await goToCell(port, ctx, at);
  return true;
}

/**
 * Writes KPI看板 (through `write`, the derived-sheet registry's refresh behind the pane's preview) and brings it to
 * the front: the director looks at what was just written. A write the user did not confirm (null) shows nothing; a
 * sheet that was written but could not be shown is no failure of the write.
 */
export async function writeBoardAndShow<T>(port: WorkbookPort, write: () => Promise<T | null>): Promise<T | null> {
  const out = await write();
  if (out === null) return null;
  try {
    await port.select(KPI_BOARD_SHEET, 1, 1);
  } catch {
    // Selecting only brings the written sheet to the front; the write itself succeeded.
  }
  return out;
}

export type KpiFailure = "readFailed" | "computeFailed" | "writeFailed" | "selectFailed";

/** A failure in the shared wording every page uses (Excel's, the calendar's, a lost download), after the step's verb. */
export function failureText(step: KpiFailure, e: unknown, lang: Lang): string {
  return translate(KPI_PAGE_MESSAGES, lang, step, { message: errorText(e, lang) });
}

/** How many drill-down rows a card lists before saying how many more there are. */
export const DRILL_DOWN_LIMIT = 50;
