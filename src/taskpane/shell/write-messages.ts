/** The write confirmation and 「撤销上次写入」: the same words for every page's write. */
import { defineMessages } from "../../core/i18n";

export const WRITE_MESSAGES = defineMessages({
  confirmTitle: { "zh-CN": "确认写入：{label}", "en-US": "Confirm: {label}" },
  confirmIntro: {
    "zh-CN": "将修改以下内容。写入后可用「撤销上次写入」恢复原样。",
    "en-US": "This will change the following. 「Undo last write」 puts it back afterwards.",
  },
  confirmIntroNoUndo: { "zh-CN": "将修改以下内容。", "en-US": "This will change the following." },
  sheetCreated: { "zh-CN": "新建工作表「{sheet}」", "en-US": "New sheet 「{sheet}」" },
  sheetReplaced: {
    "zh-CN": "重新生成工作表「{sheet}」（整表替换）",
    "en-US": "Sheet 「{sheet}」 rebuilt (replaced whole)",
  },
  sheetCells: { "zh-CN": "「{sheet}」：{cells} 个单元格", "en-US": "「{sheet}」: {cells} cells" },
  sheetNotes: { "zh-CN": "「{sheet}」：批注 {count} 处", "en-US": "「{sheet}」: {count} notes" },
  columns: { "zh-CN": "列：{columns}", "en-US": "Columns: {columns}" },
  notes: { "zh-CN": "批注 {count} 处", "en-US": "{count} notes" },
  formats: { "zh-CN": "到期行颜色（条件格式）", "en-US": "row colours (conditional formats)" },
  settings: { "zh-CN": "加载项设置（隐藏的设置表）", "en-US": "Add-in settings (the hidden settings sheet)" },
  settingIgnored: {
    "zh-CN": "已忽略的警告（「忽略此警告」的记录）",
    "en-US": "The ignored warnings (what 「Ignore this warning」 keeps)",
  },
  settingMappings: {
    "zh-CN": "已确认的列对应（检查和计算按它读取各列）",
    "en-US": "The confirmed columns (checks and calculations read the columns by them)",
  },
  totalSettingsOnly: {
    "zh-CN": "不改动任何工作表的单元格。",
    "en-US": "No cell of any sheet is changed.",
  },
  totalNotes: {
    "zh-CN": "共 {sheets} 张工作表，批注 {notes} 处，不改动单元格的值。",
    "en-US": "{sheets} sheets, {notes} notes in all; no cell value is changed.",
  },
  total: { "zh-CN": "共 {sheets} 张工作表，{cells} 个单元格。", "en-US": "{sheets} sheets, {cells} cells in all." },
  confirm: { "zh-CN": "确认写入", "en-US": "Write" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },
  undo: { "zh-CN": "撤销上次写入", "en-US": "Undo last write" },
  undoHint: { "zh-CN": "撤销：{label}", "en-US": "Undo: {label}" },
  undone: {
    "zh-CN": "已撤销「{label}」：写入前的内容已恢复。",
    "en-US": "「{label}」 undone: the workbook is back as it was before.",
  },
  noUndo: {
    "zh-CN": "已写入「{label}」。这个环境不能撤销这次写入。",
    "en-US": "「{label}」 written. This host cannot undo it.",
  },
  refusedNothing: { "zh-CN": "没有可以撤销的写入。", "en-US": "There is no write to undo." },
  refusedSheetGone: {
    "zh-CN": "无法撤销：工作表「{sheet}」在写入后被删除或改名。为免覆盖之后的修改，没有做任何更改。",
    "en-US":
      "Cannot undo: sheet 「{sheet}」 was deleted or renamed after the write. Nothing was changed, so later work is not overwritten.",
  },
  refusedCellChanged: {
    "zh-CN": "无法撤销：「{sheet}」第 {row} 行 {column} 列在写入后又被修改过。为免覆盖之后的修改，没有做任何更改。",
    "en-US":
      "Cannot undo: 「{sheet}」 row {row}, column {column} was changed after the write. Nothing was changed, so later work is not overwritten.",
  },
  undoFailed: { "zh-CN": "撤销失败：{message}", "en-US": "Undo failed: {message}" },
  writeFailed: { "zh-CN": "写入失败：{message}", "en-US": "Write failed: {message}" },
});

export type WriteMessageKey = keyof typeof WRITE_MESSAGES;
