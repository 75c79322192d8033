/**
 * A SheetSpec as Office.js calls, laid out by the shared spec layout (src/workbook/spec-layout.ts) so a sheet added in
 * Excel matches the template file the .xlsx adapter writes (src/xlsx/apply-spec.ts): title rows, header row with the
 * same fills, table and style, widths, number formats, dropdowns, prompts, numeric rules, conditional formats, charts,
 * frozen header, page setup, tab colour, protection and visibility. Each piece is a QueuedWork with its estimated
 * request size, values before formats, so the caller can pack them into payload-sized syncs.
 */
import type { Lang } from "../core/i18n";
import type { CellValue, ChartSpec, ColumnSpec, ConditionalFormatSpec, SheetSpec } from "../core/sheet-spec";
import { address, columnLetter, parseRange, rangeAddress } from "../workbook/a1";
import { layoutOf, type ColumnPlacement, type SpecLayout } from "../workbook/spec-layout";
import type { QueuedWork } from "./batches";
import { estimateRowBytes, toOfficeValue } from "./cell-input";
import { ExcelAdapterError } from "./errors";
import type { XlConditionalFormat, XlWorksheet } from "./office-api";
import type { ExcelFeature } from "./requirements";
import { layoutWork, unlockWork, widthToPoints } from "./apply-layout";
import type { ResolvedLayout } from "../workbook/sheet-layout";

const HEADER_FILL = "#DDEBF7";
const REQUIRED_HEADER_FILL = "#FCE4D6";
const TABLE_STYLE = "TableStyleLight9";
const LIST_LITERAL_MAX = 255;
/** Rows per values write when a spec carries many rows (generated sheets); keeps each piece well under the budget. */
const ROWS_PER_PIECE = 5_000;

export { widthToPoints } from "./apply-layout";

export interface SpecContext {
  lang: Lang;
  supports(feature: ExcelFeature): boolean;
}

function valuesPiece(ws: XlWorksheet, row: number, rows: readonly (readonly CellValue[])[], width: number): QueuedWork {
  const grid = rows.map((r) => Array.from({ length: width }, (_, j) => toOfficeValue(r[j] ?? null)));
  return {
    bytes: grid.reduce((n, r) => n + estimateRowBytes(r), 64),
    queue: () => {
      ws.getRange(`A${row}:${address(row + grid.length - 1, width)}`).values = grid;
    },
  };
}

const small = (queue: () => void, bytes = 256): QueuedWork => ({ bytes, queue });

function listSource(col: ColumnSpec, sheet: string, lang: Lang): string {
  const list = col.list;
  if (!list) throw new Error("listSource: column has no list");
  if (list.kind === "range") return list.ref.startsWith("=") ? list.ref : `=${list.ref}`;
  const literal = list.values.join(",");
  if (literal.length + 2 > LIST_LITERAL_MAX || list.values.some((v) => v.includes(",") || v.includes('"'))) {
    throw new ExcelAdapterError("listTooLong", { sheet, column: col.header }, lang);
  }
  return literal;
}

function numericRule(numeric: NonNullable<ColumnSpec["numeric"]>): Excel.BasicDataValidation {
  const { type, min, max } = numeric;
  if (min !== undefined && max !== undefined) return { operator: "Between", formula1: min, formula2: max };
  if (min !== undefined) return { operator: "GreaterThanOrEqualTo", formula1: min };
  if (max !== undefined) return { operator: "LessThanOrEqualTo", formula1: max };
  return { operator: "GreaterThanOrEqualTo", formula1: type === "whole" ? -2147483648 : -1e307 };
}

function validationPiece(ws: XlWorksheet, spec: SheetSpec, c: ColumnPlacement, lang: Lang): QueuedWork | null {
  const col = c.spec;
  if (!c.dataRange || (!col.list && !col.numeric && !col.prompt)) return null;
  // Computed before queueing so a bad list fails before anything of the sheet is sent.
  const rule: Excel.DataValidationRule | null = col.list
    ? { list: { inCellDropDown: true, source: listSource(col, spec.name, lang) } }
    : col.numeric
      ? col.numeric.type === "whole"
        ? { wholeNumber: numericRule(col.numeric) }
        : { decimal: numericRule(col.numeric) }
      : null;
  const where = rangeAddress(c.dataRange);
  return small(() => {
    const dv = ws.getRange(where).dataValidation;
    if (rule) {
      dv.rule = rule;
      // A warning, not a stop: the office sometimes must record an unlisted value; validation reports it anyway.
      dv.errorAlert = { showAlert: true, style: "Warning", title: "", message: "" };
    }
    if (col.prompt)
      dv.prompt = { showPrompt: true, title: col.prompt.title.slice(0, 32), message: col.prompt.message.slice(0, 255) };
  });
}

const ICON_STYLES: Record<
  NonNullable<ConditionalFormatSpec["iconSet"]>["style"],
  Excel.IconSetConditionalFormat["style"]
> = {
  "3Symbols": "ThreeSymbols",
  "3TrafficLights1": "ThreeTrafficLights1",
};

/** Checks a spec's conditional format before anything is queued, so a bad spec fails without a half-made sheet. */
function checkConditionalFormat(cf: ConditionalFormatSpec): void {
  if (cf.kind === "iconSet" && !cf.iconSet)
    throw new RangeError(`conditional format on ${cf.range}: kind 'iconSet' needs iconSet`);
  if (cf.kind === "formula" && !cf.formula)
    throw new RangeError(`conditional format on ${cf.range}: kind 'formula' needs formula`);
}

/** Queues one conditional format on `ws` and returns it (its id can be loaded). Also used on existing sheets. */
export function addConditionalFormat(ws: XlWorksheet, cf: ConditionalFormatSpec): XlConditionalFormat {
  checkConditionalFormat(cf);
  const icons = cf.iconSet;
  if (cf.kind === "iconSet" && icons) {
    const [high, mid] = icons.thresholds;
    const format = ws.getRange(cf.range).conditionalFormats.add("IconSet");
    format.iconSet.style = ICON_STYLES[icons.style];
    // Office.js lists criteria from the lowest icon up; the first is implied. The spec gives thresholds best first.
    format.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      { type: "Number", operator: "GreaterThanOrEqual", formula: `=${mid}` },
      { type: "Number", operator: "GreaterThanOrEqual", formula: `=${high}` },
    ];
    return format;
  }
  const text = cf.formula ?? "";
  const format = ws.getRange(cf.range).conditionalFormats.add("Custom");
  format.custom.rule.formula = text.startsWith("=") ? text : `=${text}`;
  if (cf.fill) format.custom.format.fill.color = cf.fill;
  if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
  return format;
}

function conditionalFormatPiece(ws: XlWorksheet, cf: ConditionalFormatSpec): QueuedWork {
  checkConditionalFormat(cf);
  return small(() => {
    addConditionalFormat(ws, cf);
  });
}

/** Office.js chart types for the SheetSpec chart types. */
const EXCEL_CHART_TYPES = { line: "Line", column: "ColumnClustered", barStacked: "BarStacked" } as const;

/** The cell `cols` columns right and `rows` rows below `cell` (for a chart's bottom-right corner). */
function offsetCell(cell: string, rows: number, cols: number): string {
  const r = parseRange(cell);
  return address(r.top + rows, r.left + cols);
}

/**
 * The table name to give `spec`'s table, or null for no table — the rule the .xlsx adapter follows
 * (src/xlsx/apply-spec.ts): Excel wants table names unique in the workbook (a user's renamed copy of a register may
 * hold the catalogue's name, so ours gets a suffix) and rewrites repeated or blank headers, which would change the
 * header row the add-in recognises registers by — such a sheet gets no table.
 */
export function tableNameFor(spec: SheetSpec, taken: ReadonlySet<string>): string | null {
  if (!spec.tableName || spec.columns.length === 0) return null;
  const headers = spec.columns.map((c) => c.header.trim().toLowerCase());
  if (new Set(headers).size !== headers.length || headers.some((h) => h === "")) return null;
  let name = spec.tableName;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${spec.tableName}_${i}`;
  return name;
}

/** Whether the host has a feature; one it lacks is collected for the notice and its step skipped. */
type Needs = (feature: ExcelFeature) => boolean;

/** Title rows, the header and the data rows, in pieces small enough for one sync each. */
function valuesWork(ws: XlWorksheet, spec: SheetSpec, placed: SpecLayout): QueuedWork[] {
  const width = spec.columns.length;
  const work: QueuedWork[] = [];
  spec.titleRows?.forEach((row, i) => {
    if (row.length > 0) work.push(valuesPiece(ws, i + 1, [row], row.length));
  });
  if (width === 0) return work;
  work.push(valuesPiece(ws, placed.headerRow, [spec.columns.map((c) => c.header)], width));
  const rows = spec.rows ?? [];
  for (let i = 0; i < rows.length; i += ROWS_PER_PIECE)
    work.push(valuesPiece(ws, placed.firstDataRow + i, rows.slice(i, i + ROWS_PER_PIECE), width));
  return work;
}

/** The bold title, column widths, header fills and the data columns' number formats. */
function formatsWork(ws: XlWorksheet, spec: SheetSpec, placed: SpecLayout): QueuedWork[] {
  const work: QueuedWork[] = [];
  if ((spec.titleRows?.length ?? 0) > 0 && (spec.titleRows?.[0]?.length ?? 0) > 0) {
    const titleWidth = spec.titleRows?.[0]?.length ?? 1;
    work.push(small(() => (ws.getRange(`A1:${address(1, titleWidth)}`).format.font.bold = true)));
  }
  for (const c of placed.columns) {
    const letter = columnLetter(c.column);
    work.push(
      small(() => {
        ws.getRange(`${letter}:${letter}`).format.columnWidth = widthToPoints(c.spec.width);
        const header = ws.getRange(address(placed.headerRow, c.column)).format;
        header.fill.color = c.spec.required ? REQUIRED_HEADER_FILL : HEADER_FILL;
        header.font.bold = true;
      }),
    );
    const fmt = c.spec.numberFormat;
    if (fmt && c.dataRange) {
      const n = c.dataRange.bottom - c.dataRange.top + 1;
      const where = rangeAddress(c.dataRange);
      work.push({
        bytes: 64 + n * (fmt.length * 3 + 5),
        queue: () => (ws.getRange(where).numberFormat = Array.from({ length: n }, () => [fmt])),
      });
    }
  }
  return work;
}

function chartPiece(ws: XlWorksheet, chart: ChartSpec, needs: Needs): QueuedWork {
  // Asked before the piece is queued, so the notice is collected with the others.
  const showHidden = chart.dataHidden === true && needs("hiddenChartData");
  return small(() => {
    const drawn = ws.charts.add(
      EXCEL_CHART_TYPES[chart.type],
      ws.getRange(chart.dataRange),
      chart.seriesBy === "rows" ? "Rows" : "Columns",
    );
    drawn.name = chart.name;
    drawn.title.text = chart.title;
    drawn.setPosition(
      chart.anchor.cell,
      offsetCell(chart.anchor.cell, chart.anchor.heightRows - 1, chart.anchor.widthCols - 1),
    );
    if (chart.compact) {
      drawn.title.visible = false;
      drawn.legend.visible = false;
    }
    if (showHidden) drawn.plotVisibleOnly = false;
  });
}

/** The table, dropdowns and prompts, the row colours, charts and header notes. */
function objectsWork(
  ws: XlWorksheet,
  spec: SheetSpec,
  placed: SpecLayout,
  tableName: string | null,
  ctx: SpecContext,
  needs: Needs,
): QueuedWork[] {
  const width = spec.columns.length;
  const work: QueuedWork[] = [];
  if (tableName && width > 0) {
    const lastRow = placed.headerRow + Math.max(1, spec.rows?.length ?? 0);
    work.push(
      small(() => {
        const table = ws.tables.add(`A${placed.headerRow}:${address(lastRow, width)}`, true);
        table.name = tableName;
        table.style = TABLE_STYLE;
      }),
    );
  }
  if (
    placed.columns.some((c) => c.dataRange && (c.spec.list || c.spec.numeric || c.spec.prompt)) &&
    needs("dataValidation")
  ) {
    for (const c of placed.columns) {
      const piece = validationPiece(ws, spec, c, ctx.lang);
      if (piece) work.push(piece);
    }
  }
  if ((spec.conditionalFormats?.length ?? 0) > 0 && needs("conditionalFormats")) {
    for (const cf of spec.conditionalFormats ?? []) work.push(conditionalFormatPiece(ws, cf));
  }
  for (const chart of spec.charts ?? []) work.push(chartPiece(ws, chart, needs));
  const notes = placed.columns.filter((c) => c.spec.headerNote);
  if (notes.length > 0 && needs("notes")) {
    for (const c of notes)
      work.push(small(() => ws.notes.add(address(placed.headerRow, c.column), c.spec.headerNote as string)));
  }
  return work;
}

/** Frozen header, page setup, the layout's extras and the tab colour, then protection (nothing is written after it). */
function sheetSettingsWork(
  ws: XlWorksheet,
  spec: SheetSpec,
  placed: SpecLayout,
  ctx: SpecContext,
  needs: Needs,
  layout: ResolvedLayout | null,
): QueuedWork[] {
  const work: QueuedWork[] = [];
  if (spec.freezeHeader && needs("freezePanes")) work.push(small(() => ws.freezePanes.freezeRows(placed.headerRow)));
  if (spec.page && needs("pageLayout")) {
    const page = spec.page;
    work.push(
      small(() => {
        ws.pageLayout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
        ws.pageLayout.paperSize = "A4";
        if (page.fitToOnePage) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
      }),
    );
  }
  if (spec.layout && layout) work.push(...layoutWork(ws, spec.layout, layout, { lang: ctx.lang, needs }));
  if (spec.tabColor) {
    const color = spec.tabColor;
    work.push(small(() => (ws.tabColor = color)));
  }
  // No password: protection guards against slips.
  if (spec.layout?.protection && layout && needs("protection")) {
    work.push(...unlockWork(ws, layout));
    work.push(small(() => ws.protection.protect({ allowFormatColumns: true, allowAutoFilter: true })));
  } else if (spec.protect && needs("protection")) {
    work.push(small(() => ws.protection.protect({ allowFormatColumns: true, allowSort: true, allowAutoFilter: true })));
  }
  return work;
}

/**
 * Everything that builds `spec` on the (new, empty) sheet `ws`, in order: values, then formats, then objects, then
 * sheet settings and protection. Features the host lacks are skipped (the caller collects them for a notice).
 */
export function specWork(
  ws: XlWorksheet,
  spec: SheetSpec,
  tableName: string | null,
  ctx: SpecContext,
  skipped: Set<ExcelFeature>,
  layout: ResolvedLayout | null = null,
): QueuedWork[] {
  const placed = layoutOf(spec);
  const needs: Needs = (feature) => {
    if (ctx.supports(feature)) return true;
    skipped.add(feature);
    return false;
  };
  return [
    ...valuesWork(ws, spec, placed),
    ...formatsWork(ws, spec, placed),
    ...objectsWork(ws, spec, placed, tableName, ctx, needs),
    ...sheetSettingsWork(ws, spec, placed, ctx, needs, layout),
  ];
}
