/** 报销台账: expense claims, their submission window and who may approve them (DOMAIN F1, R26–R28). */
import { T, cite, at, col, dateOrderRule, dept, isoOf, msg, person, rule } from "./kit";
import { rolesByName } from "./staff-roles";
import { durationMessage, limitEnd } from "../limits";
import type { RegisterDef } from "./types";

const submitLimit = rule(
  "submit-limit",
  "warning",
  {
    default: msg(
      "{col}（{value}）晚于报销提交时限：费用发生后 {limit}内（{deadline}）应提交",
      "{col} ({value}) is late: claims are due within {limit} of the expense ({deadline})",
    ),
  },
  (t, i, ctx) => {
    const spent = t.date("费用发生日期", i);
    const submitted = t.date("提交日期", i);
    if (spent === null || submitted === null) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "报销提交时限(工作日)", spent);
    if (due === null || submitted <= Math.floor(due.end)) return null;
    return [at(t, "提交日期", i, ctx, { limit: durationMessage(due.limit), deadline: isoOf(due.end) })];
  },
);

const ACCOUNTANT = "会计";
const approvalThreshold = rule(
  "approval-threshold",
  "error",
  {
    default: msg(
      "{col}（{value}）超出会计直批上限：审批人 {approver} 为会计，只能审批小于 {limit} 元的报销",
      "{col} ({value}) is over the accountant's limit: approver {approver} is an accountant and may only approve claims under {limit} yuan",
    ),
  },
  (t, i, ctx) => {
    const staff = ctx.settings.staff;
    if (!staff) return null;
    const approver = t.text("审批人", i);
    const amount = t.number("金额(元)", i);
    if (approver === null || amount === null) return null;
    if (rolesByName(staff).get(approver) !== ACCOUNTANT) return null;
    const limit = ctx.settings.number("报销会计直批上限(元)");
    return amount >= limit ? [at(t, "金额(元)", i, ctx, { approver, limit })] : null;
  },
);

const invoice = rule(
  "invoice",
  "warning",
  { default: msg("{col}为 {value}：报销须附发票", "{col} is {value}: a claim needs at least one invoice") },
  (t, i, ctx) => {
    const n = t.number("发票张数", i);
    return n !== null && n < 1 ? [at(t, "发票张数", i, ctx)] : null;
  },
);

export const reimbursements: RegisterDef = {
  id: "reimbursements",
  sheet: "报销台账",
  en: "Reimbursements",
  tableName: "Reimbursements",
  key: ["报销单号"],
  columns: [
    col("报销单号", "Claim no.", T.text(), { required: true, unique: true }),
    person("申请人", "Claimant", { required: true }),
    dept("部门", "Department", { required: true }),
    col(
      "费用类别",
      "Expense type",
      T.enumOf(["办公费", "差旅费", "会议费", "培训费", "印刷费", "邮寄费", "维修费", "其他"]),
      { required: true },
    ),
    col("费用发生日期", "Expense date", T.date(), { required: true }),
    col("提交日期", "Submitted on", T.date(), { required: true }),
    col("金额(元)", "Amount (yuan)", T.money(0), { required: true, synonyms: ["金额", "报销金额"] }),
    col("发票张数", "Invoices", T.int(0, 9999)),
    col("付款申请", "Payment request", T.bool()),
    person("审批人", "Approver", { required: true }),
    col("审批完成日期", "Approved on", T.date()),
    col("状态", "Status", T.enumOf(["待审批", "已审批", "已退回", "已支付"])),
  ],
  source: ["R31"],
  rules: [
    dateOrderRule([["费用发生日期", "提交日期", "审批完成日期"]]),
    cite(["T42", "R26"], submitLimit),
    cite(["R28"], approvalThreshold),
    cite(["R27"], invoice),
  ],
};
