/** Texts of the 整改 page. */
import { defineMessages } from "../../../core/i18n";

export const RECTIFICATION_PAGE_MESSAGES = defineMessages({
  title: { "zh-CN": "整改", "en-US": "Rectification" },
  period: { "zh-CN": "统计期间", "en-US": "Period" },
  writeSheet: { "zh-CN": "写入整改状态表", "en-US": "Write 整改状态 sheet" },
  sheetWritten: { "zh-CN": "已更新「整改状态」工作表", "en-US": "The 整改状态 sheet was updated" },
  copy: { "zh-CN": "复制周报", "en-US": "Copy weekly report" },
  copied: {
    "zh-CN": "已复制整改周报（{count} 项逾期），可粘贴到钉钉、企业微信或邮件",
    "en-US": (p) =>
      `Weekly report copied (${p.count} overdue item${p.count === 1 ? "" : "s"}); paste it into DingTalk, WeCom or e-mail`,
  },
  reload: { "zh-CN": "重新读取", "en-US": "Reload" },
  loading: { "zh-CN": "正在读取工作簿…", "en-US": "Reading the workbook…" },
  error: { "zh-CN": "出错了：{message}", "en-US": "Something went wrong: {message}" },
  noRegister: {
    "zh-CN": "工作簿中没有“问题整改台账”。请先在“台账”页添加或识别它。",
    "en-US":
      "The workbook has no 问题整改台账 (rectification register). Add or recognise it on the Registers page first.",
  },
  asOf: { "zh-CN": "截至 {asOf} · {period}", "en-US": "As of {asOf} · {period}" },
  open: { "zh-CN": "未完成", "en-US": "Open" },
  overdue: { "zh-CN": "已逾期", "en-US": "Overdue" },
  closedInPeriod: { "zh-CN": "本期销号", "en-US": "Closed this period" },
  closureRate: { "zh-CN": "销号率", "en-US": "Closure rate" },
  k09: {
    "zh-CN": "K09 内部监督发现问题整改率 {actual}（目标 {target}%）",
    "en-US": "K09 rectification rate of internal findings {actual} (target {target}%)",
  },
  counts: {
    "zh-CN": "共 {total} 项 · 已完成 {closed} · 纳入长期计划 {longTerm} · 本期新增 {openedInPeriod}",
    "en-US": "{total} items · {closed} closed · {longTerm} long-term · {openedInPeriod} opened this period",
  },
  ageing: {
    "zh-CN": "未完成账龄：0–5 个工作日 {a} 项，6–20 个 {b} 项，20 个以上 {c} 项 · 本周待跟踪 {follow} 项",
    "en-US": "Open items by age: {a} at 0–5 working days, {b} at 6–20, {c} over 20 · {follow} follow-ups due this week",
  },
  byStatus: { "zh-CN": "按状态", "en-US": "By status" },
  byDepartment: { "zh-CN": "按责任部门", "en-US": "By department" },
  bySource: { "zh-CN": "按来源", "en-US": "By source" },
  colName: { "zh-CN": "名称", "en-US": "Name" },
  colTotal: { "zh-CN": "合计", "en-US": "Total" },
  colOpen: { "zh-CN": "未完成", "en-US": "Open" },
  colOverdue: { "zh-CN": "逾期", "en-US": "Late" },
  colClosed: { "zh-CN": "完成", "en-US": "Closed" },
  colRate: { "zh-CN": "销号率", "en-US": "Rate" },
  sections: { "zh-CN": "其他台账：{parts}", "en-US": "Other registers: {parts}" },
  section: { "zh-CN": "{sheet} 未完成 {open}（逾期 {overdue}）", "en-US": "{sheet} {open} open ({overdue} overdue)" },
  filterDepartment: { "zh-CN": "部门", "en-US": "Department" },
  filterState: { "zh-CN": "状态", "en-US": "Status" },
  all: { "zh-CN": "全部", "en-US": "All" },
  allOpen: { "zh-CN": "全部未完成", "en-US": "All open" },
  onlyOverdue: { "zh-CN": "已逾期", "en-US": "Overdue" },
  items: { "zh-CN": "整改事项", "en-US": "Rectification items" },
  shown: { "zh-CN": "显示 {shown} 项，已选 {selected} 项", "en-US": "{shown} shown, {selected} selected" },
  choose: { "zh-CN": "选择 {key}", "en-US": "Select {key}" },
  empty: { "zh-CN": "没有符合条件的事项。", "en-US": "No items match." },
  row: { "zh-CN": "第 {row} 行", "en-US": "row {row}" },
  due: { "zh-CN": "完成时限 {due}", "en-US": "due {due}" },
  noDue: { "zh-CN": "未填完成时限", "en-US": "no due date" },
  late: { "zh-CN": "逾期 {n} 个工作日", "en-US": (p) => `${p.n} working day${p.n === 1 ? "" : "s"} late` },
  next: { "zh-CN": "下次跟踪 {date}", "en-US": "next follow-up {date}" },
  nextLate: { "zh-CN": "跟踪已过期（{date}）", "en-US": "follow-up late ({date})" },
  record: { "zh-CN": "记录跟踪", "en-US": "Record follow-up" },
  confirmRecord: {
    "zh-CN": "将在所选 {count} 行的“最近跟踪日期”写入 {date}，不改动其他任何内容。确定吗？",
    "en-US": (p) =>
      `Write ${p.date} into 最近跟踪日期 (last follow-up) of the ${p.count} selected row${p.count === 1 ? "" : "s"}, and change nothing else?`,
  },
  confirm: { "zh-CN": "确认写入", "en-US": "Write it" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },
  recorded: {
    "zh-CN": "已在 {count} 行写入最近跟踪日期 {date}",
    "en-US": (p) => `最近跟踪日期 set to ${p.date} on ${p.count} row${p.count === 1 ? "" : "s"}`,
  },
  moved: {
    "zh-CN": "；{count} 行自读取后已变动（编号不符），未写入，请重新读取后再试",
    "en-US": (p) =>
      `; ${p.count} row${p.count === 1 ? "" : "s"} changed since the workbook was read (different 问题编号) and ${p.count === 1 ? "was" : "were"} not written: reload and try again`,
  },
  noColumn: {
    "zh-CN": "“{sheet}”没有“{column}”列，无法记录跟踪；请先添加该列",
    "en-US": "{sheet} has no {column} column, so the follow-up cannot be recorded; add the column first",
  },
  problems: { "zh-CN": "{count} 处数据问题：", "en-US": "{count} data problems:" },
});

export type RectificationPageKey = keyof typeof RECTIFICATION_PAGE_MESSAGES;
