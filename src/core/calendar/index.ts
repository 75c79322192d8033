export type { Calendar, HolidayOverride, WorkingHours, Duration, DurationUnit } from "./types";
