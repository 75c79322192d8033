/**
 * Cycle-time KPIs: K01 (approval cycle reduction), K02 (reimbursement processing time), K03 (purchase-order time).
 * A row counts in the period of its end date; rows without an end date are still open and not counted; rows whose
 * end precedes their start are date-order errors (validation reports them) and are left out with a note.
 */
import type { RegisterTable } from "../table-types";
import { msg, fmt, isoOrBlank, noData, REGISTER_SHEETS, sourceOf, elapsedWorkdays } from "./measure-helpers";
import { inPeriod } from "./periods";
import type { MeasureArgs, Measurement, Offender } from "./types";

interface Segment {
  register: string;
  from: string;
  to: string;
  /** Rows to skip whatever their dates (a cancelled purchase was never processed). */
  skip?: (t: RegisterTable, i: number) => boolean;
}

export const REIMBURSEMENT_SEGMENT: Segment = { register: "reimbursements", from: "提交日期", to: "审批完成日期" };
export const PURCHASE_SEGMENT: Segment = {
  register: "purchases",
  from: "申请日期",
  to: "下单日期",
  skip: (t, i) => t.text("状态", i) === "已取消",
};
const OUTGOING_SEGMENT: Segment = { register: "outgoing-documents", from: "申请日期", to: "审批日期" };

function keyOf(t: RegisterTable, i: number): string | null {
  const header = t.register.key?.[0];
  return header ? t.text(header, i) : null;
}

interface CycleSample {
  total: number;
  n: number;
  reversed: number;
  offenders: Offender[];
}

/** Elapsed WD of every row ending in the period; rows over `limit` become offenders. */
function sampleCycles(
  args: MeasureArgs,
  segments: readonly Segment[],
  tables: readonly RegisterTable[],
  limit: number,
): CycleSample {
  const { input, period } = args;
  const out: CycleSample = { total: 0, n: 0, reversed: 0, offenders: [] };
  const limitText = `${fmt(limit)} ${msg(input.lang, "unit-workdays")}`;
  segments.forEach((seg, k) => {
    const t = tables[k] as RegisterTable;
    for (let i = 0; i < t.rowCount; i++) {
      const end = t.date(seg.to, i);
      if (!inPeriod(period, end) || t.isBlank(i) || seg.skip?.(t, i)) continue;
      const start = t.date(seg.from, i);
      if (start === null || end === null) continue;
      const wd = elapsedWorkdays(input.calendar, start, end);
      if (wd === null) {
        out.reversed++;
        continue;
      }
      out.total += wd;
      out.n++;
      if (wd > limit) {
        out.offenders.push({
          sheet: t.sheet,
          row: t.excelRow(i),
          key: keyOf(t, i),
          why: msg(input.lang, "why-cycle", {
            from: isoOrBlank(input.lang, start),
            to: isoOrBlank(input.lang, end),
            wd,
            limit: limitText,
          }),
          value: wd,
        });
      }
    }
  });
  out.offenders.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  return out;
}

function present(args: MeasureArgs, segments: readonly Segment[]): { segments: Segment[]; tables: RegisterTable[] } {
  const found = segments.flatMap((s) => {
    const t = args.input.tables.get(s.register);
    return t ? [{ s, t }] : [];
  });
  return { segments: found.map((f) => f.s), tables: found.map((f) => f.t) };
}

function reversedNotes(args: MeasureArgs, sample: CycleSample): string[] {
  return sample.reversed > 0 ? [msg(args.input.lang, "note-reversed", { n: sample.reversed })] : [];
}

/** K02 / K03: mean elapsed WD from start to end; rows over the target count against it. */
export function meanCycle(segment: Segment): (args: MeasureArgs) => Measurement {
  return (args) => {
    const t = args.input.tables.get(segment.register);
    if (!t) return noData("register-missing", [], { sheet: REGISTER_SHEETS[segment.register] ?? segment.register });
    const sample = sampleCycles(args, [segment], [t], args.targets.target);
    const sources = [sourceOf(t)];
    if (sample.n === 0)
      return noData("no-rows", sources, { sheet: t.sheet, column: segment.to }, 0, reversedNotes(args, sample));
    return {
      actual: sample.total / sample.n,
      n: sample.n,
      noData: null,
      offenders: sample.offenders,
      sources,
      notes: reversedNotes(args, sample),
    };
  };
}

/**
 * K01: the reduction of the mean approval cycle against the baseline, (基准 − 实际) / 基准 in percent, over
 * reimbursements, purchases and outgoing-document approvals together (each row weighs the same). A row counts
 * against it when its own cycle exceeds the cycle that would meet the target, 基准 × (1 − 目标%).
 * Registers the workbook lacks are left out; the KPI needs at least one of them.
 */
export function approvalCycleReduction(args: MeasureArgs): Measurement {
  const { segments, tables } = present(args, [REIMBURSEMENT_SEGMENT, PURCHASE_SEGMENT, OUTGOING_SEGMENT]);
  if (tables.length === 0) return noData("register-missing", [], { sheet: REGISTER_SHEETS.reimbursements as string });
  const sources = tables.map(sourceOf);
  const baseline = args.targets.baseline;
  if (baseline === null)
    return noData("baseline-unset", sources, { id: "K01", unit: msg(args.input.lang, "unit-workdays") });
  if (baseline <= 0) return noData("baseline-zero", sources);
  const sample = sampleCycles(args, segments, tables, baseline * (1 - args.targets.target / 100));
  if (sample.n === 0) {
    return noData("no-rows", sources, {
      sheet: tables.map((t) => t.sheet).join("、"),
      column: segments.map((s) => s.to).join("/"),
    });
  }
  const mean = sample.total / sample.n;
  return {
    actual: ((baseline - mean) / baseline) * 100,
    n: sample.n,
    noData: null,
    offenders: sample.offenders,
    sources,
    notes: [msg(args.input.lang, "note-measured-wd", { value: fmt(mean) }), ...reversedNotes(args, sample)],
  };
}
