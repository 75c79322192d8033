/**
 * Reminders a person can paste into DingTalk, WeCom or an e-mail: a header with the day and what is covered, then one
 * block per owner — 「@黄磊：」 and that owner's items, most urgent first. By default only what needs chasing
 * (已逾期 and 临期); other scopes on request. Items due more than a year ahead (archive retention dates, long leases)
 * are not "open work" and stay out of 全部未完成 unless asked for.
 */
import { dayOfWeek, serialToIso, type Serial } from "../dates";
import { translate, type Lang } from "../i18n";
import { defineMessages } from "../i18n";
import { groupItems, inView, reminderLine } from "./report";
import type { DeadlineItem } from "./types";

export type ReminderScope = "due" | "overdue" | "week" | "open";
export const REMINDER_SCOPES: readonly ReminderScope[] = ["due", "overdue", "week", "open"];

/** Items due later than this many days after the as-of day count as far ahead. */
export const FAR_AHEAD_DAYS = 365;

export const REMINDER_MESSAGES = defineMessages({
  "scope.due": { "zh-CN": "已逾期和临期", "en-US": "overdue and due soon" },
  "scope.overdue": { "zh-CN": "已逾期", "en-US": "overdue" },
  "scope.week": { "zh-CN": "本周到期", "en-US": "due this week" },
  "scope.open": { "zh-CN": "全部未完成", "en-US": "all open" },
  "scope.openFar": {
    "zh-CN": "全部未完成（含一年以后到期）",
    "en-US": "all open, including those due more than a year ahead",
  },
  header: {
    "zh-CN": "期限提醒（{date}，{scope}，共 {count} 项）",
    "en-US": (p) => `Deadline reminders (${p.date}, ${p.scope}, ${p.count} item${p.count === 1 ? "" : "s"})`,
  },
  mention: { "zh-CN": "@{name}：", "en-US": "@{name}:" },
  unassigned: { "zh-CN": "未指定责任人：", "en-US": "No owner:" },
});

/** Open, and due more than FAR_AHEAD_DAYS after the as-of day. */
export function isFarAhead(item: DeadlineItem, asOf: Serial): boolean {
  return item.done === null && Math.floor(item.due) > asOf + FAR_AHEAD_DAYS;
}

export function inReminderScope(item: DeadlineItem, scope: ReminderScope, asOf: Serial, includeFar = false): boolean {
  if (item.done !== null) return false;
  switch (scope) {
    case "due":
      return item.status === "overdue" || item.status === "due-soon";
    case "overdue":
    case "week":
      return inView(item, scope, asOf);
    case "open":
      return includeFar || !isFarAhead(item, asOf);
  }
}

export interface ReminderBlock {
  /** The owner (person, else department), or null for items without one. */
  owner: string | null;
  items: DeadlineItem[];
  /** 「@黄磊：」 and one numbered line per item. */
  text: string;
}

export interface Reminders {
  header: string;
  blocks: ReminderBlock[];
  count: number;
}

const WEEKDAYS_ZH = ["日", "一", "二", "三", "四", "五", "六"];

export function reminders(
  items: readonly DeadlineItem[],
  scope: ReminderScope,
  asOf: Serial,
  lang: Lang,
  options: { includeFar?: boolean } = {},
): Reminders {
  const t = (key: keyof typeof REMINDER_MESSAGES, p?: Record<string, string | number>) =>
    translate(REMINDER_MESSAGES, lang, key, p);
  const chosen = items.filter((i) => inReminderScope(i, scope, asOf, options.includeFar === true));
  const blocks = groupItems(chosen, "owner").map((g) => {
    const first = g.name === null ? t("unassigned") : t("mention", { name: g.name });
    const lines = g.items.map((i, k) => `${k + 1}. ${reminderLine(i, lang, { owner: false })}`);
    return { owner: g.name, items: g.items, text: [first, ...lines].join("\n") };
  });
  const date = lang === "zh-CN" ? `${serialToIso(asOf)}（星期${WEEKDAYS_ZH[dayOfWeek(asOf)]}）` : serialToIso(asOf);
  const scopeLabel = scope === "open" && options.includeFar === true ? t("scope.openFar") : t(`scope.${scope}`);
  return { header: t("header", { date, scope: scopeLabel, count: chosen.length }), blocks, count: chosen.length };
}

/** The whole message: the header, then every block, a blank line apart. */
export function remindersText(r: Reminders): string {
  return [r.header, ...r.blocks.map((b) => b.text)].join("\n\n");
}

/** One owner's message: the header and that owner's block. */
export function reminderBlockText(r: Reminders, block: ReminderBlock): string {
  return `${r.header}\n${block.text}`;
}
