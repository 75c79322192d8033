/**
 * Deadline rules are data: which column starts the clock, how the due moment follows from it (a duration from a
 * setting, a lead before an event, or a date the row carries), which column records completion and who owns the
 * item. One module per register under `rules/` lists that register's deadlines, so adding a time limit is adding one
 * entry there.
 */
import type { Serial, SerialDateTime } from "../dates";
import type { Lang } from "../i18n";
import type { CellLocator } from "../locator";
import type { Settings } from "../settings-types";
import type { RegisterTable } from "../table-types";

/**
 * A limit counted forward from the start: `due = start + amount unit`, the amount read from a `参数设置` key. `unit` is
 * the unit of a plain number there; a value with its own unit ("2工作小时") wins (src/core/limits.ts).
 */
export interface AfterLimit {
  kind: "after";
  unit: "workdays" | "days" | "hours" | "workhours";
  /** The `参数设置` key holding the amount, e.g. '传阅时限(工作日)'. */
  setting: string;
}

/** A lead time before an event: `due = start − amount` (WORKDAY(start, −n) for working days). */
export interface BeforeLimit {
  kind: "before";
  unit: "workdays" | "days";
  setting: string;
}

/** How a blank due-date column is filled (and what the deadline is while it stays blank). */
export type DueFallback =
  | { kind: "after"; unit: "workdays" | "days"; setting: string }
  /** A date the catalogue computes from other columns (archive expiry); `needs` lists the columns it reads. */
  | {
      kind: "computed";
      needs: readonly string[];
      compute: (t: RegisterTable, i: number, settings: Settings) => Serial | null;
    };

/** The due date is a column of the row (完成时限, 答复时限, 办理期限); a fallback applies when the cell is blank. */
export interface ColumnLimit {
  kind: "column";
  column: string;
  fallback?: DueFallback;
}

export type Limit = AfterLimit | BeforeLimit | ColumnLimit;

/** When a deadline applies to a row; every condition must hold. Blank cells pass `noneOf` and `notTrue`. */
export type Condition =
  | { column: string; oneOf: readonly string[] }
  | { column: string; noneOf: readonly string[] }
  | { column: string; notTrue: true }
  /** The cell's text is one of the `参数设置` list `setting`; a blank cell passes (the general rule applies). */
  | { column: string; inSetting: string }
  | { column: string; blank: true }
  /** The cell holds something (配合部门 named: the supporting department owes a reply, T08). */
  | { column: string; present: true }
  /** A yes/no cell says 是 (重要会议: the rehearsal, T33). */
  | { column: string; isTrue: true };

export interface DeadlineRule {
  /** Stable id used in JSON and settings of the task pane, e.g. 'circulation'. Unique within a register. */
  id: string;
  /** Register id of the catalogue, e.g. 'incoming-documents'. */
  register: string;
  label: Readonly<Record<Lang, string>>;
  /**
   * Columns whose date (or date-time for hour limits) starts the clock or anchors a lead; the first non-blank one
   * is used. Empty for a deadline that only has a due-date column (决议 完成时限).
   */
  start: readonly string[];
  /**
   * A time-of-day column added to the start date (会议日期 + 结束时间: minutes signed within 24 h of the meeting's end,
   * T37). When that cell is blank the clock starts at the end of the start day (23:59), never earlier than the event.
   */
  startTime?: string;
  limit: Limit;
  /**
   * Columns the sheet must have for the rule to apply: a recurring report whose restart column (最近进展日期, an
   * extension to REGISTERS.md) is missing could never be answered, so the rule is left out instead.
   */
  requires?: readonly string[];
  /** Column recording completion (a date or date-time); absent for a recurring check such as the weekly follow-up. */
  done?: string;
  /** Person columns, first non-blank wins. */
  owners: readonly string[];
  /** Department columns, first non-blank wins. */
  departments: readonly string[];
  /** What the row is about, for reminders (文件标题, 会议主题 …). */
  subject?: string;
  when?: readonly Condition[];
  /**
   * A status that says the work is finished. Such a row without its done date has no judgeable deadline — when it
   * was finished is unknown — so it yields no item; validation reports the missing date (row/status-needs-date,
   * row/closure) instead of the deadline list calling finished work overdue.
   */
  closedWhen?: { column: string; oneOf: readonly string[] };
  /** A lead before an event (limit kind "before"): once the event day has passed without a done date, the item is moot. */
  mootAfterStart?: boolean;
  /** Time-limit (T…) and rule (R…) ids of shared/DOMAIN.md this rule implements; empty when the sources give no number. */
  source: readonly string[];
  /** Where a rule without a source id comes from (办理期限: the office's own date per document, DOMAIN D1, §9.9). */
  basis?: Readonly<Record<Lang, string>>;
}

/**
 * `moot`: a lead before an event (the meeting notice) that was never recorded and whose event has taken place; there
 * is nothing left to do, and calling it overdue would escalate a meeting long held (issue 10, T06).
 */
export type DeadlineStatus = "done-on-time" | "done-late" | "open" | "due-soon" | "overdue" | "moot";
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = [
  "overdue",
  "due-soon",
  "open",
  "done-late",
  "moot",
  "done-on-time",
];

/** The office's escalation ladder for late items (shared/DOMAIN.md §6.3): 催办 → 预警分管领导 → 报办公室负责人. */
export type Escalation = "urge" | "warn-leader" | "report-director";

export interface DeadlineItem {
  sheet: string;
  register: string;
  /** Excel row number. */
  row: number;
  /** 0-based column of the cell to select for this item (the done column, else the due column, else the start). */
  column: number;
  /** The same cell as a locator (the completion column's header), for the pane's navigation. */
  locator: CellLocator;
  key: string | null;
  rule: DeadlineRule;
  start: SerialDateTime | null;
  /** Whether `start` / `done` carry a time of day (their columns are date-times). */
  startHasTime: boolean;
  due: SerialDateTime;
  /** Hour limits give a due moment; day limits a due day. */
  dueHasTime: boolean;
  /** Whether the due date came from the row's own due column (true) or was computed from a rule (false). */
  dueFromColumn: boolean;
  done: SerialDateTime | null;
  doneHasTime: boolean;
  status: DeadlineStatus;
  /**
   * Working days after the due day up to the as-of day (overdue) or the done day (done late), 0 otherwise
   * (workdaysLate). A lower bound when the span reaches a year the calendar lacks (the run's warnings say so).
   */
  overdueWorkdays: number;
  owner: string | null;
  ownerDepartment: string | null;
  subject: string | null;
  escalation: Escalation | null;
  /** A recurring item's cycle as people read it ('每周一', 'every 4 hours'): recurring duties and incident progress. */
  cycle?: string;
  /** A step of an incident that has ended (结束时间 recorded by the as-of day): not an emergency any more. */
  incidentEnded?: boolean;
}

/** A row whose deadline could not be computed (e.g. a year the calendar has no data for); the rest of the run goes on. */
export interface DeadlineProblem {
  sheet: string;
  row: number;
  /** Canonical header of the cell the deadline is computed from (the start date, or the due-date column). */
  column: string;
  deadline: string;
  message: string;
}

/**
 * Something that limits the whole run rather than one row, e.g. the due-soon window or the working days late needing
 * a year the calendar lacks. Codes are documented in docs/deadlines.md.
 */
export interface DeadlineWarning {
  code: "deadlines/window-incomplete" | "deadlines/late-count-incomplete";
  message: string;
}

export interface DeadlineResult {
  asOf: Serial;
  items: DeadlineItem[];
  problems: DeadlineProblem[];
  warnings: DeadlineWarning[];
}
