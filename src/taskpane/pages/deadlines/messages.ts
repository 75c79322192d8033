/** Texts of the 期限 page. */
import { defineMessages } from "../../../core/i18n";

export const DEADLINES_PAGE_MESSAGES = defineMessages({
  title: { "zh-CN": "期限", "en-US": "Deadlines" },
  header: {
    "zh-CN": "截至 {asOf}：已逾期 {overdue} · 今日到期 {today} · 本周到期 {week}",
    "en-US": "As of {asOf}: {overdue} overdue · {today} due today · {week} due this week",
  },
  "view.today": { "zh-CN": "今日", "en-US": "Today" },
  "view.week": { "zh-CN": "本周", "en-US": "This week" },
  "view.overdue": { "zh-CN": "已逾期", "en-US": "Overdue" },
  "view.open": { "zh-CN": "全部未完成", "en-US": "All open" },
  groupBy: { "zh-CN": "分组", "en-US": "Group by" },
  "groupBy.owner": { "zh-CN": "按责任人", "en-US": "By owner" },
  "groupBy.department": { "zh-CN": "按部门", "en-US": "By department" },
  noOwner: { "zh-CN": "未指定", "en-US": "Unassigned" },
  groupCount: { "zh-CN": "{count} 项（逾期 {overdue}）", "en-US": "{count} ({overdue} overdue)" },
  row: { "zh-CN": "{sheet} 第 {row} 行", "en-US": "{sheet} row {row}" },
  due: { "zh-CN": "截止 {due}", "en-US": "due {due}" },
  late: { "zh-CN": "逾期 {n} 个工作日", "en-US": "{n} working days late" },
  // English needs the singular for one day; Chinese says it the same way for any number.
  lateOne: { "zh-CN": "逾期 1 个工作日", "en-US": "1 working day late" },
  copy: { "zh-CN": "复制提醒", "en-US": "Copy reminders" },
  copied: {
    "zh-CN": "已复制给 {people} 人的 {count} 条提醒，可粘贴到钉钉、企业微信或邮件",
    "en-US": (p) =>
      `${p.count} reminder${p.count === 1 ? "" : "s"} for ${p.people} ${p.people === 1 ? "person" : "people"} copied; paste them into DingTalk, WeCom or e-mail`,
  },
  copiedOne: {
    "zh-CN": "已复制给 {name} 的 {count} 条提醒",
    "en-US": (p) => `${p.count} reminder${p.count === 1 ? "" : "s"} for ${p.name} copied`,
  },
  reminderScope: { "zh-CN": "提醒范围", "en-US": "Remind about" },
  copyAll: {
    "zh-CN": "复制全部（{people} 人）",
    "en-US": (p) => `Copy all (${p.people} ${p.people === 1 ? "person" : "people"})`,
  },
  copyOne: { "zh-CN": "复制", "en-US": "Copy" },
  copyOneLabel: { "zh-CN": "复制给 {name} 的提醒", "en-US": "Copy the reminder for {name}" },
  includeFar: {
    "zh-CN": "包括一年以后才到期的 {n} 项",
    "en-US": (p) => `Include ${p.n} item${p.n === 1 ? "" : "s"} due more than a year ahead`,
  },
  showFar: {
    "zh-CN": "显示一年以后才到期的 {n} 项",
    "en-US": (p) => `Show ${p.n} item${p.n === 1 ? "" : "s"} due more than a year ahead`,
  },
  noReminders: { "zh-CN": "这个范围内没有要提醒的事项。", "en-US": "Nothing to remind anyone about in this scope." },
  refresh: { "zh-CN": "写入期限列和期限总览", "en-US": "Write deadline columns and overview" },
  refreshAndFill: {
    "zh-CN": "写入期限列和期限总览，并补填空白期限",
    "en-US": "Write deadline columns and overview, filling blank deadlines",
  },
  refreshed: {
    "zh-CN": "已更新 {sheets} 个台账的期限列和「期限总览」工作表",
    "en-US": (p) =>
      `Deadline columns of ${p.sheets} register${p.sheets === 1 ? "" : "s"} and the 期限总览 sheet updated`,
  },
  fillDue: { "zh-CN": "同时补填空白的办理期限、到期日期", "en-US": "Also fill blank 办理期限 / 到期日期 cells" },
  filled: {
    "zh-CN": "；补填了 {filled} 个空白期限（已有内容的单元格不会改动）",
    "en-US": (p) =>
      `; ${p.filled} blank due date${p.filled === 1 ? "" : "s"} filled (cells holding anything were left alone)`,
  },
  reload: { "zh-CN": "刷新", "en-US": "Refresh" },
  empty: { "zh-CN": "「{view}」中没有事项。", "en-US": "Nothing under {view}." },
  noRegisters: {
    "zh-CN": "工作簿里没有带期限的台账（如收文登记簿、会议台账、决议追踪台账、报销台账），所以没有可计算的期限。",
    "en-US":
      "This workbook has no register with deadlines (such as 收文登记簿, 会议台账, 决议追踪台账 or 报销台账), so there is no deadline to compute.",
  },
  loading: { "zh-CN": "正在读取工作簿…", "en-US": "Reading the workbook…" },
  readingRows: { "zh-CN": "正在读取：{done} / {total} 行", "en-US": "Reading: {done} / {total} rows" },
  showMore: { "zh-CN": "再显示 {n} 条（还有 {left} 条）", "en-US": "Show {n} more ({left} left)" },
  problems: { "zh-CN": "{count} 行的期限无法计算：", "en-US": "Deadlines of {count} rows cannot be computed:" },
  readFailed: { "zh-CN": "读取失败：{message}", "en-US": "Could not read the workbook: {message}" },
  computeFailed: { "zh-CN": "计算失败：{message}", "en-US": "Could not compute the deadlines: {message}" },
  writeFailed: { "zh-CN": "写入失败：{message}", "en-US": "Could not write: {message}" },
  copyFailed: { "zh-CN": "复制失败：{message}", "en-US": "Could not copy: {message}" },
  selectFailed: { "zh-CN": "无法选中该行：{message}", "en-US": "Could not select the row: {message}" },
});

export type DeadlinesPageKey = keyof typeof DEADLINES_PAGE_MESSAGES;
