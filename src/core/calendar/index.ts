export type { Calendar, HolidayOverride, WorkingHours, Duration, DurationUnit } from "./types";
export { createCalendar, officialYears, OVERRIDE_YEARS } from "./calendar";
export { CalendarError, CalendarCoverageError, WorkingHoursError, calendarErrorMessage } from "./errors";
export { CALENDAR_MESSAGES } from "./messages";
export { parseDateText, toHalfWidth } from "./date-text";
export { parseWorkingHours, addWorkingHours, workingMinutesBetween } from "./working-hours";
export { parseDuration, applyDuration } from "./duration";
export {
  HOLIDAY_SHEET,
  parseHolidayOverrides,
  describeOverrideProblem,
  type OverrideProblem,
  type OverrideProblemCode,
  type ParsedOverrides,
} from "./overrides";
export { workdaysLate, workdaysLateSoFar, workdayAtLeast, coveredUntil, weekdaysBetween, type WorkdaysLateSoFar } from "./workdays-late";
