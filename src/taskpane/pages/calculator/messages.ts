/** Labels of the working-day calculator page. */
import { defineMessages } from "../../../core/i18n";

export const CALCULATOR_MESSAGES = defineMessages({
  title: { "zh-CN": "工作日计算器", "en-US": "Working-day calculator" },
  start: { "zh-CN": "开始日期", "en-US": "Start date" },
  days: { "zh-CN": "工作日数（负数向前推）", "en-US": "Working days (negative counts back)" },
  result: { "zh-CN": "结果", "en-US": "Result" },
  resultLine: { "zh-CN": "{date}（{weekday}）", "en-US": "{date} ({weekday})" },
  explain: {
    "zh-CN": "从 {start} 起第 {n} 个工作日，开始日不计。",
    "en-US": "Working day {n} after {start}, the start day not counted.",
  },
  explainBack: {
    "zh-CN": "{start} 之前第 {n} 个工作日，开始日不计。",
    "en-US": "Working day {n} before {start}, the start day not counted.",
  },
  crossed: { "zh-CN": "途经的节假日与调休", "en-US": "Holidays and make-up days on the way" },
  noneCrossed: { "zh-CN": "途中没有节假日或调休。", "en-US": "No holidays or make-up days on the way." },
  crossedItem: { "zh-CN": "{date}（{weekday}）{kind} · {name}", "en-US": "{date} ({weekday}) {kind} · {name}" },
  crossedNamed: { "zh-CN": "{date}（{weekday}）{name}", "en-US": "{date} ({weekday}) {name}" },
  holiday: { "zh-CN": "放假", "en-US": "Day off" },
  makeUp: { "zh-CN": "调休上班", "en-US": "Make-up working day" },
  badStart: { "zh-CN": "请按 YYYY-MM-DD 填写开始日期，例如 2026-09-30。", "en-US": "Write the start date as YYYY-MM-DD, e.g. 2026-09-30." },
  badDays: { "zh-CN": "工作日数须为整数，例如 5 或 -3。", "en-US": "Working days must be a whole number, e.g. 5 or -3." },
  overrides: { "zh-CN": "已计入本工作簿「节假日调整」中的 {n} 条调整。", "en-US": "{n} adjustments from this workbook's 节假日调整 sheet applied." },
  // English needs the singular for one adjustment.
  overridesOne: { "zh-CN": "已计入本工作簿「节假日调整」中的 1 条调整。", "en-US": "1 adjustment from this workbook's 节假日调整 sheet applied." },
  loading: { "zh-CN": "正在读取节假日调整…", "en-US": "Reading holiday adjustments…" },
  error: { "zh-CN": "无法计算：{message}", "en-US": "Cannot calculate: {message}" },
  weekday0: { "zh-CN": "星期日", "en-US": "Sunday" },
  weekday1: { "zh-CN": "星期一", "en-US": "Monday" },
  weekday2: { "zh-CN": "星期二", "en-US": "Tuesday" },
  weekday3: { "zh-CN": "星期三", "en-US": "Wednesday" },
  weekday4: { "zh-CN": "星期四", "en-US": "Thursday" },
  weekday5: { "zh-CN": "星期五", "en-US": "Friday" },
  weekday6: { "zh-CN": "星期六", "en-US": "Saturday" },
});

export type CalculatorKey = keyof typeof CALCULATOR_MESSAGES;
