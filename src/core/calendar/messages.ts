import { defineMessages } from "../i18n";

/** Every user-facing text of the calendar: errors, day names and override problems. */
export const CALENDAR_MESSAGES = defineMessages({
  coverage: {
    "zh-CN": "{year} 年的法定节假日安排尚未载入，请在「节假日调整」工作表中补充该年的放假与调休安排，或更新加载项。",
    "en-US":
      "The official holiday schedule for {year} is not loaded yet. Add that year's days off and make-up working days to the 节假日调整 (holiday adjustments) sheet, or update the add-in.",
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
    "zh-CN": "「{sheet}」第 {row} 行“{column}”列：“{value}”应为“放假”或“上班”。",
    "en-US": "Sheet 「{sheet}」 row {row}, column {column}: '{value}' must be 放假 (day off) or 上班 (working day).",
  },
  overrideDuplicate: {
    "zh-CN": "「{sheet}」第 {row} 行“{column}”列：日期 {value} 与第 {firstRow} 行重复，以本行为准。",
    "en-US": "Sheet 「{sheet}」 row {row}, column {column}: date {value} repeats row {firstRow}; this row wins.",
  },
});

export type CalendarMessageKey = keyof typeof CALENDAR_MESSAGES;
