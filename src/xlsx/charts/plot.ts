/**
 * What a ChartSpec plots: the category labels and series of its data range, as sheet formulas (so Excel and
 * LibreOffice follow later edits) and as the values the cells hold now (the caches a viewer shows without recalculating).
 *
 * The range follows Excel's own reading of a selection: with `seriesBy: 'rows'` the first row holds the categories
 * (after a corner cell) and each further row is a series named by its first cell; `'columns'` is the same transposed.
 */
import type { CellValue, ChartSpec } from "../../core/sheet-spec";
import { address, parseRange, type CellRange } from "../../workbook/a1";

export interface SeriesPlot {
  name: string;
  nameRef: string;
  /** One entry per category; null where the cell holds no number (drawn as a gap). */
  values: (number | null)[];
  valuesRef: string;
}

export interface ChartPlot {
  categories: string[];
  categoriesRef: string;
  series: SeriesPlot[];
}

/** Chart types this package draws natively. */
export const DRAWN_CHART_TYPES: ReadonlySet<ChartSpec["type"]> = new Set(["line", "column", "barStacked"]);

/** `'KPI看板'!$B$2:$E$2`: always quoted, an apostrophe in the name doubled, as Excel writes sheet references. */
export function sheetRef(sheet: string, r: CellRange): string {
  const abs = (row: number, column: number) => address(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const a = abs(r.top, r.left);
  const b = abs(r.bottom, r.right);
  return `'${sheet.replace(/'/g, "''")}'!${a === b ? a : `${a}:${b}`}`;
}

/**
 * The data range of a chart this package can draw: a known type and a range with a label row/column plus at least one
 * category and one series. Null otherwise, so the caller reports the chart as not drawn.
 */
export function drawableRange(chart: ChartSpec): CellRange | null {
  if (!DRAWN_CHART_TYPES.has(chart.type)) return null;
  let r: CellRange;
  try {
    r = parseRange(chart.dataRange);
    parseRange(chart.anchor.cell);
  } catch {
    return null;
  }
  const sized = (n: number) => Number.isInteger(n) && n > 0;
  if (!sized(chart.anchor.widthCols) || !sized(chart.anchor.heightRows)) return null;
  return r.bottom > r.top && r.right > r.left ? r : null;
}

function label(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** The chart's categories and series read through `valueAt` (1-based row and column of the chart's sheet). */
export function plotOf(
  chart: ChartSpec,
  sheet: string,
  valueAt: (row: number, column: number) => CellValue,
): ChartPlot {
  const r = drawableRange(chart);
  if (r === null) throw new Error(`chart '${chart.name}' cannot be drawn from ${chart.dataRange}`);
  // Work in (line, position) coordinates: a line is a series, a position a category.
  const byRows = chart.seriesBy === "rows";
  const [firstLine, lastLine] = byRows ? [r.top, r.bottom] : [r.left, r.right];
  const [firstPos, lastPos] = byRows ? [r.left, r.right] : [r.top, r.bottom];
  const at = (line: number, pos: number) => (byRows ? valueAt(line, pos) : valueAt(pos, line));
  const span = (line: number, from: number, to: number): CellRange =>
    byRows ? { top: line, bottom: line, left: from, right: to } : { left: line, right: line, top: from, bottom: to };

  const positions: number[] = [];
  for (let p = firstPos + 1; p <= lastPos; p++) positions.push(p);
  const series: SeriesPlot[] = [];
  for (let line = firstLine + 1; line <= lastLine; line++) {
    series.push({
      name: label(at(line, firstPos)),
      nameRef: sheetRef(sheet, span(line, firstPos, firstPos)),
      values: positions.map((p) => {
        const v = at(line, p);
        return typeof v === "number" && Number.isFinite(v) ? v : null;
      }),
      valuesRef: sheetRef(sheet, span(line, firstPos + 1, lastPos)),
    });
  }
  return {
    categories: positions.map((p) => label(at(firstLine, p))),
    categoriesRef: sheetRef(sheet, span(firstLine, firstPos + 1, lastPos)),
    series,
  };
}
