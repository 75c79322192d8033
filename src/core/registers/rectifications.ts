/** 问题整改台账: problems found by supervision, complaints or meetings, tracked to verified closure (DOMAIN Q1, §6). */
import {
  T,
  at,
  cite,
  col,
  dateOrderRule,
  dept,
  isoOf,
  msg,
  names,
  needsWhen,
  person,
  present,
  rule,
  statusIn,
} from "./kit";
import { durationMessage, limitEnd } from "../limits";
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

/** T62 / R51: a problem is reviewed and dispatched within 分派时限 (default 1 working day) of being found. */
const dispatchLimit = rule(
  "dispatch-limit",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：问题应在发现后 {limit}内分派，即不晚于 {deadline}",
      "{col} ({value}) is late: a problem is dispatched within {limit} of being found, by {deadline}",
    ),
  },
  (t, i, ctx) => {
    const found = t.date("发现日期", i);
    const dispatched = t.date("分派日期", i);
    if (found === null || dispatched === null) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "分派时限(工作日)", found);
    if (due === null || dispatched <= Math.floor(due.end)) return null;
    return [at(t, "分派日期", i, ctx, { limit: durationMessage(due.limit), deadline: isoOf(due.end) })];
  },
);

/** R51: a dispatched problem records its 分派日期 (where the sheet has that column, an extension to REGISTERS.md). */
const dispatchDate = rule(
  "dispatch-date",
  "warning",
  {
    default: msg(
      "状态为“{state}”的问题已分派，应填写{col}",
      "Status “{state}” means the problem was dispatched: {col} should be given",
    ),
  },
  (t, i, ctx) => {
    if (!t.has("分派日期") || present(t, "分派日期", i)) return null;
    const state = t.text("状态", i);
    if (state === null || state === "待分派" || state === "纳入长期计划") return null;
    return [{ column: "分派日期", params: { state, col: names(t, ["分派日期"], ctx.lang) } }];
  },
);

/**
 * R55: a finding of the monthly service inspection (来源 服务监督检查) is photographed (拍照存档); it is not closed
 * without its evidence — a photo or a file path in 证据 (an extension column; checked where the sheet has it).
 */
const evidence = rule(
  "evidence",
  "warning",
  {
    default: msg(
      "检查发现的问题在“{state}”前应留存证据（照片或文件路径）：缺少{col}",
      "An inspection finding keeps its evidence (a photo or file path) before “{state}”: {col} is missing",
    ),
  },
  (t, i, ctx) => {
    if (!t.has("证据") || t.text("来源", i) !== "服务监督检查" || present(t, "证据", i)) return null;
    const state = t.text("状态", i);
    return state === "已完成" || state === "待验收"
      ? [{ column: "证据", params: { state, col: names(t, ["证据"], ctx.lang) } }]
      : null;
  },
);

export const rectifications: RegisterDef = {
  id: "rectifications",
  sheet: "问题整改台账",
  en: "Rectifications",
  tableName: "Rectifications",
  key: ["问题编号"],
  lifecycle: RECTIFICATION_LIFECYCLE,
  columns: [
    col("问题编号", "Issue no.", T.text(), { required: true, unique: true }),
    col(
      "来源",
      "Source",
      T.enumOf(["内部监督小组发现", "师生反映", "监督电话受理", "服务监督检查", "会议决议", "投诉", "意见箱", "其他"]),
      { required: true, width: 16 },
    ),
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
    // Extensions to REGISTERS.md (issue 17): optional columns.
    col("分派日期", "Dispatched on", T.date(), { synonyms: ["派单日期", "分派时间"] }),
    col("证据", "Evidence", T.text(), { synonyms: ["照片", "证据/照片", "照片路径", "证据文件"], width: 24 }),
  ],
  source: ["R43", "R44", "R50"],
  rules: [
    dateOrderRule([
      ["发现日期", "完成时限"],
      ["发现日期", "完成确认日期"],
      ["发现日期", "分派日期"],
    ]),
    cite(
      ["R43"],
      needsWhen(
        "measures",
        "error",
        { default: msg("状态为“{state}”时须填写{col}", "Status “{state}” needs {col}") },
        statusIn(
          "状态",
          STATUSES.filter((s) => s !== "待分派"),
        ),
        ["整改措施"],
      ),
    ),
    cite(
      ["R45"],
      needsWhen(
        "closure",
        "error",
        { default: msg("状态为“{state}”时须填写{col}", "Status “{state}” needs {col}") },
        statusIn("状态", ["已完成"]),
        ["完成确认人", "完成确认日期"],
      ),
    ),
    cite(
      ["R53"],
      needsWhen(
        "acceptance",
        "warning",
        { default: msg("状态为“{state}”时应填写{col}", "Status “{state}” should have {col}") },
        statusIn("状态", ["待验收", "已完成"]),
        ["效果验证"],
      ),
    ),
    cite(["T62", "R51"], dispatchLimit),
    cite(["R51"], dispatchDate),
    cite(["R55"], evidence),
  ],
};
