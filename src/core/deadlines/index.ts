export type { AfterLimit, BeforeLimit, ColumnLimit, Condition, DeadlineItem, DeadlineProblem, DeadlineResult, DeadlineRule, DeadlineStatus, DueFallback, Escalation, Limit } from "./types";
export { DEADLINE_STATUSES } from "./types";
export { DEADLINE_RULES, deadlinesFor } from "./rules";
export { createDeadlineContext, settingNumber, type DeadlineContext } from "./context";
export { computeDeadlines, ruleApplies } from "./compute";
export { judge, lateWorkdays, weekdaysBetween, escalationFor, ESCALATE_TO_LEADER_WD, ESCALATE_TO_DIRECTOR_WD } from "./status";
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
