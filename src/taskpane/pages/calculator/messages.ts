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
  badStart: {
    "zh-CN": "请按 YYYY-MM-DD 填写开始日期，例如 2026-09-30。",
    "en-US": "Write the start date as YYYY-MM-DD, e.g. 2026-09-30.",
  },
  badDays: {
    "zh-CN": "工作日数须为整数，例如 5 或 -3。",
    "en-US": "Working days must be a whole number, e.g. 5 or -3.",
  },
  overrides: {
    "zh-CN": "已计入本工作簿「节假日调整」中的 {n} 条调整。",
    "en-US": "{n} adjustments from this workbook's 节假日调整 sheet applied.",
  },
  // English needs the singular for one adjustment.
  overridesOne: {
    "zh-CN": "已计入本工作簿「节假日调整」中的 1 条调整。",
    "en-US": "1 adjustment from this workbook's 节假日调整 sheet applied.",
  },
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

/** The 导入国务院节假日通知 section of the calculator page. */
export const NOTICE_MESSAGES = defineMessages({
  title: {
    "zh-CN": "导入国务院节假日通知",
    "en-US": "Import the State Council holiday notice",
  },
  hint: {
    "zh-CN":
      "每年 11 月前后国务院办公厅公布下一年的放假安排。把通知全文（含标题）粘贴到下面，预览无误后写入「节假日调整」，该年即可计算。",
    "en-US":
      "Each November the State Council publishes the next year's holidays. Paste the whole notice (with its title) below, check the preview, then write it into 节假日调整 and that year can be computed.",
  },
  text: { "zh-CN": "通知全文", "en-US": "Notice text" },
  preview: { "zh-CN": "预览", "en-US": "Preview" },
  summary: {
    "zh-CN": "{year} 年：放假 {off} 天，调休上班 {work} 天，共 {n} 行",
    "en-US": "{year}: {off} days off, {work} make-up working days, {n} rows",
  },
  colDate: { "zh-CN": "日期", "en-US": "Date" },
  colWeekday: { "zh-CN": "星期", "en-US": "Weekday" },
  colKind: { "zh-CN": "类型", "en-US": "Kind" },
  colName: { "zh-CN": "节假日", "en-US": "Holiday" },
  off: { "zh-CN": "放假", "en-US": "Day off" },
  work: { "zh-CN": "上班", "en-US": "Working day" },
  confirm: { "zh-CN": "写入「节假日调整」", "en-US": "Write into 节假日调整" },
  confirmNote: {
    "zh-CN": "将同时写入“全年完整”标记行。该年以前导入的安排会被替换，本校自己的调整和其他年份的行保持不变。",
    "en-US":
      "A 全年完整 (year complete) row is written too. The year's earlier import is replaced; the school's own adjustments and other years' rows stay.",
  },
  writing: { "zh-CN": "正在写入…", "en-US": "Writing…" },
  written: {
    "zh-CN": "已写入「{sheet}」：{year} 年 {n} 行和“全年完整”标记，替换了 {replaced} 行旧的安排。",
    "en-US": "Written to {sheet}: {n} rows for {year} and the 全年完整 row, replacing {replaced} earlier rows.",
  },
  created: {
    "zh-CN": "工作簿原来没有「节假日调整」，已按模板新建。",
    "en-US": "The workbook had no 节假日调整 sheet; it was created from the template.",
  },
  kept: {
    "zh-CN": "第 {rows} 行是本校自己的调整，落在通知的日期上，已保留并以其为准。",
    "en-US": "Rows {rows} are the school's own adjustments on dates the notice lists; they were kept and they win.",
  },
});

export type NoticeKey = keyof typeof NOTICE_MESSAGES;

export type CalculatorKey = keyof typeof CALCULATOR_MESSAGES;
