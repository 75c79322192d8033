/**
 * Working hours ('上班时间', default 08:30-12:00,14:00-17:30) and arithmetic in working minutes: a "2 工作小时" reply
 * limit counts only minutes inside the periods of working days, skipping lunch, nights, weekends and holidays.
 * Whole working days are jumped with the calendar's O(1) addWorkdays, so long spans cost no more than short ones.
 */
import { MINUTES_PER_DAY, fromEpochMinutes, toEpochMinutes, type SerialDateTime } from "../dates";
import { WorkingHoursError } from "./errors";
import { toHalfWidth } from "./date-text";
import type { Calendar, WorkingHours } from "./types";

const PERIOD_RE = /^(\d{1,2})[:：](\d{2})\s*(?:-|~|–|—|至|到)\s*(\d{1,2})[:：](\d{2})$/;

/** Parses "08:30-12:00,14:00-17:30" (also ，、；; separators); throws WorkingHoursError on malformed or overlapping periods. */
export function parseWorkingHours(text: string): WorkingHours {
  const parts = toHalfWidth(text)
    .split(/[,;、，；]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) throw new WorkingHoursError("hoursEmpty", {});
  const periods = parts.map((part) => {
    const m = PERIOD_RE.exec(part);
    if (!m) throw new WorkingHoursError("hoursMalformed", { text: part });
    const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    const valid = (h: number, mi: number) => mi < 60 && (h < 24 || (h === 24 && mi === 0));
    if (!valid(h1, m1) || !valid(h2, m2)) throw new WorkingHoursError("hoursMalformed", { text: part });
    const start = h1 * 60 + m1;
    const end = h2 * 60 + m2;
    if (end <= start) throw new WorkingHoursError("hoursEmptyPeriod", { text: part });
    return { start, end, text: part };
  });
  periods.sort((a, b) => a.start - b.start);
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1] as (typeof periods)[number];
    const cur = periods[i] as (typeof periods)[number];
    if (cur.start < prev.end) throw new WorkingHoursError("hoursOverlap", { a: prev.text, b: cur.text });
  }
  return { periods: periods.map(({ start, end }) => ({ start, end })) };
}

function minutesPerDay(hours: WorkingHours): number {
  return hours.periods.reduce((sum, p) => sum + (p.end - p.start), 0);
}

/** Working minutes of one working day that lie before minute-of-day m. */
function workedBefore(hours: WorkingHours, m: number): number {
  let sum = 0;
  for (const p of hours.periods) sum += Math.max(0, Math.min(m, p.end) - p.start);
  return sum;
}

/** Minute-of-day at which `minutes` working minutes (0 < minutes ≤ a day's total) have elapsed since midnight. */
function minuteAfterWorked(hours: WorkingHours, minutes: number): number {
  let left = minutes;
  for (const p of hours.periods) {
    const len = p.end - p.start;
    if (left <= len) return p.start + left;
    left -= len;
  }
  throw new RangeError("more working minutes than the day holds");
}

/**
 * The date-time after `h` working hours counted from `dt`. A start outside working time begins at the next period;
 * a result that lands exactly on a period's end stays there (12:00, not 14:00). h = 0 returns dt unchanged.
 */
export function addWorkingHours(cal: Calendar, hours: WorkingHours, dt: SerialDateTime, h: number): SerialDateTime {
  if (!Number.isFinite(h) || h < 0) throw new WorkingHoursError("negativeHours", { hours: String(h) });
  const total = Math.round(h * 60);
  if (total === 0) return dt;
  const perDay = minutesPerDay(hours);
  if (perDay <= 0) throw new WorkingHoursError("hoursEmpty", {});
  const t = toEpochMinutes(dt);
  const day = Math.floor(t / MINUTES_PER_DAY);
  const minute = t - day * MINUTES_PER_DAY;
  const usedToday = cal.isWorkday(day) ? workedBefore(hours, minute) : perDay;
  // Count from the start of `day`'s working time: the remaining minutes end on the day holding minute (used + total).
  const target = usedToday + total;
  const fullDays = Math.ceil(target / perDay) - 1;
  const within = target - fullDays * perDay;
  const endDay = fullDays === 0 ? day : cal.addWorkdays(day, fullDays);
  // When today is not a working day, "usedToday = perDay" makes the first jump land on the next working day.
  return fromEpochMinutes(endDay * MINUTES_PER_DAY + minuteAfterWorked(hours, within));
}

/** Working minutes between two date-times (negative when b < a). */
export function workingMinutesBetween(
  cal: Calendar,
  hours: WorkingHours,
  a: SerialDateTime,
  b: SerialDateTime,
): number {
  if (b < a) return -workingMinutesBetween(cal, hours, b, a);
  const perDay = minutesPerDay(hours);
  const ta = toEpochMinutes(a);
  const tb = toEpochMinutes(b);
  const dayA = Math.floor(ta / MINUTES_PER_DAY);
  const dayB = Math.floor(tb / MINUTES_PER_DAY);
  const doneA = cal.isWorkday(dayA) ? workedBefore(hours, ta - dayA * MINUTES_PER_DAY) : 0;
  const doneB = cal.isWorkday(dayB) ? workedBefore(hours, tb - dayB * MINUTES_PER_DAY) : 0;
  if (dayA === dayB) return doneB - doneA;
  const wholeDays = cal.workdaysBetween(dayA, dayB - 1); // working days from dayA through the day before dayB
  return wholeDays * perDay - doneA + doneB;
}
