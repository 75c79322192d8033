/**
 * Judging one deadline as of a day. The as-of day is a calendar day and counts as "today" in full: an item due today
 * — even at 10:00 for an hour limit — is due soon, never overdue, until the day has passed. That keeps the CLI, the
 * task pane and the computed columns in agreement whatever the hour they run at.
 */
import { toEpochMinutes, type Serial, type SerialDateTime } from "../dates";
import { workdaysLateSoFar, type Calendar } from "../calendar";
import type { DeadlineStatus, Escalation } from "./types";

/**
 * Working days overdue from which the item is escalated (DOMAIN §6.3): a working week → 分管领导, four → 办公室负责人.
 * Shared with the rectification board: import them from src/core/deadlines.
 */
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
  /** Working days late (workdaysLate); a lower bound when `lateCountIncomplete` is set. */
  overdueWorkdays: number;
  escalation: Escalation | null;
  /** Set when counting the days late needs a year the calendar lacks: the count stops at `countedUntil`. */
  lateCountIncomplete?: { missingYear: number; countedUntil: Serial };
}

function lateOutcome(status: "overdue" | "done-late", cal: Calendar, dueDay: Serial, day: Serial): StatusOutcome {
  const n = workdaysLateSoFar(cal, dueDay, day);
  const out: StatusOutcome = {
    status,
    overdueWorkdays: n.days,
    escalation: status === "overdue" ? escalationFor(n.days) : null,
  };
  if (!n.complete) out.lateCountIncomplete = { missingYear: n.missingYear as number, countedUntil: n.countedUntil };
  return out;
}

/**
 * `soonUntil` is WORKDAY(asOf, 临期提醒), computed once per run. Overdue means the due day is before the as-of
 * day; late completion means done after due (to the minute for hour limits, by day otherwise). Working days late are
 * the working days after the due day (workdaysLate, shared with the KPIs and the rectification board); a span into a
 * year the calendar lacks is counted as far as it is known and flagged, never guessed, and the item is still judged.
 */
export function judge(input: StatusInput, asOf: Serial, soonUntil: Serial, cal: Calendar): StatusOutcome {
  const dueDay = Math.floor(input.due);
  if (input.done !== null) {
    const late = input.dueHasTime
      ? toEpochMinutes(input.done) > toEpochMinutes(input.due)
      : Math.floor(input.done) > dueDay;
    if (!late) return { status: "done-on-time", overdueWorkdays: 0, escalation: null };
    return lateOutcome("done-late", cal, dueDay, Math.floor(input.done));
  }
  if (dueDay < asOf) return lateOutcome("overdue", cal, dueDay, asOf);
  return { status: dueDay <= soonUntil ? "due-soon" : "open", overdueWorkdays: 0, escalation: null };
}

export function escalationFor(overdueWorkdays: number): Escalation {
  if (overdueWorkdays >= ESCALATE_TO_DIRECTOR_WD) return "report-director";
  if (overdueWorkdays >= ESCALATE_TO_LEADER_WD) return "warn-leader";
  return "urge";
}
