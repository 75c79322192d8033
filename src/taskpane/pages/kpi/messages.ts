/** Labels of the task pane's KPI page. */
import { defineMessages } from "../../../core/i18n";

export const KPI_PAGE_MESSAGES = defineMessages({
  title: { "zh-CN": "KPI 指标", "en-US": "KPIs" },
  period: { "zh-CN": "统计期间", "en-US": "Period" },
  // The period's code is what 「KPI看板」 and `ledger kpi --period` use, so the picker shows it too.
  periodOption: { "zh-CN": "{label}（{id}）", "en-US": "{label} ({id})" },
  writeBoard: { "zh-CN": "写入 KPI看板", "en-US": "Write to the KPI看板 sheet" },
  boardWritten: { "zh-CN": "已更新「KPI看板」工作表", "en-US": "The KPI看板 sheet was updated" },
  loading: { "zh-CN": "正在读取台账…", "en-US": "Reading the registers…" },
  target: { "zh-CN": "目标", "en-US": "Target" },
  actual: { "zh-CN": "实际", "en-US": "Actual" },
  previous: { "zh-CN": "上期", "en-US": "Previous" },
  sample: { "zh-CN": "计入 {n} 项", "en-US": "{n} counted" },
  better: { "zh-CN": "比上期好转", "en-US": "better than the previous period" },
  worse: { "zh-CN": "比上期变差", "en-US": "worse than the previous period" },
  level: { "zh-CN": "与上期持平", "en-US": "same as the previous period" },
  tiles: { "zh-CN": "各状态的 KPI 数", "en-US": "KPIs by status" },
  tileLabel: { "zh-CN": "{status} {n} 项", "en-US": "{status}: {n}" },
  showAll: { "zh-CN": "显示全部", "en-US": "Show all" },
  showRows: { "zh-CN": "查看相关记录（{n} 条）", "en-US": "Show rows ({n})" },
  hideRows: { "zh-CN": "收起", "en-US": "Hide" },
  rowLabel: { "zh-CN": "{sheet} 第 {row} 行", "en-US": "{sheet} row {row}" },
  moreRows: { "zh-CN": "再显示 {n} 条", "en-US": (p) => `Show ${p.n} more row${p.n === 1 ? "" : "s"}` },
  noRegisters: {
    "zh-CN": "工作簿里没有能识别的台账，KPI 无从计算。KPI 由收文、会议、报销等台账的记录算出。",
    "en-US":
      "This workbook has no recognised register, so no KPI can be computed. KPIs are computed from the rows of registers such as 收文登记簿, 会议台账 and 报销台账.",
  },
  readFailed: { "zh-CN": "读取失败：{message}", "en-US": "Could not read the workbook: {message}" },
  computeFailed: { "zh-CN": "计算失败：{message}", "en-US": "Could not compute the KPIs: {message}" },
  writeFailed: { "zh-CN": "写入失败：{message}", "en-US": "Could not write: {message}" },
  selectFailed: { "zh-CN": "无法选中该行：{message}", "en-US": "Could not select the row: {message}" },
});
