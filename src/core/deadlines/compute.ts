/**
 * Every deadline of every recognised register as of a day. One pass per (register, rule): settings and column
 * positions are looked up once, each row costs a few calendar look-ups. A row whose deadline cannot be computed
 * (a year the calendar has no data for, unreadable working hours) becomes a problem naming its sheet and row; the
 * other rows are still judged.
 */
import { calendarErrorMessage, workdayAtLeast } from "../calendar";
import { serialToIso, type Serial } from "../dates";
import { translate, type Lang } from "../i18n";
import { publicColumn } from "../registers/kit";
import type { RegisterTable } from "../table-types";
import type { Settings } from "../settings-types";
import { isBlankCell } from "../values/text";
import type { DeadlineContext } from "./context";
import { DeadlineComputationError, dueOf, prepareRule } from "./due";
import { DEADLINE_MESSAGES } from "./messages";
import { incidentItems, INCIDENTS } from "./incidents";
import { RECURRING_DUTIES, recurringItems } from "./recurring";
import { DEADLINE_RULES } from "./rules";
import { judge, type StatusOutcome } from "./status";
import type { Condition, DeadlineItem, DeadlineProblem, DeadlineResult, DeadlineRule, DeadlineWarning } from "./types";

function firstText(t: RegisterTable, headers: readonly string[], i: number): string | null {
  for (const h of headers) {
    const v = t.text(h, i);
    if (v !== null && v !== "") return v;
  }
  return null;
}

/** 参数设置 lists read by conditions, as sets, once per Settings (conditions are asked on every row). */
const LIST_CACHE = new WeakMap<Settings, Map<string, ReadonlySet<string>>>();

function settingList(settings: Settings, key: string): ReadonlySet<string> {
  let lists = LIST_CACHE.get(settings);
  if (!lists) LIST_CACHE.set(settings, (lists = new Map()));
  let set = lists.get(key);
  if (!set) lists.set(key, (set = new Set(settings.list(key))));
  return set;
}

function holds(t: RegisterTable, c: Condition, i: number, settings: Settings): boolean {
  if ("inSetting" in c) {
    const v = t.text(c.column, i);
    return v === null || settingList(settings, c.inSetting).has(v);
  }
  if ("oneOf" in c) {
    const v = t.text(c.column, i);
    return v !== null && c.oneOf.includes(v);
  }
  if ("noneOf" in c) {
    const v = t.text(c.column, i);
    return v === null || !c.noneOf.includes(v);
  }
  if ("notTrue" in c) return t.bool(c.column, i) !== true;
  if ("isTrue" in c) return t.bool(c.column, i) === true;
  if ("present" in c) return !isBlankCell(t.raw(c.column, i));
  return isBlankCell(t.raw(c.column, i));
}

/**
 * Whether the sheet carries what the rule needs. Without its done column every row would look unfinished, so such a
 * rule is left out rather than reported as a flood of false overdue items.
 */
export function ruleApplies(t: RegisterTable, rule: DeadlineRule): boolean {
  if (rule.done !== undefined && !t.has(rule.done)) return false;
  if (rule.requires !== undefined && !rule.requires.every((h) => t.has(h))) return false;
  const limit = rule.limit;
  const hasStart = rule.start.some((h) => t.has(h));
  if (limit.kind !== "column") return hasStart;
  if (t.has(limit.column)) return true;
  const f = limit.fallback;
  if (f === undefined) return false;
  return f.kind === "after" ? hasStart : f.needs.every((h) => t.has(h));
}

function isDateTimeColumn(t: RegisterTable, header: string | undefined): boolean {
  if (header === undefined) return false;
  return t.register.columns.find((c) => c.header === header)?.type.kind === "datetime";
}

/** The header of the cell to select for a rule's items: the done column, else the due column, else the start ("" if none). */
function selectHeader(t: RegisterTable, rule: DeadlineRule): string {
  const candidates = [rule.done, rule.limit.kind === "column" ? rule.limit.column : undefined, ...rule.start];
  for (const h of candidates) if (h !== undefined && t.has(h)) return h;
  return "";
}

/** The cell a row's deadline is computed from, for locating a problem: the start used, else the due-date column. */
function sourceColumn(t: RegisterTable, rule: DeadlineRule, i: number): string {
  const limit = rule.limit;
  if (limit.kind === "column") {
    if (t.date(limit.column, i) !== null) return limit.column;
    if (limit.fallback?.kind === "computed") return limit.fallback.needs[0] ?? limit.column;
  }
  return (
    rule.start.find((h) => t.has(h) && t.dateTime(h, i) !== null) ??
    rule.start[0] ??
    (limit.kind === "column" ? limit.column : "")
  );
}

/** What every rule of a run shares: the due-soon window, the staff's departments, and the tallies it adds to. */
interface RunState {
  ctx: DeadlineContext;
  soonUntil: Serial;
  /** A reminder goes to a person's own department; a row's 部门 column may be someone else's (the applicant's). */
  staffDepartment: ReadonlyMap<string, string>;
  items: DeadlineItem[];
  problems: DeadlineProblem[];
  /** Missing year → items whose days late stop before it. */
  lateIncomplete: Map<number, number>;
}

/** The due-soon window's end; it may reach a year the calendar lacks (as of 2026-12-31): what is known still counts. */
function dueSoonWindow(ctx: DeadlineContext, warnings: DeadlineWarning[]): Serial {
  const soonDays = ctx.settings.number("临期提醒(工作日)");
  const window = workdayAtLeast(ctx.calendar, ctx.asOf, soonDays);
  if (!window.complete) {
    warnings.push({
      code: "deadlines/window-incomplete",
      message: translate(DEADLINE_MESSAGES, ctx.lang, "windowIncomplete", {
        year: window.missingYear ?? "",
        n: soonDays,
        until: serialToIso(window.day),
      }),
    });
  }
  return window.day;
}

/** A row whose deadline cannot be computed (a calendar gap, an unreadable limit), located at the cell it came from. */
function rowProblem(t: RegisterTable, rule: DeadlineRule, i: number, reason: string, lang: Lang): DeadlineProblem {
  const column = sourceColumn(t, rule, i);
  return {
    sheet: t.sheet,
    row: t.excelRow(i),
    column,
    deadline: rule.id,
    message: translate(DEADLINE_MESSAGES, lang, "problem", {
      sheet: t.sheet,
      row: t.excelRow(i),
      column,
      deadline: rule.label[lang],
      reason,
    }),
  };
}

/** The items (and problems) of one deadline rule over one register table, appended to the run's lists. */
function addRuleItems(t: RegisterTable, rule: DeadlineRule, run: RunState): void {
  const { ctx, soonUntil } = run;
  // R64: personal columns (反映人, 联系方式) never reach an item, so no list, reminder or sheet can show them.
  const shown = (h: string): boolean => t.has(h) && publicColumn(t.register, h) !== null;
  const keyCols = (t.register.key ?? []).filter(shown);
  const p = prepareRule(rule, ctx);
  const when = rule.when ?? [];
  const counted = rule.limit.kind !== "before";
  const closed = rule.closedWhen && t.has(rule.closedWhen.column) ? rule.closedWhen : null;
  const header = selectHeader(t, rule);
  const column = header === "" ? 0 : t.columnIndex(header);
  const startHasTime = rule.startTime !== undefined || isDateTimeColumn(t, rule.start[0]);
  const doneHasTime = isDateTimeColumn(t, rule.done);
  const owners = rule.owners.filter(shown);
  const departments = rule.departments.filter(shown);
  const subjectCol = rule.subject !== undefined && shown(rule.subject) ? rule.subject : null;
  for (let i = 0; i < t.rowCount; i++) {
    if (t.isBlank(i) || !when.every((c) => holds(t, c, i, ctx.settings))) continue;
    const recorded = rule.done === undefined ? null : t.dateTime(rule.done, i);
    if (recorded === null && closed !== null && holds(t, closed, i, ctx.settings)) continue;
    // As of a past day, a completion recorded after it had not happened yet.
    const done = recorded !== null && Math.floor(recorded) > ctx.asOf ? null : recorded;
    try {
      const due = dueOf(t, p, i, ctx);
      if (due === null) continue;
      // Nor had a clock started after it (a lead before a later event does run already).
      if (counted && due.start !== null && Math.floor(due.start) > ctx.asOf) continue;
      // A lead never recorded whose event has been held: nothing is left to do (T06).
      const held =
        rule.mootAfterStart === true && done === null && due.start !== null && Math.floor(due.start) < ctx.asOf;
      const outcome: StatusOutcome = held
        ? { status: "moot", overdueWorkdays: 0, escalation: null }
        : judge({ due: due.due, dueHasTime: due.dueHasTime, done }, ctx.asOf, soonUntil, ctx.calendar);
      const gap = outcome.lateCountIncomplete;
      if (gap !== undefined)
        run.lateIncomplete.set(gap.missingYear, (run.lateIncomplete.get(gap.missingYear) ?? 0) + 1);
      const person = firstText(t, owners, i);
      const department =
        (person === null ? undefined : run.staffDepartment.get(person)) ?? firstText(t, departments, i);
      run.items.push({
        sheet: t.sheet,
        register: t.register.id,
        row: t.excelRow(i),
        column,
        locator: { sheet: t.sheet, row: t.excelRow(i), column: header },
        key: keyCols.length === 0 ? null : keyCols.map((h) => t.text(h, i) ?? "").join(" / ") || null,
        rule,
        start: due.start,
        startHasTime,
        due: due.due,
        dueHasTime: due.dueHasTime,
        dueFromColumn: due.dueFromColumn,
        done,
        doneHasTime,
        status: outcome.status,
        overdueWorkdays: outcome.overdueWorkdays,
        owner: person ?? department,
        ownerDepartment: department,
        subject: subjectCol === null ? null : t.text(subjectCol, i),
        escalation: outcome.escalation,
      });
    } catch (e) {
      const reason = calendarErrorMessage(e, ctx.lang) ?? (e instanceof DeadlineComputationError ? e.message : null);
      if (reason === null) throw e;
      run.problems.push(rowProblem(t, rule, i, reason, ctx.lang));
    }
  }
}

export function computeDeadlines(
  tables: readonly RegisterTable[],
  ctx: DeadlineContext,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): DeadlineResult {
  const warnings: DeadlineWarning[] = [];
  const staffDepartment = new Map<string, string>();
  for (const m of ctx.settings.staff ?? []) if (m.department) staffDepartment.set(m.name.trim(), m.department);
  const run: RunState = {
    ctx,
    soonUntil: dueSoonWindow(ctx, warnings),
    staffDepartment,
    items: [],
    problems: [],
    lateIncomplete: new Map(),
  };
  const { items, problems, lateIncomplete } = run;
  for (const t of tables) {
    const firstOfTable = items.length;
    const firstProblem = problems.length;
    for (const rule of rules) if (rule.register === t.register.id && ruleApplies(t, rule)) addRuleItems(t, rule, run);
    // Recurring duties and incidents give several items per row: their own modules (issue 17).
    if (t.register.id === RECURRING_DUTIES || t.register.id === INCIDENTS) {
      const extra =
        t.register.id === INCIDENTS
          ? incidentItems(t, ctx, run.soonUntil)
          : recurringItems(t, tables, ctx, run.soonUntil, staffDepartment);
      for (const item of extra.items) items.push(item);
      for (const p of extra.problems) problems.push(p);
      for (const year of extra.lateYears) lateIncomplete.set(year, (lateIncomplete.get(year) ?? 0) + 1);
    }
    // Workbook order within a sheet: by row, then by the rule's place in the catalogue (sort is stable).
    const ofTable = items.splice(firstOfTable).sort((a, b) => a.row - b.row);
    for (const item of ofTable) items.push(item);
    const problemsOfTable = problems.splice(firstProblem).sort((a, b) => a.row - b.row);
    for (const p of problemsOfTable) problems.push(p);
  }
  for (const [year, count] of [...lateIncomplete].sort((a, b) => a[0] - b[0])) {
    warnings.push({
      code: "deadlines/late-count-incomplete",
      message: translate(DEADLINE_MESSAGES, ctx.lang, "lateCountIncomplete", { year, count }),
    });
  }
  return { asOf: ctx.asOf, items, problems, warnings };
}
