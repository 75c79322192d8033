/**
 * The slice of the Excel JavaScript API the adapter uses, as structural types.
 *
 * The adapter is written against these rather than the full `Excel.*` classes so a typed in-memory fake can stand in
 * for Excel in tests and in a plain browser. Member types are taken from @types/office-js where they are data, and
 * `ASSERT_REAL_EXCEL_FITS` at the bottom makes the compiler prove the real `Excel.run` satisfies this slice, so the
 * adapter can never call something Office.js does not have.
 */

export type LoadArg = string | string[];

export interface XlLoadable {
  load(propertyNames: LoadArg): unknown;
}

export interface XlNullable {
  readonly isNullObject: boolean;
}

export type XlVisibility = Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";

export interface XlRangeFill {
  color: string;
}

export interface XlRangeFont {
  color: string;
  bold: boolean;
  size: number;
}

export type XlBorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface XlRangeBorder {
  style: Excel.RangeBorder["style"];
  weight: Excel.RangeBorder["weight"];
  color: string;
}

export interface XlRangeBorderCollection {
  getItem(index: XlBorderIndex): XlRangeBorder;
}

export interface XlRangeFormat extends XlLoadable {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
  readonly borders: XlRangeBorderCollection;
  readonly protection: { locked: boolean };
  columnWidth: number;
  rowHeight: number;
  wrapText: boolean;
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  verticalAlignment: Excel.RangeFormat["verticalAlignment"];
}

export interface XlDataValidation extends XlLoadable {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  clear(): void;
}

export interface XlConditionalRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string };
}

export interface XlCustomConditionalFormat {
  readonly rule: { formula: string };
  readonly format: XlConditionalRangeFormat;
}

export interface XlIconSetConditionalFormat {
  style: Excel.IconSetConditionalFormat["style"];
  criteria: Excel.ConditionalIconCriterion[];
}

export interface XlConditionalFormat extends XlLoadable, XlNullable {
  readonly id: string;
  readonly type: Excel.ConditionalFormat["type"];
  readonly custom: XlCustomConditionalFormat;
  readonly iconSet: XlIconSetConditionalFormat;
  delete(): void;
}

export interface XlConditionalFormatCollection extends XlLoadable {
  readonly items: XlConditionalFormat[];
  add(type: "Custom" | "IconSet"): XlConditionalFormat;
  getItem(id: string): XlConditionalFormat;
  getItemOrNullObject(id: string): XlConditionalFormat;
  clearAll(): void;
}

export interface XlRange extends XlLoadable, XlNullable {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  values: Excel.Range["values"];
  formulas: Excel.Range["formulas"];
  numberFormat: Excel.Range["numberFormat"];
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  readonly worksheet: XlWorksheet;
  /** Hides (or shows) the range's whole rows / columns. */
  rowHidden: boolean;
  columnHidden: boolean;
  merge(across?: boolean): void;
  getCell(row: number, column: number): XlRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
  /** The smallest range holding this one and `other`. */
  getBoundingRect(other: string | XlRange): XlRange;
  getIntersectionOrNullObject(other: string | XlRange): XlRange;
  select(): void;
}

export interface XlTableRowCollection {
  /** Rows added at the table's end when `index` is null (ExcelApi 1.4 for several rows); cells below move down. */
  add(index?: number | null, values?: (string | number | boolean)[][]): unknown;
}

export interface XlTable extends XlLoadable, XlNullable {
  name: string;
  style: string;
  readonly rows: XlTableRowCollection;
  getHeaderRowRange(): XlRange;
  /** The whole table: header, data and totals rows. */
  getRange(): XlRange;
  /** The table over `newRange`, same header row, overlapping the old range; no cell moves (ExcelApi 1.13). */
  resize(newRange: string): void;
  delete(): void;
}

export interface XlTableCollection extends XlLoadable {
  readonly items: XlTable[];
  add(address: string, hasHeaders: boolean): XlTable;
  getItemOrNullObject(name: string): XlTable;
}

export interface XlChart extends XlLoadable, XlNullable {
  name: string;
  readonly title: { text: string; visible: boolean };
  readonly legend: { visible: boolean };
  /** False plots data in hidden rows and columns too (ExcelApi 1.8). */
  plotVisibleOnly: boolean;
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface XlChartCollection extends XlLoadable {
  readonly items: XlChart[];
  add(
    type: "Line" | "ColumnClustered" | "BarStacked",
    sourceData: XlRange,
    seriesBy?: "Auto" | "Columns" | "Rows",
  ): XlChart;
  getItemOrNullObject(name: string): XlChart;
}

/** A cell note (ExcelApi 1.18): the legacy "comment" that .xlsx files and ExcelJS call a comment. */
export interface XlNote extends XlLoadable, XlNullable {
  content: string;
  delete(): void;
}

export interface XlNoteCollection {
  /** `cellAddress` is a single cell on the collection's sheet, e.g. 'B7'. */
  add(cellAddress: string, content: string): XlNote;
  getItemOrNullObject(cellAddress: string): XlNote;
}

export interface XlProtection extends XlLoadable {
  readonly protected: boolean;
  protect(options?: Excel.WorksheetProtectionOptions): void;
  unprotect(): void;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
  unfreeze(): void;
}

export interface XlPageLayout extends XlLoadable {
  orientation: Excel.PageLayout["orientation"];
  paperSize: Excel.PageLayout["paperSize"];
  zoom: Excel.PageLayoutZoomOptions;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XlAutoFilter {
  apply(range: string): void;
}

export interface XlNamedItem extends XlLoadable, XlNullable {
  readonly name: string;
  delete(): void;
}

export interface XlNamedItemCollection extends XlLoadable {
  readonly items: XlNamedItem[];
  /** `reference` is a formula such as "='KPI看板'!$B$3". */
  add(name: string, reference: string, comment?: string): XlNamedItem;
  getItem(name: string): XlNamedItem;
}

/** The part of a change event the adapter reads; multi-cell edits carry no per-cell details, only the address. */
export interface XlChangedEventArgs {
  address: string;
  worksheetId: string;
}

export interface XlEventRegistration {
  remove(): void;
}

export interface XlEventSource<A> {
  add(handler: (args: A) => Promise<unknown>): XlEventRegistration;
}

export interface XlWorksheet extends XlLoadable, XlNullable {
  readonly id: string;
  name: string;
  position: number;
  visibility: XlVisibility;
  tabColor: string;
  readonly protection: XlProtection;
  readonly freezePanes: XlFreezePanes;
  readonly tables: XlTableCollection;
  readonly charts: XlChartCollection;
  readonly pageLayout: XlPageLayout;
  readonly autoFilter: XlAutoFilter;
  readonly notes: XlNoteCollection;
  readonly onChanged: XlEventSource<XlChangedEventArgs>;
  getRange(address?: string): XlRange;
  /** On an empty sheet Excel returns A1 rather than failing. */
  getUsedRange(valuesOnly?: boolean): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getCell(row: number, column: number): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(name: string): XlWorksheet;
  getItemOrNullObject(name: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  /** Every table of the workbook (names are workbook-unique in Excel). */
  readonly tables: XlLoadable & { readonly items: XlTable[] };
  /** Workbook-scoped names (ExcelApi 1.4). */
  readonly names: XlNamedItemCollection;
  /** Fails with InvalidSelection when the user selected several blocks (Ctrl); see getSelectedRanges. */
  getSelectedRange(): XlRange;
  /** Every block of the selection (ExcelApi 1.9). */
  getSelectedRanges(): XlRangeAreas;
}

/** Excel.RangeAreas, as far as reading a selection needs it. */
export interface XlRangeAreas {
  readonly areas: XlLoadable & { readonly items: XlRange[] };
}

export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  readonly runtime: { enableEvents: boolean };
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  sync(): Promise<unknown>;
}

/** `Excel.run`, narrowed to the one overload the adapter uses. */
export type XlRun = <T>(batch: (context: XlRequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run(context, batch)`: a new batch on an earlier context (removing event handlers added through it). */
export type XlRunIn = <T>(context: XlRequestContext, batch: (context: XlRequestContext) => Promise<T>) => Promise<T>;

/** Compile-time proof that the real Office.js API satisfies this slice (never called). */
export function assertRealExcelFits(real: typeof Excel.run): XlRun {
  return real;
}
