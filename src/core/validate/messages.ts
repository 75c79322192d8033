/** Messages of the validation engine (cell and field checks); rule messages live with their rules in the catalogue. */
import { defineMessages } from "../i18n";

export const VALIDATE_MESSAGES = defineMessages({
  required: { "zh-CN": "{col}为必填项，不能为空", "en-US": "{col} is required" },
  type: { "zh-CN": "{col}：{problem}", "en-US": "{col}: {problem}" },
  enum: { "zh-CN": "{col}：{problem}", "en-US": "{col}: {problem}" },
  department: {
    "zh-CN": "{col}的值“{value}”不在“部门”表的部门列表中",
    "en-US": "{col}: “{value}” is not a department listed on the 部门 sheet",
  },
  minimum: { "zh-CN": "{col}的值 {value} 小于下限 {min}", "en-US": "{col} is {value}, below the minimum of {min}" },
  exclusiveMinimum: {
    "zh-CN": "{col}的值 {value} 应大于 {min}",
    "en-US": "{col} is {value}; it must be greater than {min}",
  },
  maximum: { "zh-CN": "{col}的值 {value} 大于上限 {max}", "en-US": "{col} is {value}, above the maximum of {max}" },
  maximumDate: {
    "zh-CN": "{col}的值 {value} 大于上限 {max}；它像是日期 {date}：单元格可能被设成了日期格式，或日期填进了这一列",
    "en-US":
      "{col} is {value}, above the maximum of {max}; it looks like the date {date}: the cell may be formatted as a date, or a date was typed into this column",
  },
  beforeFloor: {
    "zh-CN": "{col}（{value}）早于 {floor}，不像是台账中的日期：请确认是否把数字（如份数、序号）填进了日期列",
    "en-US":
      "{col} ({value}) is before {floor}, which is not a plausible date for a register: check whether a number (a count, a serial number) was typed into the date column",
  },
  notAfterToday: {
    "zh-CN": "{col}（{value}）晚于今天（{asOf}），不能是将来的日期",
    "en-US": "{col} ({value}) is after today ({asOf}); it cannot be in the future",
  },
  maxLength: {
    "zh-CN": "{col}共 {length} 个字，超过上限 {max} 个字",
    "en-US": "{col} has {length} characters, more than the limit of {max}",
  },
  pattern: {
    "zh-CN": "{col}的值“{value}”格式不符（应匹配 {pattern}）",
    "en-US": "{col}: “{value}” does not match the expected format {pattern}",
  },
  unique: {
    "zh-CN": "{col}“{value}”与第 {first} 行重复，应唯一",
    "en-US": "{col} “{value}” repeats row {first}; it must be unique",
  },
  uniqueTogether: {
    "zh-CN": "{cols}的组合（{value}）与第 {first} 行重复，应唯一",
    "en-US": "The combination of {cols} ({value}) repeats row {first}; it must be unique",
  },
  missingField: {
    "zh-CN": "缺少必填列“{col}”：请在表头添加此列",
    "en-US": "The required column {col} is missing: add it to the header row",
  },
  duplicateField: {
    "zh-CN": "第 {columns} 列都对应{col}，只读取了第一列",
    "en-US": "Columns {columns} all map to {col}; only the first one is read",
  },
  reference: {
    "zh-CN": "{col}“{value}”在“{target}”中找不到",
    "en-US": "{col} “{value}” is not found on {target}",
  },
  coverage: {
    "zh-CN":
      "{year} 年的法定节假日安排尚未载入，依赖工作日的检查（{rules}）已跳过；请导入国务院关于该年节假日安排的通知（“计算器”页或 ledger calendar import-notice）",
    "en-US":
      "The official holidays of {year} are not loaded, so the working-day checks ({rules}) were skipped; import the State Council notice for that year (计算器 page or ledger calendar import-notice)",
  },
});
