/** 来访登记: visitors received by the office, with liaison and reply deadlines (DOMAIN V1, R61). */
import { T, cite, at, col, isoOf, msg, names, person, present, rule } from "./kit";
import type { RegisterDef } from "./types";

const liaison = rule(
  "liaison",
  "error",
  {
    default: msg(
      "来访涉及 {count} 个部门（{depts}），须指定{col}",
      "The visit involves {count} departments ({depts}); {col} is required",
    ),
  },
  (t, i, ctx) => {
    const depts = t.list("涉及部门", i);
    if (depts.length < 2 || present(t, "联络员", i)) return null;
    return [
      {
        column: "联络员",
        params: { count: depts.length, depts: depts.join("、"), col: names(t, ["联络员"], ctx.lang) },
      },
    ];
  },
);

const replyDeadline = rule(
  "reply-deadline",
  "error",
  { default: msg("未当场解决的来访须填写{col}", "A visit not resolved on the spot needs {col}") },
  (t, i, ctx) =>
    t.bool("当场解决", i) === false && !present(t, "答复时限", i)
      ? [{ column: "答复时限", params: { col: names(t, ["答复时限"], ctx.lang) } }]
      : null,
);

const replyLate = rule(
  "reply-late",
  "warning",
  {
    default: msg(
      "{col}（{value}）晚于答复时限（{deadline}）",
      "{col} ({value}) is after the reply deadline ({deadline})",
    ),
  },
  (t, i, ctx) => {
    const due = t.date("答复时限", i);
    const replied = t.date("实际答复日期", i);
    return due !== null && replied !== null && replied > due
      ? [at(t, "实际答复日期", i, ctx, { deadline: isoOf(due) })]
      : null;
  },
);

export const visitors: RegisterDef = {
  id: "visitors",
  sheet: "来访登记",
  en: "Visitors",
  tableName: "Visitors",
  key: ["来访编号"],
  columns: [
    col("来访编号", "Visit no.", T.text(), { required: true, unique: true }),
    col("来访日期", "Visit date", T.date(), { required: true }),
    col("来访单位", "Visitor's organisation", T.text(), { width: 20 }),
    col("来访人", "Visitor", T.text(), { required: true }),
    col("人数", "Number of visitors", T.int(1, 9999)),
    col("联系电话", "Phone", T.text(), { personal: true }),
    col("来访事由", "Purpose", T.text(), { required: true, width: 30 }),
    person("接待人", "Received by", { required: true }),
    col("接待地点", "Reception venue", T.text()),
    col("涉及部门", "Departments involved", T.list(), { departmentList: true }),
    person("联络员", "Liaison"),
    col("当场解决", "Resolved on the spot", T.bool()),
    col("答复时限", "Reply due", T.date()),
    col("实际答复日期", "Replied on", T.date()),
    col("回访方式", "Follow-up method", T.enumOf(["问卷", "电话", "无"])),
    col("回访结果", "Follow-up result", T.text(), { width: 24 }),
  ],
  rules: [cite(["R61"], liaison), cite(["T16", "R61"], replyDeadline), cite(["T16"], replyLate)],
};
