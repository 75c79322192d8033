export type {
  AfterLimit,
  BeforeLimit,
  ColumnLimit,
  Condition,
  DeadlineItem,
  DeadlineProblem,
  DeadlineResult,
  DeadlineRule,
  DeadlineWarning,
  DeadlineStatus,
  DueFallback,
  Escalation,
  Limit,
} from "./types";
export { DEADLINE_STATUSES } from "./types";
export { DEADLINE_RULES, deadlinesFor } from "./rules";
export { createDeadlineContext, settingNumber, type DeadlineContext } from "./context";
export { computeDeadlines, ruleApplies } from "./compute";
export { judge, escalationFor, ESCALATE_TO_LEADER_WD, ESCALATE_TO_DIRECTOR_WD, type StatusOutcome } from "./status";
// The one definition of "working days late", re-exported for features that think in deadlines (the rectification board).
export { workdaysLate, workdaysLateSoFar, weekdaysBetween } from "../calendar";
export {
  deadlinesToJson,
  itemToJson,
  statusLabel,
  escalationLabel,
  byAttention,
  inView,
  groupItems,
  reminderLine,
  reminderText,
  countByStatus,
  isUnfinished,
  type DeadlineView,
  type DeadlineGroup,
  type DeadlineItemJson,
  type DeadlineReportJson,
} from "./report";
export { DEADLINE_MESSAGES } from "./messages";
export {
  planComputedColumns,
  planDueFills,
  statusCellText,
  columnLetters,
  COMPUTED_HEADERS,
  COMPUTED_SUFFIX,
  type ComputedRole,
  type OwnedColumns,
  type ComputedColumnsInput,
  type ComputedColumnsPlan,
} from "./columns";
export { overviewSheet, OVERVIEW_SHEET } from "./overview";
export {
  reminders,
  remindersText,
  reminderBlockText,
  inReminderScope,
  isFarAhead,
  REMINDER_SCOPES,
  REMINDER_MESSAGES,
  FAR_AHEAD_DAYS,
  type ReminderScope,
  type ReminderBlock,
  type Reminders,
} from "./reminders";
// Issue 17: recurring duties (周期工作) and the emergency response chain (突发事件登记).
export {
  recurringItems,
  citedSources,
  RECURRING_RULE_ID,
  RECURRING_DUTIES,
  RECURRING_LOG,
  LOOKBACK_DAYS,
} from "./recurring";
export {
  incidentItems,
  nextIncidentSteps,
  INCIDENT_RULES,
  INCIDENT_TIMED_STEPS,
  INCIDENT_PROGRESS_RULE,
  INCIDENT_REVIEW_RULE,
  INCIDENTS,
  PROGRESS_EVERY_MINUTES,
  type IncidentNextStep,
} from "./incidents";
