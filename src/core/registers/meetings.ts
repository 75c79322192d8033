/** 会议台账: meetings from notice to distributed minutes (DOMAIN M2–M5, R16–R24). */
import { T, at, col, isoOf, msg, person, present, rule } from "./kit";
import { durationMessage, limitDuration, limitEnd, moveOffDay } from "../limits";
import type { RegisterTable } from "../table-types";
import type { RegisterDef, RuleContext } from "./types";

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
      "{col} ({value}) is too late: the notice must go out at least {lead} ahead, by {deadline}"
    ),
  },
  (t, i, ctx) => {
    const meeting = t.date("会议日期", i);
    const sent = t.date("通知发送日期", i);
    if (meeting === null || sent === null || !hasLeads(t, i, ctx)) return null;
    const lead = limitDuration(ctx.settings, "会议通知提前(工作日)");
    const deadline = lead.unit === "workdays" ? ctx.calendar.addWorkdays(meeting, -lead.amount) : moveOffDay(ctx.calendar, ctx.settings, meeting - lead.amount, lead.unit, "before");
    return sent > deadline ? [at(t, "通知发送日期", i, ctx, { lead: durationMessage(lead), deadline: isoOf(deadline) })] : null;
  }
);

const phoneConfirm = rule(
  "phone-confirm",
  "warning",
  { default: msg("重要会议须电话确认：{col}应为“是”", "An important meeting needs phone confirmation: {col} should be 是 (yes)") },
  (t, i, ctx) => (t.bool("重要会议", i) === true && t.bool("电话确认", i) !== true ? [at(t, "电话确认", i, ctx)] : null)
);

const materialsLead = rule(
  "materials-lead",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：会议资料应至少提前 {lead}分发，即不晚于 {deadline}",
      "{col} ({value}) is too late: materials must be distributed at least {lead} ahead, by {deadline}"
    ),
  },
  (t, i, ctx) => {
    const meeting = t.date("会议日期", i);
    const sent = t.date("资料分发日期", i);
    if (meeting === null || sent === null || !hasLeads(t, i, ctx)) return null;
    const lead = limitDuration(ctx.settings, "会议资料提前(天)");
    const deadline = lead.unit === "workdays" ? ctx.calendar.addWorkdays(meeting, -lead.amount) : moveOffDay(ctx.calendar, ctx.settings, meeting - lead.amount, lead.unit, "before");
    return sent > deadline ? [at(t, "资料分发日期", i, ctx, { lead: durationMessage(lead), deadline: isoOf(deadline) })] : null;
  }
);

const minutesDraft = rule(
  "minutes-draft",
  "warning",
  {
    default: msg(
      "{col}（{value}）太晚：纪要初稿应在会后 {limit}内完成，即不晚于 {deadline}",
      "{col} ({value}) is late: the draft minutes are due within {limit} of the meeting, by {deadline}"
    ),
  },
  (t, i, ctx) => {
    const meeting = t.date("会议日期", i);
    const draft = t.date("纪要初稿日期", i);
    if (meeting === null || draft === null) return null;
    const due = limitEnd(ctx.calendar, ctx.settings, "纪要初稿时限(工作日)", meeting);
    if (due === null || draft <= Math.floor(due.end)) return null;
    return [at(t, "纪要初稿日期", i, ctx, { limit: durationMessage(due.limit), deadline: isoOf(due.end) })];
  }
);

const minutesReview = rule(
  "minutes-review",
  "error",
  {
    default: msg("纪要分发前须经审核：已填{col}（{value}）但缺少纪要审核日期", "Minutes are distributed only after review: {col} ({value}) is set but 纪要审核日期 (review date) is missing"),
    late: msg("{col}（{value}）早于纪要审核日期（{review}）：纪要须先审核后分发", "{col} ({value}) is before the review date ({review}); minutes must be reviewed first"),
  },
  (t, i, ctx) => {
    const dist = t.date("纪要分发日期", i);
    if (dist === null) return null;
    const review = t.date("纪要审核日期", i);
    // An unreadable review date is reported as cell/type; only a blank one breaks this rule.
    if (review === null) return present(t, "纪要审核日期", i) ? null : [at(t, "纪要分发日期", i, ctx)];
    return review > dist ? [at(t, "纪要分发日期", i, ctx, { review: isoOf(review) }, "late")] : null;
  }
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
  }
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
    col("会议类型", "Meeting type", T.enumOf(["部门周会", "月度总结会", "专题会议", "跨部门协调会", "监督会议", "其他"]), { width: 13 }),
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
  ],
  rules: [noticeLead, phoneConfirm, materialsLead, minutesDraft, minutesReview, duration],
};
