/**
 * Judging one deadline as of a day. The as-of day is a calendar day and counts as "today" in full: an item due today
 * — even at 10:00 for an hour limit — is due soon, never overdue, until the day has passed. That keeps the CLI, the
 * task pane and the computed columns in agreement whatever the hour they run at.
 */
import { isWeekend, toEpochMinutes, ymdToSerial, type Serial, type SerialDateTime } from "../dates";
import type { Calendar } from "../calendar";
import type { DeadlineStatus, Escalation } from "./types";

/** Working days overdue from which the item is escalated (DOMAIN §6.3): a working week → 分管领导, four → 办公室负责人. */
export const ESCALATE_TO_LEADER_WD = 5;
export const ESCALATE_TO_DIRECTOR_WD = 20;

export interface StatusInput {
  due: SerialDateTime;
  /** Compare done with due to the minute (hour limits) rather than by day. */
  dueHasTime: boolean;
  done: SerialDateTime | null;
}

export interface StatusOutcome {
  status: DeadlineStatus;
  overdueWorkdays: number;
  escalation: Escalation | null;
}

/**
 * `soonUntil` is WORKDAY(asOf, 临期提醒), computed once per run. Overdue means the due day is before the as-of
 * day; late completion means done after due (to the minute for hour limits, by day otherwise).
 */
export function judge(input: StatusInput, asOf: Serial, soonUntil: Serial, cal: Calendar): StatusOutcome {
  const dueDay = Math.floor(input.due);
  if (input.done !== null) {
    const late = input.dueHasTime ? toEpochMinutes(input.done) > toEpochMinutes(input.due) : Math.floor(input.done) > dueDay;
    if (!late) return { status: "done-on-time", overdueWorkdays: 0, escalation: null };
    return { status: "done-late", overdueWorkdays: lateWorkdays(cal, dueDay, Math.floor(input.done)), escalation: null };
  }
  if (dueDay < asOf) {
    const n = lateWorkdays(cal, dueDay, asOf);
    return { status: "overdue", overdueWorkdays: n, escalation: escalationFor(n) };
  }
  return { status: dueDay <= soonUntil ? "due-soon" : "open", overdueWorkdays: 0, escalation: null };
}

const FIRST_COVERED = new WeakMap<Calendar, Serial>();

function firstCoveredDay(cal: Calendar): Serial {
  let first = FIRST_COVERED.get(cal);
  if (first === undefined) {
    const years = cal.coveredYears();
    first = years.length === 0 ? Number.POSITIVE_INFINITY : ymdToSerial(Math.min(...years), 1, 1);
    FIRST_COVERED.set(cal, first);
  }
  return first;
}

/** Mon–Fri days in [a, b] (inclusive), 0 when b < a. */
export function weekdaysBetween(a: Serial, b: Serial): number {
  if (b < a) return 0;
  const days = b - a + 1;
  let n = Math.floor(days / 7) * 5;
  for (let d = a + Math.floor(days / 7) * 7; d <= b; d++) if (!isWeekend(d)) n++;
  return n;
}

/**
 * NETWORKDAYS(due, day) − 1: working days after the due day up to and including `day` (never negative). A due day
 * before the calendar's first year (archives whose retention ended decades ago) counts Mon–Fri up to that year: the
 * item is certainly overdue and only the size of a very large number is approximate.
 */
export function lateWorkdays(cal: Calendar, dueDay: Serial, day: Serial): number {
  const first = firstCoveredDay(cal);
  if (dueDay < first && day >= first) return Math.max(0, weekdaysBetween(dueDay, first - 1) + cal.workdaysBetween(first, day) - 1);
  if (day < first) return Math.max(0, weekdaysBetween(dueDay, day) - 1);
  return Math.max(0, cal.workdaysBetween(dueDay, day) - 1);
}

export function escalationFor(overdueWorkdays: number): Escalation {
  if (overdueWorkdays >= ESCALATE_TO_DIRECTOR_WD) return "report-director";
  if (overdueWorkdays >= ESCALATE_TO_LEADER_WD) return "warn-leader";
  return "urge";
}
