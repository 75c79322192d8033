/** What the Excel adapter tells people: degraded features and Office errors in plain words, with what to do. */
import { defineMessages } from "../core/i18n";

export const EXCEL_MESSAGES = defineMessages({
  featureUnavailable: {
    "zh-CN":
      "此版本的 Excel 不支持{feature}（需要 {set} {version}），已跳过这一步；其余内容已照常完成。更新 Excel 或改用 Microsoft 365 网页版可获得完整功能。",
    "en-US":
      "This version of Excel does not support {feature} (needs {set} {version}), so that step was skipped; everything else was done. Update Excel or use Excel on the web for the full feature.",
  },
  "feature.dataValidation": { "zh-CN": "下拉列表和输入提示", "en-US": "dropdown lists and input prompts" },
  "feature.conditionalFormats": { "zh-CN": "条件格式", "en-US": "conditional formatting" },
  "feature.notes": { "zh-CN": "单元格批注", "en-US": "cell notes" },
  "feature.events": { "zh-CN": "编辑时自动检查", "en-US": "checking as you type" },
  "feature.pageLayout": { "zh-CN": "打印设置", "en-US": "page setup" },
  "feature.freezePanes": { "zh-CN": "冻结表头", "en-US": "freezing the header row" },
  "feature.protection": { "zh-CN": "工作表保护", "en-US": "sheet protection" },
  "feature.names": { "zh-CN": "单元格名称", "en-US": "named cells" },
  "feature.autoFilter": { "zh-CN": "自动筛选", "en-US": "AutoFilter" },
  "feature.hiddenChartData": { "zh-CN": "图表显示隐藏行中的数据", "en-US": "charts showing data from hidden rows" },
  "feature.tableResize": { "zh-CN": "调整表格大小", "en-US": "resizing a table" },
  "feature.tableRows": { "zh-CN": "把导入的行并入表格", "en-US": "extending a table over imported rows" },
  "feature.multiAreaSelection": {
    "zh-CN": "读取按住 Ctrl 选中的多块区域",
    "en-US": "reading several blocks selected with Ctrl",
  },
  featureUnavailableSelection: {
    "zh-CN": "此版本的 Excel 不支持{feature}（需要 {set} {version}）。请只选中一块连续的行后重试，或直接输入编号。",
    "en-US":
      "This version of Excel does not support {feature} (needs {set} {version}). Select one block of adjacent rows and try again, or type the numbers.",
  },
  markSkippedProtected: {
    "zh-CN": "工作表“{sheet}”受保护，无法在其中加批注；问题仍列在任务窗格中。",
    "en-US":
      "Sheet '{sheet}' is protected, so no notes were added to it; the problems are still listed in the task pane.",
  },
  formatsSkippedProtected: {
    "zh-CN": "工作表“{sheet}”受保护，无法更新其中的行着色（条件格式）；其余内容已照常完成。",
    "en-US":
      "Sheet '{sheet}' is protected, so its row colours (conditional formats) were not updated; everything else was done.",
  },
  sheetMissing: {
    "zh-CN": "找不到工作表“{sheet}”。它可能已被重命名或删除，请刷新任务窗格后重试。",
    "en-US": "Sheet '{sheet}' was not found. It may have been renamed or deleted; refresh the task pane and try again.",
  },
  listTooLong: {
    "zh-CN":
      "工作表“{sheet}”的“{column}”列：下拉选项合计超过 255 个字符或含有逗号、引号，请把选项放到“列表”工作表并引用该区域。",
    "en-US":
      "Sheet '{sheet}', column '{column}': the dropdown choices exceed 255 characters or contain commas or quotes; put them on the '列表' sheet and reference that range.",
  },
  "error.ItemNotFound": {
    "zh-CN": "要操作的工作表、表格或单元格已不存在（可能被重命名或删除）。请刷新任务窗格后重试。",
    "en-US":
      "The sheet, table or cell to work on no longer exists (it may have been renamed or deleted). Refresh the task pane and try again.",
  },
  "error.AccessDenied": {
    "zh-CN":
      "工作表或工作簿受保护，或您没有编辑权限，无法写入。请在“审阅 → 撤消工作表保护”后重试，或向文件所有者申请编辑权限。",
    "en-US":
      "The sheet or workbook is protected, or you don't have permission to edit it. Unprotect it (Review → Unprotect Sheet) or ask the file's owner for edit access, then try again.",
  },
  "error.InvalidOperationInCellEditMode": {
    "zh-CN": "Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，然后再试一次。",
    "en-US": "Excel is in cell-editing mode. Press Enter or Esc to finish editing the cell, then try again.",
  },
  "error.RequestPayloadSizeLimitExceeded": {
    "zh-CN":
      "一次传给 Excel 的数据超过了 5 MB 的上限。台账助手会自动分批处理；如果仍然出现，请缩小工作表的已用区域（删除末尾的空行和空列）后重试。",
    "en-US":
      "More than 5 MB of data was sent to Excel at once. The add-in splits work into batches; if this still happens, shrink the sheet's used range (delete empty trailing rows and columns) and try again.",
  },
  "error.InvalidArgument": {
    "zh-CN":
      "Excel 不接受这次操作的参数（例如地址、名称或格式无效）。请检查工作表名称和数据后重试；如仍失败，请反馈给管理员。",
    "en-US":
      "Excel rejected an argument of this operation (an address, name or format is invalid). Check the sheet names and data and try again; if it keeps failing, tell your administrator.",
  },
  "error.ItemAlreadyExists": {
    "zh-CN": "同名的工作表或表格已存在。请重命名现有的那个，或选择“保留现有”。",
    "en-US": "A sheet or table with that name already exists. Rename the existing one, or choose to keep it.",
  },
  "error.InvalidOperation": {
    "zh-CN": "当前状态下 Excel 不允许这项操作（例如隐藏或删除最后一个可见工作表、选中隐藏的工作表）。",
    "en-US":
      "Excel does not allow this operation in the current state (for example hiding or deleting the last visible sheet, or selecting a hidden sheet).",
  },
  "error.GeneralException": {
    "zh-CN": "Excel 处理请求时出错。请保存工作簿、关闭任务窗格后重新打开再试。",
    "en-US":
      "Excel hit an error while handling the request. Save the workbook, close and reopen the task pane, and try again.",
  },
  "error.connection": {
    "zh-CN": "与 Excel 的连接中断（网络断开或 Excel 正忙）。请检查网络，稍等片刻后重试；已完成的修改不会丢失。",
    "en-US":
      "The connection to Excel was lost (the network dropped or Excel is busy). Check your connection, wait a moment and try again; changes already made are kept.",
  },
  "error.unknown": {
    "zh-CN": "Excel 操作失败：{detail}。请重试；如仍失败，请把这段文字发给管理员。",
    "en-US":
      "The Excel operation failed: {detail}. Try again; if it keeps failing, send this text to your administrator.",
  },
});

export type ExcelMessageKey = keyof typeof EXCEL_MESSAGES;
