/**
 * 请假登记: leave requests filed on a 请假单 (issue #15). Not in REGISTERS.md: a small register added so the form has
 * a register to land in; documented as an extension in docs/forms.md.
 */
import { T, col, dateOrderRule, dept, msg, needsWhen, person, statusIn } from "./kit";
import type { RegisterDef } from "./types";

export const leaveRequests: RegisterDef = {
  id: "leave-requests",
  sheet: "请假登记",
  en: "Leave requests",
  tableName: "LeaveRequests",
  key: ["请假单号"],
  columns: [
    col("请假单号", "Request no.", T.text(), { required: true, unique: true }),
    person("申请人", "Applicant", { required: true }),
    dept("部门", "Department", { required: true }),
    col("请假类型", "Leave type", T.enumOf(["事假", "病假", "年休假", "婚假", "产假", "丧假", "调休", "其他"]), {
      required: true,
    }),
    col("开始日期", "From", T.date(), { required: true }),
    col("结束日期", "To", T.date(), { required: true }),
    col("天数", "Days", T.decimal({ exclusiveMin: 0 })),
    col("事由", "Reason", T.text(200), { width: 24 }),
    person("工作交接人", "Cover"),
    person("审批人", "Approver"),
    col("审批日期", "Approved on", T.date()),
    col("状态", "Status", T.enumOf(["待审批", "已批准", "未批准", "已销假"])),
  ],
  rules: [
    dateOrderRule([["开始日期", "结束日期"]]),
    needsWhen(
      "status-needs-date",
      "error",
      { default: msg("状态为“{state}”时须填写{col}", "A status of “{state}” needs {col}") },
      statusIn("状态", ["已批准", "未批准", "已销假"]),
      ["审批人", "审批日期"],
    ),
  ],
};
