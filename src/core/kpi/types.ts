/**
 * The shapes of KPI definitions (data) and results. A definition says what a KPI measures, against what, from which
 * registers; its `measure` function is the formula over register rows for one period.
 */
import type { Serial } from "../dates";
import type { Calendar } from "../calendar";
import type { Lang, MessageParams } from "../i18n";
import type { Settings } from "../settings-types";
import type { RegisterTable } from "../table-types";
import type { MonthDay, Period } from "./periods";

export type KpiId =
  "K01" | "K02" | "K03" | "K04" | "K05" | "K06" | "K07" | "K08" | "K09" | "K10" | "K11" | "K12" | "K13" | "K14";

/** workdays: mean elapsed working days; percent: 0–100; score: points on a 5-point scale. */
export type KpiUnit = "workdays" | "percent" | "score";
export type KpiDirection = "higher" | "lower";
export type KpiStatus = "met" | "not-met" | "no-data";

/** Why a KPI has no verdict; each code has a message in messages.ts. */
export type NoDataCode =
  | "register-missing"
  | "no-rows"
  | "below-min-sample"
  | "baseline-unset"
  | "baseline-zero"
  | "manual-value-unset"
  | "staff-missing"
  | "no-staff-on-duty"
  | "no-reference-price"
  | "no-last-year"
  | "calendar-coverage"
  | "target-invalid"
  | "period-not-started"
  | "mixed-units";

/** Everything a measure reads: recognised registers by register id, the settings, the calendar and the as-of day. */
export interface KpiInput {
  tables: ReadonlyMap<string, RegisterTable>;
  settings: Settings;
  calendar: Calendar;
  asOf: Serial;
  lang: Lang;
  semesterStarts?: readonly MonthDay[];
}

/** The target and baseline in force for a run (defaults, then 参数设置, then KPI目标). */
export interface KpiTargets {
  target: number;
  baseline: number | null;
  /** The free value of KPI目标 (满意度 for K07/K14) when the KPI reads one. */
  value: number | null;
  /** KPI目标 cells of this KPI refused as out of range (their located messages); the defaults apply instead. */
  refused: ReadonlyArray<{ column: "目标值" | "基准值" | "值"; row: number; message: string }>;
}

/** A row that counts against the KPI, for drill-down. `row` is the Excel row; null when the item is not a sheet row. */
export interface Offender {
  sheet: string;
  row: number | null;
  key: string | null;
  /** Why the row counts against the KPI, in the run's language. */
  why: string;
  /** The row's own measure (elapsed WD, hours, quantity …) to sort by; null when it has none. */
  value: number | null;
}

export interface SourceCount {
  sheet: string;
  /** Non-blank data rows of the sheet. */
  rows: number;
}

/** What a measure found for one period, before rounding and the verdict. */
export interface Measurement {
  /** Unrounded value in the KPI's unit; null when it cannot be computed (then noData says why). */
  actual: number | null;
  /** Rows (or people) the value is computed over. */
  n: number;
  noData: { code: NoDataCode; params?: MessageParams } | null;
  offenders: Offender[];
  sources: SourceCount[];
  /** Remarks for the 说明 column (manual value, baseline source, measured value behind a missing baseline). */
  notes: string[];
}

export interface MeasureArgs {
  input: KpiInput;
  period: Period;
  targets: KpiTargets;
}

export interface KpiDef {
  id: KpiId;
  name: Record<Lang, string>;
  unit: KpiUnit;
  direction: KpiDirection;
  /** Default target in the KPI's unit (30 = 30 %). */
  target: number;
  /**
   * Default baseline where the target is a change against one (K01: 3 WD); null when the source gives none and the
   * office must enter it in KPI目标 (K11, K12). Absent when the KPI has no baseline.
   */
  baseline?: { value: number | null; unit: "workdays" | "hours" | "percent" | "quantity"; settingKey?: string };
  /** A 参数设置 key whose value is the default target (K02, K03), between the built-in default and KPI目标. */
  targetSettingKey?: string;
  /**
   * The date column that places a row in a period, per register id it reads (its keys are the registers the KPI
   * needs: `kpiRegisters`).
   */
  periodColumns: Readonly<Record<string, string>>;
  /** Below this many rows (or people) the status is 数据不足. */
  minSample: number;
  /** Decimals of the reported value; the verdict is taken on the reported value. */
  decimals: number;
  /** True when the value is typed into KPI目标 (no period: previous-period comparisons do not apply). */
  manual?: boolean;
  measure(args: MeasureArgs): Measurement;
}

export interface KpiResult {
  id: KpiId;
  name: string;
  unit: KpiUnit;
  direction: KpiDirection;
  target: number;
  baseline: number | null;
  /** Rounded to the definition's decimals; null when no data. */
  actual: number | null;
  status: KpiStatus;
  n: number;
  /** The previous period's value (rounded), null when it had no data. */
  previous: number | null;
  /** actual − previous (percentage points for percent KPIs), null when either is missing. */
  change: number | null;
  /** The measured value (rounded) when the status is 数据不足 only because the sample is below the minimum. */
  measured: number | null;
  reasonCode: NoDataCode | null;
  reason: string | null;
  notes: string[];
  offenders: Offender[];
  sources: SourceCount[];
}

/** The register ids a KPI reads: those it places in periods (none for the values typed into KPI目标). */
export function kpiRegisters(def: Pick<KpiDef, "periodColumns">): string[] {
  return Object.keys(def.periodColumns);
}
