/**
 * How late something is, in working days — one definition for deadlines, KPIs and the rectification board.
 *
 * Late by = the working days after the due day up to and including the day judged on. When the due day is a working
 * day this is NETWORKDAYS(due, day) − 1; when it is a holiday or weekend (due 2026-02-15 in the Spring Festival break)
 * NETWORKDAYS − 1 would be one short, because the due day itself was never counted.
 *
 * Days before the calendar's first year (archives whose retention ended decades ago) count Mon–Fri: such an item is
 * certainly late and only the size of a very large number is approximate. Days in a year the calendar does not cover
 * after it are never guessed: `workdaysLateSoFar` counts what is known and says where it stopped.
 */
import { isWeekend, serialToYmd, ymdToSerial, type Serial } from "../dates";
import { CalendarCoverageError } from "./errors";
import type { Calendar } from "./types";

/** Mon–Fri days in [a, b] (inclusive), 0 when b < a. */
export function weekdaysBetween(a: Serial, b: Serial): number {
  if (b < a) return 0;
  const days = b - a + 1;
  let n = Math.floor(days / 7) * 5;
  for (let d = a + Math.floor(days / 7) * 7; d <= b; d++) if (!isWeekend(d)) n++;
  return n;
}

const FIRST_COVERED = new WeakMap<Calendar, Serial>();

/** 1 January of the calendar's first year (memoised: a refresh asks once per overdue item). */
function firstCoveredDay(cal: Calendar): Serial {
  let first = FIRST_COVERED.get(cal);
  if (first === undefined) {
    const years = cal.coveredYears();
    first = years.length === 0 ? Number.POSITIVE_INFINITY : ymdToSerial(Math.min(...years), 1, 1);
    FIRST_COVERED.set(cal, first);
  }
  return first;
}

/**
 * The last day of the run of covered years that contains `day` (31 December of the last consecutive covered year),
 * or null when `day` itself lies in a year the calendar does not cover.
 */
export function coveredUntil(cal: Calendar, day: Serial): Serial | null {
  const years = new Set(cal.coveredYears());
  let y = serialToYmd(Math.floor(day)).year;
  if (!years.has(y)) return null;
  while (years.has(y + 1)) y++;
  return ymdToSerial(y + 1, 1, 1) - 1;
}

/**
 * Working days after `due` up to and including `day` (0 when day ≤ due). Throws CalendarCoverageError when that span
 * reaches a year after the calendar's first one that it does not cover.
 */
export function workdaysLate(cal: Calendar, due: Serial, day: Serial): number {
  const lo = Math.floor(due) + 1;
  const hi = Math.floor(day);
  if (hi < lo) return 0;
  const first = firstCoveredDay(cal);
  const before = weekdaysBetween(lo, Math.min(hi, first - 1));
  return hi < first ? before : before + cal.workdaysBetween(Math.max(lo, first), hi);
}

export interface WorkdaysLateSoFar {
  /** Working days late as far as the calendar knows: the exact count when `complete`, a lower bound otherwise. */
  days: number;
  complete: boolean;
  /** The first year the count would need and the calendar lacks (null when complete). */
  missingYear: number | null;
  /** The last day counted (the judged day when complete). */
  countedUntil: Serial;
}

/** `workdaysLate`, counting only the days the calendar covers when the span reaches a year without data. */
export function workdaysLateSoFar(cal: Calendar, due: Serial, day: Serial): WorkdaysLateSoFar {
  const hi = Math.floor(day);
  try {
    return { days: workdaysLate(cal, due, hi), complete: true, missingYear: null, countedUntil: hi };
  } catch (e) {
    if (!(e instanceof CalendarCoverageError)) throw e;
  }
  const lo = Math.floor(due) + 1;
  const first = firstCoveredDay(cal);
  // The known span runs from the due day to the end of the covered run it starts in (days before 2004 count Mon–Fri).
  const from = Math.max(lo, first);
  const until = from > hi ? null : coveredUntil(cal, from);
  const countedUntil = until === null ? Math.min(hi, Math.max(lo, first) - 1) : Math.min(hi, until);
  const days = countedUntil < lo ? 0 : workdaysLate(cal, due, countedUntil);
  return { days, complete: false, missingYear: serialToYmd(countedUntil + 1).year, countedUntil };
}

/**
 * A day no later than WORKDAY(from, n) (n ≥ 0), exact when the calendar covers the span. Beyond the covered years each
 * remaining working day takes at least one calendar day, so the bound never reaches past the true WORKDAY: an item due
 * on or before it is certainly within n working days.
 */
export function workdayAtLeast(
  cal: Calendar,
  from: Serial,
  n: number,
): { day: Serial; complete: boolean; missingYear: number | null } {
  const start = Math.floor(from);
  try {
    return { day: cal.addWorkdays(start, n), complete: true, missingYear: null };
  } catch (e) {
    if (!(e instanceof CalendarCoverageError)) throw e;
  }
  const until = coveredUntil(cal, start);
  if (until === null) return { day: start + Math.trunc(n), complete: false, missingYear: serialToYmd(start).year };
  const known = cal.workdaysBetween(start, until) - (cal.isWorkday(start) ? 1 : 0);
  return { day: until + Math.max(0, Math.trunc(n) - known), complete: false, missingYear: serialToYmd(until + 1).year };
}
