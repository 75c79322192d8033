/**
 * Computes the rectification status of a workbook as of a day (issue #14): one pass over 问题整改台账, and the open
 * items of the registers whose rows are rectifications in fact (投诉与意见登记, 决议追踪台账, 跨部门事项台账).
 * States come from the registers' lifecycles; late days and the escalation ladder are the deadline engine's.
 */
import { publicColumn } from "../registers/kit";
import { CalendarCoverageError, calendarErrorMessage, type Calendar } from "../calendar";
import { dayOfWeek, serialToIso, type Serial } from "../dates";
import {
  computeDeadlines,
  createDeadlineContext,
  deadlinesFor,
  escalationFor,
  workdaysLate as workdaysLateOn,
  type Escalation,
} from "../deadlines";
import { translate, type Lang } from "../i18n";
import { computeKpi } from "../kpi/compute";
import { kpiById } from "../kpi/definitions";
import { inPeriod, type Period } from "../kpi/periods";
import type { MonthDay } from "../kpi/periods";
import { phaseOf, stateOf } from "../registers/lifecycle";
import { RECTIFICATION_LIFECYCLE } from "../registers/rectifications";
import { REGISTERS } from "../registers";
import type { Lifecycle } from "../registers/types";
import type { Settings, StaffMember } from "../settings-types";
import type { RegisterTable } from "../table-types";
import { isBlankCell, normalizeText } from "../values";
import { RECTIFICATION_MESSAGES } from "./messages";
import type {
  AgeBucket,
  DepartmentRow,
  RectificationItem,
  RectificationProblem,
  RectificationStatus,
  Section,
  SectionItem,
  WeekPoint,
} from "./types";

export interface RectificationInput {
  tables: ReadonlyMap<string, RegisterTable>;
  settings: Settings;
  calendar: Calendar;
  asOf: Serial;
  period: Period;
  lang: Lang;
  semesterStarts?: readonly MonthDay[];
}

/** Registers gathered as sections, in this order. */
export const SECTION_REGISTERS = ["feedback", "resolutions", "coordination"] as const;

export const WEEKS_SHOWN = 12;

const LEADER_ROLE = "分管领导";
const DIRECTOR_ROLE = "主任";

/** closed ÷ (total − long-term) in percent with one decimal; null when nothing is to close. */
export function closureRate(closed: number, total: number, longTerm: number): number | null {
  const base = total - longTerm;
  return base <= 0 ? null : Math.round((closed / base) * 1000) / 10;
}

/** Monday of the week holding d. */
export const mondayOf = (d: Serial): Serial => d - ((dayOfWeek(d) + 6) % 7);

/**
 * Who an escalation goes to: 预警分管领导 → the 分管领导 of the item's department, else the only or first 分管领导;
 * 报办公室负责人 → the 主任. Staff not 在岗 are passed over. Null for 催办 (the owner is chased) or when none is listed.
 */
export function escalationTarget(
  e: Escalation | null,
  department: string | null,
  staff: readonly StaffMember[] | null,
): string | null {
  if (e === null || e === "urge" || staff === null) return null;
  const role = e === "warn-leader" ? LEADER_ROLE : DIRECTOR_ROLE;
  const holders = staff.filter((s) => s.onDuty && s.role !== null && s.role.trim() === role);
  const own =
    department === null ? undefined : holders.find((s) => s.department !== null && s.department.trim() === department);
  return (own ?? holders[0])?.name.trim() ?? null;
}

/** escalationTarget memoised per escalation and department (a board has a handful of each, and many rows). */
function escalationTargets(
  staff: readonly StaffMember[] | null,
): (e: Escalation | null, department: string | null) => string | null {
  const memo = new Map<Escalation, Map<string | null, string | null>>();
  return (e, department) => {
    if (e === null || e === "urge" || staff === null) return null;
    let byDept = memo.get(e);
    if (!byDept) memo.set(e, (byDept = new Map()));
    let v = byDept.get(department);
    if (v === undefined) byDept.set(department, (v = escalationTarget(e, department, staff)));
    return v;
  };
}

/**
 * A per-cell reader of a column: free-text columns are normalised cell by cell (what parsing the whole column would
 * store for them, without building it — the board reads them once per row); other types go through the table.
 */
function textReader(t: RegisterTable, header: string): (i: number) => string | null {
  const def = t.register.columns.find((c) => c.header === header);
  // R64: a personal column (反映人, 联系方式) is never read into the board, its JSON or the weekly report.
  if (!t.has(header) || publicColumn(t.register, header) === null) return () => null;
  if (def?.type.kind !== "text") return (i) => t.text(header, i);
  return (i) => {
    const raw = t.raw(header, i);
    return isBlankCell(raw) ? null : normalizeText(String(raw)) || null;
  };
}

/** The row's key reader: its key column's text, or the key columns joined when the key has several. */
function keyReader(t: RegisterTable): (i: number) => string | null {
  const cols = (t.register.key ?? []).filter((h) => t.has(h) && publicColumn(t.register, h) !== null);
  if (cols.length === 0) return () => null;
  if (cols.length === 1) return textReader(t, cols[0] as string);
  return (i) => cols.map((h) => t.text(h, i) ?? "").join(" / ") || null;
}

interface Tally {
  total: number;
  open: number;
  overdue: number;
  closed: number;
  longTerm: number;
}
const tally = (): Tally => ({ total: 0, open: 0, overdue: 0, closed: 0, longTerm: 0 });

function add(map: Map<string, Tally>, name: string, item: RectificationItem): void {
  let x = map.get(name);
  if (!x) map.set(name, (x = tally()));
  x.total++;
  if (item.phase === "open") x.open++;
  if (item.overdue) x.overdue++;
  if (item.phase === "closed") x.closed++;
  if (item.phase === "parked") x.longTerm++;
}

function rows(map: Map<string, Tally>): Array<Tally & { name: string; closureRate: number | null }> {
  return [...map]
    .map(([name, x]) => ({ name, ...x, closureRate: closureRate(x.closed, x.total, x.longTerm) }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name, "zh-CN"));
}

/**
 * `items` (in row order) sorted by a whole-number key in [0, 2^31), ties in row order. The keys are days, so they
 * usually span a few thousand values for tens of thousands of items: then a counting sort, one pass to count and one
 * to place. Otherwise key and position are packed into one float64 (key·2^21 + position; a sheet has at most 2^20
 * rows) so the sort is the typed array's own numeric sort — a comparator over object fields was most of a board's time.
 */
function sortedBy<T>(items: readonly T[], key: (x: T) => number): T[] {
  const n = items.length;
  const keys = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = key(items[i] as T);
    keys[i] = k;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const out = new Array<T>(n);
  if (n > 0 && max - min <= 4 * n + 1024) {
    const starts = new Int32Array(max - min + 2);
    for (let i = 0; i < n; i++) starts[(keys[i] as number) - min + 1]++;
    for (let k = 1; k < starts.length; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
    for (let i = 0; i < n; i++) out[starts[(keys[i] as number) - min]++] = items[i] as T;
    return out;
  }
  for (let i = 0; i < n; i++) keys[i] = (keys[i] as number) * 2097152 + i;
  keys.sort();
  for (let i = 0; i < n; i++) out[i] = items[(keys[i] as number) % 2097152] as T;
  return out;
}

/**
 * Worst first: most working days late, then earliest due, then row. Working days late never grow with a later due
 * day (as of one day), so that is due order; items whose late days are unknown (no calendar data) come last.
 */
function worstFirst(overdue: readonly RectificationItem[]): RectificationItem[] {
  const known = overdue.filter((x) => x.overdueWorkdays !== null && x.due !== null);
  return [
    ...sortedBy(known, (x) => x.due as number),
    ...overdue.filter((x) => x.overdueWorkdays === null || x.due === null),
  ];
}

export function computeRectificationStatus(input: RectificationInput): RectificationStatus {
  const { asOf, period, lang, calendar, settings } = input;
  const t = input.tables.get("rectifications");
  const lc: Lifecycle = t?.register.lifecycle ?? RECTIFICATION_LIFECYCLE;
  const msg = (key: keyof typeof RECTIFICATION_MESSAGES, p?: Record<string, string | number>) =>
    translate(RECTIFICATION_MESSAGES, lang, key, p);
  const problems: RectificationProblem[] = [];
  const items: RectificationItem[] = [];
  const cycle = lc.followUp ? settings.number(lc.followUp.setting) : 7;
  const weekEnd = asOf + ((7 - dayOfWeek(asOf)) % 7);
  const byStatus = new Map(lc.states.map((s) => [s.value, 0]));
  const byDept = new Map<string, Tally>();
  const bySource = new Map<string, Tally>();
  const ageing: Record<AgeBucket, number> = { "0-5": 0, "6-20": 0, ">20": 0 };
  let closedInPeriod = 0;
  let openedInPeriod = 0;
  const noDept = msg("noDepartment");
  const noSource = msg("noSource");

  // A year without calendar data is reported once per row, at the first column that needed it.
  let reportedRow = -1;
  const workdaysLate = (from: Serial, i: number, column: string): number | null => {
    try {
      return workdaysLateOn(calendar, from, asOf);
    } catch (e) {
      if (!(e instanceof CalendarCoverageError) || !t) throw e;
      if (reportedRow !== i) {
        reportedRow = i;
        problems.push({
          sheet: t.sheet,
          row: t.excelRow(i),
          column,
          code: "calendar/coverage",
          message: msg("problem", { sheet: t.sheet, row: t.excelRow(i), reason: calendarErrorMessage(e, lang) ?? "" }),
        });
      }
      return null;
    }
  };

  const escalateTo = escalationTargets(settings.staff);
  const overdueItems: RectificationItem[] = [];
  const followUps: RectificationItem[] = [];
  let open = 0;
  let overdueCount = 0;
  let closed = 0;
  let longTerm = 0;
  if (t) {
    const followCol = lc.followUp?.lastColumn ?? "最近跟踪日期";
    const fromCol = lc.followUp?.fromColumn ?? "发现日期";
    const keyOf = keyReader(t);
    const departmentOf = textReader(t, "责任部门");
    const ownerOf = textReader(t, "责任人");
    const subjectOf = textReader(t, "问题描述");
    const phases = new Map(lc.states.map((x) => [x.value, x.phase]));
    for (let i = 0; i < t.rowCount; i++) {
      if (t.isBlank(i)) continue;
      const row = t.excelRow(i);
      const state = stateOf(t, i, lc);
      const phase = state === null ? (t.raw(lc.column, i) === null ? lc.blank : null) : (phases.get(state) ?? null);
      const found = t.date("发现日期", i);
      const due = t.date("完成时限", i);
      const confirmed = t.date("完成确认日期", i);
      const lastFollowUp = t.date(followCol, i);
      const department = departmentOf(i);
      if (phase === null) {
        const raw = t.raw(lc.column, i);
        problems.push({
          sheet: t.sheet,
          row,
          column: lc.column,
          code: "rectification/unknown-state",
          message: msg("unknownState", {
            sheet: t.sheet,
            row,
            value: raw === null || raw === "" ? msg("blank") : String(raw),
            states: lc.states.map((x) => x.value).join("/"),
          }),
        });
      } else if (state !== null) byStatus.set(state, (byStatus.get(state) ?? 0) + 1);
      if (due === null && phase !== "closed" && phase !== "parked") {
        problems.push({
          sheet: t.sheet,
          row,
          column: "完成时限",
          code: "rectification/missing-due",
          message: msg("missingDue", { sheet: t.sheet, row }),
        });
      }
      if (confirmed !== null && found !== null && confirmed < found) {
        problems.push({
          sheet: t.sheet,
          row,
          column: "完成确认日期",
          code: "rectification/confirmed-before-found",
          message: msg("confirmedBeforeFound", {
            sheet: t.sheet,
            row,
            confirmed: serialToIso(confirmed),
            found: serialToIso(found),
          }),
        });
      }
      const isOpen = phase === "open";
      const overdue = isOpen && due !== null && due < asOf;
      const late = overdue ? workdaysLate(due, i, "完成时限") : null;
      const escalation = late === null ? null : escalationFor(late);
      const base = isOpen ? (lastFollowUp ?? t.date(fromCol, i)) : null;
      const nextFollowUp = base === null ? null : base + cycle;
      const age = isOpen && found !== null && found <= asOf ? workdaysLate(found, i, "发现日期") : null;
      const item: RectificationItem = {
        sheet: t.sheet,
        row,
        key: keyOf(i),
        source: t.text("来源", i),
        department,
        owner: ownerOf(i),
        subject: subjectOf(i),
        state,
        phase,
        found,
        due,
        confirmed,
        lastFollowUp,
        overdue,
        overdueWorkdays: late,
        escalation,
        escalateTo: escalateTo(escalation, department),
        nextFollowUp,
        followUpLate: nextFollowUp !== null && nextFollowUp < asOf,
        ageWorkdays: age,
      };
      items.push(item);
      if (overdue) overdueItems.push(item);
      if (nextFollowUp !== null && nextFollowUp <= weekEnd && nextFollowUp >= 0) followUps.push(item);
      add(byDept, department ?? noDept, item);
      add(bySource, item.source ?? noSource, item);
      if (age !== null) ageing[age <= 5 ? "0-5" : age <= 20 ? "6-20" : ">20"]++;
      if (isOpen) open++;
      else if (phase === "closed") closed++;
      else if (phase === "parked") longTerm++;
      if (overdue) overdueCount++;
      if (phase === "closed" && inPeriod(period, confirmed)) closedInPeriod++;
      if (inPeriod(period, found)) openedInPeriod++;
    }
  }

  const summary = {
    total: items.length,
    open,
    overdue: overdueCount,
    closed,
    longTerm,
    closedInPeriod,
    openedInPeriod,
    closureRate: null as number | null,
  };
  summary.closureRate = closureRate(summary.closed, summary.total, summary.longTerm);
  const k09def = kpiById("K09");
  const k09 = k09def
    ? computeKpi(
        k09def,
        { tables: input.tables, settings, calendar, asOf, lang, semesterStarts: input.semesterStarts },
        period,
      )
    : null;

  return {
    asOf,
    period,
    sheet: t?.sheet ?? null,
    summary,
    byStatus: lc.states.map((s) => ({ state: s.value, phase: s.phase, count: byStatus.get(s.value) ?? 0 })),
    byDepartment: rows(byDept).map(({ name, ...x }): DepartmentRow => ({ department: name, ...x })),
    bySource: rows(bySource).map(({ name, ...x }) => ({ source: name, ...x })),
    items,
    overdue: worstFirst(overdueItems),
    followUpsThisWeek: sortedBy(followUps, (x) => x.nextFollowUp as number),
    ageing,
    weeks: weeklyTrend(items, asOf),
    sections: sections(input, problems),
    k09: k09
      ? { actual: k09.actual, target: k09.target, status: k09.status, n: k09.n }
      : { actual: null, target: 100, status: "no-data", n: 0 },
    problems,
  };
}

/**
 * Open at each week's end and closed during each week, over the last WEEKS_SHOWN weeks up to the as-of week. An item
 * is open from 发现日期 until 完成确认日期; a closed row without that date counts as closed since it was found (when
 * is unknown), a long-term one is never open.
 */
export function weeklyTrend(items: readonly RectificationItem[], asOf: Serial): WeekPoint[] {
  const first = mondayOf(asOf) - 7 * (WEEKS_SHOWN - 1);
  const weeks: WeekPoint[] = Array.from({ length: WEEKS_SHOWN }, (_, k) => ({
    start: first + 7 * k,
    open: 0,
    closed: 0,
  }));
  const ends = weeks.map((w) => Math.min(w.start + 6, asOf));
  for (const x of items) {
    if (x.found === null || x.phase === "parked" || x.phase === null) continue;
    const closedOn = x.phase === "closed" ? (x.confirmed ?? x.found) : null;
    for (let k = 0; k < WEEKS_SHOWN; k++) {
      const end = ends[k] as number;
      if (x.found <= end && (closedOn === null || closedOn > end)) (weeks[k] as WeekPoint).open++;
    }
    if (x.confirmed !== null && closedOn !== null && closedOn >= first && closedOn <= asOf) {
      const w = weeks[Math.floor((closedOn - first) / 7)];
      if (w) w.closed++;
    }
  }
  return weeks;
}

/** The open items of the registers gathered as sections; overdue as the deadline engine judges them. */
function sections(input: RectificationInput, problems: RectificationProblem[]): Section[] {
  const out: Section[] = [];
  for (const id of SECTION_REGISTERS) {
    const t = input.tables.get(id);
    const def = REGISTERS.find((r) => r.id === id);
    if (!t || !def?.lifecycle) continue;
    const lc = def.lifecycle;
    const late = new Map<number, number>();
    try {
      const result = computeDeadlines(
        [t],
        createDeadlineContext(input.settings, input.calendar, input.asOf, input.lang),
      );
      for (const d of result.items)
        if (d.status === "overdue") late.set(d.row, Math.max(late.get(d.row) ?? 0, d.overdueWorkdays));
    } catch (e) {
      // An as-of day in a year without calendar data: the section still lists its open items, none judged overdue.
      const reason = calendarErrorMessage(e, input.lang);
      if (reason === null) throw e;
      problems.push({
        sheet: t.sheet,
        row: t.headerRow,
        column: "",
        code: "calendar/coverage",
        message: translate(RECTIFICATION_MESSAGES, input.lang, "problem", { sheet: t.sheet, row: t.headerRow, reason }),
      });
    }
    // The columns the register's deadline rules already name for the owner, department and subject.
    const rule = deadlinesFor(id)[0];
    const dept = rule?.departments[0] ?? null;
    const owner = rule?.owners[0] ?? null;
    const subject = rule?.subject ?? null;
    const keyOf = keyReader(t);
    const deptOf = dept === null ? () => null : textReader(t, dept);
    const ownerOf = owner === null ? () => null : textReader(t, owner);
    const subjectOf = subject === null ? () => null : textReader(t, subject);
    const section: Section = { register: id, sheet: t.sheet, total: 0, open: 0, overdue: 0, items: [] };
    for (let i = 0; i < t.rowCount; i++) {
      if (t.isBlank(i)) continue;
      section.total++;
      if (phaseOf(t, i, lc) !== "open") continue;
      const row = t.excelRow(i);
      const n = late.get(row);
      const item: SectionItem = {
        sheet: t.sheet,
        row,
        key: keyOf(i),
        department: deptOf(i),
        owner: ownerOf(i),
        subject: subjectOf(i),
        state: stateOf(t, i, lc),
        overdue: n !== undefined,
        overdueWorkdays: n ?? null,
      };
      section.open++;
      if (item.overdue) section.overdue++;
      section.items.push(item);
    }
    section.items.sort((a, b) => (b.overdueWorkdays ?? -1) - (a.overdueWorkdays ?? -1) || a.row - b.row);
    out.push(section);
  }
  return out;
}
