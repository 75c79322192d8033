/**
 * What the KPI page shows, computed without React: the periods offered by the picker, status colours, and the
 * drill-down action. Kept apart so it is tested without a DOM.
 */
import type { Serial } from "../../../core/dates";
import { translate, type Lang } from "../../../core/i18n";
import { periodContaining, periodLabel, previousPeriod, type KpiStatus, type MonthDay, type Offender, type Period } from "../../../core/kpi";
import type { WorkbookPort } from "../../../workbook/port";
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
  return periods.map((p) => ({ id: p.id, label: translate(KPI_PAGE_MESSAGES, lang, "periodOption", { label: periodLabel(p, lang), id: p.id }) }));
}

/** Status colours (Fluent palette names a card's badge uses). */
export function statusColor(status: KpiStatus): "success" | "danger" | "warning" {
  return status === "met" ? "success" : status === "not-met" ? "danger" : "warning";
}

/** Drill-down: select the row in the workbook (its first column); items that are not sheet rows cannot be selected. */
export async function selectOffender(port: WorkbookPort, o: Offender): Promise<boolean> {
  if (o.row === null) return false;
  await port.select(o.sheet, o.row, 1);
  return true;
}

/** How many drill-down rows a card lists before saying how many more there are. */
export const DRILL_DOWN_LIMIT = 50;
