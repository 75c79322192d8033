/**
 * The workbook port over an .xlsx file, with ExcelJS: what the CLI, the template generator and a browser workbench use.
 *
 * Charts in a SheetSpec are drawn as native Excel charts by finishing ExcelJS's package (charts/inject.ts, which also
 * puts each sheet's trailing elements in the order Excel requires); a chart it cannot draw is listed in
 * `unrenderedCharts` rather than dropped. Parts of a loaded file that ExcelJS would not write back (charts, pivot
 * tables, slicers, threaded comments, macros) are listed in `unpreservedParts` so a caller can warn before overwriting
 * the user's file.
 * Opened read-only (`ledger check`), the file is scanned directly instead (fast-read.ts) and cannot be changed.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Block, CellValue, ChartSpec, Mark, SheetSpec } from "../core/sheet-spec";
import { CancelledError, type ReadOptions, type SheetInfo, type SheetValues, type WorkbookPort } from "../workbook/port";
import { MARKS_SETTING, parseMarkedCells, planApplyMarks, planClearMarks, serializeMarkedCells, type NoteWrite } from "../workbook/mark-notes";
import { applySpec, tableNameFor } from "./apply-spec";
import { fromExcelJs, toExcelJs } from "./cell-values";
import { readNote, writeNote } from "./notes";
import { containsText, sniffWorkbook, WorkbookReadError } from "./read-error";
import { readSettingsSheet, settingsFromValues, SETTINGS_SHEET, writeSettingsSheet } from "./settings-sheet";
import { scanPackage, scanSheetValues, type ScannedPackage, type ScannedSheet } from "./fast-read";
import { finishPackage } from "./charts/inject";
import { loadedCharts, type LoadedCharts } from "./charts/loaded";
import { drawableRange, plotOf } from "./charts/plot";
import { OWNED_FORMATS_SETTING, parseOwnedFormats, planOwnedFormats, recordAfter, serializeOwnedFormats, type OwnedFormatsEntry } from "../workbook/owned-formats";
import { conditionalFormatsOf, replaceOwnedFormats } from "./owned-formats";

export { WorkbookReadError } from "./read-error";

export interface XlsxOpenOptions {
  /**
   * Open for reading only (e.g. `ledger check`): values and settings come from a direct scan of the package instead of
   * ExcelJS's model, several times faster and without expanding whole-column validations into a million entries.
   * Anything that writes (sheets, blocks, marks, settings, saving) is refused; notes and formats are not inspected.
   */
  readOnly?: boolean;
}

export interface UnrenderedChart {
  sheet: string;
  chart: ChartSpec;
}

/** Parts of an opened package ExcelJS drops when it writes the workbook again. */
const UNPRESERVED_PARTS: ReadonlyArray<{ marker: string; part: string }> = [
  { marker: "xl/charts/", part: "charts" },
  { marker: "xl/pivotTables/", part: "pivot tables" },
  { marker: "xl/slicers/", part: "slicers" },
  { marker: "xl/threadedComments/", part: "threaded comments" },
  { marker: "xl/vbaProject.bin", part: "macros" },
];

export class XlsxWorkbook implements WorkbookPort {
  /** ChartSpecs this adapter could not draw (an unknown type or an unusable range); callers say so in the sheet. */
  readonly unrenderedCharts: UnrenderedChart[] = [];
  /** Charts drawn when the package is written, by sheet; a replaced sheet's entry is replaced with it. */
  private readonly sheetCharts = new Map<string, ChartSpec[]>();
  private settings: Map<string, string>;

  /** Set when the file was opened read-only through the package scan: values come from here, not from `wb`. */
  private scan: { pkg: ScannedPackage; values: Map<string, CellValue[][]> } | null = null;

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly readOnly: boolean,
    /** Features of the opened file that saving through ExcelJS would lose (see `unpreservedParts`). */
    private readonly loadedParts: readonly string[],
    /** Where the opened file's charts are, when it has any. */
    private readonly loadedChartSheets: LoadedCharts | null = null
  ) {
    this.settings = readSettingsSheet(wb.getWorksheet(SETTINGS_SHEET));
  }

  /** Sheets replaced from a spec since the file was opened: what they held before is meant to go. */
  private readonly replacedSheets = new Set<string>();

  /**
   * Features of the opened file that saving through ExcelJS would lose. Charts count only while one sits on a sheet
   * that is written back as it was; a regenerated sheet (KPI看板) gets its charts from its spec.
   */
  get unpreservedParts(): readonly string[] {
    const charts = this.loadedChartSheets;
    if (!charts || charts.elsewhere || [...charts.sheets].some((s) => !this.replacedSheets.has(s))) return this.loadedParts;
    return this.loadedParts.filter((p) => p !== "charts");
  }

  private static async scanned(pkg: ScannedPackage, unpreserved: readonly string[]): Promise<XlsxWorkbook> {
    const x = new XlsxWorkbook(new ExcelJS.Workbook(), true, unpreserved);
    x.scan = { pkg, values: new Map() };
    const settingsSheet = pkg.sheets.find((s) => s.name === SETTINGS_SHEET);
    if (settingsSheet) x.settings = settingsFromValues(await scanSheetValues(pkg, settingsSheet));
    return x;
  }

  /** A scanned sheet's values, parsed once. */
  private async scannedValues(sheet: ScannedSheet): Promise<CellValue[][]> {
    const scan = this.scan as NonNullable<XlsxWorkbook["scan"]>;
    let values = scan.values.get(sheet.name);
    if (!values) scan.values.set(sheet.name, (values = await scanSheetValues(scan.pkg, sheet)));
    return values;
  }

  private scannedSheet(name: string): ScannedSheet {
    const sheet = name === SETTINGS_SHEET ? undefined : this.scan?.pkg.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`XlsxWorkbook: no sheet named '${name}'`);
    return sheet;
  }

  /**
   * A new, empty workbook. With `timestamp`, the document properties and every zip entry carry that time, so the same
   * content always gives the same bytes (checked-in templates then change only when their content does).
   */
  static create(options: { timestamp?: Date } = {}): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = "台账助手";
    wb.lastModifiedBy = "台账助手";
    const x = new XlsxWorkbook(wb, false, []);
    if (options.timestamp) {
      wb.created = options.timestamp;
      wb.modified = options.timestamp;
      x.fixedTimestamp = options.timestamp;
    }
    return x;
  }

  private fixedTimestamp: Date | null = null;

  /** Opens a file (Node only: the browser workbench passes the bytes of a picked file to fromBuffer). */
  static async fromFile(path: string, options: XlsxOpenOptions = {}): Promise<XlsxWorkbook> {
    const fs = await nodeFs();
    let bytes: Uint8Array;
    try {
      const st = await fs.stat(path);
      if (!st.isFile()) throw new WorkbookReadError("not-a-file", path);
      bytes = await fs.readFile(path);
    } catch (e) {
      if (e instanceof WorkbookReadError) throw e;
      const code = (e as { code?: string }).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("missing", path);
      if (code === "EISDIR") throw new WorkbookReadError("not-a-file", path);
      throw new WorkbookReadError("corrupt", path, firstLine((e as Error).message));
    }
    return XlsxWorkbook.fromBuffer(bytes, { ...options, fileName: path });
  }

  static async fromBuffer(data: Uint8Array | ArrayBuffer, options: XlsxOpenOptions & { fileName?: string } = {}): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const name = options.fileName ?? "workbook.xlsx";
    const sniffed = sniffWorkbook(bytes);
    if (sniffed !== null) throw new WorkbookReadError(sniffed, name);
    const unpreserved = UNPRESERVED_PARTS.filter((p) => containsText(bytes, p.marker)).map((p) => p.part);
    if (options.readOnly) {
      let pkg: ScannedPackage;
      try {
        pkg = await scanPackage(bytes);
      } catch (e) {
        throw new WorkbookReadError("corrupt", name, firstLine((e as Error).message));
      }
      // Only the 1904 date system needs to know which numbers are dates; ExcelJS's model knows.
      if (!pkg.date1904) return XlsxWorkbook.scanned(pkg, unpreserved);
    }
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer, options.readOnly ? ({ ignoreNodes: ["dataValidations", "conditionalFormatting"] } as object) : undefined);
    } catch (e) {
      throw new WorkbookReadError("corrupt", name, firstLine((e as Error).message));
    }
    // An unreadable chart layout keeps the plain warning (null) rather than failing an open ExcelJS managed.
    const charts = unpreserved.includes("charts") && !options.readOnly ? await loadedCharts(bytes).catch(() => null) : null;
    return new XlsxWorkbook(wb, options.readOnly === true, unpreserved, charts);
  }

  /** The .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    this.assertWritable();
    writeSettingsSheet(this.wb, this.settings);
    const raw: unknown = await this.wb.xlsx.writeBuffer();
    const written = raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBuffer);
    const out = await finishPackage(written, this.chartPlots());
    return this.fixedTimestamp ? withEntryDates(out, this.fixedTimestamp) : out;
  }

  /** The charts to draw with the values their sheets hold now (blocks written after the sheet included). */
  private chartPlots() {
    return [...this.sheetCharts].map(([sheet, charts]) => {
      const ws = this.sheet(sheet);
      const valueAt = (row: number, column: number): CellValue => {
        const cell = ws.findCell(row, column);
        return cell ? cellValue(cell) : null;
      };
      return { sheet, charts: charts.map((chart) => ({ chart, plot: plotOf(chart, sheet, valueAt) })) };
    });
  }

  /** Writes the workbook to a file (Node only). */
  async save(path: string): Promise<void> {
    const fs = await nodeFs();
    await fs.writeFile(path, await this.toBuffer());
  }

  private assertWritable(): void {
    if (this.readOnly) throw new Error("XlsxWorkbook opened read-only: it cannot be changed or saved");
  }

  private userSheets(): ExcelJS.Worksheet[] {
    return this.wb.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = name === SETTINGS_SHEET ? undefined : this.wb.getWorksheet(name);
    if (!ws) throw new Error(`XlsxWorkbook: no sheet named '${name}'`);
    return ws;
  }

  async listSheets(): Promise<SheetInfo[]> {
    if (this.scan) {
      const out: SheetInfo[] = [];
      for (const sheet of this.scan.pkg.sheets) {
        if (sheet.name === SETTINGS_SHEET) continue;
        const values = await this.scannedValues(sheet);
        out.push({ name: sheet.name, visible: sheet.state === "visible", rowCount: values.length, columnCount: values[0]?.length ?? 0 });
      }
      return out;
    }
    return this.userSheets().map((ws) => {
      const { rows, columns } = usedExtent(ws);
      return { name: ws.name, visible: ws.state === "visible" || ws.state === undefined, rowCount: rows, columnCount: columns };
    });
  }

  async readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetValues[]> {
    if (this.scan) {
      const scanned = names.map((n) => this.scannedSheet(n));
      const out: SheetValues[] = [];
      for (const sheet of scanned) {
        if (options?.isCancelled?.()) throw new CancelledError();
        out.push({ name: sheet.name, values: await this.scannedValues(sheet) });
      }
      const total = out.reduce((n, s) => n + s.values.length, 0);
      options?.onProgress?.(total, total);
      return out;
    }
    const sheets = names.map((n) => this.sheet(n));
    const total = sheets.reduce((n, ws) => n + usedExtent(ws).rows, 0);
    let read = 0;
    const out: SheetValues[] = [];
    for (const ws of sheets) {
      if (options?.isCancelled?.()) throw new CancelledError();
      const values = readValues(ws);
      out.push({ name: ws.name, values });
      read += values.length;
      options?.onProgress?.(read, total);
    }
    return out;
  }

  async ensureSheets(specs: readonly SheetSpec[]): Promise<void> {
    this.assertWritable();
    for (const spec of specs) {
      const existing = this.wb.getWorksheet(spec.name);
      if (existing && spec.ifExists === "keep") continue;
      let orderNo: number | undefined;
      if (existing) {
        orderNo = sheetOrder(existing).orderNo;
        this.replacedSheets.add(spec.name);
        this.wb.removeWorksheet(existing.id);
      }
      const ws = this.wb.addWorksheet(spec.name);
      // A replaced sheet keeps its tab position: ExcelJS orders tabs by orderNo (untyped).
      if (orderNo !== undefined) sheetOrder(ws).orderNo = orderNo;
      applySpec(ws, spec, tableNameFor(spec, this.tableNames()));
      const drawn: ChartSpec[] = [];
      for (const chart of spec.charts ?? []) {
        if (drawableRange(chart) === null) this.unrenderedCharts.push({ sheet: spec.name, chart });
        else drawn.push(chart);
      }
      if (drawn.length > 0) this.sheetCharts.set(spec.name, drawn);
      else this.sheetCharts.delete(spec.name);
    }
  }

  private tableNames(): Set<string> {
    return new Set(this.wb.worksheets.flatMap((ws) => ws.getTables().map((t) => tableOf(t).name.toLowerCase())));
  }

  async writeBlocks(blocks: readonly Block[]): Promise<void> {
    this.assertWritable();
    for (const b of blocks) {
      const ws = this.sheet(b.sheet);
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          ws.getCell(b.row + i, b.column + j).value = toExcelJs(v);
        })
      );
      b.columnFormats?.forEach((f, j) => {
        if (f === null) return;
        for (let i = 0; i < b.values.length; i++) ws.getCell(b.row + i, b.column + j).numFmt = f;
      });
      b.headerNotes?.forEach((note, j) => {
        if (note !== null) writeNote(ws.getCell(b.row, b.column + j), note);
      });
    }
  }

  async applyMarks(marks: readonly Mark[]): Promise<void> {
    this.assertWritable();
    this.performNotePlan(planApplyMarks(this.recordedMarks(), marks, (c) => this.noteAt(c.sheet, c.row, c.column)));
  }

  async clearMarks(sheets?: readonly string[]): Promise<void> {
    this.assertWritable();
    const scope = sheets ? new Set(sheets) : null;
    this.performNotePlan(planClearMarks(this.recordedMarks(), scope, (c) => this.noteAt(c.sheet, c.row, c.column)));
  }

  private recordedMarks() {
    return parseMarkedCells(this.settings.get(MARKS_SETTING) ?? null);
  }

  private noteAt(sheet: string, row: number, column: number): string | null {
    const ws = this.wb.getWorksheet(sheet);
    return ws ? readNote(ws.getCell(row, column)) : null;
  }

  private performNotePlan(plan: { writes: NoteWrite[]; recorded: ReturnType<XlsxWorkbook["recordedMarks"]> }): void {
    for (const w of plan.writes) {
      const ws = this.wb.getWorksheet(w.cell.sheet);
      if (ws) writeNote(ws.getCell(w.cell.row, w.cell.column), w.note);
    }
    if (plan.recorded.length === 0) this.settings.delete(MARKS_SETTING);
    else this.settings.set(MARKS_SETTING, serializeMarkedCells(plan.recorded));
  }

  async setOwnedConditionalFormats(entries: readonly OwnedFormatsEntry[]): Promise<void> {
    this.assertWritable();
    for (const e of entries) this.sheet(e.sheet); // a missing sheet fails before anything changes
    const plan = planOwnedFormats(parseOwnedFormats(this.settings.get(OWNED_FORMATS_SETTING) ?? null), entries);
    for (const planned of plan.sheets) replaceOwnedFormats(this.sheet(planned.sheet), planned);
    const record = recordAfter(plan, entries);
    if (record.length === 0) this.settings.delete(OWNED_FORMATS_SETTING);
    else this.settings.set(OWNED_FORMATS_SETTING, serializeOwnedFormats(record));
  }

  async select(): Promise<void> {
    // A file has no selection to move; the port promises a no-op for file hosts.
  }

  async getActiveSheet(): Promise<string | null> {
    // The saved active tab counts every sheet, the hidden settings sheet included.
    const tab = this.wb.views[0]?.activeTab ?? 0;
    const ws = this.wb.worksheets[tab];
    return ws && ws.name !== SETTINGS_SHEET && ws.state === "visible" ? ws.name : null;
  }

  /** Makes a sheet the one the saved file opens on, as a person leaving it in front would. */
  activate(sheet: string): void {
    const activeTab = this.wb.worksheets.indexOf(this.sheet(sheet));
    const view = this.wb.views[0];
    if (view) view.activeTab = activeTab;
    else this.wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  }

  async getSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.assertWritable();
    this.settings.set(key, value);
  }

  // ---- inspection, for tests and the template generator ----

  /** The ExcelJS worksheet, for inspection in tests (styles, validations, views). */
  worksheet(name: string): ExcelJS.Worksheet | undefined {
    return this.wb.getWorksheet(name);
  }

  /** The charts that will be drawn on a sheet when the workbook is written. */
  charts(sheet: string): readonly ChartSpec[] {
    return this.sheetCharts.get(sheet) ?? [];
  }

  /** Every conditional format on a sheet (the spec's, the user's and the add-in's), one per rule. */
  conditionalFormats(sheet: string): Array<{ range: string; formula: string | null; fill: string | null }> {
    return conditionalFormatsOf(this.sheet(sheet));
  }

  note(sheet: string, row: number, column: number): string | null {
    return this.noteAt(sheet, row, column);
  }

  /** Simulates a user's own note. */
  setUserNote(sheet: string, row: number, column: number, text: string): void {
    writeNote(this.sheet(sheet).getCell(row, column), text);
  }

  numberFormat(sheet: string, row: number, column: number): string | null {
    const ws = this.wb.getWorksheet(sheet);
    if (!ws) return null;
    const own = ws.findCell(row, column)?.numFmt;
    if (own) return own;
    return ws.getColumn(column).numFmt ?? null;
  }
}

/**
 * Node's file system, loaded only when a file path is used so the module also bundles for the browser workbench
 * (webpack leaves an ignored import alone).
 */
async function nodeFs(): Promise<typeof import("node:fs/promises")> {
  return import(/* webpackIgnore: true */ "node:fs/promises");
}

/** Rewrites the package with every entry dated `date` (ExcelJS stamps entries with the current time). */
async function withEntryDates(buf: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buf);
  // JSZip writes the DOS date from the UTC fields, so the bytes do not depend on the machine's zone.
  const out = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name] as JSZip.JSZipObject;
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** ExcelJS's getTables() returns Table objects although its typings say table-property tuples. */
const tableOf = (t: unknown): { name: string } => t as { name: string };

const sheetOrder = (ws: ExcelJS.Worksheet): { orderNo: number } => ws as unknown as { orderNo: number };

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").slice(0, 200);
}

function isBlank(v: CellValue): boolean {
  return v === null || v === "";
}

/** A cell's value as the port reports it; the covered cells of a merge are empty (the value lives in the top-left). */
function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return fromExcelJs(cell.value);
}

/** Extent of the cells holding values (not mere formatting), from A1. */
function usedExtent(ws: ExcelJS.Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (isBlank(cellValue(cell))) return;
      if (r > rows) rows = r;
      if (c > columns) columns = c;
    });
  });
  return { rows, columns };
}

/**
 * The used rectangle's values. ExcelJS keeps rows sparse; blank rows here share one frozen empty row, so a sheet whose
 * only value sits in row 1,048,576 costs a million pointers rather than a million arrays.
 */
function readValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const found: Array<{ r: number; cells: Array<[number, CellValue]> }> = [];
  let rows = 0;
  let columns = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: Array<[number, CellValue]> = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cellValue(cell);
      if (isBlank(v)) return;
      cells.push([c, v]);
      if (c > columns) columns = c;
    });
    if (cells.length > 0) {
      found.push({ r, cells });
      rows = r;
    }
  });
  const blank = Object.freeze(new Array<CellValue>(columns).fill(null)) as CellValue[];
  const values = new Array<CellValue[]>(rows).fill(blank);
  for (const { r, cells } of found) {
    const line = new Array<CellValue>(columns).fill(null);
    for (const [c, v] of cells) line[c - 1] = v;
    values[r - 1] = line;
  }
  return values;
}
