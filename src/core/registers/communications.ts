/** 信息发布记录: information released by the office, reviewed before release and within its priority's time limit (DOMAIN C3/C4, R57). */
import { T, at, cite, col, isoOf, msg, names, person, present, rule } from "./kit";
import type { RegisterDef } from "./types";

const review = rule(
  "review",
  "error",
  { default: msg("已发布的信息须经审核：缺少{col}", "Released information must be reviewed first: {col} is missing") },
  (t, i, ctx) =>
    present(t, "发布时间", i) && !present(t, "审核人", i)
      ? [{ column: "审核人", params: { col: names(t, ["审核人"], ctx.lang) } }]
      : null,
);

const withinHours = (id: string, priority: string, hours: number) =>
  rule(
    id,
    "warning",
    {
      default: msg(
        `“${priority}”信息应在产生后 ${hours} 小时内发布：{col}（{value}）晚了 {late} 小时`,
        `“${priority}” information must be released within ${hours} hours: {col} ({value}) is {late} hours late`,
      ),
    },
    (t, i, ctx) => {
      if (t.text("优先级", i) !== priority) return null;
      const created = t.dateTime("产生时间", i);
      const released = t.dateTime("发布时间", i);
      if (created === null || released === null) return null;
      const minutes = Math.round((released - created) * 1440);
      return minutes > hours * 60
        ? [at(t, "发布时间", i, ctx, { late: Math.round((minutes - hours * 60) / 6) / 10 })]
        : null;
    },
  );

const LONG_NOTICE_LEAD_DAYS = 3;
const longNotice = rule(
  "long-notice",
  "warning",
  {
    default: msg(
      "长期通知应在生效日期前至少 3 天发布（不晚于 {deadline}）：{col}为 {value}",
      "A standing notice must be released at least 3 days before it takes effect (by {deadline}): {col} is {value}",
    ),
  },
  (t, i, ctx) => {
    if (t.text("优先级", i) !== "长期通知") return null;
    const released = t.dateTime("发布时间", i);
    const effective = t.date("生效日期", i);
    if (released === null || effective === null) return null;
    const deadline = effective - LONG_NOTICE_LEAD_DAYS;
    return Math.floor(released) > deadline ? [at(t, "发布时间", i, ctx, { deadline: isoOf(deadline) })] : null;
  },
);

/** R58: 000 L29's e-mail subject 【YYYY年M月】主题, e.g. 【2023年10月】XX项目进度更新 (months without a leading zero). */
export const MAIL_SUBJECT = /^【\d{4}年(?:[1-9]|1[0-2])月】\s*\S/;
const mailSubject = rule(
  "mail-subject",
  "warning",
  {
    default: msg(
      "{col}（{value}）不合格式：邮件主题应以“【YYYY年M月】”开头并写明主题，如“【2023年10月】XX项目进度更新”",
      "{col} ({value}) does not follow the pattern: an e-mail subject starts with 【YYYY年M月】 and names the topic, e.g. 【2023年10月】XX项目进度更新",
    ),
  },
  (t, i, ctx) => {
    const subject = t.text("邮件主题", i);
    return subject === null || MAIL_SUBJECT.test(subject) ? null : [at(t, "邮件主题", i, ctx)];
  },
);

/** R59: classified information is not published: a 密级 other than 公开 never has a 发布时间. */
const PUBLIC = "公开";
const classifiedRelease = rule(
  "classified-release",
  "error",
  {
    default: msg(
      "密级为“{level}”的信息不得发布：{col}（{value}）应为空，或将密级改为“公开”",
      "Information classified “{level}” is never released: {col} ({value}) must be blank, or the classification 公开 (public)",
    ),
  },
  (t, i, ctx) => {
    const level = t.text("密级", i);
    if (level === null || level === PUBLIC || !present(t, "发布时间", i)) return null;
    return [at(t, "发布时间", i, ctx, { level })];
  },
);

/** R60: an important written matter that asks for 已阅 confirmations has them from everyone it was sent to. */
const readConfirm = rule(
  "read-confirm",
  "warning",
  {
    default: msg(
      "需要“已阅”确认：已阅 {read} 人，应回执 {expected} 人",
      "“已阅” (read) confirmations needed: {read} of {expected} confirmed",
    ),
    count: msg("需要“已阅”确认的信息应填写{col}", "Information needing “已阅” (read) confirmations should give {col}"),
  },
  (t, i, ctx) => {
    if (t.bool("需已阅确认", i) !== true) return null;
    const expected = t.number("应回执人数", i);
    if (expected === null)
      return present(t, "应回执人数", i)
        ? null
        : [{ column: "应回执人数", params: { col: names(t, ["应回执人数"], ctx.lang) }, messageKey: "count" }];
    const read = t.number("已阅人数", i) ?? 0;
    return read < expected ? [at(t, "已阅人数", i, ctx, { read, expected })] : null;
  },
);

export const communications: RegisterDef = {
  id: "communications",
  sheet: "信息发布记录",
  en: "Communications",
  tableName: "Communications",
  key: ["信息编号"],
  columns: [
    col("信息编号", "Message no.", T.text(), { required: true, unique: true }),
    col("信息标题", "Title", T.text(), { required: true, width: 36 }),
    col("优先级", "Priority", T.enumOf(["紧急", "常规", "长期通知"]), { required: true }),
    col("产生时间", "Created at", T.datetime(), { required: true }),
    person("审核人", "Reviewed by"),
    col("发布时间", "Released at", T.datetime()),
    col("生效日期", "Effective from", T.date()),
    col("渠道", "Channels", T.list()),
    col("是否有误", "Erroneous", T.bool()),
    // Extensions to REGISTERS.md (issue 17, R58–R60): optional columns.
    col("密级", "Classification", T.enumSetting("密级列表")),
    col("邮件主题", "E-mail subject", T.text(), { synonyms: ["邮件标题"], width: 36 }),
    col("需已阅确认", "Read receipts needed", T.bool(), { synonyms: ["需回执", "需要已阅确认"] }),
    col("应回执人数", "Receipts expected", T.int(0), { synonyms: ["应阅人数"] }),
    col("已阅人数", "Read receipts", T.int(0), { synonyms: ["回执人数", "已阅确认人数"] }),
  ],
  rules: [
    cite(["R57"], review),
    cite(["T01"], withinHours("urgent-limit", "紧急", 2)),
    cite(["T03", "T04"], withinHours("routine-limit", "常规", 24)),
    cite(["T05"], longNotice),
    cite(["R58"], mailSubject),
    cite(["R59"], classifiedRelease),
    cite(["R60"], readConfirm),
  ],
};
