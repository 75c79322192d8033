import { defineMessages } from "../core/i18n";

/** Messages LEDGER.* functions show in a cell's error tooltip. */
export const FUNCTION_MESSAGES = defineMessages({
  missing: { "zh-CN": "缺少参数“{arg}”。", "en-US": "Argument '{arg}' is missing." },
  badDate: {
    "zh-CN":
      "参数“{arg}”的值“{value}”不是日期；请用日期单元格、序列号或 2025-09-26、2025/9/26、2025年9月26日 这样的文本。",
    "en-US":
      "Argument '{arg}' value '{value}' is not a date; use a date cell, a serial number or text like 2025-09-26, 2025/9/26, 2025年9月26日.",
  },
  badCount: {
    "zh-CN": "参数“{arg}”的值“{value}”不是整数。",
    "en-US": "Argument '{arg}' value '{value}' is not a whole number.",
  },
  badLimit: {
    "zh-CN": "时限“{value}”无法识别；请写成 3工作日、5天、24小时 或 2工作小时。",
    "en-US":
      "Limit '{value}' is not understood; write 3工作日 (working days), 5天 (days), 24小时 (hours) or 2工作小时 (working hours), or 3wd, 5d, 24h, 2wh.",
  },
  badHoursSetting: {
    "zh-CN": "「参数设置」中的“上班时间”有误：{detail}",
    "en-US": "The 上班时间 (working hours) setting in 「参数设置」 is wrong: {detail}",
  },
  workbookUnreadable: {
    "zh-CN": "无法读取「节假日调整」工作表：{reason}",
    "en-US": "Cannot read the 「节假日调整」 sheet: {reason}",
  },
});

export const ARG_NAMES = defineMessages({
  start: { "zh-CN": "开始日期", "en-US": "start" },
  end: { "zh-CN": "结束日期", "en-US": "end" },
  date: { "zh-CN": "日期", "en-US": "date" },
  days: { "zh-CN": "工作日数", "en-US": "days" },
  limit: { "zh-CN": "时限", "en-US": "limit" },
});
