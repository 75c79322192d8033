/** 发文登记簿: outgoing documents from application through approval, drafting, proofreading and issue (DOMAIN D4–D8). */
import { T, at, cite, col, dateOrderRule, dept, msg, names, person, present, rule } from "./kit";
import type { RegisterDef, RuleFinding } from "./types";
import type { RegisterTable } from "../table-types";

const ISSUED = new Set(["已印发", "已归档"]);

/** A document counts as issued once it has an issue date or an issued/filed status. */
function issued(t: RegisterTable, i: number): boolean {
  if (present(t, "印发日期", i)) return true;
  const s = t.text("状态", i);
  return s !== null && ISSUED.has(s);
}

const needsForIssue = (id: string, headers: readonly string[], zhWhat: string, enWhat: string) =>
  rule(
    id,
    "error",
    { default: msg(`已印发的文件须有${zhWhat}：缺少{col}`, `An issued document needs ${enWhat}: {col} is missing`) },
    (t, i, ctx) => {
      if (!issued(t, i)) return null;
      const out: RuleFinding[] = [];
      for (const h of headers) if (!present(t, h, i)) out.push({ column: h, params: { col: names(t, [h], ctx.lang) } });
      return out.length ? out : null;
    },
  );

const proofreaders = rule(
  "proofreaders",
  "error",
  {
    default: msg(
      "已印发的文件须有两名校对人：缺少{col}",
      "An issued document needs two proofreaders: {col} is missing",
    ),
    same: msg(
      "{col}（{value}）与校对人1相同，须由两名不同的人校对",
      "{col} ({value}) is the same person as proofreader 1; two different people must proofread",
    ),
  },
  (t, i, ctx) => {
    if (!issued(t, i)) return null;
    const out: RuleFinding[] = [];
    for (const h of ["校对人1", "校对人2"])
      if (!present(t, h, i)) out.push({ column: h, params: { col: names(t, [h], ctx.lang) } });
    if (out.length) return out;
    const a = t.text("校对人1", i);
    const b = t.text("校对人2", i);
    return a !== null && a === b ? [at(t, "校对人2", i, ctx, {}, "same")] : null;
  },
);

/**
 * R13: the school seal goes on before issue, and the issue leaves a distribution record (发放记录表). Checked where
 * the sheet has the columns (extensions to REGISTERS.md), so older registers are not flagged for what they never had.
 */
const sealAndDistribution = rule(
  "seal-and-distribution",
  "error",
  {
    default: msg(
      "已印发的文件须有发放记录：缺少{col}",
      "An issued document needs its distribution record: {col} is missing",
    ),
    seal: msg(
      "已印发的文件须先加盖学校公章：{col}应为“是”",
      "An issued document carries the school seal: {col} must be 是 (yes)",
    ),
  },
  (t, i, ctx) => {
    if (!issued(t, i)) return null;
    const out: RuleFinding[] = [];
    if (t.has("盖章") && t.bool("盖章", i) !== true) out.push(at(t, "盖章", i, ctx, {}, "seal"));
    if (t.has("发放记录") && !present(t, "发放记录", i))
      out.push({ column: "发放记录", params: { col: names(t, ["发放记录"], ctx.lang) } });
    return out.length ? out : null;
  },
);

export const outgoingDocuments: RegisterDef = {
  id: "outgoing-documents",
  sheet: "发文登记簿",
  en: "Outgoing documents",
  tableName: "OutgoingDocuments",
  key: ["发文编号"],
  columns: [
    col("发文编号", "Outgoing no.", T.text(), { required: true, unique: true }),
    col("发文字号", "Document ref.", T.text(), { width: 16 }),
    col("文件标题", "Title", T.text(200), { required: true, width: 40 }),
    dept("申请部门", "Requesting dept.", { required: true }),
    col("申请日期", "Requested on", T.date(), { required: true }),
    col("紧急程度", "Urgency", T.enumOf(["特急", "加急", "一般"])),
    col("密级", "Classification", T.enumSetting("密级列表"), { required: true }),
    person("审批人", "Approved by"),
    col("审批日期", "Approved on", T.date()),
    person("起草人", "Drafted by"),
    person("审核人", "Reviewed by"),
    person("校对人1", "Proofreader 1"),
    person("校对人2", "Proofreader 2"),
    col("印发日期", "Issued on", T.date()),
    col("份数", "Copies", T.int(1, 9999)),
    col("发放范围", "Distribution", T.text(), { width: 24 }),
    col("通知日期", "Notified on", T.date()),
    col("状态", "Status", T.enumOf(["申请中", "已审批", "起草中", "校对中", "已印发", "已归档"])),
    col("归档日期", "Filed on", T.date()),
    // Extensions to REGISTERS.md (issue 17, R13): optional columns.
    col("盖章", "Sealed", T.bool(), { synonyms: ["已盖章", "加盖公章", "公章"] }),
    col("发放记录", "Distribution record", T.text(), { synonyms: ["发放记录表", "发放登记"], width: 24 }),
  ],
  rules: [
    cite(["R14"], dateOrderRule([["申请日期", "审批日期", "印发日期", "通知日期", "归档日期"]])),
    cite(["R09"], needsForIssue("approval-before-issue", ["审批人", "审批日期"], "审批", "an approval")),
    cite(["R12"], proofreaders),
    cite(["R11"], needsForIssue("review-before-issue", ["审核人"], "审核人", "a reviewer")),
    cite(["R13"], sealAndDistribution),
  ],
};
