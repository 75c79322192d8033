/**
 * The emergency response chain of 突发事件登记 as deadline items (issue 17 §2, DOMAIN.md T64–T70), in clock minutes
 * from 发生时间 — contact 30 min, report 1 h, plan 2 h, under control 2 h (else escalate to 校长办公会) — a progress
 * report every 4 h while the incident is open, each counted from the previous report, and the review within 3 working
 * days after 结束时间. The limits are the sources' numbers, not 参数设置 keys: they are the school's emergency plan,
 * not an office preference. Statuses follow the rest of the deadlines (judged as of a day); the task pane counts the
 * minutes left with its clock (nextIncidentSteps).
 */
import { calendarErrorMessage } from "../calendar";
import { fromEpochMinutes, toEpochMinutes, type Serial, type SerialDateTime } from "../dates";
import { translate } from "../i18n";
import { progressTimes } from "../registers/incidents";
import type { RegisterTable } from "../table-types";
import type { DeadlineContext } from "./context";
import { DEADLINE_MESSAGES } from "./messages";
import { judge } from "./status";
import type { DeadlineItem, DeadlineProblem, DeadlineRule } from "./types";

export const INCIDENTS = "incidents";

/** Minutes between progress reports while an incident is open (T67). */
export const PROGRESS_EVERY_MINUTES = 240;
/** Working days after the end within which the review is held (T69). */
export const REVIEW_WORKDAYS = 3;

export interface IncidentStep {
  rule: DeadlineRule;
  /** Minutes after 发生时间; absent for the progress and review steps. */
  minutes?: number;
}

function stepRule(
  id: string,
  zh: string,
  en: string,
  done: string,
  source: readonly string[],
  unit: "hours" | "workdays" = "hours",
): DeadlineRule {
  return {
    id,
    register: INCIDENTS,
    label: { "zh-CN": zh, "en-US": en },
    start: [unit === "hours" ? "发生时间" : "结束时间"],
    // The amounts are fixed by the sources (the rule's minutes); the setting names the plan they come from.
    limit: { kind: "after", unit, setting: "" },
    done,
    owners: ["负责人"],
    departments: [],
    subject: "事件概要",
    source,
  };
}

/** The steps timed from 发生时间, in the order of the chain. */
export const INCIDENT_TIMED_STEPS: readonly IncidentStep[] = [
  {
    rule: stepRule(
      "incident-contact",
      "联系负责人和分管领导（30分钟）",
      "Contact the department head and leader (30 min)",
      "联系时间",
      ["T64"],
    ),
    minutes: 30,
  },
  {
    rule: stepRule("incident-report", "提交紧急事项报告（1小时）", "Submit the emergency report (1 h)", "上报时间", [
      "T65",
      "T70",
    ]),
    minutes: 60,
  },
  {
    rule: stepRule("incident-plan", "制定应急方案（2小时）", "Draw up the emergency plan (2 h)", "方案时间", ["T66"]),
    minutes: 120,
  },
  {
    rule: stepRule(
      "incident-control",
      "控制事态，未控制须报校长办公会（2小时）",
      "Bring under control, else escalate to the principal's office meeting (2 h)",
      "控制时间",
      ["T68"],
    ),
    minutes: 120,
  },
];
export const INCIDENT_PROGRESS_RULE = stepRule(
  "incident-progress",
  "向分管领导报告进展（每4小时）",
  "Progress report to the leader (every 4 h)",
  "进展记录",
  ["T67", "T70"],
);
export const INCIDENT_REVIEW_RULE = stepRule(
  "incident-review",
  "事后复盘（结束后3个工作日）",
  "Post-incident review (3 working days after the end)",
  "复盘日期",
  ["T69"],
  "workdays",
);

/** Every incident deadline rule, for the documentation's list and the source coverage. */
export const INCIDENT_RULES: readonly DeadlineRule[] = [
  ...INCIDENT_TIMED_STEPS.map((s) => s.rule),
  INCIDENT_PROGRESS_RULE,
  INCIDENT_REVIEW_RULE,
];

const addMinutes = (dt: SerialDateTime, minutes: number): SerialDateTime =>
  fromEpochMinutes(toEpochMinutes(dt) + minutes);

export interface IncidentOutcome {
  items: DeadlineItem[];
  problems: DeadlineProblem[];
  /** Per item whose working days late stop at a year the calendar lacks: that year (the run's warning counts them). */
  lateYears: number[];
}

export function incidentItems(t: RegisterTable, ctx: DeadlineContext, soonUntil: Serial): IncidentOutcome {
  const items: DeadlineItem[] = [];
  const problems: DeadlineProblem[] = [];
  const lateYears: number[] = [];
  if (!t.has("发生时间")) return { items, problems, lateYears };
  const keyCol = t.has("事件编号") ? "事件编号" : null;
  const every = ctx.lang === "zh-CN" ? "每4小时" : "every 4 hours";
  const hasSubject = t.has("事件概要");
  // The cell an item points at: the step's completion column, else 发生时间.
  const headerOf = (rule: DeadlineRule): string =>
    rule.done !== undefined && t.has(rule.done) ? rule.done : "发生时间";
  for (let i = 0; i < t.rowCount; i++) {
    const occurred = t.dateTime("发生时间", i);
    // An incident after the as-of day had not happened yet.
    if (occurred === null || Math.floor(occurred) > ctx.asOf) continue;
    const end = t.dateTime("结束时间", i);
    const endSeen = end !== null && Math.floor(end) <= ctx.asOf ? end : null;
    const key = keyCol === null ? null : t.text(keyCol, i);
    const owner = t.text("负责人", i);
    const subject = hasSubject ? t.text("事件概要", i) : null;
    const push = (
      rule: DeadlineRule,
      start: SerialDateTime,
      due: SerialDateTime,
      dueHasTime: boolean,
      doneAt: SerialDateTime | null,
      cycle?: string,
    ) => {
      const done = doneAt !== null && Math.floor(doneAt) > ctx.asOf ? null : doneAt;
      const outcome = judge({ due, dueHasTime, done }, ctx.asOf, soonUntil, ctx.calendar);
      if (outcome.lateCountIncomplete) lateYears.push(outcome.lateCountIncomplete.missingYear);
      const item: DeadlineItem = {
        sheet: t.sheet,
        register: INCIDENTS,
        row: t.excelRow(i),
        column: t.columnIndex(headerOf(rule)),
        locator: { sheet: t.sheet, row: t.excelRow(i), column: headerOf(rule) },
        key,
        rule,
        start,
        startHasTime: true,
        due,
        dueHasTime,
        dueFromColumn: false,
        done,
        doneHasTime: dueHasTime,
        status: outcome.status,
        overdueWorkdays: outcome.overdueWorkdays,
        owner,
        ownerDepartment: null,
        subject,
        escalation: outcome.escalation,
      };
      if (cycle !== undefined) item.cycle = cycle;
      if (endSeen !== null) item.incidentEnded = true;
      items.push(item);
    };
    try {
      for (const step of INCIDENT_TIMED_STEPS) {
        if (!t.has(step.rule.done as string)) continue;
        push(
          step.rule,
          occurred,
          addMinutes(occurred, step.minutes as number),
          true,
          t.dateTime(step.rule.done as string, i),
        );
      }
      if (t.has("进展记录")) {
        // Each report is due 4 h after the previous one (the first 4 h after the incident), while the incident is open.
        const reports = progressTimes(t, i).times.sort((a, b) => a - b);
        let previous = occurred;
        for (const r of reports) {
          if (endSeen !== null && r > endSeen) break;
          push(INCIDENT_PROGRESS_RULE, previous, addMinutes(previous, PROGRESS_EVERY_MINUTES), true, r, every);
          previous = r;
        }
        const next = addMinutes(previous, PROGRESS_EVERY_MINUTES);
        if (endSeen === null || toEpochMinutes(next) < toEpochMinutes(endSeen)) {
          // Closed before the next report fell due: none was owed. Closed after: the report was missed, shown as such.
          push(INCIDENT_PROGRESS_RULE, previous, next, true, null, every);
        }
      }
      if (endSeen !== null && t.has("复盘日期")) {
        push(
          INCIDENT_REVIEW_RULE,
          endSeen,
          ctx.calendar.addWorkdays(Math.floor(endSeen), REVIEW_WORKDAYS),
          false,
          t.date("复盘日期", i),
        );
      }
    } catch (e) {
      const reason = calendarErrorMessage(e, ctx.lang);
      if (reason === null) throw e;
      problems.push({
        sheet: t.sheet,
        row: t.excelRow(i),
        column: "结束时间",
        deadline: INCIDENT_REVIEW_RULE.id,
        message: translate(DEADLINE_MESSAGES, ctx.lang, "problem", {
          sheet: t.sheet,
          row: t.excelRow(i),
          column: "结束时间",
          deadline: INCIDENT_REVIEW_RULE.label[ctx.lang],
          reason,
        }),
      });
    }
  }
  return { items, problems, lateYears };
}

/** One open incident's next step in the task pane: the earliest unfinished step and the minutes left (negative: late). */
export interface IncidentNextStep {
  item: DeadlineItem;
  minutesLeft: number;
  /** The control step is past its 2 h: T68 says escalate to 校长办公会. */
  escalate: boolean;
}

/**
 * The open incidents (no 结束时间 yet) as of `now`, each with its next step, most urgent first. Items from
 * computeDeadlines; `now` is a serial date-time (the pane's clock).
 */
export function nextIncidentSteps(items: readonly DeadlineItem[], now: SerialDateTime): IncidentNextStep[] {
  const nowMinutes = toEpochMinutes(now);
  const byRow = new Map<string, DeadlineItem>();
  const controlLate = new Set<string>();
  for (const item of items) {
    if (item.register !== INCIDENTS || item.incidentEnded === true || item.done !== null || !item.dueHasTime) continue;
    const row = `${item.sheet}!${item.row}`;
    if (item.rule.id === "incident-control" && toEpochMinutes(item.due) < nowMinutes) controlLate.add(row);
    const best = byRow.get(row);
    if (!best || item.due < best.due) byRow.set(row, item);
  }
  const out: IncidentNextStep[] = [];
  for (const [row, item] of byRow)
    out.push({ item, minutesLeft: toEpochMinutes(item.due) - nowMinutes, escalate: controlLate.has(row) });
  return out.sort((a, b) => a.minutesLeft - b.minutesLeft);
}
