/**
 * Deadline items as people and programs read them: the `ledger deadlines --json` shape, an attention order (overdue
 * first), the task pane's views and groupings, and plain-text reminders to paste into 钉钉 / 企业微信 / e-mail.
 */
import { dayOfWeek, serialToIso, serialToIsoDateTime, type Serial, type SerialDateTime } from "../dates";
import { translate, type Lang } from "../i18n";
import { DEADLINE_MESSAGES } from "./messages";
import type { DeadlineItem, DeadlineResult, DeadlineStatus, Escalation } from "./types";

export interface DeadlineItemJson {
  sheet: string;
  row: number;
  key: string | null;
  deadline: string;
  label: string;
  start: string | null;
  due: string;
  done: string | null;
  status: DeadlineStatus;
  overdueWorkdays: number;
  owner: string | null;
  ownerDepartment: string | null;
  escalation: Escalation | null;
  subject: string | null;
  register: string;
  /** Recurring items only (周期工作, incident progress): the cycle the item repeats by. Absent otherwise. */
  cycle?: string;
}

export interface DeadlineReportJson {
  asOf: string;
  items: DeadlineItemJson[];
}

const moment = (v: SerialDateTime, withTime: boolean): string => (withTime ? serialToIsoDateTime(v) : serialToIso(v));

export function itemToJson(item: DeadlineItem, lang: Lang): DeadlineItemJson {
  return {
    sheet: item.sheet,
    row: item.row,
    key: item.key,
    deadline: item.rule.id,
    label: item.rule.label[lang],
    start: item.start === null ? null : moment(item.start, item.startHasTime || item.dueHasTime),
    due: moment(item.due, item.dueHasTime),
    done: item.done === null ? null : moment(item.done, item.doneHasTime),
    status: item.status,
    overdueWorkdays: item.overdueWorkdays,
    owner: item.owner,
    ownerDepartment: item.ownerDepartment,
    escalation: item.escalation,
    subject: item.subject,
    register: item.register,
    ...(item.cycle === undefined ? {} : { cycle: item.cycle }),
  };
}

/** The JSON report, items in workbook order (sheet, row, rule), so two runs diff cleanly. */
export function deadlinesToJson(result: DeadlineResult, lang: Lang): DeadlineReportJson {
  return { asOf: serialToIso(result.asOf), items: result.items.map((i) => itemToJson(i, lang)) };
}

export const statusLabel = (s: DeadlineStatus, lang: Lang): string => translate(DEADLINE_MESSAGES, lang, `status.${s}`);
export const escalationLabel = (e: Escalation, lang: Lang): string =>
  translate(DEADLINE_MESSAGES, lang, `escalation.${e}`);

const STATUS_RANK: Record<DeadlineStatus, number> = {
  overdue: 0,
  "due-soon": 1,
  open: 2,
  "done-late": 3,
  moot: 4,
  "done-on-time": 5,
};

/** Overdue first (latest first), then due soon and open by due date, then finished items. Stable for ties. */
export function byAttention(a: DeadlineItem, b: DeadlineItem): number {
  const r = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (r !== 0) return r;
  if (a.status === "overdue" && a.overdueWorkdays !== b.overdueWorkdays) return b.overdueWorkdays - a.overdueWorkdays;
  return a.due - b.due;
}

export type DeadlineView = "today" | "week" | "overdue" | "open";

/** Still to be done: not recorded as done, and not moot (a lead whose meeting has been held). */
export const isUnfinished = (i: DeadlineItem): boolean => i.done === null && i.status !== "moot";
const isOpen = isUnfinished;

/**
 * The task pane's filters. today: unfinished and due on the as-of day; week: unfinished and due from the as-of day to
 * the Sunday of its week; overdue: past due and unfinished; open: everything unfinished.
 */
export function inView(item: DeadlineItem, view: DeadlineView, asOf: Serial): boolean {
  if (!isOpen(item)) return false;
  const dueDay = Math.floor(item.due);
  switch (view) {
    case "today":
      return dueDay === asOf;
    case "week":
      return dueDay >= asOf && dueDay <= asOf + ((7 - dayOfWeek(asOf)) % 7);
    case "overdue":
      return item.status === "overdue";
    case "open":
      return true;
  }
}

export interface DeadlineGroup {
  /** Owner or department; null for items without one. */
  name: string | null;
  items: DeadlineItem[];
  overdue: number;
}

/** Groups by owner (person, else department) or by department; groups with overdue items first, then by name. */
export function groupItems(items: readonly DeadlineItem[], by: "owner" | "department"): DeadlineGroup[] {
  const groups = new Map<string | null, DeadlineGroup>();
  for (const item of items) {
    const name = by === "owner" ? item.owner : item.ownerDepartment;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, items: [], overdue: 0 }));
    g.items.push(item);
    if (item.status === "overdue") g.overdue++;
  }
  const list = [...groups.values()];
  for (const g of list) g.items.sort(byAttention);
  return list.sort((a, b) => {
    if (a.overdue > 0 !== b.overdue > 0) return a.overdue > 0 ? -1 : 1;
    if (a.name === null || b.name === null) return a.name === null ? 1 : -1;
    return a.name.localeCompare(b.name, "zh-CN");
  });
}

const SUBJECT_CHARS = 30;

function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= SUBJECT_CHARS ? text : `${chars.slice(0, SUBJECT_CHARS).join("")}…`;
}

/** One reminder line: owner (unless the line sits under the owner's name already), what, due date, days late. */
export function reminderLine(item: DeadlineItem, lang: Lang, options: { owner?: boolean } = {}): string {
  const owner = item.owner ?? translate(DEADLINE_MESSAGES, lang, "unassigned");
  const what = [
    item.rule.label[lang],
    item.key,
    item.subject === null ? null : lang === "zh-CN" ? `《${shorten(item.subject)}》` : `“${shorten(item.subject)}”`,
  ]
    .filter((x) => x !== null && x !== "")
    .join(" ");
  const parts = [
    ...(options.owner === false ? [] : [owner]),
    what,
    translate(DEADLINE_MESSAGES, lang, "dueOn", { due: moment(item.due, item.dueHasTime).replace("T", " ") }),
  ];
  if (item.status === "overdue")
    parts.push(translate(DEADLINE_MESSAGES, lang, "lateDays", { n: item.overdueWorkdays }));
  else parts.push(statusLabel(item.status, lang));
  return parts.join(" · ");
}

/** A plain-text list, one line per item in attention order. */
export function reminderText(items: readonly DeadlineItem[], lang: Lang): string {
  return [...items]
    .sort(byAttention)
    .map((i) => reminderLine(i, lang))
    .join("\n");
}

export function countByStatus(items: readonly DeadlineItem[]): Record<DeadlineStatus, number> {
  const counts: Record<DeadlineStatus, number> = {
    overdue: 0,
    "due-soon": 0,
    open: 0,
    "done-late": 0,
    moot: 0,
    "done-on-time": 0,
  };
  for (const i of items) counts[i.status]++;
  return counts;
}
