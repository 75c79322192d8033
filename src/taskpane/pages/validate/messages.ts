/** Labels of the validation page (检查). */
import { defineMessages } from "../../../core/i18n";

export const VALIDATE_PAGE_MESSAGES = defineMessages({
  title: { "zh-CN": "检查", "en-US": "Check" },
  scope: { "zh-CN": "检查范围", "en-US": "What to check" },
  wholeWorkbook: { "zh-CN": "整个工作簿", "en-US": "Whole workbook" },
  currentSheet: { "zh-CN": "当前工作表：{sheet}", "en-US": "Current sheet: {sheet}" },
  currentSheetUnknown: { "zh-CN": "当前工作表", "en-US": "Current sheet" },
  noActiveSheet: {
    "zh-CN": "无法确定当前工作表，请先点一下要检查的工作表。",
    "en-US": "Cannot tell which sheet is in front: click the sheet to check first.",
  },
  check: { "zh-CN": "开始检查", "en-US": "Check now" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },
  mark: { "zh-CN": "加批注", "en-US": "Add notes" },
  markHint: { "zh-CN": "在有问题的单元格上加批注", "en-US": "Put a note on each cell with a problem" },
  clearMarks: { "zh-CN": "清除批注", "en-US": "Clear notes" },
  autoCheck: { "zh-CN": "自动检查", "en-US": "Check as I type" },
  autoUnavailable: { "zh-CN": "自动检查（仅在 Excel 中可用）", "en-US": "Check as I type (needs Excel)" },
  reading: { "zh-CN": "正在读取：{done} / {total} 行", "en-US": "Reading: {done} / {total} rows" },
  validating: { "zh-CN": "正在检查：{done} / {total} 行", "en-US": "Checking: {done} / {total} rows" },
  progress: { "zh-CN": "检查进度", "en-US": "Check progress" },
  cancelled: { "zh-CN": "已取消检查，结果保持不变。", "en-US": "Cancelled: the results are as before." },
  summary: { "zh-CN": "错误 {errors} · 警告 {warnings}", "en-US": "{errors} errors · {warnings} warnings" },
  issue: { "zh-CN": "第 {row} 行 · {column}：{message}", "en-US": "Row {row} · {column}: {message}" },
  nothingChecked: {
    "zh-CN": "没有检查任何台账：未找到能识别的台账。",
    "en-US": "Nothing was checked: no register was recognised.",
  },
  nothingCheckedWhy: {
    "zh-CN": "检查只针对能识别的台账（如收文登记簿、会议台账）。请在「台账」中建立台账，或让加载项识别您已有的表。",
    "en-US":
      "The check covers recognised registers (such as 收文登记簿 or 会议台账). Create registers on the Registers page, or let the add-in recognise your own sheets.",
  },
  noIssues: { "zh-CN": "未发现问题。", "en-US": "No problems found." },
  unrecognized: {
    "zh-CN": "未识别、未检查的工作表：{sheets}",
    "en-US": "Sheets not recognised and not checked: {sheets}",
  },
  marked: {
    "zh-CN": "已在 {n} 个单元格上加了批注。",
    "en-US": (p) => `Added notes to ${p.n} cell${p.n === 1 ? "" : "s"}.`,
  },
  cleared: { "zh-CN": "已清除本加载项加的批注。", "en-US": "The add-in's notes were removed." },
  autoOn: {
    "zh-CN": "已开启自动检查：编辑台账后会重新检查改动的行。",
    "en-US": "Checking as you type: edited rows are checked again.",
  },
  rechecked: {
    "zh-CN": "已重新检查「{sheet}」第 {first}–{last} 行。",
    "en-US": "Checked {sheet} rows {first}–{last} again.",
  },
  error: { "zh-CN": "检查失败：{message}", "en-US": "The check failed: {message}" },
  ignoredOne: {
    "zh-CN": "已忽略「{sheet}」第 {row} 行的警告，随工作簿保存；可随时取消忽略。",
    "en-US": "The warning on {sheet} row {row} is ignored and saved with the workbook; you can undo it at any time.",
  },
  unignoredOne: {
    "zh-CN": "已取消忽略「{sheet}」第 {row} 行的警告。",
    "en-US": "The warning on {sheet} row {row} is shown again.",
  },
  summaryIgnored: {
    "zh-CN": "错误 {errors} · 警告 {warnings} · 已忽略 {ignored}",
    "en-US": "{errors} errors · {warnings} warnings · {ignored} ignored",
  },
  filterSheets: { "zh-CN": "按工作表筛选", "en-US": "Filter by sheet" },
  allSheets: { "zh-CN": "全部（{n}）", "en-US": "All ({n})" },
  sheetChip: { "zh-CN": "{sheet}（{n}）", "en-US": "{sheet} ({n})" },
  search: { "zh-CN": "搜索问题", "en-US": "Search the problems" },
  problems: { "zh-CN": "问题列表", "en-US": "Problems" },
  next: { "zh-CN": "下一条", "en-US": "Next" },
  previous: { "zh-CN": "上一条", "en-US": "Previous" },
  nextPage: { "zh-CN": "下一页", "en-US": "Next page" },
  previousPage: { "zh-CN": "上一页", "en-US": "Previous page" },
  pageInfo: { "zh-CN": "第 {from}–{to} 条，共 {total} 条", "en-US": "{from}–{to} of {total}" },
  noMatch: { "zh-CN": "没有符合筛选条件的问题。", "en-US": "No problem matches the filter." },
  ignore: { "zh-CN": "忽略此警告", "en-US": "Ignore this warning" },
  unignore: { "zh-CN": "取消忽略", "en-US": "Undo ignore" },
  writeIgnore: {
    "zh-CN": "忽略此警告：「{sheet}」第 {row} 行",
    "en-US": "Ignore the warning on {sheet} row {row}",
  },
  writeUnignore: {
    "zh-CN": "取消忽略：「{sheet}」第 {row} 行",
    "en-US": "Stop ignoring the warning on {sheet} row {row}",
  },
  ignoredBadge: { "zh-CN": "已忽略", "en-US": "Ignored" },
  severityError: { "zh-CN": "错误", "en-US": "Error" },
  severityWarning: { "zh-CN": "警告", "en-US": "Warning" },
  workbookName: { "zh-CN": "当前工作簿", "en-US": "This workbook" },
});

export type ValidateKey = keyof typeof VALIDATE_PAGE_MESSAGES;
