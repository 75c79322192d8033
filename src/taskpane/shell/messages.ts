/** Labels of the task pane's frame: title, page tabs, the demo banner and the language switch. */
import { defineMessages } from "../../core/i18n";

export const SHELL_MESSAGES = defineMessages({
  title: { "zh-CN": "综合办台账助手", "en-US": "School Office Ledger" },
  pages: { "zh-CN": "功能页", "en-US": "Pages" },
  otherLang: { "zh-CN": "English", "en-US": "中文" },
  switchLangHint: { "zh-CN": "切换为英文界面", "en-US": "Switch to Chinese" },
  demoBanner: {
    "zh-CN": "不在 Excel 中：正在使用演示工作簿，所做修改不会保存。",
    "en-US": "Not in Excel: demo workbook. Changes are not saved.",
  },
  connecting: { "zh-CN": "正在连接工作簿…", "en-US": "Connecting to the workbook…" },
  loadingPage: { "zh-CN": "正在打开…", "en-US": "Opening…" },
  pageFailed: { "zh-CN": "页面未能打开：{message}", "en-US": "The page could not open: {message}" },
  goRegisters: { "zh-CN": "去「台账」建立或识别台账", "en-US": "Go to Registers to create or recognise registers" },
  bootFailed: { "zh-CN": "无法连接工作簿：{message}", "en-US": "Could not connect to the workbook: {message}" },
});
