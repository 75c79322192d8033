/**
 * What 概览 shows, computed without React: the big numbers (错误 from the last check; 已逾期 and 临期 from the
 * deadlines; KPI 未达成 for the current period; then the cards other pages contribute), each with the page it opens.
 */
import type { Serial } from "../../../core/dates";
import { countByStatus, deadlinesFor } from "../../../core/deadlines";
import { periodLabel } from "../../../core/kpi";
import type { Lang } from "../../../core/i18n";
import { computeWorkbookDeadlines } from "../../../app/deadlines";
import { computeKpis, resolvePeriod, semesterStartsOf } from "../../../app/kpis";
import type { WorkbookContext } from "../../../app/load-context";
import type { ValidationReport } from "../../../core/validate";
import { EXTRA_CARD_SOURCES, type CardTone, type OverviewCardSource } from "./cards";
import type { OverviewKey } from "./messages";

export interface OverviewCard {
  id: string;
  page: string;
  /** A message key of the built-in cards, or the contributing page's own label. */
  label: OverviewKey | Record<Lang, string>;
  /** null while not known yet (the check is running, or none ran). */
  value: number | null;
  tone: CardTone;
  /** A second line: warnings beside the errors, the KPI period. */
  detail?: { key: OverviewKey; params: Record<string, string | number> };
}

export interface OverviewFigures {
  /** Registers recognised in the workbook; 0 means 概览 shows the empty state instead of cards. */
  registers: number;
  overdue: number | null;
  dueSoon: number | null;
  kpi: { notMet: number; total: number; period: string } | null;
}

/** Deadlines and KPIs of the loaded workbook. A figure is null when no recognised register feeds it. */
export function overviewFigures(ctx: WorkbookContext, asOf: Serial, lang: Lang): OverviewFigures {
  const recognized = ctx.recognition.recognized;
  let overdue: number | null = null;
  let dueSoon: number | null = null;
  if (recognized.some((r) => deadlinesFor(r.register.id).length > 0)) {
    const counts = countByStatus(computeWorkbookDeadlines(ctx, asOf, lang).items);
    overdue = counts.overdue;
    dueSoon = counts["due-soon"];
  }
  let kpi: OverviewFigures["kpi"] = null;
  if (recognized.length > 0) {
    const period = resolvePeriod(undefined, asOf, semesterStartsOf(ctx.settings));
    const report = computeKpis(ctx, period, asOf, lang);
    kpi = {
      notMet: report.kpis.filter((k) => k.status === "not-met").length,
      total: report.kpis.length,
      period: periodLabel(period, lang),
    };
  }
  return { registers: recognized.length, overdue, dueSoon, kpi };
}

/**
 * Whether 概览 checks the workbook when it opens: when nothing was checked yet, or when the last check found no
 * register (a first run; registers may have been created since), whose 错误 0 would say nothing.
 */
export function needsCheck(last: ValidationReport | null): boolean {
  return last === null || last.sheets.length === 0;
}

/** The cards in order; figures that do not apply (no register feeds them) leave their card out. */
export function overviewCards(
  figures: OverviewFigures,
  check: ValidationReport | null,
  extra: { ctx: WorkbookContext; asOf: Serial; lang: Lang; sources?: readonly OverviewCardSource[] },
): OverviewCard[] {
  const cards: OverviewCard[] = [
    {
      id: "errors",
      page: "validate",
      label: "errors",
      value: check && !needsCheck(check) ? check.summary.errors : null,
      tone: "danger",
      ...(check && check.summary.warnings > 0
        ? { detail: { key: "warnings" as const, params: { n: check.summary.warnings } } }
        : {}),
    },
  ];
  if (figures.overdue !== null)
    cards.push({ id: "overdue", page: "deadlines", label: "overdue", value: figures.overdue, tone: "danger" });
  if (figures.dueSoon !== null)
    cards.push({ id: "due-soon", page: "deadlines", label: "dueSoon", value: figures.dueSoon, tone: "warning" });
  if (figures.kpi !== null) {
    cards.push({
      id: "kpi-not-met",
      page: "kpi",
      label: "kpiNotMet",
      value: figures.kpi.notMet,
      tone: "danger",
      detail: { key: "kpiOf", params: { total: figures.kpi.total, period: figures.kpi.period } },
    });
  }
  for (const s of extra.sources ?? EXTRA_CARD_SOURCES) {
    const value = s.count(extra.ctx, extra.asOf, extra.lang);
    if (value !== null) cards.push({ id: s.id, page: s.page, label: s.label, value, tone: s.tone });
  }
  return cards;
}
