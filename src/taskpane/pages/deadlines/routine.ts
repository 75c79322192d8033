/**
 * The 期限 page's two calendar sections (issue 17), computed without React: 「本周例行工作」 — this week's occurrences of
 * the recurring duties, done or not — and the open incidents' next steps with the minutes left by the pane's clock,
 * plus the ticker that re-reads the clock while the page is open.
 */
import { dayOfWeek, parseIsoDateTime, type Serial } from "../../../core/dates";
import {
  nextIncidentSteps,
  RECURRING_RULE_ID,
  type DeadlineItem,
  type IncidentNextStep,
} from "../../../core/deadlines";
import { translate, type Lang } from "../../../core/i18n";
import { CALENDAR_SECTION_MESSAGES } from "./calendar-messages";

/** Monday … Sunday of the as-of day's week. */
export function weekOf(asOf: Serial): { from: Serial; to: Serial } {
  const from = asOf - ((dayOfWeek(asOf) + 6) % 7);
  return { from, to: from + 6 };
}

/** This week's recurring-duty occurrences, by due day then duty. */
export function weekRoutine(items: readonly DeadlineItem[], asOf: Serial): DeadlineItem[] {
  const { from, to } = weekOf(asOf);
  return items
    .filter((i) => i.rule.id === RECURRING_RULE_ID && i.due >= from && i.due <= to)
    .sort((a, b) => a.due - b.due || (a.subject ?? "").localeCompare(b.subject ?? "", "zh-CN"));
}

export interface IncidentLine {
  step: IncidentNextStep;
  /** 「E1 实验室漏水：下一步 提交紧急事项报告（1小时），还剩 25 分钟」 */
  text: string;
  late: boolean;
}

/** The open incidents' next steps as of the clock's 'YYYY-MM-DD HH:mm'; none when the clock cannot be read. */
export function incidentLines(items: readonly DeadlineItem[], nowText: string, lang: Lang): IncidentLine[] {
  const now = parseIsoDateTime(nowText);
  if (now === null) return [];
  const t = (key: keyof typeof CALENDAR_SECTION_MESSAGES, p?: Record<string, string | number>) =>
    translate(CALENDAR_SECTION_MESSAGES, lang, key, p);
  return nextIncidentSteps(items, now).map((step) => {
    const who =
      [step.item.key, step.item.subject].filter((x) => x !== null && x !== "").join(" ") ||
      t("incidentRow", { row: step.item.row });
    const left =
      step.minutesLeft >= 0 ? t("minutesLeft", { n: step.minutesLeft }) : t("minutesLate", { n: -step.minutesLeft });
    const text =
      t("nextStep", { incident: who, step: step.item.rule.label[lang], left }) + (step.escalate ? t("escalate") : "");
    return { step, text, late: step.minutesLeft < 0 };
  });
}

/** Runs `fn` every `ms` until the returned stop is called; injected so tests drive it without a browser. */
export type Schedule = (fn: () => void, ms: number) => () => void;

export const browserSchedule: Schedule = (fn, ms) => {
  const id = setInterval(fn, ms);
  return () => clearInterval(id);
};

/** How often the incident section re-reads the clock: often enough that a minute count is never a minute stale. */
export const INCIDENT_TICK_MS = 20_000;

/** Calls `onTick` with the clock's time whenever it has changed since the last call; returns the stop. */
export function startClock(
  now: () => string,
  onTick: (time: string) => void,
  schedule: Schedule = browserSchedule,
  ms = INCIDENT_TICK_MS,
): () => void {
  let last = now();
  return schedule(() => {
    const time = now();
    if (time !== last) {
      last = time;
      onTick(time);
    }
  }, ms);
}
