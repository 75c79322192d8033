/** The due moment of one rule on one row: from a setting-based duration, a lead before an event, or the row's own date. */
import { applyDuration, type Duration } from "../calendar";
import type { SerialDateTime } from "../dates";
import { isBlankCell } from "../values/text";
import type { RegisterTable } from "../table-types";
import { limitDuration, moveOffDay } from "../limits";
import type { DeadlineContext } from "./context";
import type { DeadlineRule } from "./types";

export interface DueOutcome {
  start: SerialDateTime | null;
  due: SerialDateTime;
  dueHasTime: boolean;
  dueFromColumn: boolean;
}

const HOUR_UNITS: ReadonlySet<Duration["unit"]> = new Set<Duration["unit"]>(["hours", "workhours"]);

/** Per-run preparation of a rule: its limit read from settings once. */
export interface PreparedRule {
  rule: DeadlineRule;
  /** The duration of an after/before limit, or of a column limit's 'after' fallback. */
  duration: Duration | null;
}

export function prepareRule(rule: DeadlineRule, ctx: DeadlineContext): PreparedRule {
  const limit = rule.limit;
  let duration: Duration | null = null;
  // The setting may name its own unit ("2工作小时"); a plain number is in the rule's unit (issue 10 §3).
  if (limit.kind === "after" || limit.kind === "before")
    duration = limitDuration(ctx.settings, limit.setting, limit.unit);
  else if (limit.fallback?.kind === "after")
    duration = limitDuration(ctx.settings, limit.fallback.setting, limit.fallback.unit);
  return { rule, duration };
}

function workingHoursOf(ctx: DeadlineContext) {
  const wh = ctx.workingHours;
  if ("error" in wh) throw new DeadlineComputationError(wh.error);
  return wh;
}

/** A per-row reason the deadline cannot be computed that is not a calendar error (those keep their own type). */
export class DeadlineComputationError extends Error {}

function applyLimit(d: Duration, start: SerialDateTime, ctx: DeadlineContext): SerialDateTime {
  // A working- or calendar-day limit counted from a date-time counts from its date (issue 5), and gives a day.
  // 期限遇节假日顺延: a day or hour limit ending on a day off ends on the next working day (issue 10 §3).
  if (!HOUR_UNITS.has(d.unit))
    return moveOffDay(
      ctx.calendar,
      ctx.settings,
      applyDuration(ctx.calendar, { periods: [] }, Math.floor(start), d),
      d.unit,
    );
  return moveOffDay(
    ctx.calendar,
    ctx.settings,
    applyDuration(ctx.calendar, d.unit === "workhours" ? workingHoursOf(ctx) : { periods: [] }, start, d),
    d.unit,
  );
}

/** The end of a start day when its time column is blank: 23:59, so the day itself still counts as the start day. */
const END_OF_DAY = 1439 / 1440;

function firstStart(t: RegisterTable, rule: DeadlineRule, i: number): SerialDateTime | null {
  for (const h of rule.start) {
    const v = t.dateTime(h, i);
    if (v === null) continue;
    if (rule.startTime === undefined) return v;
    const time = t.has(rule.startTime) ? t.number(rule.startTime, i) : null;
    return Math.floor(v) + (time !== null && time >= 0 && time < 1 ? time : END_OF_DAY);
  }
  return null;
}

/** The due moment of `p.rule` on data row i, or null when the row gives nothing to count from. */
export function dueOf(t: RegisterTable, p: PreparedRule, i: number, ctx: DeadlineContext): DueOutcome | null {
  const limit = p.rule.limit;
  const start = firstStart(t, p.rule, i);
  if (limit.kind === "after" || limit.kind === "before") {
    if (start === null) return null;
    const d = p.duration as Duration;
    if (limit.kind === "after")
      return { start, due: applyLimit(d, start, ctx), dueHasTime: HOUR_UNITS.has(d.unit), dueFromColumn: false };
    const day = Math.floor(start);
    // A lead landing on a day off moves earlier, never shortening the lead.
    const due =
      d.unit === "workdays"
        ? ctx.calendar.addWorkdays(day, -d.amount)
        : moveOffDay(ctx.calendar, ctx.settings, day - d.amount, d.unit, "before");
    return { start, due, dueHasTime: false, dueFromColumn: false };
  }
  const own = t.date(limit.column, i);
  if (own !== null) return { start, due: own, dueHasTime: false, dueFromColumn: true };
  // An unreadable due date ('下周五') is validation's cell/type; no deadline is invented over what the user wrote.
  const f = limit.fallback;
  if (f === undefined || !isBlankCell(t.raw(limit.column, i))) return null;
  if (f.kind === "after") {
    if (start === null) return null;
    const d = p.duration as Duration;
    return { start, due: applyLimit(d, start, ctx), dueHasTime: HOUR_UNITS.has(d.unit), dueFromColumn: false };
  }
  const due = f.compute(t, i, ctx.settings);
  return due === null ? null : { start, due, dueHasTime: false, dueFromColumn: false };
}
