/**
 * The KPI report as the CLI prints it: the JSON contract of `ledger kpi --json`, and a readable text table.
 *
 * JSON: {"period": {"id", "start", "end"}, "kpis": [{"id", "name", "unit", "target", "direction", "actual", "status",
 * "n", "previous", …}]} with the contract's fields first, then "baseline", "change", "measured" (the value behind a
 * too-small sample), "reason", "notes", "source" and
 * "offenders" (the drill-down rows: sheet, Excel row, key, why).
 */
import { defineMessages, translate, type Lang } from "../core/i18n";
import { formatTarget, formatValue, statusLabel, type KpiResult } from "../core/kpi";
import { padToWidth as pad, textWidth } from "../core/text-width";
import type { KpiReport } from "./kpis";

export interface KpiJson {
  period: KpiReport["period"];
  kpis: Array<{
    id: string;
    name: string;
    unit: string;
    target: number;
    direction: string;
    actual: number | null;
    status: string;
    n: number;
    previous: number | null;
    baseline: number | null;
    change: number | null;
    measured: number | null;
    reason: string | null;
    notes: string[];
    source: { sheet: string; rows: number }[];
    offenders: { sheet: string; row: number | null; key: string | null; why: string }[];
  }>;
}

export function kpiJson(report: KpiReport): KpiJson {
  return {
    period: report.period,
    kpis: report.kpis.map((k) => ({
      id: k.id,
      name: k.name,
      unit: k.unit,
      target: k.target,
      direction: k.direction,
      actual: k.actual,
      status: k.status,
      n: k.n,
      previous: k.previous,
      baseline: k.baseline,
      change: k.change,
      measured: k.measured,
      reason: k.reason,
      notes: k.notes,
      source: k.sources,
      offenders: k.offenders.map((o) => ({ sheet: o.sheet, row: o.row, key: o.key, why: o.why })),
    })),
  };
}

const TEXT = defineMessages({
  heading: {
    "zh-CN": "KPI {period}（{start} 至 {end}，截至 {asOf}）",
    "en-US": "KPIs {period} ({start} to {end}, as of {asOf})",
  },
  id: { "zh-CN": "编号", "en-US": "ID" },
  name: { "zh-CN": "指标", "en-US": "KPI" },
  target: { "zh-CN": "目标", "en-US": "Target" },
  actual: { "zh-CN": "实际", "en-US": "Actual" },
  status: { "zh-CN": "状态", "en-US": "Status" },
  previous: { "zh-CN": "上期", "en-US": "Previous" },
  n: { "zh-CN": "样本", "en-US": "n" },
  summary: {
    "zh-CN": "达成 {met} 项，未达成 {notMet} 项，数据不足 {noData} 项",
    "en-US": "{met} met, {notMet} not met, {noData} without data",
  },
  against: {
    "zh-CN": "{id} 未达成的相关记录（前 {shown} 条，共 {total} 条）：",
    "en-US": "{id}: rows counting against it ({shown} of {total}):",
  },
});

/** How many drill-down rows the text output lists per KPI (the JSON has them all). */
const TEXT_OFFENDERS = 5;

export function kpiText(report: KpiReport, lang: Lang): string {
  const t = (key: keyof typeof TEXT, p?: Record<string, string | number>) => translate(TEXT, lang, key, p);
  const head = [t("id"), t("name"), t("target"), t("actual"), t("status"), t("previous"), t("n")];
  const rows = report.kpis.map((k: KpiResult) => [
    k.id,
    k.name,
    formatTarget(k.target, k.direction, k.unit, lang),
    formatValue(k.actual, k.unit, lang),
    statusLabel(k.status, lang),
    formatValue(k.previous, k.unit, lang),
    String(k.n),
  ]);
  const widths = head.map((h, i) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[i] as string))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] as number))
      .join("  ")
      .trimEnd();
  const colon = lang === "zh-CN" ? "：" : ": ";
  const out = [
    t("heading", { period: report.period.id, start: report.period.start, end: report.period.end, asOf: report.asOf }),
    "",
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
  ];
  for (const k of report.kpis) {
    const remarks = [k.reason, ...k.notes].filter((x): x is string => !!x);
    if (remarks.length > 0) out.push(`${k.id} ${k.name}${colon}${remarks.join(lang === "zh-CN" ? "；" : "; ")}`);
  }
  for (const k of report.kpis) {
    if (k.status !== "not-met" || k.offenders.length === 0) continue;
    const shown = k.offenders.slice(0, TEXT_OFFENDERS);
    out.push("", t("against", { id: k.id, shown: shown.length, total: k.offenders.length }));
    for (const o of shown)
      out.push(
        `  ${o.sheet}${o.row === null ? "" : ` ${lang === "zh-CN" ? `第 ${o.row} 行` : `row ${o.row}`}`}${o.key ? ` ${o.key}` : ""}${colon}${o.why}`,
      );
  }
  const count = (s: KpiResult["status"]) => report.kpis.filter((k) => k.status === s).length;
  out.push("", t("summary", { met: count("met"), notMet: count("not-met"), noData: count("no-data") }));
  return out.join("\n");
}
