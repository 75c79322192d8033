import { defineMessages } from "../i18n";

/** Every user-facing text of the calendar: errors, day names and override problems. */
export const CALENDAR_MESSAGES = defineMessages({
  coverage: {
    "zh-CN":
      "{year} 年的法定节假日安排尚未载入。请导入国务院办公厅关于 {year} 年部分节假日安排的通知（任务窗格“计算器”页的“导入国务院节假日通知”，或 ledger calendar import-notice），或更新加载项。",
    "en-US":
      "The official holiday schedule for {year} is not loaded yet. Import the State Council notice on the {year} holidays (task pane, 计算器 page, “导入国务院节假日通知”, or ledger calendar import-notice), or update the add-in.",
  },
  coveragePartial: {
    "zh-CN":
      "{year} 年的法定节假日安排尚不完整：「节假日调整」中有该年的 {n} 条调整，但没有“全年完整”标记行，因此该年仍不能计算。请导入国务院办公厅关于 {year} 年部分节假日安排的通知（任务窗格“计算器”页的“导入国务院节假日通知”，或 ledger calendar import-notice）；手工录入全部放假与上班日后，也可加一行 日期“{year}年”、类型“全年完整”。",
    "en-US":
      "The holiday schedule for {year} is incomplete: the 节假日调整 sheet has {n} row(s) for {year} but no 全年完整 (year complete) row, so {year} still cannot be computed. Import the State Council notice on the {year} holidays (task pane, 计算器 page, “导入国务院节假日通知”, or ledger calendar import-notice); after typing every day off and make-up working day by hand, you may instead add a row with 日期 “{year}年” and 类型 “全年完整”.",
  },
  makeUpDay: { "zh-CN": "{name}调休上班", "en-US": "{name} make-up working day" },
  overrideOff: { "zh-CN": "放假（节假日调整）", "en-US": "Day off (holiday adjustments)" },
  overrideWork: { "zh-CN": "上班（节假日调整）", "en-US": "Working day (holiday adjustments)" },
  hoursEmpty: {
    "zh-CN": "上班时间为空，请按“08:30-12:00,14:00-17:30”的格式填写。",
    "en-US": "Working hours are empty; write them like 08:30-12:00,14:00-17:30.",
  },
  hoursMalformed: {
    "zh-CN": "上班时间“{text}”无法识别，请按“08:30-12:00,14:00-17:30”的格式填写。",
    "en-US": "Working hours '{text}' are not understood; write them like 08:30-12:00,14:00-17:30.",
  },
  hoursEmptyPeriod: {
    "zh-CN": "上班时段“{text}”的结束时间不晚于开始时间。",
    "en-US": "Working period '{text}' ends before it starts.",
  },
  hoursOverlap: {
    "zh-CN": "上班时段“{a}”与“{b}”重叠。",
    "en-US": "Working periods '{a}' and '{b}' overlap.",
  },
  negativeHours: {
    "zh-CN": "工作小时数不能为负数：{hours}。",
    "en-US": "Working hours to add cannot be negative: {hours}.",
  },
  overrideNoHeader: {
    "zh-CN": "「{sheet}」工作表缺少表头“日期”和“类型”。",
    "en-US": "Sheet 「{sheet}」 has no header row with 日期 (date) and 类型 (kind).",
  },
  overrideBadDate: {
    "zh-CN": "「{sheet}」第 {row} 行“{column}”列：“{value}”不是有效日期。",
    "en-US": "Sheet 「{sheet}」 row {row}, column {column}: '{value}' is not a valid date.",
  },
  overrideMissingDate: {
    "zh-CN": "「{sheet}」第 {row} 行“{column}”列：缺少日期。",
    "en-US": "Sheet 「{sheet}」 row {row}, column {column}: the date is missing.",
  },
  overrideBadKind: {
    "zh-CN": "「{sheet}」第 {row} 行“{column}”列：“{value}”应为“放假”“上班”或“全年完整”。",
    "en-US":
      "Sheet 「{sheet}」 row {row}, column {column}: '{value}' must be 放假 (day off), 上班 (working day) or 全年完整 (year complete).",
  },
  overrideDuplicate: {
    "zh-CN": "「{sheet}」第 {row} 行“{column}”列：日期 {value} 与第 {firstRow} 行重复，以本行为准。",
    "en-US": "Sheet 「{sheet}」 row {row}, column {column}: date {value} repeats row {firstRow}; this row wins.",
  },
  noticeEmpty: {
    "zh-CN": "没有可导入的内容。请粘贴国务院办公厅关于某年部分节假日安排的通知全文。",
    "en-US":
      "Nothing to import. Paste the full text of the State Council notice on a year's holidays (国务院办公厅关于…年部分节假日安排的通知).",
  },
  noticeNoYear: {
    "zh-CN": "无法从文字中看出年份。请连同标题“国务院办公厅关于 2027 年部分节假日安排的通知”一起粘贴，或指定年份。",
    "en-US":
      "The text does not say which year it is for. Paste it with its title (国务院办公厅关于2027年部分节假日安排的通知) or give the year.",
  },
  noticeYearMismatch: {
    "zh-CN": "指定的年份 {given} 与通知中的 {found} 年不一致。",
    "en-US": "The year given ({given}) differs from the notice's year ({found}).",
  },
  noticeNoHolidays: {
    "zh-CN": "没有找到 {year} 年的放假安排。通知应有“一、元旦：1月1日放假……”这样的条目，请粘贴通知正文。",
    "en-US":
      "No holiday items for {year} were found. The notice lists items such as “一、元旦：1月1日放假……”; paste the notice's body.",
  },
  noticeBadDate: {
    "zh-CN": "通知中的日期“{text}”无法识别或不存在。",
    "en-US": "The date “{text}” in the notice is not understood or does not exist.",
  },
  noticeCountMismatch: {
    "zh-CN": "“{name}”写明共 {total} 天，但只找到 {found} 个放假日；文字可能不完整，请重新复制该条。",
    "en-US":
      "“{name}” says {total} days in all but {found} days off were found; the text may be cut short, copy that item again.",
  },
  noticeConflict: {
    "zh-CN": "{date} 在通知中既是放假日又是上班日，请检查粘贴的文字。",
    "en-US": "{date} is listed both as a day off and as a working day; check the pasted text.",
  },
  noticeOutOfYear: {
    "zh-CN": "日期 {date} 不在 {year} 年内，请检查粘贴的文字是否混入了其他年份的通知。",
    "en-US": "Date {date} is outside {year}; check that the text holds only that year's notice.",
  },
});

export type CalendarMessageKey = keyof typeof CALENDAR_MESSAGES;
