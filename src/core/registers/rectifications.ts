/** 问题整改台账: problems found by supervision, complaints or meetings, tracked to verified closure (DOMAIN Q1, §6). */
import { T, col, dateOrderRule, dept, msg, needsWhen, person, statusIn } from "./kit";
import type { Lifecycle, RegisterDef } from "./types";

/**
 * 发现 → 分派 → 整改 → 验收 → 销号 (DOMAIN §6.3). 退回整改 is a failed acceptance, back to work; 纳入长期计划 is the
 * director's decision to improve gradually: neither open nor closed. Followed up weekly (T58).
 */
export const RECTIFICATION_LIFECYCLE: Lifecycle = {
  column: "状态",
  kind: "enum",
  states: [
    { value: "待分派", phase: "open", en: "To assign" },
    { value: "整改中", phase: "open", en: "In progress" },
    { value: "待验收", phase: "open", en: "Awaiting acceptance" },
    { value: "退回整改", phase: "open", en: "Returned for rework" },
    { value: "已完成", phase: "closed", en: "Closed" },
    { value: "纳入长期计划", phase: "parked", en: "Long-term plan" },
  ],
  blank: null,
  transitions: {
    待分派: ["整改中", "纳入长期计划"],
    整改中: ["待验收", "纳入长期计划"],
    待验收: ["已完成", "退回整改"],
    退回整改: ["整改中", "待验收", "纳入长期计划"],
    纳入长期计划: ["整改中"],
    已完成: [],
  },
  followUp: { lastColumn: "最近跟踪日期", fromColumn: "发现日期", setting: "决议跟踪周期(天)", defaultDays: 7 },
};

/** The enum in the template's order (the order of REGISTERS.md). */
const STATUSES = ["待分派", "整改中", "待验收", "已完成", "退回整改", "纳入长期计划"] as const;

export const rectifications: RegisterDef = {
  id: "rectifications",
  sheet: "问题整改台账",
  en: "Rectifications",
  tableName: "Rectifications",
  key: ["问题编号"],
  lifecycle: RECTIFICATION_LIFECYCLE,
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
