/**
 * Runs the KPI definitions for a period: the measure, the verdict against the target, the previous period's value.
 * The verdict is taken on the value as reported (rounded to the definition's decimals) so that what the director reads
 * is what was judged; a value equal to the target meets it (目标 "≥30%" / "≤1 工作日" include the bound).
 */
import { CalendarCoverageError } from "../calendar";
import { serialToIso } from "../dates";
import { periodEndIso, periodStartIso } from "./periods";
import { KPIS } from "./definitions";
import { msg, round, fmt } from "./measure-helpers";
import { previousPeriod, type Period } from "./periods";
import { resolveTargets, type ResolvedTargets } from "./targets";
import type { KpiDef, KpiInput, KpiResult, Measurement } from "./types";

function measureSafely(def: KpiDef, input: KpiInput, period: Period, targets: ResolvedTargets): Measurement {
  // Nothing of a period that starts after the as-of day has happened yet; no verdict, not even a typed survey value.
  if (period.start > input.asOf) {
    const params = { from: periodStartIso(period), to: periodEndIso(period), asOf: serialToIso(input.asOf) };
    return {
      actual: null,
      n: 0,
      noData: { code: "period-not-started", params },
      offenders: [],
      sources: [],
      notes: [],
    };
  }
  try {
    return def.measure({ input, period, targets });
  } catch (e) {
    if (e instanceof CalendarCoverageError) {
      return {
        actual: null,
        n: 0,
        noData: { code: "calendar-coverage", params: { year: e.year } },
        offenders: [],
        sources: [],
        notes: [],
      };
    }
    throw e;
  }
}

/** The reported value of a measurement, or null when it has none or too small a sample. */
function reportedValue(def: KpiDef, m: Measurement): number | null {
  return m.noData === null && m.actual !== null && m.n >= def.minSample ? round(m.actual, def.decimals) : null;
}

function baselineNote(def: KpiDef, input: KpiInput, targets: ResolvedTargets): string | null {
  if (!def.baseline || def.baseline.unit === "quantity" || targets.baseline === null || targets.baselineSource === null)
    return null;
  const unitKey =
    def.baseline.unit === "workdays" ? "unit-workdays" : def.baseline.unit === "hours" ? "unit-hours" : "unit-percent";
  const sourceKey =
    targets.baselineSource === "kpi-sheet"
      ? "source-kpi-sheet"
      : targets.baselineSource === "settings"
        ? "source-settings"
        : "source-default";
  return msg(input.lang, "note-baseline", {
    baseline: fmt(targets.baseline),
    unit: msg(input.lang, unitKey),
    source: msg(input.lang, sourceKey),
  });
}

export function computeKpi(def: KpiDef, input: KpiInput, period: Period): KpiResult {
  const targets = resolveTargets(def, input.settings);
  const m = measureSafely(def, input, period, targets);
  const notes = [...m.notes];
  // A refused target or baseline leaves the default in force; say so where the director reads the row.
  for (const r of targets.refused) if (r.column !== "值") notes.push(r.message);
  const bNote = baselineNote(def, input, targets);
  if (bNote) notes.push(bNote);

  let actual: number | null = null;
  let measured: number | null = null;
  let status: KpiResult["status"] = "no-data";
  let reasonCode: KpiResult["reasonCode"] = null;
  let reason: string | null = null;
  if (m.noData !== null || m.actual === null) {
    reasonCode = m.noData?.code ?? "no-rows";
    reason = msg(input.lang, reasonCode, m.noData?.params);
  } else if (m.n < def.minSample) {
    reasonCode = "below-min-sample";
    reason = msg(input.lang, reasonCode, { n: m.n, min: def.minSample });
    measured = round(m.actual, def.decimals);
  } else {
    actual = round(m.actual, def.decimals);
    const met = def.direction === "higher" ? actual >= targets.target : actual <= targets.target;
    status = met ? "met" : "not-met";
  }

  let previous: number | null = null;
  if (!def.manual)
    previous = reportedValue(def, measureSafely(def, input, previousPeriod(period, input.semesterStarts), targets));

  return {
    id: def.id,
    name: def.name[input.lang],
    unit: def.unit,
    direction: def.direction,
    target: targets.target,
    baseline: targets.baseline,
    actual,
    status,
    n: m.n,
    previous,
    change: actual !== null && previous !== null ? round(actual - previous, def.decimals) : null,
    measured,
    reasonCode,
    reason,
    notes,
    // A KPI with no verdict has nothing counting against it yet; listing rows would read as blame.
    offenders: status === "no-data" ? [] : m.offenders,
    sources: m.sources,
  };
}

/** All fourteen KPIs for a period, in K01…K14 order. */
export function computeKpis(input: KpiInput, period: Period, defs: readonly KpiDef[] = KPIS): KpiResult[] {
  return defs.map((def) => computeKpi(def, input, period));
}

export interface KpiTrend {
  id: KpiResult["id"];
  target: number;
  /** One reported value per period (null = no data), in the order of the periods given. */
  values: (number | null)[];
}

/** Each KPI's reported value over several periods (the KPI sheet's last-four-quarters block). */
export function computeTrends(input: KpiInput, periods: readonly Period[], defs: readonly KpiDef[] = KPIS): KpiTrend[] {
  return defs.map((def) => {
    const targets = resolveTargets(def, input.settings);
    // A value typed into KPI目标 belongs to no period: it is shown once, in the latest period, not repeated as a trend.
    const values = periods.map((p, k) =>
      def.manual && k < periods.length - 1 ? null : reportedValue(def, measureSafely(def, input, p, targets)),
    );
    return { id: def.id, target: targets.target, values };
  });
}
