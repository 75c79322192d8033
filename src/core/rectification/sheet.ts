/**
 * The generated `整改状态` sheet as a SheetSpec, so the Office.js and .xlsx adapters draw the same sheet.
 *
 * Layout (plain values, readable without the add-in; dates as ISO text because one column holds several tables):
 *   rows 1–3   title, as-of and period, 更新于 stamp
 *   row 4–5    the big numbers: open, overdue, closed this period, closure rate, K09 beside it, opened, long-term, total
 *   below      tables by state, by 责任部门, by 来源, ageing, other registers, the overdue list worst first with the
 *              escalation person, follow-ups due this week, the 12-week chart data and the data problems
 *   right      a native column chart of open vs closed per week, from column L
 * Protected without a password, A4 landscape; a refresh replaces it.
 */
import { serialToIso, type Serial } from "../dates";
import { escalationLabel } from "../deadlines";
import { translate, type Lang } from "../i18n";
import { periodEndIso, periodLabel, periodStartIso } from "../kpi/periods";
import type { CellValue, ChartSpec, ConditionalFormatSpec, SheetSpec } from "../sheet-spec";
import { RECTIFICATION_MESSAGES, type RectificationMessageKey } from "./messages";
import { itemKey } from "./report";
import type { RectificationStatus } from "./types";

export { RECTIFICATION_SHEET } from "../derived-sheet-names";
import { RECTIFICATION_SHEET } from "../derived-sheet-names";

const HEADER_ROW = 4;
const WIDTHS = [16, 14, 12, 12, 12, 14, 12, 14, 40, 7];
const CHART_COLUMN = "L";

export interface RectificationSheetInput {
  status: RectificationStatus;
  lang: Lang;
  /** The 更新于 stamp ('2025-10-31 10:30'), supplied by the caller: the core never reads the clock. */
  updatedAt: string;
}

export interface RectificationSheetLayout {
  /** Sheet row of each block's heading, by block. */
  rows: Record<
    "byStatus" | "byDepartment" | "bySource" | "ageing" | "sections" | "overdue" | "followUps" | "weeks" | "problems",
    number
  >;
}

export function buildRectificationSheet(input: RectificationSheetInput): {
  spec: SheetSpec;
  layout: RectificationSheetLayout;
} {
  const { status: s, lang } = input;
  const t = (key: RectificationMessageKey, p?: Record<string, string | number>) =>
    translate(RECTIFICATION_MESSAGES, lang, key, p);
  const iso = (d: Serial | null): string => (d === null ? "" : serialToIso(d));
  const rows: CellValue[][] = [];
  const nextRow = () => HEADER_ROW + 1 + rows.length;
  const layout = { rows: {} } as RectificationSheetLayout;
  const block = (
    name: keyof RectificationSheetLayout["rows"],
    title: string,
    header: CellValue[],
    body: CellValue[][],
  ) => {
    rows.push([]);
    layout.rows[name] = nextRow();
    rows.push([title], header);
    rows.push(...(body.length > 0 ? body : [[t("none")]]));
  };
  const sum = s.summary;
  rows.push([
    sum.open,
    sum.overdue,
    sum.closedInPeriod,
    sum.closureRate,
    s.k09.actual,
    s.k09.target,
    sum.openedInPeriod,
    sum.longTerm,
    sum.total,
  ]);

  block(
    "byStatus",
    t("byStatus"),
    [t("state"), t("phase"), t("count")],
    s.byStatus.map((b) => [b.state, t(`phase.${b.phase}`), b.count]),
  );
  const tableHeader = [t("total"), t("open"), t("overdue"), t("closed"), t("longTerm"), t("closureRate")];
  block(
    "byDepartment",
    t("byDepartment"),
    [t("department"), ...tableHeader],
    s.byDepartment.map((d) => [d.department, d.total, d.open, d.overdue, d.closed, d.longTerm, d.closureRate]),
  );
  block(
    "bySource",
    t("bySource"),
    [t("source"), ...tableHeader],
    s.bySource.map((d) => [d.source, d.total, d.open, d.overdue, d.closed, d.longTerm, d.closureRate]),
  );
  block(
    "ageing",
    t("ageing"),
    [t("age.0-5"), t("age.6-20"), t("age.>20")],
    [[s.ageing["0-5"], s.ageing["6-20"], s.ageing[">20"]]],
  );
  block(
    "sections",
    t("sections"),
    [t("register"), t("total"), t("open"), t("overdue")],
    s.sections.map((x) => [x.sheet, x.total, x.open, x.overdue]),
  );
  block(
    "overdue",
    t("overdueList"),
    [
      t("key"),
      t("department"),
      t("owner"),
      t("due"),
      t("lateDays"),
      t("escalation"),
      t("escalateTo"),
      t("state"),
      t("subject"),
      t("row"),
    ],
    s.overdue.map((x) => [
      itemKey(x),
      x.department ?? "",
      x.owner ?? "",
      iso(x.due),
      x.overdueWorkdays,
      x.escalation === null ? "" : escalationLabel(x.escalation, lang),
      x.escalateTo ?? "",
      x.state ?? "",
      x.subject ?? "",
      x.row,
    ]),
  );
  block(
    "followUps",
    t("followUps"),
    [
      t("key"),
      t("department"),
      t("owner"),
      t("nextFollowUp"),
      t("lastFollowUp"),
      t("followUpLate"),
      t("due"),
      t("state"),
      t("subject"),
      t("row"),
    ],
    s.followUpsThisWeek.map((x) => [
      itemKey(x),
      x.department ?? "",
      x.owner ?? "",
      iso(x.nextFollowUp),
      iso(x.lastFollowUp),
      x.followUpLate ? t("yes") : "",
      iso(x.due),
      x.state ?? "",
      x.subject ?? "",
      x.row,
    ]),
  );
  block(
    "weeks",
    t("weeks"),
    [t("week"), t("openAtEnd"), t("closedInWeek")],
    s.weeks.map((w) => [serialToIso(w.start), w.open, w.closed]),
  );
  const weeksHeader = layout.rows.weeks + 1;
  block(
    "problems",
    t("problems"),
    [t("register"), t("row"), t("column"), t("message")],
    s.problems.map((p) => [p.sheet, p.row, p.column, p.message]),
  );

  const charts: ChartSpec[] = [
    {
      name: "rectification-weeks",
      title: t("chartTitle"),
      type: "column",
      dataRange: `A${weeksHeader}:C${weeksHeader + s.weeks.length}`,
      seriesBy: "columns",
      anchor: { cell: `${CHART_COLUMN}1`, widthCols: 8, heightRows: 16 },
    },
  ];
  const bigRow = HEADER_ROW + 1;
  const conditionalFormats: ConditionalFormatSpec[] = [
    { range: `B${bigRow}`, kind: "formula", formula: `=$B$${bigRow}>0`, fill: "#FFC7CE", fontColor: "#9C0006" },
  ];
  const header = [
    t("open"),
    t("overdue"),
    t("closedInPeriod"),
    t("closureRate"),
    t("k09"),
    t("k09Target"),
    t("openedInPeriod"),
    t("longTerm"),
    t("total"),
    "",
  ];
  const spec: SheetSpec = {
    name: RECTIFICATION_SHEET,
    headerRow: HEADER_ROW,
    titleRows: [
      [t("title", { period: periodLabel(s.period, lang) })],
      [t("span", { asOf: serialToIso(s.asOf), from: periodStartIso(s.period), to: periodEndIso(s.period) })],
      [t("stamp", { at: input.updatedAt })],
    ],
    columns: header.map((h, k) => ({ header: h, width: WIDTHS[k] ?? 12 })),
    rows,
    conditionalFormats,
    charts,
    protect: true,
    // Not fitted to one page: the overdue list can run long and would shrink to nothing.
    page: { orientation: "landscape", fitToOnePage: false, paper: "A4" },
    tabColor: "#548235",
    ifExists: "replace",
  };
  return { spec, layout };
}
