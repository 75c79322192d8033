/** How KPI values read to people: '≥ 30%', '1.25 工作日', '达成'. Shared by the KPI sheet, the CLI table and the task pane. */
import type { Lang } from "../i18n";
import { fmt, msg } from "./measure-helpers";
import type { KpiDirection, KpiStatus, KpiUnit } from "./types";

export function unitLabel(unit: KpiUnit, lang: Lang): string {
  return msg(lang, unit === "workdays" ? "unit-workdays" : unit === "percent" ? "unit-percent" : "unit-score");
}

/** A value with its unit: '40.7%', '1.25 工作日', '4.5 分'; '—' for no value. */
export function formatValue(value: number | null, unit: KpiUnit, lang: Lang): string {
  if (value === null) return "—";
  const u = unitLabel(unit, lang);
  return unit === "percent" ? `${fmt(value)}${u}` : `${fmt(value)} ${u}`;
}

/** The target as the plan states it: '≥ 30%', '≤ 1 工作日'. */
export function formatTarget(target: number, direction: KpiDirection, unit: KpiUnit, lang: Lang): string {
  return `${direction === "higher" ? "≥" : "≤"} ${formatValue(target, unit, lang)}`;
}

export function statusLabel(status: KpiStatus, lang: Lang): string {
  return msg(lang, status);
}

/** The KPI sheet's numeric status for its icon set: 1 met (green), 0 no data (amber), −1 not met (red). */
export function statusCode(status: KpiStatus): number {
  return status === "met" ? 1 : status === "no-data" ? 0 : -1;
}

/** Columns a terminal (or an Excel column, roughly) gives a string (the one measure: core/text-width.ts). */
export { textWidth } from "../text-width";
