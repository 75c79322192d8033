/** Texts of the 概览 page. */
import { defineMessages } from "../../../core/i18n";

export const OVERVIEW_MESSAGES = defineMessages({
  title: { "zh-CN": "概览", "en-US": "Overview" },
  errors: { "zh-CN": "错误", "en-US": "Errors" },
  overdue: { "zh-CN": "已逾期", "en-US": "Overdue" },
  dueSoon: { "zh-CN": "临期", "en-US": "Due soon" },
  kpiNotMet: { "zh-CN": "KPI 未达成", "en-US": "KPIs not met" },
  cardLabel: { "zh-CN": "{label} {value}", "en-US": "{label}: {value}" },
  checking: { "zh-CN": "正在检查…", "en-US": "Checking…" },
  lastCheck: { "zh-CN": "上次检查：{at}", "en-US": "Last checked: {at}" },
  recheck: { "zh-CN": "重新检查", "en-US": "Check again" },
  notChecked: { "zh-CN": "尚未检查", "en-US": "Not checked yet" },
  warnings: { "zh-CN": "另有警告 {n} 条", "en-US": (p) => `and ${p.n} warning${p.n === 1 ? "" : "s"}` },
  kpiOf: { "zh-CN": "共 {total} 项 · {period}", "en-US": "of {total} · {period}" },
  asOf: { "zh-CN": "截至 {asOf}", "en-US": "As of {asOf}" },
  registers: { "zh-CN": "已识别台账 {n} 个", "en-US": (p) => `${p.n} register${p.n === 1 ? "" : "s"} recognised` },
  empty: {
    "zh-CN": "这个工作簿里还没有能识别的台账，所以没有可检查的内容，也算不出期限和 KPI。",
    "en-US":
      "This workbook has no register the add-in recognises yet, so there is nothing to check and no deadline or KPI to compute.",
  },
  loading: { "zh-CN": "正在读取工作簿…", "en-US": "Reading the workbook…" },
  readFailed: { "zh-CN": "读取失败：{message}", "en-US": "Could not read the workbook: {message}" },
  checkFailed: { "zh-CN": "检查失败：{message}", "en-US": "The check failed: {message}" },
});

export type OverviewKey = keyof typeof OVERVIEW_MESSAGES;
