/**
 * 突发事件登记 (issue 17 §2; an extension to REGISTERS.md, documented in docs/deadlines.md): one row per campus-safety
 * incident with the times of each step of the response chain the sources give in hours (DOMAIN.md T64–T70). The
 * deadlines are computed by src/core/deadlines/incidents.ts; here are the register and its checks: the times are in
 * order, and a closed incident has every step recorded.
 */
import { serialToIsoDateTime, type SerialDateTime } from "../dates";
import type { RegisterTable } from "../table-types";
import { parseDateTime } from "../values";
import { T, at, col, dateOrderRule, msg, names, person, present, rule } from "./kit";
import type { RegisterDef, RuleFinding } from "./types";

/** The steps a closed incident must have recorded (T64 contact, T65 report, T66 plan, T68 control). */
export const INCIDENT_STEPS: readonly string[] = ["联系时间", "上报时间", "方案时间", "控制时间"];

/** 进展记录: the progress reports' times, in the order written, and the entries that are not a date-time. */
export function progressTimes(t: RegisterTable, i: number): { times: SerialDateTime[]; unreadable: string[] } {
  const times: SerialDateTime[] = [];
  const unreadable: string[] = [];
  for (const entry of t.list("进展记录", i)) {
    const p = parseDateTime(entry);
    if (p.kind === "ok") times.push(p.value);
    else unreadable.push(entry);
  }
  return { times, unreadable };
}

const shown = (dt: SerialDateTime): string => serialToIsoDateTime(dt).replace("T", " ");

const steps = rule(
  "incident-steps",
  "error",
  {
    default: msg(
      "事件已结束（{end}），但未记录{col}：每一步都须登记时间",
      "The incident is closed ({end}) but {col} is not recorded: every step needs its time",
    ),
    review: msg(
      "{col}（{value}）早于结束时间（{end}）：复盘在事件结束后进行",
      "{col} ({value}) is before the end of the incident ({end}); the review follows the closure",
    ),
  },
  (t, i, ctx) => {
    const end = t.dateTime("结束时间", i);
    if (end === null) return null;
    const out: RuleFinding[] = [];
    for (const h of INCIDENT_STEPS)
      if (!present(t, h, i)) out.push({ column: h, params: { col: names(t, [h], ctx.lang), end: shown(end) } });
    const review = t.date("复盘日期", i);
    if (review !== null && review < Math.floor(end)) out.push(at(t, "复盘日期", i, ctx, { end: shown(end) }, "review"));
    return out.length > 0 ? out : null;
  },
);

const progress = rule(
  "incident-progress",
  "error",
  {
    default: msg(
      "{col}中的“{entry}”不是日期时间：每次进展报告写一个时间，如 2026-12-01 14:00，用顿号分隔",
      "“{entry}” in {col} is not a date-time: write one time per progress report, e.g. 2026-12-01 14:00, separated by 、",
    ),
    before: msg(
      "{col}中的 {entry} 早于发生时间（{start}）",
      "{entry} in {col} is before the incident occurred ({start})",
    ),
    after: msg("{col}中的 {entry} 晚于结束时间（{end}）", "{entry} in {col} is after the incident ended ({end})"),
    order: msg(
      "{col}中的 {entry} 早于前一次进展（{previous}）：请按时间先后填写",
      "{entry} in {col} is before the previous report ({previous}); write them in time order",
    ),
  },
  (t, i, ctx) => {
    if (!present(t, "进展记录", i)) return null;
    const col = names(t, ["进展记录"], ctx.lang);
    const { times, unreadable } = progressTimes(t, i);
    const out: RuleFinding[] = unreadable.map((entry) => ({ column: "进展记录", params: { col, entry } }));
    const start = t.dateTime("发生时间", i);
    const end = t.dateTime("结束时间", i);
    let previous: SerialDateTime | null = null;
    for (const time of times) {
      const entry = shown(time);
      if (start !== null && time < start)
        out.push({ column: "进展记录", params: { col, entry, start: shown(start) }, messageKey: "before" });
      if (end !== null && time > end)
        out.push({ column: "进展记录", params: { col, entry, end: shown(end) }, messageKey: "after" });
      if (previous !== null && time < previous)
        out.push({ column: "进展记录", params: { col, entry, previous: shown(previous) }, messageKey: "order" });
      previous = time;
    }
    return out.length > 0 ? out : null;
  },
);

/** Every step happens after the incident and before its end (row/date-order, to the minute). */
const order = dateOrderRule(
  INCIDENT_STEPS.map((h) => ["发生时间", h, "结束时间"]),
  (t, h, i) => t.dateTime(h, i),
);

export const incidents: RegisterDef = {
  id: "incidents",
  sheet: "突发事件登记",
  en: "Incidents",
  tableName: "Incidents",
  key: ["事件编号"],
  columns: [
    col("事件编号", "Incident no.", T.text(), { unique: true }),
    col("事件概要", "Summary", T.text(), { synonyms: ["事件名称", "事件"], width: 30 }),
    col("发生时间", "Occurred at", T.datetime(), { required: true, synonyms: ["发现时间"] }),
    col(
      "级别",
      "Level",
      T.enumOf(["一般", "较大", "重大", "特别重大"], { Ⅳ级: "一般", Ⅲ级: "较大", Ⅱ级: "重大", Ⅰ级: "特别重大" }),
    ),
    person("负责人", "Person in charge", { required: true }),
    col("联系时间", "Contacted at", T.datetime(), { synonyms: ["电话联系时间"] }),
    col("上报时间", "Reported at", T.datetime(), { synonyms: ["报告时间"] }),
    col("方案时间", "Plan at", T.datetime(), { synonyms: ["应急方案时间"] }),
    col("控制时间", "Controlled at", T.datetime()),
    col("进展记录", "Progress reports", T.list(), {
      width: 34,
      prompt: "每次向分管领导报告进展的时间，用顿号分隔，如 2026-12-01 14:00、2026-12-01 18:00",
    }),
    col("结束时间", "Ended at", T.datetime(), { synonyms: ["处置完毕时间"] }),
    col("复盘日期", "Reviewed on", T.date()),
  ],
  rules: [order, steps, progress],
};
