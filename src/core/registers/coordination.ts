/** 跨部门事项台账: cross-department items with a lead department, acceptance criteria and the initiator's sign-off (DOMAIN C1/C2, R54). */
import { T, at, cite, col, dateOrderRule, dept, isoOf, msg, names, person, present, rule } from "./kit";
import { durationMessage, limitEnd } from "../limits";
import type { Lifecycle, RegisterDef, RuleFinding } from "./types";

/** Open until 已完成 (with the initiator's sign-off, rule closure); 已延期 says the item is late (K12). */
export const COORDINATION_LIFECYCLE: Lifecycle = {
  column: "状态",
  kind: "enum",
  states: [
    { value: "进行中", phase: "open", en: "In progress" },
    { value: "已延期", phase: "open", en: "Delayed", delayed: true },
    { value: "已完成", phase: "closed", en: "Done" },
  ],
  blank: "open",
  transitions: { 进行中: ["已延期", "已完成"], 已延期: ["进行中", "已完成"], 已完成: [] },
};

const criteria = rule(
  "criteria",
  "warning",
  { default: msg("应填写{col}，以便验收", "{col} should be given so the item can be accepted") },
  (t, i, ctx) =>
    present(t, "验收标准", i) ? null : [{ column: "验收标准", params: { col: names(t, ["验收标准"], ctx.lang) } }],
);

const closure = rule(
  "closure",
  "error",
  {
    default: msg("状态为“已完成”时须填写{col}", "Status “已完成” (done) needs {col}"),
    confirm: msg(
      "状态为“已完成”时{col}须为“是”（发起方已确认）",
      "Status “已完成” (done) needs {col} = 是 (the initiator confirmed)",
    ),
  },
  (t, i, ctx) => {
    if (t.text("状态", i) !== "已完成") return null;
    const out: RuleFinding[] = [];
    if (!present(t, "完成日期", i)) out.push({ column: "完成日期", params: { col: names(t, ["完成日期"], ctx.lang) } });
    if (t.bool("发起方确认", i) !== true) out.push(at(t, "发起方确认", i, ctx, {}, "confirm"));
    return out.length ? out : null;
  },
);

/** T08: each 配合部门 (supporting department) replies within 配合回复时限 (default 1 working day) of the start. */
const supportReply = rule(
  "support-reply",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：配合部门应在事项开始后 {limit}内回复，即不晚于 {deadline}",
      "{col} ({value}) is late: supporting departments reply within {limit} of the start, by {deadline}",
    ),
  },
  (t, i, ctx) => {
    const start = t.date("开始日期", i);
    const replied = t.date("配合回复日期", i);
    if (start === null || replied === null) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "配合回复时限(工作日)", start);
    if (due === null || replied <= Math.floor(due.end)) return null;
    return [at(t, "配合回复日期", i, ctx, { limit: durationMessage(due.limit), deadline: isoOf(due.end) })];
  },
);

export const coordination: RegisterDef = {
  id: "coordination",
  sheet: "跨部门事项台账",
  lifecycle: COORDINATION_LIFECYCLE,
  en: "Cross-department items",
  tableName: "Coordination",
  key: ["事项编号"],
  columns: [
    col("事项编号", "Item no.", T.text(), { required: true, unique: true }),
    col("事项", "Item", T.text(), { required: true, width: 36 }),
    dept("牵头部门", "Lead dept.", { required: true }),
    col("配合部门", "Supporting depts.", T.list(), { departmentList: true }),
    person("责任人", "Owner"),
    col("开始日期", "Start date", T.date(), { required: true }),
    col("完成时限", "Due date", T.date(), { required: true }),
    col("完成日期", "Completed on", T.date()),
    col("验收标准", "Acceptance criteria", T.text(), { width: 24 }),
    col("发起方确认", "Initiator confirmed", T.bool()),
    col("状态", "Status", T.enumOf(["进行中", "已完成", "已延期"])),
    // Extensions to REGISTERS.md (issue 17): optional columns for T08 and T63.
    col("紧急程度", "Urgency", T.enumOf(["高", "中", "低"])),
    col("最近进展日期", "Last progress report", T.date(), {
      synonyms: ["最近反馈日期", "进展反馈日期", "最近跟踪日期"],
    }),
    col("配合回复日期", "Support replied on", T.date(), { synonyms: ["配合部门回复日期"] }),
  ],
  rules: [
    dateOrderRule([
      ["开始日期", "完成时限"],
      ["开始日期", "配合回复日期"],
      ["开始日期", "最近进展日期"],
    ]),
    cite(["R54"], criteria),
    cite(["R54"], closure),
    cite(["T08"], supportReply),
  ],
};
