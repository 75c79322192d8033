/**
 * Occurrences of the recurring duties (周期工作) as deadline items (issue 17 §1). Each duty's 周期 gives nominal days
 * (src/core/recurrence); a day off moves an opening duty to the next working day and a closing one to the previous
 * (offDayMove). A completion — a 周期工作记录 row of the same 事项, or the duty's own 最近完成日期 — closes the
 * occurrence nearest to it, so a meeting held a day late closes that week's and a month-end summary finished early
 * closes that month's. Items run from the first occurrence a completion closed (tracking starts there), or — for a
 * duty never recorded — from the last occurrence before the as-of day, up to the next one due; at most a year back.
 * docs/deadlines.md states these rules for users.
 */
import type { Calendar } from "../calendar";
import { calendarErrorMessage } from "../calendar";
import type { Serial } from "../dates";
import { translate } from "../i18n";
import { DEFAULT_SEMESTER_STARTS, parseSemesterStarts, type MonthDay } from "../kpi/periods";
import { cycleText, nominalDays, offDayMove, parseCycle, type Cycle, type OffDayMove } from "../recurrence/cycle";
import { leadOf } from "../registers/recurring-duties";
import type { RegisterTable } from "../table-types";
import type { DeadlineContext } from "./context";
import { DEADLINE_MESSAGES } from "./messages";
import { judge, type StatusOutcome } from "./status";
import type { DeadlineItem, DeadlineProblem, DeadlineRule } from "./types";

export const RECURRING_DUTIES = "recurring-duties";
export const RECURRING_LOG = "recurring-log";
export const RECURRING_RULE_ID = "recurring-duty";
export const SEMESTER_STARTS_SETTING = "学期开始日期";

/** How far back occurrences are listed, and how far ahead the next one is looked for (a yearly duty's). */
export const LOOKBACK_DAYS = 366;
const LOOKAHEAD_DAYS = 400;

const RULES = new Map<string, DeadlineRule>();

/** The rule of a duty's items; `source` are the DOMAIN.md ids its 说明 cites (T21 …). */
function dutyRule(source: readonly string[]): DeadlineRule {
  const key = source.join(",");
  let r = RULES.get(key);
  if (!r) {
    r = {
      id: RECURRING_RULE_ID,
      register: RECURRING_DUTIES,
      label: { "zh-CN": "例行工作", "en-US": "Recurring duty" },
      start: [],
      limit: { kind: "column", column: "周期" },
      owners: ["责任人"],
      departments: ["责任部门"],
      subject: "事项",
      source,
    };
    RULES.set(key, r);
  }
  return r;
}

/** Source ids cited in a 说明 cell, e.g. "T21：…；T22：…" → T21, T22. */
export function citedSources(note: string | null): string[] {
  if (note === null) return [];
  return [...new Set(note.match(/\b[TR]\d{2}\b/g) ?? [])];
}

export function semesterStartsOf(ctx: DeadlineContext): readonly MonthDay[] {
  const text = ctx.settings.text(SEMESTER_STARTS_SETTING);
  return (text ? parseSemesterStarts(text) : null) ?? DEFAULT_SEMESTER_STARTS;
}

function moveOff(cal: Calendar, day: Serial, dir: OffDayMove): Serial {
  let d = day;
  while (!cal.isWorkday(d)) d += dir === "next" ? 1 : -1;
  return d;
}

/** Due days of the cycle, moved off days off, from LOOKBACK before the as-of day up to the first on or after it. */
function dueDays(cycle: Cycle, ctx: DeadlineContext, starts: readonly MonthDay[]): { dues: Serial[]; error: unknown } {
  const dir = offDayMove(cycle);
  const dues: Serial[] = [];
  try {
    for (const n of nominalDays(cycle, ctx.asOf - LOOKBACK_DAYS - 31, ctx.asOf + LOOKAHEAD_DAYS, starts)) {
      const d = moveOff(ctx.calendar, n, dir);
      if (dues.length > 0 && d <= (dues[dues.length - 1] as Serial)) continue;
      dues.push(d);
      if (d >= ctx.asOf) break;
    }
  } catch (e) {
    return { dues, error: e };
  }
  return { dues, error: null };
}

/** Index of the due day nearest to `day` (ties: the earlier), or -1 when `day` is far before the first. */
function nearest(dues: readonly Serial[], day: Serial): number {
  let lo = 0;
  let hi = dues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dues[mid] as Serial) < day) lo = mid + 1;
    else hi = mid;
  }
  // dues[lo] is the first ≥ day.
  if (lo === 0) {
    const first = dues[0] as Serial;
    const gap = dues.length > 1 ? (dues[1] as Serial) - first : LOOKBACK_DAYS;
    return first - day <= gap / 2 ? 0 : -1;
  }
  if (lo === dues.length) return dues.length - 1;
  return day - (dues[lo - 1] as Serial) <= (dues[lo] as Serial) - day ? lo - 1 : lo;
}

/** 周期工作记录 completion days by 事项, as of the day (a log row dated later had not happened yet). */
function completionsByDuty(tables: readonly RegisterTable[], asOf: Serial): Map<string, Serial[]> {
  const out = new Map<string, Serial[]>();
  for (const t of tables) {
    if (t.register.id !== RECURRING_LOG || !t.has("事项") || !t.has("日期")) continue;
    for (let i = 0; i < t.rowCount; i++) {
      const duty = t.text("事项", i);
      const day = t.date("日期", i);
      if (duty === null || day === null || day > asOf) continue;
      let list = out.get(duty);
      if (!list) out.set(duty, (list = []));
      list.push(day);
    }
  }
  return out;
}

/** 提前提醒: an open occurrence is due soon from `lead` before its due day (the 临期 window applies as well). */
function withLead(
  outcome: StatusOutcome,
  due: Serial,
  lead: { unit: "workdays" | "days"; amount: number },
  ctx: DeadlineContext,
): StatusOutcome {
  try {
    const remindFrom = lead.unit === "workdays" ? ctx.calendar.addWorkdays(due, -lead.amount) : due - lead.amount;
    return ctx.asOf >= remindFrom ? { ...outcome, status: "due-soon" } : outcome;
  } catch (e) {
    // A reminder window reaching a year without data: the 临期 window alone decides.
    if (calendarErrorMessage(e, ctx.lang) === null) throw e;
    return outcome;
  }
}

export interface RecurringOutcome {
  items: DeadlineItem[];
  problems: DeadlineProblem[];
  /** Per item whose working days late stop at a year the calendar lacks: that year (the run's warning counts them). */
  lateYears: number[];
}

/** The deadline items of one 周期工作 table; `tables` supplies 周期工作记录. `soonUntil` as in computeDeadlines. */
export function recurringItems(
  t: RegisterTable,
  tables: readonly RegisterTable[],
  ctx: DeadlineContext,
  soonUntil: Serial,
  staffDepartment: ReadonlyMap<string, string>,
): RecurringOutcome {
  const items: DeadlineItem[] = [];
  const problems: DeadlineProblem[] = [];
  const lateYears: number[] = [];
  if (!t.has("事项") || !t.has("周期")) return { items, problems, lateYears };
  const starts = semesterStartsOf(ctx);
  const logged = completionsByDuty(tables, ctx.asOf);
  const header = t.has("最近完成日期") ? "最近完成日期" : "事项";
  const column = t.columnIndex(header);
  // Duties sharing a cycle share its due days, and occurrences sharing a due and done day share their judgement.
  const duesByCycle = new Map<string, { dues: Serial[]; error: unknown }>();
  const judged = new Map<string, StatusOutcome>();
  for (let i = 0; i < t.rowCount; i++) {
    const duty = t.text("事项", i);
    const cycleCell = t.text("周期", i);
    const cycle = cycleCell === null ? null : parseCycle(cycleCell);
    const lead = leadOf(t.text("提前提醒", i));
    // An unreadable 周期 or 提前提醒 is validation's row/duty-cycle or row/duty-lead; nothing is guessed here.
    if (duty === null || cycle === null || lead === null) continue;
    const cycleKey = JSON.stringify(cycle);
    let computed = duesByCycle.get(cycleKey);
    if (!computed) duesByCycle.set(cycleKey, (computed = dueDays(cycle, ctx, starts)));
    const { dues, error } = computed;
    if (error !== null) {
      const reason = calendarErrorMessage(error, ctx.lang);
      if (reason === null) throw error;
      problems.push({
        sheet: t.sheet,
        row: t.excelRow(i),
        column: "周期",
        deadline: RECURRING_RULE_ID,
        message: translate(DEADLINE_MESSAGES, ctx.lang, "problem", {
          sheet: t.sheet,
          row: t.excelRow(i),
          column: "周期",
          deadline: dutyRule([]).label[ctx.lang],
          reason,
        }),
      });
    }
    if (dues.length === 0) continue;
    const done: (Serial | null)[] = dues.map(() => null);
    const own = t.date("最近完成日期", i);
    const completions = [...(logged.get(duty) ?? []), ...(own !== null && own <= ctx.asOf ? [own] : [])];
    for (const c of completions) {
      const k = nearest(dues, c);
      if (k >= 0 && (done[k] === null || (done[k] as Serial) > c)) done[k] = c;
    }
    let from = done.findIndex((d) => d !== null);
    if (from < 0) {
      // Never recorded: the last occurrence before the day (missed) and the next one.
      from = dues.findIndex((d) => d >= ctx.asOf);
      if (from < 0) from = dues.length - 1;
      else if (from > 0) from--;
    }
    const rule = dutyRule(citedSources(t.text("说明", i)));
    const person = t.text("责任人", i);
    const department = (person === null ? undefined : staffDepartment.get(person)) ?? t.text("责任部门", i);
    const cycleLabel = cycleText(cycle, ctx.lang);
    for (let k = from; k < dues.length; k++) {
      const due = dues[k] as Serial;
      if (due < ctx.asOf - LOOKBACK_DAYS) continue;
      const doneDay = done[k] as Serial | null;
      const judgeKey = `${due}|${doneDay ?? ""}|${lead.unit}|${lead.amount}`;
      let outcome = judged.get(judgeKey);
      if (outcome === undefined) {
        outcome = judge({ due, dueHasTime: false, done: doneDay }, ctx.asOf, soonUntil, ctx.calendar);
        if (outcome.status === "open" && lead.amount > 0) outcome = withLead(outcome, due, lead, ctx);
        judged.set(judgeKey, outcome);
      }
      if (outcome.lateCountIncomplete) lateYears.push(outcome.lateCountIncomplete.missingYear);
      items.push({
        sheet: t.sheet,
        register: t.register.id,
        row: t.excelRow(i),
        column,
        locator: { sheet: t.sheet, row: t.excelRow(i), column: header },
        key: null,
        rule,
        start: null,
        startHasTime: false,
        due,
        dueHasTime: false,
        dueFromColumn: false,
        done: doneDay,
        doneHasTime: false,
        status: outcome.status,
        overdueWorkdays: outcome.overdueWorkdays,
        owner: person ?? department,
        ownerDepartment: department,
        subject: duty,
        escalation: outcome.escalation,
        cycle: cycleLabel,
      });
    }
  }
  return { items, problems, lateYears };
}
