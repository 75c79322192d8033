/** 会议台账: meetings from application and notice to signed, distributed minutes (DOMAIN M1–M5, R15–R24). */
import { T, at, cite, col, isoOf, msg, names, person, present, rule } from "./kit";
import { durationMessage, limitDuration, limitEnd, moveOffDay } from "../limits";
import { serialToIsoDateTime, toEpochMinutes } from "../dates";
import type { RegisterTable } from "../table-types";
import type { RegisterDef, RuleContext, RuleFinding } from "./types";

/** Whether the notice and materials leads apply to the row's meeting type (参数设置 会前提前适用类型; untyped: yes). */
const hasLeads = (t: RegisterTable, i: number, ctx: RuleContext): boolean => {
  const type = t.text("会议类型", i);
  return type === null || ctx.settings.list("会前提前适用类型").includes(type);
};

const noticeLead = rule(
  "notice-lead",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：会议通知应至少提前 {lead}，即不晚于 {deadline}",
      "{col} ({value}) is too late: the notice must go out at least {lead} ahead, by {deadline}",
    ),
  },
  (t, i, ctx) => {
    const meeting = t.date("会议日期", i);
    const sent = t.date("通知发送日期", i);
    if (meeting === null || sent === null || !hasLeads(t, i, ctx)) return null;
    const lead = limitDuration(ctx.settings, "会议通知提前(工作日)");
    const deadline =
      lead.unit === "workdays"
        ? ctx.calendar.addWorkdays(meeting, -lead.amount)
        : moveOffDay(ctx.calendar, ctx.settings, meeting - lead.amount, lead.unit, "before");
    return sent > deadline
      ? [at(t, "通知发送日期", i, ctx, { lead: durationMessage(lead), deadline: isoOf(deadline) })]
      : null;
  },
);

const phoneConfirm = rule(
  "phone-confirm",
  "warning",
  {
    default: msg(
      "重要会议须电话确认：{col}应为“是”",
      "An important meeting needs phone confirmation: {col} should be 是 (yes)",
    ),
  },
  (t, i, ctx) =>
    t.bool("重要会议", i) === true && t.bool("电话确认", i) !== true ? [at(t, "电话确认", i, ctx)] : null,
);

const materialsLead = rule(
  "materials-lead",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：会议资料应至少提前 {lead}分发，即不晚于 {deadline}",
      "{col} ({value}) is too late: materials must be distributed at least {lead} ahead, by {deadline}",
    ),
  },
  (t, i, ctx) => {
    const meeting = t.date("会议日期", i);
    const sent = t.date("资料分发日期", i);
    if (meeting === null || sent === null || !hasLeads(t, i, ctx)) return null;
    const lead = limitDuration(ctx.settings, "会议资料提前(天)");
    const deadline =
      lead.unit === "workdays"
        ? ctx.calendar.addWorkdays(meeting, -lead.amount)
        : moveOffDay(ctx.calendar, ctx.settings, meeting - lead.amount, lead.unit, "before");
    return sent > deadline
      ? [at(t, "资料分发日期", i, ctx, { lead: durationMessage(lead), deadline: isoOf(deadline) })]
      : null;
  },
);

const minutesDraft = rule(
  "minutes-draft",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：纪要初稿应在会后 {limit}内完成，即不晚于 {deadline}",
      "{col} ({value}) is late: the draft minutes are due within {limit} of the meeting, by {deadline}",
    ),
  },
  (t, i, ctx) => {
    const meeting = t.date("会议日期", i);
    const draft = t.date("纪要初稿日期", i);
    if (meeting === null || draft === null) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "纪要初稿时限(工作日)", meeting);
    if (due === null || draft <= Math.floor(due.end)) return null;
    return [at(t, "纪要初稿日期", i, ctx, { limit: durationMessage(due.limit), deadline: isoOf(due.end) })];
  },
);

const minutesReview = rule(
  "minutes-review",
  "error",
  {
    default: msg(
      "纪要分发前须经审核：已填{col}（{value}）但缺少纪要审核日期",
      "Minutes are distributed only after review: {col} ({value}) is set but 纪要审核日期 (review date) is missing",
    ),
    late: msg(
      "{col}（{value}）早于纪要审核日期（{review}）：纪要须先审核后分发",
      "{col} ({value}) is before the review date ({review}); minutes must be reviewed first",
    ),
  },
  (t, i, ctx) => {
    const dist = t.date("纪要分发日期", i);
    if (dist === null) return null;
    const review = t.date("纪要审核日期", i);
    // An unreadable review date is reported as cell/type; only a blank one breaks this rule.
    if (review === null) return present(t, "纪要审核日期", i) ? null : [at(t, "纪要分发日期", i, ctx)];
    return review > dist ? [at(t, "纪要分发日期", i, ctx, { review: isoOf(review) }, "late")] : null;
  },
);

const MAX_MINUTES = 120;
const duration = rule(
  "duration",
  "warning",
  {
    default: msg("会议时长 {minutes} 分钟，超过 2 小时", "The meeting lasts {minutes} minutes, more than 2 hours"),
    reversed: msg("{col}（{value}）早于开始时间", "{col} ({value}) is before the start time"),
  },
  (t, i, ctx) => {
    const start = t.number("开始时间", i);
    const end = t.number("结束时间", i);
    if (start === null || end === null) return null;
    const minutes = Math.round((end - start) * 1440);
    if (minutes < 0) return [at(t, "结束时间", i, ctx, {}, "reversed")];
    return minutes > MAX_MINUTES ? [at(t, "结束时间", i, ctx, { minutes })] : null;
  },
);

/** The last day a step may happen before the meeting: WORKDAY(会议日期, −n), or n calendar days moved off a day off. */
function leadDeadline(meeting: number, key: string, ctx: RuleContext) {
  const lead = limitDuration(ctx.settings, key);
  const deadline =
    lead.unit === "workdays"
      ? ctx.calendar.addWorkdays(meeting, -lead.amount)
      : moveOffDay(ctx.calendar, ctx.settings, meeting - lead.amount, lead.unit, "before");
  return { lead, deadline };
}

/** T30 / R18: the meeting application (会议申请表) goes in at least 会议申请提前 working days before the meeting. */
const applicationLead = rule(
  "application-lead",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：会议申请应至少提前 {lead}提交，即不晚于 {deadline}",
      "{col} ({value}) is too late: the meeting application is due at least {lead} ahead, by {deadline}",
    ),
  },
  (t, i, ctx) => {
    const meeting = t.date("会议日期", i);
    const applied = t.date("申请日期", i);
    if (meeting === null || applied === null || !hasLeads(t, i, ctx)) return null;
    const { lead, deadline } = leadDeadline(meeting, "会议申请提前(工作日)", ctx);
    return applied > deadline
      ? [at(t, "申请日期", i, ctx, { lead: durationMessage(lead), deadline: isoOf(deadline) })]
      : null;
  },
);

/**
 * T33 / R20: an important meeting's venue is rehearsed 会议预演提前 days before (default the day before). A rehearsal
 * date is judged for any meeting; a missing one only for an important meeting already held (before, the deadline list
 * reminds). Checked only where the sheet has the 预演日期 column (an extension to REGISTERS.md).
 */
const rehearsal = rule(
  "rehearsal",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：会场预演应至少提前 {lead}，即不晚于 {deadline}",
      "{col} ({value}) is too late: the venue rehearsal is due at least {lead} ahead, by {deadline}",
    ),
    missing: msg(
      "重要会议须在会前预演：{meeting}的会议未填写{col}",
      "An important meeting is rehearsed beforehand: the meeting of {meeting} has no {col}",
    ),
  },
  (t, i, ctx) => {
    if (!t.has("预演日期")) return null;
    const meeting = t.date("会议日期", i);
    if (meeting === null || t.text("状态", i) === "已取消") return null;
    const done = t.date("预演日期", i);
    if (done === null) {
      if (present(t, "预演日期", i) || t.bool("重要会议", i) !== true || meeting >= ctx.asOf) return null;
      return [
        {
          column: "预演日期",
          params: { col: names(t, ["预演日期"], ctx.lang), meeting: isoOf(meeting) },
          messageKey: "missing",
        },
      ];
    }
    const { lead, deadline } = leadDeadline(meeting, "会议预演提前(天)", ctx);
    return done > deadline
      ? [at(t, "预演日期", i, ctx, { lead: durationMessage(lead), deadline: isoOf(deadline) })]
      : null;
  },
);

/** The moment a meeting ended: 会议日期 + 结束时间, or the end of the meeting day when no end time is given. */
export function meetingEnd(t: RegisterTable, i: number): number | null {
  const day = t.date("会议日期", i);
  if (day === null) return null;
  const end = t.has("结束时间") ? t.number("结束时间", i) : null;
  return day + (end !== null && end >= 0 && end < 1 ? end : 1439 / 1440);
}

/** T37 / R22: the chair signs the minutes within 纪要签字时限 (default 24 clock hours) of the meeting's end. */
const minutesSigned = rule(
  "minutes-signed",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：纪要应在会议结束后 {limit}内由主持人签字，即不晚于 {deadline}",
      "{col} ({value}) is late: the chair signs the minutes within {limit} of the meeting's end, by {deadline}",
    ),
  },
  (t, i, ctx) => {
    const signed = t.dateTime("纪要签字时间", i);
    const end = meetingEnd(t, i);
    if (signed === null || end === null) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "纪要签字时限(小时)", end);
    if (due === null) return null;
    const hourLimit = due.limit.unit === "hours" || due.limit.unit === "workhours";
    const late = hourLimit
      ? toEpochMinutes(signed) > toEpochMinutes(due.end)
      : Math.floor(signed) > Math.floor(due.end);
    if (!late) return null;
    const deadline = hourLimit ? serialToIsoDateTime(due.end).replace("T", " ") : isoOf(due.end);
    return [at(t, "纪要签字时间", i, ctx, { limit: durationMessage(due.limit), deadline })];
  },
);

/** R15: a sent notice states the venue, the attendees and the agenda (columns the sheet has). */
const NOTICE_CONTENTS = ["地点", "参会人员", "会议议程"] as const;
const noticeContents = rule(
  "notice-contents",
  "warning",
  { default: msg("已发会议通知应写明{col}", "A meeting notice that went out must state {col}") },
  (t, i, ctx) => {
    if (!present(t, "通知发送日期", i) || t.text("状态", i) === "已取消") return null;
    let out: RuleFinding[] | null = null;
    for (const h of NOTICE_CONTENTS)
      if (t.has(h) && !present(t, h, i)) (out ??= []).push({ column: h, params: { col: names(t, [h], ctx.lang) } });
    return out;
  },
);

export const meetings: RegisterDef = {
  id: "meetings",
  sheet: "会议台账",
  en: "Meetings",
  tableName: "Meetings",
  key: ["会议编号"],
  columns: [
    col("会议编号", "Meeting no.", T.text(), { required: true, unique: true }),
    col("会议主题", "Subject", T.text(), { required: true, synonyms: ["会议名称"], width: 30 }),
    col(
      "会议类型",
      "Meeting type",
      T.enumOf(["部门周会", "月度总结会", "专题会议", "跨部门协调会", "监督会议", "其他"]),
      { width: 13 },
    ),
    col("会议日期", "Meeting date", T.date(), { required: true }),
    col("开始时间", "Start time", T.time()),
    col("结束时间", "End time", T.time()),
    col("地点", "Venue", T.text()),
    person("主持人", "Chair", { required: true }),
    person("记录人", "Minute-taker"),
    col("参会人员", "Attendees", T.list(), { width: 30 }),
    col("重要会议", "Important", T.bool()),
    col("通知发送日期", "Notice sent on", T.date()),
    col("电话确认", "Phone confirmed", T.bool()),
    col("资料分发日期", "Materials sent on", T.date()),
    col("纪要初稿日期", "Draft minutes on", T.date()),
    col("纪要审核日期", "Minutes reviewed on", T.date()),
    col("纪要分发日期", "Minutes sent on", T.date()),
    col("状态", "Status", T.enumOf(["筹备中", "已通知", "已召开", "纪要已分发", "已取消"])),
    // Extensions to REGISTERS.md (issue 17, docs/deadlines.md): optional, so sheets without them are still recognised.
    col("申请日期", "Applied on", T.date(), { synonyms: ["会议申请日期", "申请提交日期"] }),
    col("预演日期", "Rehearsed on", T.date(), { synonyms: ["彩排日期", "会场预演日期"] }),
    col("会议议程", "Agenda", T.text(), { synonyms: ["议程"], width: 30 }),
    col("纪要签字时间", "Minutes signed at", T.datetime(), { synonyms: ["纪要签发时间", "主持人签字时间"] }),
  ],
  rules: [
    cite(["T31", "R16"], noticeLead),
    cite(["R17"], phoneConfirm),
    cite(["T34", "R19"], materialsLead),
    cite(["T36", "R22"], minutesDraft),
    cite(["R24"], minutesReview),
    cite(["T35", "R21"], duration),
    cite(["T30", "R18"], applicationLead),
    cite(["T33", "R20"], rehearsal),
    cite(["T37", "R22"], minutesSigned),
    cite(["R15"], noticeContents),
  ],
};
