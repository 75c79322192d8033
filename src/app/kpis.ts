/**
 * Use cases of the KPI feature: compute the fourteen KPIs for a period, and write the director's `KPI看板` sheet.
 * The workbook is read once by the caller (loadContext) and shared with the other refreshes; writing the sheet is
 * one `ensureSheets` call whatever the row count.
 */
import type { Calendar } from "../core/calendar";
import { serialToIso, type Serial } from "../core/dates";
import type { Lang } from "../core/i18n";
import {
  buildKpiBoard,
  computeKpis as computeAll,
  computeTrends,
  DEFAULT_SEMESTER_STARTS,
  KPI_BOARD_SHEET,
  lastQuarters,
  parsePeriod,
  parseSemesterStarts,
  periodContaining,
  periodEndIso,
  periodStartIso,
  type KpiResult,
  type MonthDay,
  type Period,
} from "../core/kpi";
import type { Settings } from "../core/settings-types";
import type { RegisterTable } from "../core/table-types";
import type { SheetValues, WorkbookPort } from "../workbook/port";

/** What the KPIs need of a loaded workbook: recognised registers by register id, settings, calendar. */
export interface KpiContext {
  tables: ReadonlyMap<string, RegisterTable>;
  settings: Settings;
  calendar: Calendar;
  /** The workbook's raw sheets (loadContext has them): used to point K08's drill-down at rows of 人员名单. */
  sheets?: readonly SheetValues[];
}

const STAFF_SHEET = "人员名单";

/** Excel rows of 人员名单 by trimmed name (header = the first of the top five rows holding a 姓名 cell). */
function staffRows(sheets: readonly SheetValues[] | undefined): Map<string, number> {
  const rows = new Map<string, number>();
  const values = sheets?.find((s) => s.name.trim() === STAFF_SHEET)?.values;
  if (!values) return rows;
  for (let h = 0; h < Math.min(5, values.length); h++) {
    const col = (values[h] ?? []).findIndex((v) => typeof v === "string" && v.replace(/[*＊\s]/g, "") === "姓名");
    if (col < 0) continue;
    for (let r = h + 1; r < values.length; r++) {
      const name = values[r]?.[col];
      if (typeof name === "string" && name.trim() !== "" && !rows.has(name.trim())) rows.set(name.trim(), r + 1);
    }
    break;
  }
  return rows;
}

/** K08 names staff, not register rows: give each the row of 人员名单 that lists them so the drill-down can jump there. */
function locateStaff(kpis: KpiResult[], sheets: readonly SheetValues[] | undefined): KpiResult[] {
  if (!kpis.some((k) => k.offenders.some((o) => o.sheet === STAFF_SHEET && o.row === null))) return kpis;
  const rows = staffRows(sheets);
  return kpis.map((k) => ({
    ...k,
    offenders: k.offenders.map((o) =>
      o.sheet === STAFF_SHEET && o.row === null && o.key !== null ? { ...o, row: rows.get(o.key.trim()) ?? null } : o,
    ),
  }));
}

/** The `参数设置` key that moves the semester starts (e.g. '02-20、09-01'); absent → 2/1 and 9/1. */
const SEMESTER_STARTS_KEY = "学期开始日期";

/** The workbook's semester starts, or the defaults when the parameter is absent or unreadable. */
export function semesterStartsOf(settings: Settings): readonly MonthDay[] {
  const text = settings.text(SEMESTER_STARTS_KEY);
  return (text && parseSemesterStarts(text)) || DEFAULT_SEMESTER_STARTS;
}

export class PeriodError extends Error {
  constructor(readonly text: string) {
    super(`not a period: ${text}`);
    this.name = "PeriodError";
  }
}

/** The period a user asked for, or the quarter containing as-of (the quarterly KPI meeting) when none was given. */
export function resolvePeriod(
  text: string | undefined,
  asOf: Serial,
  starts: readonly MonthDay[] = DEFAULT_SEMESTER_STARTS,
): Period {
  if (text === undefined || text.trim() === "") return periodContaining("quarter", asOf, starts);
  const p = parsePeriod(text, starts);
  if (!p) throw new PeriodError(text);
  return p;
}

export interface KpiReport {
  period: { id: string; start: string; end: string };
  asOf: string;
  kpis: KpiResult[];
}

export function computeKpis(ctx: KpiContext, period: Period, asOf: Serial, lang: Lang): KpiReport {
  const semesterStarts = semesterStartsOf(ctx.settings);
  const kpis = locateStaff(computeAll({ ...ctx, asOf, lang, semesterStarts }, period), ctx.sheets);
  return {
    period: { id: period.id, start: periodStartIso(period), end: periodEndIso(period) },
    asOf: serialToIso(asOf),
    kpis,
  };
}

export interface RefreshKpisOptions {
  period: Period;
  asOf: Serial;
  lang: Lang;
  /** The 更新于 stamp as the caller's clock reads it ('2026-11-22 10:30'); the as-of day when omitted. */
  updatedAt?: string;
  /** The host cannot draw charts (the .xlsx adapter): the sheet then carries a visible note instead of silence. */
  chartsUnavailable?: boolean;
}

export interface RefreshKpisResult extends KpiReport {
  sheet: string;
  charts: number;
}

/** Computes the KPIs for the period and the last four quarters, and replaces `KPI看板` with the result. */
export async function refreshKpis(
  port: WorkbookPort,
  ctx: KpiContext,
  opts: RefreshKpisOptions,
): Promise<RefreshKpisResult> {
  const report = computeKpis(ctx, opts.period, opts.asOf, opts.lang);
  const quarters = lastQuarters(opts.period, 4);
  const trends = computeTrends(
    { ...ctx, asOf: opts.asOf, lang: opts.lang, semesterStarts: semesterStartsOf(ctx.settings) },
    quarters,
  );
  const { spec } = buildKpiBoard({
    period: opts.period,
    asOf: opts.asOf,
    updatedAt: opts.updatedAt ?? serialToIso(opts.asOf),
    lang: opts.lang,
    results: report.kpis,
    trends,
    quarters,
    chartsUnavailable: opts.chartsUnavailable === true,
  });
  await port.ensureSheets([spec]);
  return { ...report, sheet: KPI_BOARD_SHEET, charts: spec.charts?.length ?? 0 };
}
