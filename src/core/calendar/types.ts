import type { Serial, SerialDateTime } from "../dates";
import type { Lang } from "../i18n";

/** One row of the workbook's `节假日调整` sheet: a school closure (off) or an extra duty day (work). Wins over official data. */
export interface HolidayOverride {
  date: Serial;
  kind: "off" | "work";
  note?: string;
}

/** The official China working-day calendar plus a workbook's overrides. Every method is O(1) or O(log n). */
export interface Calendar {
  /** Throws CalendarCoverageError for a year with neither official data nor overrides. */
  isWorkday(d: Serial): boolean;
  /** Excel WORKDAY semantics: the start day is excluded; n may be negative; n = 0 returns d. */
  addWorkdays(d: Serial, n: number): Serial;
  /** Excel NETWORKDAYS semantics: both ends included; negative when b < a. */
  workdaysBetween(a: Serial, b: Serial): number;
  /** Holiday or make-up day name ('国庆节', '国庆节调休上班', or the override's note), null for an ordinary day. */
  holidayName(d: Serial, lang: Lang): string | null;
  coveredYears(): number[];
}

/** Working hours of a day as [start, end) minute-of-day periods, e.g. 08:30-12:00 and 14:00-17:30. */
export interface WorkingHours {
  periods: ReadonlyArray<{ start: number; end: number }>;
}

export type DurationUnit = "workdays" | "days" | "hours" | "workhours";
export interface Duration {
  unit: DurationUnit;
  amount: number;
}

export type { Serial, SerialDateTime };
