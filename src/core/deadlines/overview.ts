/**
 * The generated `期限总览` sheet: every unfinished deadline of the workbook in attention order (overdue first), with
 * who owns it and where it lives. Rebuilt on each refresh (ifExists 'replace'); the registers stay the record.
 */
import { serialToIso } from "../dates";
import { translate, type Lang } from "../i18n";
import type { CellValue, ColumnSpec, SheetLayout, SheetSpec } from "../sheet-spec";
import { DEADLINE_MESSAGES } from "./messages";
import { DUE_SOON_FILL, DUE_SOON_FONT, OVERDUE_FILL, OVERDUE_FONT, columnLetters } from "./columns";
import { byAttention, escalationLabel, isUnfinished, statusLabel } from "./report";
import type { DeadlineItem } from "./types";

/** The sheet's name; the app's derived-sheet registry lists it among the generated sheets. */
export { DEADLINE_OVERVIEW_SHEET as OVERVIEW_SHEET } from "../derived-sheet-names";
import { DEADLINE_OVERVIEW_SHEET as OVERVIEW_SHEET } from "../derived-sheet-names";

type OverviewColumn = {
  zh: string;
  en: string;
  width: number;
  format?: string;
  value: (i: DeadlineItem, lang: Lang) => CellValue;
};

/**
 * Left to right what a reader scans for: the status, the dates and, beside them, who must act; then what it is and
 * where it lives. About 150 characters in all: printed one A4 landscape page wide, shrunk a little.
 */
const COLUMNS: readonly OverviewColumn[] = [
  { zh: "期限状态", en: "Status", width: 9, value: (i, lang) => statusLabel(i.status, lang) },
  {
    zh: "逾期工作日",
    en: "Working days late",
    width: 9,
    format: "0",
    value: (i) => (i.status === "overdue" ? i.overdueWorkdays : ""),
  },
  { zh: "截止日期", en: "Due", width: 12, format: "yyyy-mm-dd", value: (i) => Math.floor(i.due) },
  { zh: "截止时刻", en: "Due time", width: 8, value: (i) => (i.dueHasTime ? formatTime(i.due) : "") },
  { zh: "责任人", en: "Owner", width: 9, value: (i) => i.owner ?? "" },
  { zh: "责任部门", en: "Department", width: 11, value: (i) => i.ownerDepartment ?? "" },
  {
    zh: "开始日期",
    en: "Start",
    width: 12,
    format: "yyyy-mm-dd",
    value: (i) => (i.start === null ? "" : Math.floor(i.start)),
  },
  { zh: "事项", en: "Deadline", width: 12, value: (i, lang) => i.rule.label[lang] },
  { zh: "内容", en: "Subject", width: 30, value: (i) => i.subject ?? "" },
  { zh: "编号", en: "Key", width: 12, value: (i) => i.key ?? "" },
  { zh: "工作表", en: "Sheet", width: 12, value: (i) => i.sheet },
  { zh: "行号", en: "Row", width: 5, format: "0", value: (i) => i.row },
  {
    zh: "催办级别",
    en: "Escalation",
    width: 12,
    value: (i, lang) => (i.escalation === null ? "" : escalationLabel(i.escalation, lang)),
  },
];

/** One A4 landscape page wide (as long as the list needs), the header on every page, AutoFilter buttons on it. */
function overviewLayout(headerRow: number, rows: number): SheetLayout {
  const last = columnLetters(COLUMNS.length);
  return {
    styles: [{ range: `A${headerRow}:${last}${headerRow}`, style: { wrap: true, vertical: "middle" } }],
    autoFilter: `A${headerRow}:${last}${headerRow + Math.max(1, rows)}`,
    print: {
      orientation: "landscape",
      paper: "A4",
      fit: { wide: 1, tall: null },
      titleRows: { first: headerRow, last: headerRow },
    },
  };
}

function formatTime(dt: number): string {
  const minutes = Math.round((dt - Math.floor(dt)) * 1440);
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}

/** Rows with fewer than this many items still get colour rules over a usable range. */
const MIN_FORMAT_ROWS = 50;

/** `warnings` (the run's, e.g. a due-soon window reaching a year without calendar data) go under the title. */
export function overviewSheet(
  items: readonly DeadlineItem[],
  asOf: number,
  lang: Lang,
  warnings: readonly string[] = [],
): SheetSpec {
  const open = items.filter(isUnfinished).sort(byAttention);
  const columns: ColumnSpec[] = COLUMNS.map((c) => ({
    header: lang === "zh-CN" ? c.zh : c.en,
    width: c.width,
    ...(c.format ? { numberFormat: c.format } : {}),
  }));
  const titleRows = [
    [translate(DEADLINE_MESSAGES, lang, "overviewTitle", { asOf: serialToIso(asOf), count: open.length })],
    ...warnings.map((w) => [w]),
  ];
  const headerRow = titleRows.length + 1;
  const last = headerRow + Math.max(open.length, MIN_FORMAT_ROWS);
  const range = `A${headerRow + 1}:${columnLetters(COLUMNS.length)}${last}`;
  const statusCell = `$A${headerRow + 1}`;
  const is = (label: string) => `=${statusCell}="${label}"`;
  return {
    name: OVERVIEW_SHEET,
    headerRow,
    titleRows,
    columns,
    rows: open.map((i) => COLUMNS.map((c) => c.value(i, lang))),
    formatRows: MIN_FORMAT_ROWS,
    freezeHeader: true,
    conditionalFormats: [
      {
        range,
        kind: "formula",
        formula: is(statusLabel("overdue", lang)),
        fill: OVERDUE_FILL,
        fontColor: OVERDUE_FONT,
      },
      {
        range,
        kind: "formula",
        formula: is(statusLabel("due-soon", lang)),
        fill: DUE_SOON_FILL,
        fontColor: DUE_SOON_FONT,
      },
    ],
    layout: overviewLayout(headerRow, open.length),
    tabColor: "#C00000",
    ifExists: "replace",
  };
}
