/**
 * Host-neutral description of what the add-in reads from and writes to a workbook.
 *
 * The core describes sheets (a register template, the KPI board, the deadline overview) as plain data; each adapter
 * (Office.js, ExcelJS, in-memory) turns one description into its host's calls. That is what makes "添加" in Excel
 * create a sheet exactly as the template file does: both come from the same SheetSpec.
 */

/**
 * One cell as hosts return it (Office.js `range.values`): a number (dates are serial numbers), text, a boolean,
 * or null / '' for empty. Excel error values arrive as text ('#N/A', '#REF!').
 */
export type CellValue = string | number | boolean | null;

export type Severity = "error" | "warning";

/** A source for a dropdown: a literal list (short) or an absolute range reference such as `'列表'!$A$2:$A$9`. */
export type ListSource = { kind: "values"; values: readonly string[] } | { kind: "range"; ref: string };

export interface ColumnSpec {
  header: string;
  /** Width in characters (Excel's unit). */
  width: number;
  /** Excel number format code for data cells, e.g. 'yyyy-mm-dd', '#,##0.00', '@'. */
  numberFormat?: string;
  /** Dropdown validation on the data cells. */
  list?: ListSource;
  /** Whole-number / decimal / date validation applied by Excel for typed entry (paste is validated by the add-in). */
  numeric?: { type: "whole" | "decimal"; min?: number; max?: number };
  /** Input prompt shown when a data cell is selected (Excel caps title at 32, message at 255 characters). */
  prompt?: { title: string; message: string };
  /** A note on the header cell (why a computed column is there, what it holds). */
  headerNote?: string;
  required?: boolean;
}

export interface ConditionalFormatSpec {
  /** A1 range relative to the sheet, e.g. 'A2:R1000'. */
  range: string;
  kind: "formula" | "iconSet";
  /** For kind 'formula': an Excel formula evaluated for the top-left cell, e.g. '=$S2="已逾期"'. */
  formula?: string;
  fill?: string; // '#RRGGBB'
  fontColor?: string;
  /** For kind 'iconSet': three icons for values ≥ the thresholds (numbers, in descending order). */
  iconSet?: { style: "3Symbols" | "3TrafficLights1"; thresholds: [number, number] };
}

export interface ChartSpec {
  /** Stable name, so refreshing replaces the chart rather than piling up copies. */
  name: string;
  title: string;
  /** barStacked: horizontal bars, series stacked (a distribution per category). */
  type: "line" | "column" | "barStacked";
  /** Range holding category labels in the first column/row and series after, e.g. 'B20:F21'. */
  dataRange: string;
  seriesBy: "rows" | "columns";
  /** Top-left anchor cell and size in cells. */
  anchor: { cell: string; widthCols: number; heightRows: number };
  /** A small chart beside a table row: no title (it stays the chart's alt text) and no legend. */
  compact?: boolean;
  /** Plot data kept in hidden rows or columns (Excel leaves hidden cells out of a chart unless told otherwise). */
  dataHidden?: boolean;
}

export interface SheetSpec {
  name: string;
  /** Excel table name (ASCII, no spaces). When set, the header row and data rows form a table. */
  tableName?: string;
  /** Header row index (1-based). Rows above it hold `titleRows`. Default 1. */
  headerRow?: number;
  titleRows?: readonly (readonly CellValue[])[];
  columns: readonly ColumnSpec[];
  /** Initial data rows below the header (values only; formats come from the columns). */
  rows?: readonly (readonly CellValue[])[];
  /** How many data rows validation/format should cover for an empty template. */
  formatRows?: number;
  freezeHeader?: boolean;
  hidden?: boolean;
  /** Protect the sheet against casual edits (no password). */
  protect?: boolean;
  conditionalFormats?: readonly ConditionalFormatSpec[];
  charts?: readonly ChartSpec[];
  page?: { orientation: "landscape" | "portrait"; fitToOnePage: boolean; paper: "A4" };
  tabColor?: string;
  /**
   * A printable layout on top of (or instead of) the table: placed values, styles, merges, sizes, print setup,
   * AutoFilter, protection with input cells, workbook names and dropdowns on single cells. Applied after the table part,
   * so a layout may style the header row or put tiles above it. See `SheetLayout`.
   */
  layout?: SheetLayout;
  /** What to do when a sheet of this name exists: keep it untouched, or replace it (generated sheets only). */
  ifExists: "keep" | "replace";
}

/** How cells look. Every field is optional; what is left out stays as the host's default (or the table style's). */
export interface CellStyle {
  bold?: boolean;
  /** Font size in points. */
  fontSize?: number;
  fontColor?: string; // '#RRGGBB'
  fill?: string; // '#RRGGBB'
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  /**
   * Thin lines: 'grid' on every edge of every cell of the range (a ruled table), 'outline' only around the range
   * (a tile), 'bottom' under each cell (a title's rule).
   */
  border?: "grid" | "outline" | "bottom";
  numberFormat?: string;
}

/** Rows or columns `first`..`last` (1-based, inclusive). */
export interface LineSpan {
  first: number;
  last: number;
}

export interface PrintSetup {
  /** A1 range printed (without a sheet name); the whole used range when omitted. */
  area?: string;
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Shrink to at most `wide` pages across and `tall` pages down; `tall: null` lets the pages run down as needed. */
  fit?: { wide: number; tall: number | null };
  /** Rows repeated at the top of every printed page. */
  titleRows?: LineSpan;
}

/**
 * A printable sheet's layout, host-neutral. Ranges are A1 without a sheet name ('B3', 'A1:H1'). Adapters apply it in
 * this order: values, styles, merges, sizes, hidden lines, dropdowns, AutoFilter, print setup, names, protection.
 */
export interface SheetLayout {
  /** Rectangles of values with their top-left cell (titles, tiles, a hidden chart-data area). */
  values?: readonly { at: string; values: readonly (readonly CellValue[])[] }[];
  /** Styles by range, applied in order (a later entry adds to an earlier one on the same cells). */
  styles?: readonly { range: string; style: CellStyle }[];
  /** Merged ranges; the value shown is the top-left cell's. Merges must not overlap each other or a table. */
  merges?: readonly string[];
  /** Column widths in characters (Excel's unit), for columns the spec's `columns` do not size. */
  columnWidths?: readonly { column: number; width: number }[];
  /** Row heights in points. */
  rowHeights?: readonly { row: number; height: number }[];
  hiddenRows?: readonly LineSpan[];
  hiddenColumns?: readonly LineSpan[];
  /** Dropdowns on cells outside the table's columns (a form's input cells). */
  validations?: readonly { range: string; list: ListSource; prompt?: { title: string; message: string } }[];
  /** AutoFilter buttons on the header row of this range (header row included). Not with a table (it has its own). */
  autoFilter?: string;
  print?: PrintSetup;
  /**
   * Workbook-scoped names for single cells of this sheet (a form's fields, a board's numbers), so formulas and other
   * programs can find them by name. A name the workbook already holds is moved to the new cell.
   */
  names?: readonly { name: string; cell: string }[];
  /**
   * Protects the sheet (no password: it guards against slips) with these ranges left editable: a form's input cells.
   * An empty list protects everything.
   */
  protection?: { unlocked: readonly string[] };
}

/** A rectangle of values written at a position; rows and columns are 1-based as Excel shows them. */
export interface Block {
  sheet: string;
  row: number;
  column: number;
  values: readonly (readonly CellValue[])[];
  /** Optional per-column number formats applied to the whole block after the values. */
  columnFormats?: readonly (string | null)[];
  /** Optional note on the first row's cells (header notes of computed columns). */
  headerNotes?: readonly (string | null)[];
  /**
   * Rows appended at the foot of a register: a table of the sheet that ends just above the block (or inside it) is
   * extended over the block's rows, so the table's formats and validation follow the new rows (form import).
   */
  extendTable?: boolean;
}

/** A visible mark the add-in adds to point at a problem; it never edits the cell's value or the user's formats. */
export interface Mark {
  sheet: string;
  row: number;
  column: number;
  severity: Severity;
  message: string;
}
