export type { Calendar, HolidayOverride, WorkingHours, Duration, DurationUnit } from "./types";
export { createCalendar, officialYears, OVERRIDE_YEARS, type CalendarOptions } from "./calendar";
export { CalendarError, CalendarCoverageError, WorkingHoursError, calendarErrorMessage } from "./errors";
export { CALENDAR_MESSAGES } from "./messages";
export { parseDateText, toHalfWidth } from "./date-text";
export { parseWorkingHours, addWorkingHours, workingMinutesBetween } from "./working-hours";
export { parseDuration, applyDuration } from "./duration";
export {
  HOLIDAY_SHEET,
  COMPLETE_KIND,
  findHolidayHeader,
  holidayRowKind,
  holidayRowYear,
  parseHolidayOverrides,
  describeOverrideProblem,
  type OverrideProblem,
  type OverrideProblemCode,
  type ParsedOverrides,
} from "./overrides";
export {
  parseHolidayNotice,
  noticeToJson,
  NoticeError,
  type HolidayNotice,
  type NoticeRow,
  type NoticeRowKind,
} from "./notice";
export {
  workdaysLate,
  workdaysLateSoFar,
  workdayAtLeast,
  coveredUntil,
  weekdaysBetween,
  type WorkdaysLateSoFar,
} from "./workdays-late";
