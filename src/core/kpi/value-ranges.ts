/**
 * What a number typed into KPI目标 may be, from the KPI's unit and scale (R62: a satisfaction score lies on the
 * 5-point scale). A value outside its range is refused where it is read (settings.ts) and never reaches a verdict.
 * Upper bounds for durations and quantities are generous — a year of working days or clock hours — and exist so a
 * typo such as 1e308 is caught rather than turned into a meaningless "reduction".
 */
import { kpiById } from "./definitions";

export type KpiTargetColumn = "目标值" | "基准值" | "值";

export interface KpiValueRange {
  min: number;
  max: number;
  /** Message key of the unit shown with the range (unit-percent, unit-workdays, unit-score …). */
  unit: "percent" | "workdays" | "hours" | "score" | "quantity";
}

const RANGES: Readonly<Record<KpiValueRange["unit"], Omit<KpiValueRange, "unit">>> = {
  percent: { min: 0, max: 100 },
  score: { min: 1, max: 5 },
  workdays: { min: 0, max: 366 },
  hours: { min: 0, max: 8784 },
  quantity: { min: 0, max: 1e9 },
};

/** The accepted range of a KPI目标 cell, or null for an unknown KPI id. */
export function kpiValueRange(id: string, column: KpiTargetColumn): KpiValueRange | null {
  const def = kpiById(id);
  if (!def) return null;
  let unit: KpiValueRange["unit"];
  if (column === "基准值") unit = def.baseline?.unit ?? "quantity";
  else unit = def.unit; // 值 is the satisfaction result in the KPI's own unit (K07 score, K14 percent)
  return { ...RANGES[unit], unit };
}
