/** 报销台账: submission within 报销提交时限 of the expense (T42) and processing within 报销处理目标 (T45). */
import type { DeadlineRule } from "../types";

const register = "reimbursements";

export const REIMBURSEMENT_DEADLINES: readonly DeadlineRule[] = [
  {
    id: "reimbursement-submission",
    register,
    label: { "zh-CN": "报销提交", "en-US": "Reimbursement submission" },
    start: ["费用发生日期"],
    limit: { kind: "after", unit: "workdays", setting: "报销提交时限(工作日)" },
    done: "提交日期",
    owners: ["申请人"],
    departments: ["部门"],
    subject: "费用类别",
    source: ["T42"],
  },
  {
    // A returned claim has been dealt with but carries no approval date; it leaves the processing clock.
    id: "reimbursement-processing",
    register,
    label: { "zh-CN": "报销审批", "en-US": "Reimbursement approval" },
    start: ["提交日期"],
    limit: { kind: "after", unit: "workdays", setting: "报销处理目标(工作日)" },
    done: "审批完成日期",
    owners: ["审批人"],
    departments: ["部门"],
    subject: "费用类别",
    when: [{ column: "状态", noneOf: ["已退回"] }],
    closedWhen: { column: "状态", oneOf: ["已审批", "已支付"] },
    source: ["T43", "T45"],
  },
];
