/**
 * KPIs whose target is a reduction against a baseline, all reported as the reduction in percent (positive = better,
 * higher is better): K04 procurement cost, K06 paper use year on year, K11 transmission time, K12 cross-department
 * delays. Settled definitions (DOMAIN.md §3 leaves them open):
 * - K04 compares each purchase's 单价(元) with its 参考单价(元): (Σ 参考单价×数量 − Σ 单价×数量) / Σ 参考单价×数量, over
 *   purchases ordered (下单日期) in the period, not 已取消, with 单价, 数量 and 参考单价 > 0. Rows without a reference
 *   price are left out (noted). A row counts against it when its own saving is below the target.
 * - K06 compares Σ 出库数量 of 库存台账 rows with 类别=纸张 dated in the period with the same period last year:
 *   (去年 − 今年) / 去年. KPI目标's 基准值 (last year's quantity for the period) is used only when the workbook has no
 *   paper issues last year. The period's own issues are listed when the target is missed, largest first.
 * - K11 is the mean clock hours 产生时间 → 发布时间 of 信息发布记录 rows released in the period against a baseline in
 *   hours that the office enters in KPI目标 (the source gives none); rows slower than 基准 × (1 − 目标%) count against it.
 * - K12 is the delay RATE of 跨部门事项台账 items due (完成时限) in the period — a rate, so a month and a year compare —
 *   against a baseline rate in percent entered in KPI目标. An item is delayed when 完成日期 > 完成时限, when it is still
 *   unfinished after 完成时限 (as of the run's as-of day), or when 状态=已延期. Unfinished items not yet due are left out.
 */
import { factorsTo, parseUnitConversions } from "./paper-units";
import { COORDINATION_LIFECYCLE } from "../registers/coordination";
import { phaseOf, stateDef, stateOf } from "../registers/lifecycle";
import { msg, fmt, isoOrBlank, noData, REGISTER_SHEETS, sourceOf } from "./measure-helpers";
import { inPeriod, samePeriodLastYear, periodStartIso, periodEndIso } from "./periods";
import type { RegisterTable } from "../table-types";
import type { MeasureArgs, Measurement, Offender } from "./types";

function keyOf(t: RegisterTable, i: number): string | null {
  const header = t.register.key?.[0];
  return header ? t.text(header, i) : null;
}

function reduction(baseline: number, actual: number): number {
  return ((baseline - actual) / baseline) * 100;
}

/** K04 */
export function procurementCostReduction(args: MeasureArgs): Measurement {
  const { input, period, targets } = args;
  const t = input.tables.get("purchases");
  if (!t) return noData("register-missing", [], { sheet: REGISTER_SHEETS.purchases as string });
  const sources = [sourceOf(t)];
  let refTotal = 0;
  let paidTotal = 0;
  let n = 0;
  let missingRef = 0;
  const offenders: Offender[] = [];
  for (let i = 0; i < t.rowCount; i++) {
    if (!inPeriod(period, t.date("下单日期", i)) || t.isBlank(i) || t.text("状态", i) === "已取消") continue;
    const price = t.number("单价(元)", i);
    const qty = t.number("数量", i);
    if (price === null || qty === null) continue;
    const ref = t.number("参考单价(元)", i);
    if (ref === null || ref <= 0) {
      missingRef++;
      continue;
    }
    n++;
    refTotal += ref * qty;
    paidTotal += price * qty;
    const saving = reduction(ref, price);
    if (saving < targets.target) {
      offenders.push({
        sheet: t.sheet,
        row: t.excelRow(i),
        key: keyOf(t, i),
        why: msg(input.lang, "why-price", {
          price: fmt(price),
          ref: fmt(ref),
          pct: fmt(saving, 1),
          target: fmt(targets.target),
        }),
        value: saving,
      });
    }
  }
  offenders.sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
  const notes = missingRef > 0 ? [msg(input.lang, "note-missing-ref", { n: missingRef })] : [];
  if (n === 0) {
    return missingRef > 0
      ? noData("no-reference-price", sources, { n: missingRef }, 0, [])
      : noData("no-rows", sources, { sheet: t.sheet, column: "下单日期" });
  }
  return { actual: reduction(refTotal, paidTotal), n, noData: null, offenders, sources, notes };
}

/**
 * The factor turning each unit among `issues` into one unit: the most used one (by rows), through 纸张单位换算.
 * A unit with no path to it makes K06 a data problem naming the units, never a sum of unlike quantities.
 */
function toOneUnit(
  issues: ReadonlyArray<{ unit: string }>,
  input: MeasureArgs["input"],
): { factors: Map<string, number>; notes: string[] } | Measurement {
  const uses = new Map<string, number>();
  for (const x of issues) uses.set(x.unit, (uses.get(x.unit) ?? 0) + 1);
  const units = [...uses.keys()];
  if (units.length === 1) return { factors: new Map([[units[0] as string, 1]]), notes: [] };
  const base = [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN"))[0]?.[0] as string;
  const conversions = parseUnitConversions(input.settings.text("纸张单位换算")) ?? [];
  const factors = factorsTo(base, conversions);
  const blank = msg(input.lang, "blank");
  const shown = (u: string) => (u === "" ? blank : u);
  const missing = units.filter((u) => !factors.has(u));
  if (missing.length > 0) {
    const detail = msg(input.lang, "note-units-missing", { units: missing.map(shown).join("、"), base: shown(base) });
    return noData("mixed-units", [], { units: units.map(shown).join("、"), detail });
  }
  const used = units.filter((u) => u !== base).map((u) => `1 ${u} = ${fmt(factors.get(u) as number)} ${base}`);
  return { factors, notes: [msg(input.lang, "note-units-converted", { conversions: used.join("、"), base })] };
}

/** K06 */
export function paperUseReduction(args: MeasureArgs): Measurement {
  const { input, period, targets } = args;
  const t = input.tables.get("stock");
  if (!t) return noData("register-missing", [], { sheet: REGISTER_SHEETS.stock as string });
  const sources = [sourceOf(t)];
  const lastYear = samePeriodLastYear(period, input.semesterStarts);
  // Paper issues of both periods with their units; quantities are added only once they share one unit.
  const issues: Array<{ i: number; qty: number; unit: string; current: boolean }> = [];
  for (let i = 0; i < t.rowCount; i++) {
    if (t.text("类别", i) !== "纸张") continue;
    const qty = t.number("出库数量", i);
    if (qty === null || qty <= 0) continue;
    const d = t.date("日期", i);
    const current = inPeriod(period, d);
    if (current || inPeriod(lastYear, d)) issues.push({ i, qty, unit: t.text("单位", i) ?? "", current });
  }
  const n = issues.filter((x) => x.current).length;
  if (n === 0) return noData("no-rows", sources, { sheet: t.sheet, column: "日期" });
  const converted = toOneUnit(issues, input);
  if ("noData" in converted) return { ...converted, sources, n };
  let current = 0;
  let previous = 0;
  const rows: Offender[] = [];
  for (const x of issues) {
    const qty = x.qty * (converted.factors.get(x.unit) as number);
    if (!x.current) {
      previous += qty;
      continue;
    }
    current += qty;
    rows.push({
      sheet: t.sheet,
      row: t.excelRow(x.i),
      key: t.text("物品名称", x.i),
      why: msg(input.lang, "why-paper", { qty: fmt(x.qty) + x.unit }),
      value: qty,
    });
  }
  let baseline = previous;
  const notes: string[] = [...converted.notes];
  if (baseline <= 0) {
    if (targets.baseline === null || targets.baseline <= 0) {
      return noData("no-last-year", sources, { from: periodStartIso(lastYear), to: periodEndIso(lastYear) }, n);
    }
    baseline = targets.baseline;
    notes.push(
      msg(input.lang, "note-baseline", {
        baseline: fmt(baseline),
        unit: msg(input.lang, "unit-quantity"),
        source: msg(input.lang, "source-kpi-sheet"),
      }),
    );
  } else {
    notes.push(msg(input.lang, "note-measured-quantity", { cur: fmt(current), prev: fmt(previous) }));
  }
  const actual = reduction(baseline, current);
  rows.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  return { actual, n, noData: null, offenders: actual < targets.target ? rows : [], sources, notes };
}

/** K11 */
export function transmissionTimeReduction(args: MeasureArgs): Measurement {
  const { input, period, targets } = args;
  const t = input.tables.get("communications");
  if (!t) return noData("register-missing", [], { sheet: REGISTER_SHEETS.communications as string });
  const sources = [sourceOf(t)];
  const samples: { i: number; hours: number }[] = [];
  let reversed = 0;
  for (let i = 0; i < t.rowCount; i++) {
    const released = t.dateTime("发布时间", i);
    if (!inPeriod(period, released) || released === null || t.isBlank(i)) continue;
    const created = t.dateTime("产生时间", i);
    if (created === null) continue;
    // Whole minutes: Excel stores times as binary fractions of a day.
    const hours = Math.round((released - created) * 1440) / 60;
    if (hours < 0) {
      reversed++;
      continue;
    }
    samples.push({ i, hours });
  }
  const notes = reversed > 0 ? [msg(input.lang, "note-reversed", { n: reversed })] : [];
  if (samples.length === 0) return noData("no-rows", sources, { sheet: t.sheet, column: "发布时间" }, 0, notes);
  const mean = samples.reduce((s, x) => s + x.hours, 0) / samples.length;
  notes.unshift(msg(input.lang, "note-measured-hours", { value: fmt(mean) }));
  const baseline = targets.baseline;
  if (baseline === null)
    return noData("baseline-unset", sources, { id: "K11", unit: msg(input.lang, "unit-hours") }, samples.length, notes);
  if (baseline <= 0) return noData("baseline-zero", sources, undefined, samples.length, notes);
  const limit = baseline * (1 - targets.target / 100);
  const offenders: Offender[] = samples
    .filter((s) => s.hours > limit)
    .sort((a, b) => b.hours - a.hours)
    .map((s) => ({
      sheet: t.sheet,
      row: t.excelRow(s.i),
      key: keyOf(t, s.i),
      why: msg(input.lang, "why-transmission", { hours: fmt(s.hours), limit: fmt(limit) }),
      value: s.hours,
    }));
  return { actual: reduction(baseline, mean), n: samples.length, noData: null, offenders, sources, notes };
}

/** K12 */
export function crossDepartmentDelayReduction(args: MeasureArgs): Measurement {
  const { input, period, targets } = args;
  const t = input.tables.get("coordination");
  if (!t) return noData("register-missing", [], { sheet: REGISTER_SHEETS.coordination as string });
  const sources = [sourceOf(t)];
  let n = 0;
  let pending = 0;
  const offenders: Offender[] = [];
  for (let i = 0; i < t.rowCount; i++) {
    const due = t.date("完成时限", i);
    if (!inPeriod(period, due) || due === null || t.isBlank(i)) continue;
    const done = t.date("完成日期", i);
    const closed = phaseOf(t, i, COORDINATION_LIFECYCLE) === "closed";
    const delayedState = stateDef(COORDINATION_LIFECYCLE, stateOf(t, i, COORDINATION_LIFECYCLE))?.delayed === true;
    let why: string | null = null;
    if (done !== null && done > due)
      why = msg(input.lang, "why-delay-late", { due: isoOrBlank(input.lang, due), done: isoOrBlank(input.lang, done) });
    else if (done === null && !closed && due < input.asOf)
      why = msg(input.lang, "why-delay-open", { due: isoOrBlank(input.lang, due) });
    else if (delayedState) why = msg(input.lang, "why-delay-status");
    else if (done === null && !closed) {
      pending++;
      continue;
    }
    n++;
    if (why !== null) offenders.push({ sheet: t.sheet, row: t.excelRow(i), key: keyOf(t, i), why, value: null });
  }
  const notes = pending > 0 ? [msg(input.lang, "note-pending", { n: pending })] : [];
  if (n === 0) return noData("no-rows", sources, { sheet: t.sheet, column: "完成时限" }, 0, notes);
  const rate = (offenders.length / n) * 100;
  notes.unshift(msg(input.lang, "note-measured-rate", { value: fmt(rate, 1) }));
  const baseline = targets.baseline;
  if (baseline === null) return noData("baseline-unset", sources, { id: "K12", unit: "%" }, n, notes);
  if (baseline <= 0) return noData("baseline-zero", sources, undefined, n, notes);
  return { actual: reduction(baseline, rate), n, noData: null, offenders, sources, notes };
}
