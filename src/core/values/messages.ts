/**
 * What each type expects and why a value was refused, in the user's language; the validator adds sheet/row/column.
 * The sentences are built in src/core/fields/problem-text.ts, which asks the column's field type for `{expected}`.
 */
import { defineMessages, translate } from "../i18n";
import type { Lang } from "../i18n";

export const VALUE_MESSAGES = defineMessages({
  "expected.text": { "zh-CN": "文本", "en-US": "text" },
  "expected.date": { "zh-CN": "日期（如 2025-03-05）", "en-US": "a date such as 2025-03-05" },
  "expected.datetime": {
    "zh-CN": "日期时间（如 2025-03-05 14:30）",
    "en-US": "a date and time such as 2025-03-05 14:30",
  },
  "expected.time": { "zh-CN": "时间（如 14:30）", "en-US": "a time of day such as 14:30" },
  "expected.int": { "zh-CN": "整数（如 12）", "en-US": "a whole number such as 12" },
  "expected.decimal": { "zh-CN": "数字（如 12.5）", "en-US": "a number such as 12.5" },
  "expected.money": {
    "zh-CN": "金额（元，最多两位小数，如 1,234.50）",
    "en-US": "an amount in yuan with at most 2 decimals, such as 1,234.50",
  },
  "expected.percent": { "zh-CN": "百分比（0–100，如 85%）", "en-US": "a percentage from 0 to 100, such as 85%" },
  "expected.enum": { "zh-CN": "以下之一：{values}", "en-US": "one of: {values}" },
  "expected.bool": { "zh-CN": "“是”或“否”", "en-US": "是 (yes) or 否 (no)" },
  "expected.list": { "zh-CN": "一个或多个名称（用“、”分隔）", "en-US": "one or more names separated by 、" },
  "problem.unreadable": {
    "zh-CN": "“{value}”无法识别，应为{expected}",
    "en-US": "“{value}” cannot be read; expected {expected}",
  },
  "problem.excel-error": {
    "zh-CN": "单元格是 Excel 错误值 {value}（公式出错或引用失效），应为{expected}",
    "en-US": "the cell holds the Excel error {value} (a formula failed or a reference broke); expected {expected}",
  },
  "problem.not-a-day": {
    "zh-CN": "“{value}”不是日历上存在的日期，应为{expected}",
    "en-US": "“{value}” is not a day of the calendar; expected {expected}",
  },
  "problem.not-a-time": {
    "zh-CN": "“{value}”不是有效的时刻（时 0–23，分、秒 0–59）",
    "en-US": "“{value}” is not a time of day (hours 0–23, minutes and seconds 0–59)",
  },
  "problem.not-integral": {
    "zh-CN": "“{value}”不是整数，应为{expected}",
    "en-US": "“{value}” is not a whole number; expected {expected}",
  },
  "problem.too-many-decimals": {
    "zh-CN": "“{value}”超过两位小数：金额最多精确到分",
    "en-US": "“{value}” has more than 2 decimals: amounts go down to the fen (0.01 yuan)",
  },
  "problem.not-in-list": {
    "zh-CN": "“{value}”不是可选值，应为{expected}",
    "en-US": "“{value}” is not an allowed value; expected {expected}",
  },
});

// A dropdown of 40 departments does not belong in one message; the first ones tell the person what is meant.
const MAX_LISTED = 12;

/** What an enum column expects: its allowed values (the first ones of a long list). */
export function enumExpectedText(lang: Lang, allowed?: readonly string[]): string {
  const shown = (allowed ?? []).slice(0, MAX_LISTED);
  const more = (allowed?.length ?? 0) > MAX_LISTED ? (lang === "zh-CN" ? " 等" : " …") : "";
  return translate(VALUE_MESSAGES, lang, "expected.enum", {
    values: shown.join(lang === "zh-CN" ? "、" : " / ") + more,
  });
}
