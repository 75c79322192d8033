/**
 * The workbook's settings sheets, read once per run (`参数设置`, `部门`, `人员名单`, `节假日调整`, `KPI目标`).
 * Absent sheets and keys fall back to the defaults in REGISTERS.md.
 */
import type { HolidayOverride } from "./calendar";

export interface StaffMember {
  name: string;
  department: string | null;
  role: string | null;
  onDuty: boolean;
}

export interface KpiTargetOverride {
  id: string; // 'K01'…'K14'
  target: number | null;
  baseline: number | null;
  /** Free value some KPIs read until their source register lands (e.g. 满意度 for K07/K14). */
  value?: number | null;
  /**
   * Cells of the row refused as outside the KPI's unit and scale (R62); their value above is null. The message is the
   * located issue the settings reader reported, so a KPI can repeat it as its reason.
   */
  refused?: Array<{ column: "目标值" | "基准值" | "值"; row: number; message: string }>;
}

export interface Settings {
  /** A numeric parameter of `参数设置` by its key, e.g. '传阅时限(工作日)'; the default when absent or unreadable. */
  number(key: string): number;
  /** A text parameter, e.g. '上班时间'. */
  text(key: string): string;
  /** A list parameter split on 、,，;； e.g. '密级列表'. */
  list(key: string): string[];
  /** `部门` sheet values, or null when the sheet is absent (then any department text is accepted). */
  departments: string[] | null;
  /** `人员名单` rows, or null when absent (rules that need roles are skipped). */
  staff: StaffMember[] | null;
  holidayOverrides: HolidayOverride[];
  /**
   * Years 节假日调整 marks complete (全年完整 rows): the calendar covers them like official years. Optional so settings
   * built by hand stay valid; absent means none.
   */
  holidayCompleteYears?: number[];
  kpiTargets: KpiTargetOverride[];
}
