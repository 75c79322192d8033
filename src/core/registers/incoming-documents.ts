/** 收文登记簿: incoming documents, from registration through circulation to filing (DOMAIN D1/D2). */
import { T, at, cite, col, dateOrderRule, dept, isoOf, msg, names, person, present, rule } from "./kit";
import { durationMessage, isHourLimit, limitEnd } from "../limits";
import { serialToIsoDateTime } from "../dates";
import type { RegisterDef, RuleFinding } from "./types";

const circulationLimit = rule(
  "circulation-limit",
  "warning",
  {
    default: msg(
      "{col}（{value}）晚于传阅时限：传阅开始日期后 {limit}（{deadline}）内应收回",
      "{col} ({value}) is late: documents must be returned within {limit} of the circulation start ({deadline})",
    ),
  },
  (t, i, ctx) => {
    const start = t.date("传阅开始日期", i);
    const back = t.date("收回日期", i);
    if (start === null || back === null) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "传阅时限(工作日)", start);
    if (due === null || back <= Math.floor(due.end)) return null;
    const deadline = isHourLimit(due.limit) ? serialToIsoDateTime(due.end).replace("T", " ") : isoOf(due.end);
    return [at(t, "收回日期", i, ctx, { limit: durationMessage(due.limit), deadline })];
  },
);

const statusNeedsDate = rule(
  "status-needs-date",
  "error",
  {
    default: msg("状态为“{status}”时须填写{col}", "Status “{status}” needs {col}"),
  },
  (t, i, ctx) => {
    const status = t.text("状态", i);
    const missing: string[] = [];
    if (status === "已办结" && !present(t, "办结日期", i)) missing.push("办结日期");
    if (status === "已归档") {
      if (!present(t, "归档日期", i)) missing.push("归档日期");
      if (present(t, "传阅开始日期", i) && !present(t, "收回日期", i)) missing.push("收回日期");
    }
    if (missing.length === 0) return null;
    return missing.map((h): RuleFinding => ({
      column: h,
      params: { status: status as string, col: names(t, [h], ctx.lang) },
    }));
  },
);

/**
 * T17 / R03: a document is registered at once (立即): 登记日期 = 收文日期, or within 收文登记时限 working days when the
 * office allows some (default 0). Checked where the sheet has 登记日期, an extension to REGISTERS.md.
 */
const registerAtOnce = rule(
  "register-at-once",
  "warning",
  {
    default: msg(
      "{col}（{value}）晚于收文日期（{received}）：收到文件后应立即登记",
      "{col} ({value}) is after the date received ({received}): a document is registered at once",
    ),
    limit: msg(
      "{col}（{value}）太晚：收到文件后应在 {limit}内登记，即不晚于 {deadline}",
      "{col} ({value}) is late: a document is registered within {limit} of receipt, by {deadline}",
    ),
  },
  (t, i, ctx) => {
    const received = t.date("收文日期", i);
    const registered = t.date("登记日期", i);
    if (received === null || registered === null || registered <= received) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "收文登记时限(工作日)", received);
    if (due === null || registered <= Math.floor(due.end)) return null;
    if (Math.floor(due.end) === received) return [at(t, "登记日期", i, ctx, { received: isoOf(received) })];
    return [at(t, "登记日期", i, ctx, { limit: durationMessage(due.limit), deadline: isoOf(due.end) }, "limit")];
  },
);

export const incomingDocuments: RegisterDef = {
  id: "incoming-documents",
  sheet: "收文登记簿",
  en: "Incoming documents",
  tableName: "IncomingDocuments",
  key: ["收文编号"],
  columns: [
    col("收文编号", "Incoming no.", T.text(), { required: true, unique: true, synonyms: ["编号", "收文号"] }),
    col("收文日期", "Date received", T.date(), { required: true, synonyms: ["接收日期", "来文日期", "收文时间"] }),
    col("来文单位", "Sender", T.text(), { required: true, synonyms: ["发文单位", "来文机关"], width: 20 }),
    col("来文字号", "Sender's ref.", T.text(), { width: 16 }),
    col("文件标题", "Title", T.text(200), { required: true, synonyms: ["标题", "文件名称"], width: 40 }),
    col("文件类型", "Document type", T.enumOf(["通知", "请示", "报告", "函", "纪要", "决定", "其他"])),
    col("密级", "Classification", T.enumSetting("密级列表"), { required: true }),
    col("紧急程度", "Urgency", T.enumOf(["特急", "加急", "一般"])),
    col("份数", "Copies", T.int(1, 9999), { required: true }),
    dept("办理部门", "Handling dept.", { required: true }),
    person("承办人", "Handled by"),
    col("办理期限", "Due date", T.date()),
    col("传阅开始日期", "Circulation start", T.date()),
    col("收回日期", "Returned on", T.date()),
    col("办结日期", "Completed on", T.date()),
    col("状态", "Status", T.enumOf(["已登记", "传阅中", "办理中", "已办结", "已归档"])),
    col("归档日期", "Filed on", T.date()),
    col("备注", "Remarks", T.text(), { width: 24 }),
    // Extension to REGISTERS.md (issue 17): optional.
    col("登记日期", "Registered on", T.date(), { synonyms: ["登记时间"] }),
  ],
  source: ["R01", "R02", "R05"],
  rules: [
    dateOrderRule([
      ["收文日期", "传阅开始日期", "收回日期"],
      ["收文日期", "办结日期", "归档日期"],
      ["收文日期", "登记日期"],
    ]),
    cite(["R07"], statusNeedsDate),
    cite(["T18", "R06"], circulationLimit),
    cite(["T17", "R03"], registerAtOnce),
  ],
};
