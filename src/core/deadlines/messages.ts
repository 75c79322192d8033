/** Texts of the deadline feature: status and escalation labels, problems, computed-column notes. */
import { defineMessages } from "../i18n";

export const DEADLINE_MESSAGES = defineMessages({
  "status.done-on-time": { "zh-CN": "已按时完成", "en-US": "Done on time" },
  "status.done-late": { "zh-CN": "逾期完成", "en-US": "Done late" },
  "status.open": { "zh-CN": "未到期", "en-US": "Open" },
  "status.due-soon": { "zh-CN": "临期", "en-US": "Due soon" },
  "status.overdue": { "zh-CN": "已逾期", "en-US": "Overdue" },
  "escalation.urge": { "zh-CN": "催办", "en-US": "Chase" },
  "escalation.warn-leader": { "zh-CN": "预警分管领导", "en-US": "Warn the leader in charge" },
  "escalation.report-director": { "zh-CN": "报办公室负责人", "en-US": "Report to the office director" },
  problem: {
    "zh-CN": "“{sheet}”第 {row} 行（{deadline}）：{reason}",
    "en-US": "Sheet “{sheet}”, row {row} ({deadline}): {reason}",
  },
  noWorkingHours: {
    "zh-CN": "“参数设置”中的上班时间无法读取（{reason}），按工作小时计算的期限无法得出",
    "en-US": "The working hours (上班时间) in 参数设置 cannot be read ({reason}); limits in working hours cannot be computed",
  },
  lateDays: { "zh-CN": "逾期 {n} 个工作日", "en-US": "{n} working days late" },
  dueOn: { "zh-CN": "截止 {due}", "en-US": "due {due}" },
  unassigned: { "zh-CN": "（未指定责任人）", "en-US": "(no owner)" },
});

export type DeadlineMessageKey = keyof typeof DEADLINE_MESSAGES;
