/** The rectification status (整改状态): what the director and the staff look at to keep the closed loop closed. */
import type { Serial } from "../dates";
import type { Escalation } from "../deadlines";
import type { Period } from "../kpi/periods";
import type { KpiStatus } from "../kpi/types";
import type { LifecyclePhase } from "../registers/types";

/** One row of 问题整改台账 as the board sees it. */
export interface RectificationItem {
  sheet: string;
  /** Excel row. */
  row: number;
  key: string | null;
  source: string | null;
  department: string | null;
  owner: string | null;
  subject: string | null;
  /** The 状态 cell as written (null when blank). */
  state: string | null;
  /** Null for a blank or unknown 状态 (a data problem). */
  phase: LifecyclePhase | null;
  found: Serial | null;
  due: Serial | null;
  confirmed: Serial | null;
  lastFollowUp: Serial | null;
  /** Open and due before the as-of day. */
  overdue: boolean;
  /** NETWORKDAYS(完成时限, as-of) − 1 for overdue items; null when not overdue or the calendar cannot say. */
  overdueWorkdays: number | null;
  escalation: Escalation | null;
  /** The 人员名单 person the escalation goes to (岗位 分管领导 / 主任), when one is listed. */
  escalateTo: string | null;
  /** Open items: (最近跟踪日期, else 发现日期) + 决议跟踪周期(天). */
  nextFollowUp: Serial | null;
  followUpLate: boolean;
  /** Working days since 发现日期 for open items: NETWORKDAYS(发现日期, as-of) − 1. */
  ageWorkdays: number | null;
}

export interface DepartmentRow {
  department: string;
  total: number;
  open: number;
  overdue: number;
  closed: number;
  longTerm: number;
  /** closed ÷ (total − long-term) in percent, 1 decimal; null when nothing is to close. */
  closureRate: number | null;
}

export type SourceRow = Omit<DepartmentRow, "department"> & { source: string };

/** Items of other registers that are rectifications in fact (a complaint not resolved, a resolution not done …). */
export interface SectionItem {
  sheet: string;
  row: number;
  key: string | null;
  department: string | null;
  owner: string | null;
  subject: string | null;
  state: string | null;
  overdue: boolean;
  overdueWorkdays: number | null;
}

export interface Section {
  /** Register id: 'feedback', 'resolutions', 'coordination'. */
  register: string;
  sheet: string;
  total: number;
  open: number;
  overdue: number;
  items: SectionItem[];
}

export interface WeekPoint {
  /** Monday of the week. */
  start: Serial;
  /** Items open at the end of the week (Sunday, or the as-of day for the current week). */
  open: number;
  /** Items confirmed closed during the week. */
  closed: number;
}

export interface RectificationProblem {
  sheet: string;
  row: number;
  column: string;
  code:
    | "rectification/unknown-state"
    | "rectification/missing-due"
    | "rectification/confirmed-before-found"
    | "calendar/coverage";
  message: string;
}

export type AgeBucket = "0-5" | "6-20" | ">20";

export interface RectificationStatus {
  asOf: Serial;
  period: Period;
  /** The sheet read, or null when the workbook has no 问题整改台账. */
  sheet: string | null;
  summary: {
    total: number;
    open: number;
    overdue: number;
    closed: number;
    longTerm: number;
    closedInPeriod: number;
    openedInPeriod: number;
    closureRate: number | null;
  };
  /** Count per lifecycle state, in lifecycle order (states with no rows included as 0). */
  byStatus: Array<{ state: string; phase: LifecyclePhase; count: number }>;
  byDepartment: DepartmentRow[];
  bySource: SourceRow[];
  items: RectificationItem[];
  /** Overdue items, worst first (most working days late, then earliest due, then row). */
  overdue: RectificationItem[];
  /** Open items whose next follow-up falls on or before the Sunday of the as-of week (late ones included). */
  followUpsThisWeek: RectificationItem[];
  ageing: Record<AgeBucket, number>;
  weeks: WeekPoint[];
  sections: Section[];
  k09: { actual: number | null; target: number; status: KpiStatus; n: number };
  problems: RectificationProblem[];
}
