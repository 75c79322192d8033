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
  confirmedBasis: { "zh-CN": "已确认列对应", "en-US": "Columns confirmed" },
  stale: {
    "zh-CN": "表头已改动，原先确认的列对应不再适用，请重新确认。",
    "en-US": "The headers changed since the columns were confirmed; please confirm again.",
  },
  add: { "zh-CN": "添加", "en-US": "Add" },
  addLabel: { "zh-CN": "添加 {sheet}", "en-US": "Add {sheet}" },
  recognize: { "zh-CN": "查看列对应", "en-US": "Columns" },
  recognizeLabel: { "zh-CN": "查看 {sheet} 的列对应", "en-US": "Show the columns of {sheet}" },
  mappingTitle: {
    "zh-CN": "{sheet} 的列对应（表头在第 {row} 行）",
    "en-US": "Columns of {sheet} (header in row {row})",
  },
  correctLabel: { "zh-CN": "「{header}」对应的列", "en-US": "Sheet column for {header}" },
  doubles: {
    "zh-CN": "同一列对应了多个标准列：{cols}。请为其中一个另选一列或选「未找到」。",
    "en-US":
      "One sheet column is given to several register columns: {cols}. Choose another column, or (not found), for one of them.",
  },
  colCanonical: { "zh-CN": "标准列", "en-US": "Register column" },
  colSheet: { "zh-CN": "工作表中的列", "en-US": "Sheet column" },
  notFound: { "zh-CN": "（未找到）", "en-US": "(not found)" },
  confirm: { "zh-CN": "确认列对应", "en-US": "Confirm these columns" },
  forget: { "zh-CN": "取消确认", "en-US": "Forget confirmation" },
  close: { "zh-CN": "关闭", "en-US": "Close" },
  confirmed: {
    "zh-CN": "已保存「{sheet}」的列对应，随工作簿保存。",
    "en-US": "The columns of {sheet} are saved in the workbook.",
  },
  forgotten: { "zh-CN": "已取消「{sheet}」的列对应确认。", "en-US": "The confirmation of {sheet} was removed." },
  writeAdd: { "zh-CN": "添加「{sheet}」", "en-US": "Add {sheet}" },
  writeConfirm: { "zh-CN": "确认「{sheet}」的列对应", "en-US": "Confirm the columns of {sheet}" },
  writeForget: { "zh-CN": "取消「{sheet}」的列对应确认", "en-US": "Forget the confirmed columns of {sheet}" },
  added: { "zh-CN": "已创建：{sheets}", "en-US": "Created: {sheets}" },
  nothingAdded: { "zh-CN": "工作表已存在，未作改动。", "en-US": "The sheets already exist; nothing changed." },
  settings: { "zh-CN": "设置表", "en-US": "Settings sheets" },
  settingsMissing: { "zh-CN": "缺少：{sheets}", "en-US": "Missing: {sheets}" },
  settingsComplete: { "zh-CN": "设置表齐全。", "en-US": "All settings sheets are present." },
  setup: { "zh-CN": "建立设置表", "en-US": "Create" },
  setupLabel: { "zh-CN": "建立设置表", "en-US": "Create the settings sheets" },
  quickTitle: { "zh-CN": "一键建立常用台账", "en-US": "Create the common registers" },
  quickIntroEmpty: {
    "zh-CN": "这个工作簿里还没有台账。可一次建立常用的几本台账和它们要用的设置表，建立前会先列出将新建的工作表。",
    "en-US":
      "This workbook has no register yet. Create the common registers and the settings sheets they use in one step; you see the sheets before anything is created.",
  },
  quickIntro: {
    "zh-CN": "一次建立还缺的常用台账和设置表，建立前会先列出将新建的工作表。",
    "en-US":
      "Create the missing common registers and settings sheets in one step; you see the sheets before anything is created.",
  },
  quickOpen: { "zh-CN": "选择要建立的台账…", "en-US": "Choose the registers…" },
  quickChoose: {
    "zh-CN": "要建立的台账（已勾选常用的几本）：",
    "en-US": "Registers to create (the common ones are ticked):",
  },
  quickPreview: {
    "zh-CN": "将新建 {n} 张工作表。台账：{registers}；设置表：{settings}。已有的工作表不会改动。",
    "en-US": (p) =>
      `${p.n} sheet${p.n === 1 ? "" : "s"} will be created. Registers: ${p.registers}; settings sheets: ${p.settings}. Existing sheets are not changed.`,
  },
  quickNothing: {
    "zh-CN": "所选台账和设置表都已存在，不会新建工作表。",
    "en-US": "The chosen registers and settings sheets all exist; nothing would be created.",
  },
  quickConfirm: { "zh-CN": "确认建立 {n} 张工作表", "en-US": (p) => `Create ${p.n} sheet${p.n === 1 ? "" : "s"}` },
  none: { "zh-CN": "无", "en-US": "none" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },
  unrecognized: { "zh-CN": "未识别的工作表：{sheets}", "en-US": "Sheets not recognised: {sheets}" },
  loading: { "zh-CN": "正在读取工作簿…", "en-US": "Reading the workbook…" },
  error: { "zh-CN": "操作失败：{message}", "en-US": "Failed: {message}" },
});

export type RegistersKey = keyof typeof REGISTERS_MESSAGES;
