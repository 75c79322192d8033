/** 信息发布记录: information released by the office, reviewed before release and within its priority's time limit (DOMAIN C3/C4, R57). */
import { T, at, col, isoOf, msg, names, person, present, rule } from "./kit";
import type { RegisterDef } from "./types";

const review = rule(
  "review",
  "error",
  { default: msg("已发布的信息须经审核：缺少{col}", "Released information must be reviewed first: {col} is missing") },
  (t, i, ctx) => (present(t, "发布时间", i) && !present(t, "审核人", i) ? [{ column: "审核人", params: { col: names(t, ["审核人"], ctx.lang) } }] : null)
);

const withinHours = (id: string, priority: string, hours: number) =>
  rule(
    id,
    "warning",
    {
      default: msg(
        `“${priority}”信息应在产生后 ${hours} 小时内发布：{col}（{value}）晚了 {late} 小时`,
        `“${priority}” information must be released within ${hours} hours: {col} ({value}) is {late} hours late`
      ),
    },
    (t, i, ctx) => {
      if (t.text("优先级", i) !== priority) return null;
      const created = t.dateTime("产生时间", i);
      const released = t.dateTime("发布时间", i);
      if (created === null || released === null) return null;
      const minutes = Math.round((released - created) * 1440);
      return minutes > hours * 60 ? [at(t, "发布时间", i, ctx, { late: Math.round((minutes - hours * 60) / 6) / 10 })] : null;
    }
  );

const LONG_NOTICE_LEAD_DAYS = 3;
const longNotice = rule(
  "long-notice",
  "warning",
  {
    default: msg(
      "长期通知应在生效日期前至少 3 天发布（不晚于 {deadline}）：{col}为 {value}",
      "A standing notice must be released at least 3 days before it takes effect (by {deadline}): {col} is {value}"
    ),
  },
  (t, i, ctx) => {
    if (t.text("优先级", i) !== "长期通知") return null;
    const released = t.dateTime("发布时间", i);
    const effective = t.date("生效日期", i);
    if (released === null || effective === null) return null;
    const deadline = effective - LONG_NOTICE_LEAD_DAYS;
    return Math.floor(released) > deadline ? [at(t, "发布时间", i, ctx, { deadline: isoOf(deadline) })] : null;
  }
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
  ],
  rules: [review, withinHours("urgent-limit", "紧急", 2), withinHours("routine-limit", "常规", 24), longNotice],
};
