/** Labels of the registers page (台账). */
import { defineMessages } from "../../../core/i18n";

export const REGISTERS_MESSAGES = defineMessages({
  title: { "zh-CN": "台账", "en-US": "Registers" },
  present: { "zh-CN": "已识别的台账", "en-US": "Recognised registers" },
  absent: { "zh-CN": "尚未建立的台账", "en-US": "Registers not in this workbook" },
  noneAbsent: { "zh-CN": "所有台账均已建立。", "en-US": "Every register is present." },
  nonePresent: { "zh-CN": "尚未识别到台账。", "en-US": "No register recognised yet." },
  score: { "zh-CN": "匹配度 {pct}%", "en-US": "Match {pct}%" },
  missing: { "zh-CN": "缺少列：{cols}", "en-US": "Missing columns: {cols}" },
  confirmedBasis: { "zh-CN": "已确认映射", "en-US": "Mapping confirmed" },
  stale: { "zh-CN": "表头已改动，原确认的映射不再适用，请重新确认。", "en-US": "The headers changed since the mapping was confirmed; please confirm again." },
  add: { "zh-CN": "添加", "en-US": "Add" },
  addLabel: { "zh-CN": "添加 {sheet}", "en-US": "Add {sheet}" },
  recognize: { "zh-CN": "识别", "en-US": "Columns" },
  recognizeLabel: { "zh-CN": "识别 {sheet} 的列", "en-US": "Show the columns of {sheet}" },
  mappingTitle: { "zh-CN": "{sheet} 的列映射（表头在第 {row} 行）", "en-US": "Column mapping of {sheet} (header in row {row})" },
  colCanonical: { "zh-CN": "标准列", "en-US": "Register column" },
  colSheet: { "zh-CN": "工作表中的列", "en-US": "Sheet column" },
  notFound: { "zh-CN": "（未找到）", "en-US": "(not found)" },
  confirm: { "zh-CN": "确认映射", "en-US": "Confirm mapping" },
  forget: { "zh-CN": "取消确认", "en-US": "Forget confirmation" },
  close: { "zh-CN": "关闭", "en-US": "Close" },
  confirmed: { "zh-CN": "已保存「{sheet}」的列映射，随工作簿保存。", "en-US": "The column mapping of {sheet} is saved in the workbook." },
  forgotten: { "zh-CN": "已取消「{sheet}」的列映射确认。", "en-US": "The confirmation of {sheet} was removed." },
  added: { "zh-CN": "已创建：{sheets}", "en-US": "Created: {sheets}" },
  nothingAdded: { "zh-CN": "工作表已存在，未作改动。", "en-US": "The sheets already exist; nothing changed." },
  settings: { "zh-CN": "设置表", "en-US": "Settings sheets" },
  settingsMissing: { "zh-CN": "缺少：{sheets}", "en-US": "Missing: {sheets}" },
  settingsComplete: { "zh-CN": "设置表齐全。", "en-US": "All settings sheets are present." },
  setup: { "zh-CN": "设置", "en-US": "Set up" },
  setupLabel: { "zh-CN": "创建设置表", "en-US": "Create the settings sheets" },
  unrecognized: { "zh-CN": "未识别的工作表：{sheets}", "en-US": "Sheets not recognised: {sheets}" },
  loading: { "zh-CN": "正在读取工作簿…", "en-US": "Reading the workbook…" },
  error: { "zh-CN": "操作失败：{message}", "en-US": "Failed: {message}" },
});

export type RegistersKey = keyof typeof REGISTERS_MESSAGES;
