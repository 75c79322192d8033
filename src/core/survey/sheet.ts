/**
 * The generated `满意度汇总` sheet as a SheetSpec (both adapters draw it): title, source and size, the dropped identity
 * columns, the per-item table (distribution in %, n, mean, SD, 95% CI, top-2-box, counts), then the overall item,
 * groups with their suppression notes, multi-select counts and comments, and one stacked-bar chart of the
 * distributions. Protected without a password, A4 landscape fitted to one page width. A suppressed group shows neither
 * a statistic nor its size.
 */
import type { Lang } from "../i18n";
import type { CellValue, ChartSpec, SheetSpec } from "../sheet-spec";
import { columnLetter } from "../recognize/column-letter";
import { shortLabel } from "./headers";
import { surveyMsg } from "./messages";
import type { SurveySummary } from "./types";

/** The generated summary sheet (a derived sheet of the app's registry: replaced on refresh, never a register). */
export { SURVEY_SUMMARY_SHEET } from "../derived-sheet-names";
import { SURVEY_SUMMARY_SHEET } from "../derived-sheet-names";
const HEADER_ROW = 4;
/** An ideographic space: indents list entries under their heading in a CJK sheet. */
const INDENT = "\u3000";

export interface SummarySheetInput {
  summary: SurveySummary;
  lang: Lang;
  /** The 更新于 stamp as the caller's clock reads it. */
  updatedAt: string;
}

export function buildSurveySheet({ summary: s, lang, updatedAt }: SummarySheetInput): SheetSpec {
  const t = (k: Parameters<typeof surveyMsg>[1], p?: Parameters<typeof surveyMsg>[2]) => surveyMsg(lang, k, p);
  const points = Math.max(5, ...s.items.map((i) => i.scale));
  const scores = Array.from({ length: points }, (_, k) => k + 1);
  const columns = [
    { header: t("col/item"), width: 40 },
    ...scores.map((p) => ({ header: t("col/pct", { score: p }), width: 8, numberFormat: "0.0" })),
    { header: t("col/n"), width: 8 },
    { header: t("col/mean"), width: 8, numberFormat: "0.000" },
    { header: t("col/sd"), width: 8, numberFormat: "0.000" },
    { header: t("col/ciLow"), width: 10, numberFormat: "0.00" },
    { header: t("col/ciHigh"), width: 10, numberFormat: "0.00" },
    { header: t("col/top2"), width: 12, numberFormat: "0.0" },
    ...scores.map((p) => ({ header: t("col/count", { score: p }), width: 8 })),
  ];
  const rows: CellValue[][] = s.items.map((it) => [
    it.item,
    ...scores.map((p) => (p <= it.scale ? (it.distPct[String(p)] ?? 0) : null)),
    it.n,
    it.mean,
    it.sd,
    it.ci95?.[0] ?? null,
    it.ci95?.[1] ?? null,
    it.top2,
    ...scores.map((p) => (p <= it.scale ? (it.dist[String(p)] ?? 0) : null)),
  ]);
  const lastItemRow = HEADER_ROW + rows.length;
  const fmt = (v: number | null) => (v === null ? "—" : String(v));

  rows.push([], [t("sec/overall")]);
  if (s.overall) {
    rows.push([
      s.overall.basis === "item"
        ? t("overall/item", { item: s.overall.item ?? "", mean: fmt(s.overall.mean), top2: fmt(s.overall.top2) })
        : t("overall/mean", { mean: fmt(s.overall.mean), top2: fmt(s.overall.top2) }),
    ]);
  }
  if (s.groups.length > 0) {
    const overallItem = s.overall?.item ?? s.items[0]?.item ?? "";
    rows.push([], [t("sec/groups", { by: s.groups[0]?.by ?? "" })]);
    for (const g of s.groups) {
      if (g.suppressed) {
        rows.push([
          g.reason === "size"
            ? t("group/size", { value: g.value, min: s.minGroupSize })
            : t("group/complementary", { value: g.value }),
        ]);
        continue;
      }
      const st = g.items.find((i) => i.item === overallItem) ?? g.items[0];
      rows.push([
        t("group/row", {
          value: g.value,
          n: g.n,
          item: shortLabel(st?.item ?? "", 24),
          mean: fmt(st?.mean ?? null),
          top2: fmt(st?.top2 ?? null),
        }),
      ]);
    }
  }
  if (s.choices.length > 0) {
    rows.push([], [t("sec/choices")]);
    for (const c of s.choices) {
      rows.push([c.item]);
      for (const [option, count] of Object.entries(c.options)) rows.push([`${INDENT}${option}`, count]);
    }
  }
  if (s.comments.length > 0) {
    rows.push([], [t("sec/comments")]);
    for (const c of s.comments) rows.push([t("comments/count", { item: c.item, count: c.count })]);
    for (const c of s.commentTexts) {
      rows.push([c.group === null ? c.item : `${c.item} ${t("comments/group", { group: c.group })}`]);
      for (const text of c.texts) rows.push([`${INDENT}${text}`]);
    }
    rows.push([t("comments/hidden")]);
    if (s.redacted > 0) rows.push([t("comments/redacted", { n: s.redacted })]);
  }

  // The chart reads a block of short labels and percentages, so its categories stay legible.
  rows.push([]);
  const chartHeaderRow = HEADER_ROW + rows.length + 1;
  rows.push([t("col/item"), ...scores.map((p) => t("col/pct", { score: p }))]);
  for (const it of s.items)
    rows.push([shortLabel(it.item), ...scores.map((p) => (p <= it.scale ? (it.distPct[String(p)] ?? 0) : 0))]);
  const chartLastRow = chartHeaderRow + s.items.length;
  const charts: ChartSpec[] = [
    {
      name: "SurveyDistribution",
      title: t("chart/title"),
      type: "barStacked",
      dataRange: `A${chartHeaderRow}:${columnLetter(points)}${chartLastRow}`,
      seriesBy: "columns",
      anchor: {
        cell: `${columnLetter(columns.length + 1)}${HEADER_ROW}`,
        widthCols: 9,
        heightRows: Math.max(16, s.items.length + 6),
      },
    },
  ];

  const kind = t(`kind/${s.kind}`);
  const titleRows: CellValue[][] = [
    [t("sheet/title", { name: s.survey, kind })],
    [t("sheet/info", { source: s.source, n: s.respondents, min: s.minGroupSize, updated: updatedAt })],
    [s.dropped.length ? t("sheet/dropped", { columns: s.dropped.join("、") }) : ""],
  ];
  return {
    name: SURVEY_SUMMARY_SHEET,
    headerRow: HEADER_ROW,
    titleRows,
    columns,
    rows,
    charts: lastItemRow > HEADER_ROW ? charts : [],
    freezeHeader: false,
    protect: true,
    page: { orientation: "landscape", fitToOnePage: true, paper: "A4" },
    tabColor: "#70AD47",
    ifExists: "replace",
  };
}
