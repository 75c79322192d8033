/** 投诉与意见登记: complaints and suggestions with their response limits in hours and working days (DOMAIN Q3/Q10, R47, R49). */
import { T, at, cite, col, dateOrderRule, isoOf, msg, person, rule } from "./kit";
import { durationMessage, limitEnd } from "../limits";
import { serialToIsoDateTime, toEpochMinutes } from "../dates";
import type { Lifecycle, RegisterDef } from "./types";

/** A complaint or suggestion is closed when 是否解决 = 是; blank means not yet (K13), 否 is open. */
export const FEEDBACK_LIFECYCLE: Lifecycle = {
  column: "是否解决",
  kind: "bool",
  states: [
    { value: "否", phase: "open", en: "Unresolved" },
    { value: "是", phase: "closed", en: "Resolved" },
  ],
  blank: "open",
  transitions: { 否: ["是"], 是: ["否"] },
};

const COMPLAINT = "投诉类";

const hoursLimit = (id: string, header: string, key: string, zhWhat: string, enWhat: string) =>
  rule(
    id,
    "warning",
    {
      default: msg(
        `{col}（{value}）距接收时间 {hours} 小时，超过投诉${zhWhat}时限 {limit}（{deadline}）`,
        `{col} ({value}) is {hours} hours after receipt, beyond the complaint ${enWhat} limit of {limit} ({deadline})`,
      ),
    },
    (t, i, ctx) => {
      if (t.text("类别", i) !== COMPLAINT) return null;
      const received = t.dateTime("接收时间", i);
      const done = t.dateTime(header, i);
      if (received === null || done === null) return null;
      const due = limitEnd(ctx.calendar, ctx.settings, key, received);
      if (due === null || toEpochMinutes(done) <= toEpochMinutes(due.end)) return null;
      const minutes = Math.round((done - received) * 1440);
      const deadline = serialToIsoDateTime(due.end).replace("T", " ");
      return [
        at(t, header, i, ctx, { hours: Math.round(minutes / 6) / 10, limit: durationMessage(due.limit), deadline }),
      ];
    },
  );

const feedbackReply = rule(
  "feedback-reply",
  "warning",
  {
    default: msg(
      "{col}（{value}）晚于反馈时限：接收后 {limit}内（{deadline}）应反馈",
      "{col} ({value}) is late: a reply is due within {limit} of receipt ({deadline})",
    ),
  },
  (t, i, ctx) => {
    const kind = t.text("类别", i);
    if (kind !== "建议类" && kind !== "咨询类") return null;
    const received = t.dateTime("接收时间", i);
    const replied = t.dateTime("结果反馈时间", i);
    if (received === null || replied === null) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "意见反馈时限(工作日)", received);
    if (due === null) return null;
    const hourLimit = due.limit.unit === "hours" || due.limit.unit === "workhours";
    const late = hourLimit
      ? toEpochMinutes(replied) > toEpochMinutes(due.end)
      : Math.floor(replied) > Math.floor(due.end);
    const deadline = hourLimit ? serialToIsoDateTime(due.end).replace("T", " ") : isoOf(due.end);
    return late ? [at(t, "结果反馈时间", i, ctx, { limit: durationMessage(due.limit), deadline })] : null;
  },
);

/** T53 / R48: a suggestion or enquiry gets a first response within 初步响应时限 (default 48 clock hours) of receipt. */
const initialResponse = rule(
  "initial-response",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：意见接收后应在 {limit}内初步响应，即不晚于 {deadline}",
      "{col} ({value}) is late: a first response is due within {limit} of receipt, by {deadline}",
    ),
  },
  (t, i, ctx) => {
    if (t.text("类别", i) === COMPLAINT) return null;
    const received = t.dateTime("接收时间", i);
    const answered = t.dateTime("初步响应时间", i);
    if (received === null || answered === null) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "初步响应时限(小时)", received);
    if (due === null) return null;
    const hourLimit = due.limit.unit === "hours" || due.limit.unit === "workhours";
    const late = hourLimit
      ? toEpochMinutes(answered) > toEpochMinutes(due.end)
      : Math.floor(answered) > Math.floor(due.end);
    if (!late) return null;
    const deadline = hourLimit ? serialToIsoDateTime(due.end).replace("T", " ") : isoOf(due.end);
    return [at(t, "初步响应时间", i, ctx, { limit: durationMessage(due.limit), deadline })];
  },
);

export const feedback: RegisterDef = {
  id: "feedback",
  sheet: "投诉与意见登记",
  lifecycle: FEEDBACK_LIFECYCLE,
  en: "Complaints and feedback",
  tableName: "Feedback",
  key: ["编号"],
  columns: [
    col("编号", "No.", T.text(), { required: true, unique: true }),
    col("接收时间", "Received at", T.datetime(), { required: true }),
    col("渠道", "Channel", T.enumOf(["意见箱", "电话", "邮箱", "公众号", "线上表单", "当面", "其他"])),
    col("类别", "Category", T.enumOf(["建议类", "投诉类", "咨询类"]), { required: true }),
    col("内容", "Content", T.text(), { required: true, width: 40 }),
    col("反映人", "Raised by", T.text(), { personal: true, source: ["R64"] }),
    col("联系方式", "Contact", T.text(), { personal: true, source: ["R64"] }),
    person("责任人", "Owner"),
    col("核实联系时间", "Contacted at", T.datetime()),
    col("结果反馈时间", "Replied at", T.datetime()),
    col("处理结果", "Outcome", T.text(), { width: 24 }),
    col("是否解决", "Resolved", T.bool()),
    col("是否属实", "Substantiated", T.bool()),
    // Extensions to REGISTERS.md (issue 17): optional columns. 受理范围 is 001's problem-feedback scope (R48, "等": 其他).
    col("受理范围", "Scope", T.enumOf(["流程不便", "服务疑问", "系统故障", "其他"]), {
      synonyms: ["问题范围", "反馈范围"],
      source: ["R48"],
    }),
    col("初步响应时间", "First response at", T.datetime(), { synonyms: ["首次响应时间", "初步答复时间"] }),
  ],
  rules: [
    dateOrderRule(
      [
        ["接收时间", "核实联系时间", "结果反馈时间"],
        ["接收时间", "初步响应时间"],
      ],
      (t, h, i) => t.dateTime(h, i),
    ),
    cite(["T56", "R49"], hoursLimit("complaint-contact", "核实联系时间", "投诉核实时限(小时)", "核实", "contact")),
    cite(["T57", "R49"], hoursLimit("complaint-result", "结果反馈时间", "投诉反馈时限(小时)", "反馈", "reply")),
    cite(["T54", "R47"], feedbackReply),
    cite(["T53", "R48"], initialResponse),
  ],
  source: ["R47"],
};
