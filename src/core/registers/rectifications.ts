/** 问题整改台账: problems found by supervision, complaints or meetings, tracked to verified closure (DOMAIN Q1, §6). */
import { T, col, dateOrderRule, dept, msg, needsWhen, person, statusIn } from "./kit";
import type { RegisterDef } from "./types";

const STATUSES = ["待分派", "整改中", "待验收", "已完成", "退回整改", "纳入长期计划"] as const;

export const rectifications: RegisterDef = {
  id: "rectifications",
  sheet: "问题整改台账",
  en: "Rectifications",
  tableName: "Rectifications",
  key: ["问题编号"],
  columns: [
    col("问题编号", "Issue no.", T.text(), { required: true, unique: true }),
    col("来源", "Source", T.enumOf(["内部监督小组发现", "师生反映", "监督电话受理", "服务监督检查", "会议决议", "投诉", "意见箱", "其他"]), { required: true, width: 16 }),
    col("问题类别", "Category", T.enumOf(["建议类", "投诉类", "咨询类", "其他"])),
    col("问题描述", "Description", T.text(), { required: true, width: 36 }),
    col("发现日期", "Found on", T.date(), { required: true }),
    col("紧急程度", "Urgency", T.enumOf(["高", "中", "低"])),
    dept("责任部门", "Responsible dept.", { required: true }),
    person("责任人", "Owner"),
    col("整改措施", "Measures", T.text(), { width: 30 }),
    col("完成时限", "Due date", T.date(), { required: true }),
    col("最近跟踪日期", "Last follow-up", T.date()),
    col("状态", "Status", T.enumOf(STATUSES), { required: true, width: 13 }),
    person("完成确认人", "Confirmed by"),
    col("完成确认日期", "Confirmed on", T.date()),
    col("效果验证", "Verification", T.text(), { width: 20 }),
    col("反馈日期", "Feedback on", T.date()),
  ],
  rules: [
    dateOrderRule([
      ["发现日期", "完成时限"],
      ["发现日期", "完成确认日期"],
    ]),
    needsWhen(
      "measures",
      "error",
      { default: msg("状态为“{state}”时须填写{col}", "Status “{state}” needs {col}") },
      statusIn("状态", STATUSES.filter((s) => s !== "待分派")),
      ["整改措施"]
    ),
    needsWhen("closure", "error", { default: msg("状态为“{state}”时须填写{col}", "Status “{state}” needs {col}") }, statusIn("状态", ["已完成"]), [
      "完成确认人",
      "完成确认日期",
    ]),
    needsWhen(
      "acceptance",
      "warning",
      { default: msg("状态为“{state}”时应填写{col}", "Status “{state}” should have {col}") },
      statusIn("状态", ["待验收", "已完成"]),
      ["效果验证"]
    ),
  ],
};
