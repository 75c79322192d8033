/**
 * Share KPIs (percent of rows that succeed): K05 stocktake accuracy, K08 training coverage, K09 rectification rate,
 * K10 information error rate, K13 feedback resolution rate. Rows are placed in a period by their end date column;
 * rows without it are not counted.
 */
import { FEEDBACK_LIFECYCLE } from "../registers/feedback";
import { phaseOf } from "../registers/lifecycle";
import { RECTIFICATION_LIFECYCLE } from "../registers/rectifications";
import type { RegisterTable } from "../table-types";
import { msg, isoOrBlank, noData, REGISTER_SHEETS, sourceOf } from "./measure-helpers";
import { inPeriod } from "./periods";
import type { MeasureArgs, Measurement, Offender } from "./types";

interface ShareSpec {
  register: string;
  dateColumn: string;
  /** Rows in the period that belong to the sample at all. */
  include?: (t: RegisterTable, i: number) => boolean;
  /** Whether a sampled row counts towards the numerator. */
  counts: (t: RegisterTable, i: number) => boolean;
  /** Rows that count against the KPI: for higher-is-better shares the rows that fail, for K10 the rows that count. */
  offending: (t: RegisterTable, i: number, counted: boolean) => boolean;
  /** Rows in the sample that cannot be judged yet as of the as-of day: left out and noted (note-pending). */
  pending?: (t: RegisterTable, i: number, args: MeasureArgs) => boolean;
  why: (t: RegisterTable, i: number, args: MeasureArgs) => string;
}

function keyOf(t: RegisterTable, i: number): string | null {
  const header = t.register.key?.[0];
  return header ? t.text(header, i) : null;
}

function share(spec: ShareSpec): (args: MeasureArgs) => Measurement {
  return (args) => {
    const t = args.input.tables.get(spec.register);
    if (!t) return noData("register-missing", [], { sheet: REGISTER_SHEETS[spec.register] ?? spec.register });
    let n = 0;
    let hits = 0;
    let pending = 0;
    const offenders: Offender[] = [];
    const useDateTime = spec.dateColumn === "接收时间" || spec.dateColumn === "发布时间";
    for (let i = 0; i < t.rowCount; i++) {
      const d = useDateTime ? t.dateTime(spec.dateColumn, i) : t.date(spec.dateColumn, i);
      if (!inPeriod(args.period, d) || t.isBlank(i)) continue;
      if (spec.include && !spec.include(t, i)) continue;
      if (spec.pending?.(t, i, args)) {
        pending++;
        continue;
      }
      n++;
      const counted = spec.counts(t, i);
      if (counted) hits++;
      if (spec.offending(t, i, counted)) {
        offenders.push({
          sheet: t.sheet,
          row: t.excelRow(i),
          key: keyOf(t, i),
          why: spec.why(t, i, args),
          value: null,
        });
      }
    }
    const sources = [sourceOf(t)];
    const notes = pending > 0 ? [msg(args.input.lang, "note-pending", { n: pending })] : [];
    if (n === 0) return noData("no-rows", sources, { sheet: t.sheet, column: spec.dateColumn }, 0, notes);
    return { actual: (hits / n) * 100, n, noData: null, offenders, sources, notes };
  };
}

/** K05: 盘点结果=相符 ÷ rows with a 盘点结果, among assets whose 盘点日期 is in the period. */
export const stocktakeAccuracy = share({
  register: "assets",
  dateColumn: "盘点日期",
  include: (t, i) => t.text("盘点结果", i) !== null,
  counts: (t, i) => t.text("盘点结果", i) === "相符",
  offending: (_t, _i, counted) => !counted,
  why: (t, i, { input }) => msg(input.lang, "why-stocktake", { result: t.text("盘点结果", i) ?? "" }),
});

/**
 * K09: among 问题整改台账 rows with 来源=内部监督小组发现 and 完成时限 in the period, the share with 状态=已完成.
 * (A finding is judged in the period it was due, whether it was closed on time or later.) Mid-period, an open
 * finding whose 完成时限 has not passed by the as-of day is not yet unrectified: it is left out and noted, as K12
 * leaves out open items not yet due (issue 10).
 */
export const rectificationRate = share({
  register: "rectifications",
  dateColumn: "完成时限",
  include: (t, i) => t.text("来源", i) === "内部监督小组发现",
  counts: (t, i) => phaseOf(t, i, RECTIFICATION_LIFECYCLE) === "closed",
  offending: (_t, _i, counted) => !counted,
  pending: (t, i, { input }) =>
    phaseOf(t, i, RECTIFICATION_LIFECYCLE) !== "closed" && (t.date("完成时限", i) as number) >= input.asOf,
  why: (t, i, { input }) =>
    msg(input.lang, "why-rectification", {
      due: isoOrBlank(input.lang, t.date("完成时限", i)),
      status: t.text("状态", i) ?? msg(input.lang, "blank"),
    }),
});

/**
 * K10: 信息发布记录 rows with 是否有误=是 ÷ rows released (发布时间) in the period. A blank 是否有误 counts as no error:
 * the column is a flag the office sets when an error is found, not a check every row must fill in.
 */
export const informationErrorRate = share({
  register: "communications",
  dateColumn: "发布时间",
  counts: (t, i) => t.bool("是否有误", i) === true,
  offending: (_t, _i, counted) => counted,
  why: (_t, _i, { input }) => msg(input.lang, "why-info-error"),
});

/** K13: among 投诉与意见登记 rows received (接收时间) in the period, the share with 是否解决=是 (blank = not yet). */
export const feedbackResolutionRate = share({
  register: "feedback",
  dateColumn: "接收时间",
  counts: (t, i) => phaseOf(t, i, FEEDBACK_LIFECYCLE) === "closed",
  offending: (_t, _i, counted) => !counted,
  why: (t, i, { input }) => {
    const v = t.bool("是否解决", i);
    return msg(input.lang, "why-unresolved", { value: v === null ? msg(input.lang, "blank") : v ? "是" : "否" });
  },
});

/**
 * K08: 在岗 staff of 人员名单 with at least one 培训记录 row in the period with 是否合格=是, ÷ 在岗 staff. Names are
 * matched after trimming. Staff without a passed training count against it; they are 人员名单 entries, not register
 * rows, so the core names them without a row (Settings keeps no row numbers) and the app layer, which holds the raw
 * sheet, fills the row in for the drill-down.
 */
export function trainingCoverage(args: MeasureArgs): Measurement {
  const { input, period } = args;
  const t = input.tables.get("training");
  if (!t) return noData("register-missing", [], { sheet: REGISTER_SHEETS.training as string });
  const sources = [sourceOf(t)];
  const staff = input.settings.staff;
  if (staff === null) return noData("staff-missing", sources);
  const onDuty = staff.filter((s) => s.onDuty);
  sources.push({ sheet: "人员名单", rows: staff.length });
  if (onDuty.length === 0) return noData("no-staff-on-duty", sources);
  const trained = new Set<string>();
  for (let i = 0; i < t.rowCount; i++) {
    if (!inPeriod(period, t.date("培训日期", i)) || t.bool("是否合格", i) !== true) continue;
    const name = t.text("员工姓名", i);
    if (name !== null) trained.add(name.trim());
  }
  const offenders: Offender[] = [];
  let covered = 0;
  for (const s of onDuty) {
    if (trained.has(s.name.trim())) covered++;
    else
      offenders.push({ sheet: "人员名单", row: null, key: s.name, why: msg(input.lang, "why-untrained"), value: null });
  }
  return { actual: (covered / onDuty.length) * 100, n: onDuty.length, noData: null, offenders, sources, notes: [] };
}
