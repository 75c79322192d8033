/**
 * The workbook port over an .xlsx file: what the CLI, the template generator and a browser workbench use.
 *
 * A new workbook (`create`: `ledger init`, the templates) is built with ExcelJS. An opened file is never re-serialised:
 * it is kept as its package (package-book.ts) and only what the add-in owns is written into it — cells of computed
 * columns and their header notes, the add-in's conditional formats and marks, its settings sheet `_ledger` — while every
 * other part leaves byte for byte. Sheets the add-in generates (期限总览, KPI看板) are built in a scratch ExcelJS
 * workbook and moved into the package when it is written.
 *
 * Charts in a SheetSpec are drawn as native Excel charts by finishing ExcelJS's package (charts/inject.ts, which also
 * puts each sheet's trailing elements in the order Excel requires); a chart it cannot draw is listed in
 * `unrenderedCharts` rather than dropped.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Block, CellValue, ChartSpec, Mark, SheetSpec } from "../core/sheet-spec";
import {
  CancelledError,
  type Checkpoint,
  type ReadOptions,
  type SheetInfo,
  type SheetValues,
  type WorkbookPort,
} from "../workbook/port";
import {
  MARKS_SETTING,
  parseMarkedCells,
  planApplyMarks,
  planClearMarks,
  serializeMarkedCells,
  type NoteWrite,
} from "../workbook/mark-notes";
import { applySpec, tableNameFor } from "./apply-spec";
import { resolveLayout } from "../workbook/sheet-layout";
import { layoutOf } from "../workbook/spec-layout";
import { fromExcelJs, toExcelJs } from "./cell-values";
import { readNote, writeNote } from "./notes";
import { sniffWorkbook, WorkbookReadError } from "./read-error";
import { readSettingsSheet, settingsFromValues, SETTINGS_SHEET, writeSettingsSheet } from "./settings-sheet";
import { PackageBook } from "./package-book";
import type { BulkRows } from "./package/sheet-rows";
import { finishPackage } from "./charts/inject";
import { drawableRange, plotOf } from "./charts/plot";
import {
  OWNED_FORMATS_SETTING,
  parseOwnedFormats,
  planOwnedFormats,
  recordAfter,
  serializeOwnedFormats,
  type OwnedFormatsEntry,
} from "../workbook/owned-formats";
import { conditionalFormatsOf, replaceOwnedFormats } from "./owned-formats";
import { serializeSettings } from "./settings-sheet";

export { WorkbookReadError } from "./read-error";

export interface XlsxOpenOptions {
  /**
   * Open for reading only (e.g. `ledger check`): anything that writes (sheets, blocks, marks, settings, saving) is
   * refused, and notes are not loaded.
   */
  readOnly?: boolean;
}

export interface UnrenderedChart {
  sheet: string;
  chart: ChartSpec;
}

export class XlsxWorkbook implements WorkbookPort {
  /** ChartSpecs this adapter could not draw (an unknown type or an unusable range); callers say so in the sheet. */
  readonly unrenderedCharts: UnrenderedChart[] = [];
  /** Charts drawn when the package is written, by sheet; a replaced sheet's entry is replaced with it. */
  private readonly sheetCharts = new Map<string, ChartSpec[]>();
  private settings: Map<string, string>;

  /** Set when the workbook was opened from a file: the package every change is patched into. */
  private book: PackageBook | null = null;
  /** With `book`: the ExcelJS workbook holding the sheets generated since opening (or since the last save). */
  private scratch: XlsxWorkbook | null = null;
  /** With `book`: names of the sheets in `scratch`, in the order they were built. */
  private built: string[] = [];
  /**
   * With `book`: the data rows of sheets built in `scratch` as skeletons (bulkRowsOf), written straight into the
   * package on save; anything that looks into such a sheet before then first puts its rows into ExcelJS (`scratchWith`).
   */
  private bulk = new Map<string, BulkRows>();
  /** With `book`: the settings as opened, so `_ledger` is rewritten only when they changed. */
  private openedSettings = "";
  private fileName = "workbook.xlsx";
  /** With `book`: a sheet brought to the front since opening (the tab is set when the package is written). */
  private pendingActive: string | null = null;
  /** Table names the workbook holds outside this (scratch) workbook; a new table must not take one. */
  private reservedTables: ReadonlySet<string> = new Set();

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly readOnly: boolean,
  ) {
    this.settings = readSettingsSheet(wb.getWorksheet(SETTINGS_SHEET));
  }

  private static async opened(book: PackageBook, readOnly: boolean, fileName: string): Promise<XlsxWorkbook> {
    const x = new XlsxWorkbook(new ExcelJS.Workbook(), readOnly);
    x.adopt(book, fileName);
    return x;
  }

  private adopt(book: PackageBook, fileName: string): void {
    this.book = book;
    this.fileName = fileName;
    this.scratch = null;
    this.built = [];
    this.bulk = new Map();
    this.pendingActive = null;
    this.settings = book.sheet(SETTINGS_SHEET) ? settingsFromValues(book.values(SETTINGS_SHEET).values) : new Map();
    this.openedSettings = serializeSettings(this.settings);
  }

  /** The scratch workbook, with the data rows of `name` put into its ExcelJS sheet if they were held out of it. */
  private scratchWith(name: string): XlsxWorkbook {
    const scratch = this.scratch as XlsxWorkbook;
    const bulk = this.bulk.get(name);
    if (bulk) {
      this.bulk.delete(name);
      const ws = scratch.sheet(name);
      bulk.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          ws.getCell(bulk.firstRow + i, j + 1).value = toExcelJs(v);
        }),
      );
    }
    return scratch;
  }

  /** Whether a sheet lives in the scratch workbook (generated since opening). */
  private isBuilt(name: string): boolean {
    return this.built.includes(name);
  }

  /**
   * A new, empty workbook. With `timestamp`, the document properties and every zip entry carry that time, so the same
   * content always gives the same bytes (checked-in templates then change only when their content does).
   */
  static create(options: { timestamp?: Date } = {}): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = "台账助手";
    wb.lastModifiedBy = "台账助手";
    const x = new XlsxWorkbook(wb, false);
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

  static async fromBuffer(
    data: Uint8Array | ArrayBuffer,
    options: XlsxOpenOptions & { fileName?: string } = {},
  ): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const name = options.fileName ?? "workbook.xlsx";
    const sniffed = sniffWorkbook(bytes);
    if (sniffed !== null) throw new WorkbookReadError(sniffed, name);
    const book = await PackageBook.open(bytes, name, { readOnly: options.readOnly === true });
    return XlsxWorkbook.opened(book, options.readOnly === true, name);
  }

  /** The .xlsx bytes. An opened workbook goes on from what they hold (its generated sheets now part of the package). */
  async toBuffer(): Promise<Uint8Array> {
    const out = await this.write();
    if (this.book) this.adopt(await PackageBook.open(out, this.fileName, { readOnly: false }), this.fileName);
    return out;
  }

  /**
   * An opened workbook keeps its package bytes as they are now; restoring reopens them, so everything — cells,
   * styles, notes, formats, sheets — is back exactly. A workbook built with ExcelJS (CLI templates) has no undo.
   */
  async checkpoint(): Promise<Checkpoint | null> {
    if (!this.book || this.readOnly) return null;
    const bytes = await this.toBuffer();
    const fileName = this.fileName;
    const charts = new Map(this.sheetCharts);
    return {
      settle: async () => undefined,
      discard: async () => undefined,
      restore: async () => {
        this.adopt(await PackageBook.open(bytes, fileName, { readOnly: false }), fileName);
        this.sheetCharts.clear();
        for (const [k, v] of charts) this.sheetCharts.set(k, v);
      },
    };
  }

  /** `scratch`: bytes only to be unpacked again (a generated sheet on its way into a package), so left uncompressed. */
  private async write(scratch = false): Promise<Uint8Array> {
    this.assertWritable();
    if (this.book) {
      const settingsChanged = serializeSettings(this.settings) !== this.openedSettings;
      const names = [...this.built];
      const active = this.pendingActive;
      if (names.length === 0 && !settingsChanged) return this.book.finish(null, active);
      const scratch = this.scratch ?? XlsxWorkbook.create();
      if (settingsChanged) {
        scratch.settings = this.settings;
        scratch.keepEmptySettingsSheet = true;
        names.push(SETTINGS_SHEET);
      } else scratch.settings = new Map();
      return this.book.finish({ bytes: await scratch.write(true), sheets: names, bulk: this.bulk }, active);
    }
    writeSettingsSheet(this.wb, this.settings, this.keepEmptySettingsSheet);
    const raw: unknown = await this.wb.xlsx.writeBuffer(
      scratch ? ({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions) : undefined,
    );
    const written = raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBuffer);
    const out = await finishPackage(written, this.chartPlots(), scratch ? "STORE" : "DEFLATE");
    return this.fixedTimestamp ? withEntryDates(out, this.fixedTimestamp) : out;
  }

  /** Writes an empty `_ledger` (header only) rather than none: the package being patched has one to replace. */
  private keepEmptySettingsSheet = false;

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
    await fs.writeFile(path, await this.write());
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
    const book = this.book;
    if (book) {
      const out: SheetInfo[] = [];
      for (const name of [...this.bulk.keys()]) this.scratchWith(name);
      const scratchInfo = new Map((await this.scratch?.listSheets())?.map((i) => [i.name, i]) ?? []);
      for (const sheet of book.sheets) {
        if (sheet.name === SETTINGS_SHEET) continue;
        const built = scratchInfo.get(sheet.name);
        if (built) {
          out.push(built);
          continue;
        }
        const values = book.values(sheet.name).values;
        out.push({
          name: sheet.name,
          visible: sheet.state === "visible",
          rowCount: values.length,
          columnCount: values[0]?.length ?? 0,
        });
      }
      for (const name of this.built) if (!book.sheet(name)) out.push(scratchInfo.get(name) as SheetInfo);
      return out;
    }
    return this.userSheets().map((ws) => {
      const { rows, columns } = usedExtent(ws);
      return {
        name: ws.name,
        visible: ws.state === "visible" || ws.state === undefined,
        rowCount: rows,
        columnCount: columns,
      };
    });
  }

  async readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetValues[]> {
    const book = this.book;
    if (book) {
      for (const n of names)
        if (n === SETTINGS_SHEET || (!this.isBuilt(n) && !book.sheet(n)))
          throw new Error(`XlsxWorkbook: no sheet named '${n}'`);
      const out: SheetValues[] = [];
      const rowsOf = async (n: string) =>
        this.isBuilt(n)
          ? ((await this.scratchWith(n).listSheets()).find((i) => i.name === n)?.rowCount ?? 0)
          : book.values(n).values.length;
      let total = 0;
      for (const n of names) total += await rowsOf(n);
      let read = 0;
      for (const n of names) {
        if (options?.isCancelled?.()) throw new CancelledError();
        if (this.isBuilt(n)) out.push(...(await this.scratchWith(n).readSheets([n])));
        else {
          const { values, unread } = book.values(n);
          out.push(
            unread.length > 0
              ? {
                  name: n,
                  values,
                  unread: unread.map(({ row, column }) => ({ row, column, kind: "uncached-formula" as const })),
                }
              : { name: n, values },
          );
        }
        read += (out[out.length - 1] as SheetValues).values.length;
        options?.onProgress?.(read, total);
      }
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
    const book = this.book;
    if (book) {
      for (const spec of specs) {
        const exists = this.isBuilt(spec.name) || (spec.name !== SETTINGS_SHEET && book.sheet(spec.name) !== undefined);
        if (exists && spec.ifExists === "keep") continue;
        const scratch = (this.scratch ??= XlsxWorkbook.create());
        scratch.reservedTables = (await book.tables(new Set([...this.built, spec.name]))).names;
        const before = scratch.unrenderedCharts.length;
        const bulk = bulkRowsOf(spec);
        await scratch.ensureSheets([{ ...(bulk?.skeleton ?? spec), ifExists: "replace" }]);
        if (bulk) this.bulk.set(spec.name, bulk.rows);
        else this.bulk.delete(spec.name);
        this.unrenderedCharts.push(...scratch.unrenderedCharts.slice(before));
        if (!this.isBuilt(spec.name)) this.built.push(spec.name);
      }
      return;
    }
    // A layout mistake is found before any sheet is touched.
    for (const spec of specs) if (spec.layout) resolveLayout(spec.name, spec.layout);
    for (const spec of specs) {
      const existing = this.wb.getWorksheet(spec.name);
      if (existing && spec.ifExists === "keep") continue;
      let orderNo: number | undefined;
      if (existing) {
        orderNo = sheetOrder(existing).orderNo;
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
    return new Set([
      ...this.reservedTables,
      ...this.wb.worksheets.flatMap((ws) => ws.getTables().map((t) => tableOf(t).name.toLowerCase())),
    ]);
  }

  async writeBlocks(blocks: readonly Block[]): Promise<void> {
    this.assertWritable();
    const book = this.book;
    if (book) {
      for (const b of blocks)
        if (!this.isBuilt(b.sheet) && (b.sheet === SETTINGS_SHEET || !book.sheet(b.sheet)))
          throw new Error(`XlsxWorkbook: no sheet named '${b.sheet}'`);
      const built = blocks.filter((b) => this.isBuilt(b.sheet));
      if (built.length > 0) {
        for (const b of built) this.scratchWith(b.sheet);
        await (this.scratch as XlsxWorkbook).writeBlocks(built);
      }
      const patched = blocks.filter((b) => !this.isBuilt(b.sheet));
      book.writeBlocks(patched);
      for (const b of patched)
        if (b.extendTable && b.values.length > 0) await book.extendTables(b.sheet, b.row, b.row + b.values.length - 1);
      for (const b of patched)
        for (const [j, note] of (b.headerNotes ?? []).entries())
          if (note !== null) await book.writeNote(b.sheet, b.row, b.column + j, note);
      return;
    }
    for (const b of blocks) {
      const ws = this.sheet(b.sheet);
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          ws.getCell(b.row + i, b.column + j).value = toExcelJs(v);
        }),
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
    await this.performNotePlan(
      planApplyMarks(this.recordedMarks(), marks, (c) => this.noteAt(c.sheet, c.row, c.column)),
    );
  }

  async clearMarks(sheets?: readonly string[]): Promise<void> {
    this.assertWritable();
    const scope = sheets ? new Set(sheets) : null;
    await this.performNotePlan(
      planClearMarks(this.recordedMarks(), scope, (c) => this.noteAt(c.sheet, c.row, c.column)),
    );
  }

  private recordedMarks() {
    return parseMarkedCells(this.settings.get(MARKS_SETTING) ?? null);
  }

  private noteAt(sheet: string, row: number, column: number): string | null {
    if (this.book) {
      if (this.isBuilt(sheet)) return this.scratchWith(sheet).noteAt(sheet, row, column);
      return this.book.sheet(sheet) ? this.book.note(sheet, row, column) : null;
    }
    const ws = this.wb.getWorksheet(sheet);
    return ws ? readNote(ws.getCell(row, column)) : null;
  }

  private async writeNoteAt(sheet: string, row: number, column: number, text: string | null): Promise<void> {
    if (this.book) {
      if (this.isBuilt(sheet)) await this.scratchWith(sheet).writeNoteAt(sheet, row, column, text);
      else if (this.book.sheet(sheet)) await this.book.writeNote(sheet, row, column, text);
      return;
    }
    const ws = this.wb.getWorksheet(sheet);
    if (ws) writeNote(ws.getCell(row, column), text);
  }

  private async performNotePlan(plan: {
    writes: NoteWrite[];
    recorded: ReturnType<XlsxWorkbook["recordedMarks"]>;
  }): Promise<void> {
    for (const w of plan.writes) await this.writeNoteAt(w.cell.sheet, w.cell.row, w.cell.column, w.note);
    if (plan.recorded.length === 0) this.settings.delete(MARKS_SETTING);
    else this.settings.set(MARKS_SETTING, serializeMarkedCells(plan.recorded));
  }

  async setOwnedConditionalFormats(entries: readonly OwnedFormatsEntry[]): Promise<void> {
    this.assertWritable();
    for (const e of entries) this.requireSheet(e.sheet); // a missing sheet fails before anything changes
    const plan = planOwnedFormats(parseOwnedFormats(this.settings.get(OWNED_FORMATS_SETTING) ?? null), entries);
    for (const planned of plan.sheets) {
      if (!this.book) replaceOwnedFormats(this.sheet(planned.sheet), planned);
      else if (this.isBuilt(planned.sheet)) this.scratchWith(planned.sheet).replaceOwned(planned);
      else this.book.replaceOwnedFormats(planned);
    }
    const record = recordAfter(plan, entries);
    if (record.length === 0) this.settings.delete(OWNED_FORMATS_SETTING);
    else this.settings.set(OWNED_FORMATS_SETTING, serializeOwnedFormats(record));
  }

  async select(): Promise<void> {
    // A file has no selection to move; the port promises a no-op for file hosts.
  }

  async getSelection(): Promise<null> {
    // A file's saved selection is where someone last clicked, not a choice made for this run.
    return null;
  }

  private replaceOwned(planned: Parameters<typeof replaceOwnedFormats>[1]): void {
    replaceOwnedFormats(this.sheet(planned.sheet), planned);
  }

  /** Throws for a sheet the workbook does not hold (the settings sheet counts as absent). */
  private requireSheet(name: string): void {
    if (this.book) {
      if (!this.isBuilt(name) && (name === SETTINGS_SHEET || !this.book.sheet(name)))
        throw new Error(`XlsxWorkbook: no sheet named '${name}'`);
    } else this.sheet(name);
  }

  async getActiveSheet(): Promise<string | null> {
    if (this.book) {
      if (this.pendingActive !== null) return this.pendingActive;
      // The saved active tab counts every sheet, the hidden settings sheet included; new sheets come after the tabs.
      const tabs = [
        ...this.book.sheets.map((s) => ({ name: s.name, visible: s.state === "visible" })),
        ...this.built
          .filter((n) => !this.book?.sheet(n))
          .map((name) => ({
            name,
            visible:
              this.scratch?.wb.getWorksheet(name)?.state !== "hidden" &&
              this.scratch?.wb.getWorksheet(name)?.state !== "veryHidden",
          })),
      ];
      const sheet = tabs[await this.book.activeSheetIndex()];
      return sheet && sheet.name !== SETTINGS_SHEET && sheet.visible ? sheet.name : null;
    }
    // The saved active tab counts every sheet, the hidden settings sheet included.
    const tab = this.wb.views[0]?.activeTab ?? 0;
    const ws = this.wb.worksheets[tab];
    return ws && ws.name !== SETTINGS_SHEET && ws.state === "visible" ? ws.name : null;
  }

  /** Makes a sheet the one the saved file opens on, as a person leaving it in front would. */
  async activate(sheet: string): Promise<void> {
    if (this.book) {
      this.requireSheet(sheet);
      this.pendingActive = sheet;
      return;
    }
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

  /**
   * The ExcelJS worksheet, for inspection in tests (styles, validations, views) of a workbook built with ExcelJS
   * (`create`, or a sheet generated since opening); an opened file's sheets are inspected with `excelJsView`.
   */
  worksheet(name: string): ExcelJS.Worksheet | undefined {
    if (this.book) return this.isBuilt(name) ? this.scratchWith(name).worksheet(name) : undefined;
    return this.wb.getWorksheet(name);
  }

  /** The workbook as ExcelJS reads the bytes it would save (tests inspect styles and validations with it). */
  async excelJsView(): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await this.toBuffer()) as unknown as ArrayBuffer);
    return wb;
  }

  /** The charts that will be drawn on a sheet when the workbook is written. */
  charts(sheet: string): readonly ChartSpec[] {
    if (this.book) return this.scratch?.charts(sheet) ?? [];
    return this.sheetCharts.get(sheet) ?? [];
  }

  /** Every conditional format on a sheet (the spec's, the user's and the add-in's), one per rule. */
  conditionalFormats(sheet: string): Array<{ range: string; formula: string | null; fill: string | null }> {
    if (this.book) {
      if (this.isBuilt(sheet)) return this.scratchWith(sheet).conditionalFormats(sheet);
      this.requireSheet(sheet);
      return this.book.conditionalFormats(sheet);
    }
    return conditionalFormatsOf(this.sheet(sheet));
  }

  /** Adds a formula conditional format as a user would (tests). */
  addUserConditionalFormat(sheet: string, cf: { range: string; formula: string | null; fill: string | null }): void {
    if (this.book && !this.isBuilt(sheet)) {
      this.requireSheet(sheet);
      const spec = {
        range: cf.range,
        kind: "formula" as const,
        formula: cf.formula ?? "",
        ...(cf.fill ? { fill: cf.fill } : {}),
      };
      this.book.replaceOwnedFormats({ sheet, replaced: [], others: [], add: [spec] });
      return;
    }
    const style = cf.fill
      ? { fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: `FF${cf.fill.slice(1)}` } } }
      : {};
    this.worksheet(sheet)?.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", priority: 1, formulae: [cf.formula ?? ""], style }],
    });
  }

  note(sheet: string, row: number, column: number): string | null {
    return this.noteAt(sheet, row, column);
  }

  /** Simulates a user's own note. */
  async setUserNote(sheet: string, row: number, column: number, text: string): Promise<void> {
    this.requireSheet(sheet);
    await this.writeNoteAt(sheet, row, column, text);
  }

  numberFormat(sheet: string, row: number, column: number): string | null {
    if (this.book) {
      if (this.isBuilt(sheet)) return this.scratchWith(sheet).numberFormat(sheet, row, column);
      return this.book.sheet(sheet) ? this.book.numberFormat(sheet, row, column) : null;
    }
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

/**
 * A generated sheet whose data rows can skip ExcelJS: its skeleton (the spec without rows, laid out as with them) and
 * the rows, which the package writer puts under the skeleton's header (package/sheet-rows.ts). Not for a table (its
 * part lists its rows) nor a sheet with charts (they are drawn from the ExcelJS sheet's values).
 */
function bulkRowsOf(spec: SheetSpec): { skeleton: SheetSpec; rows: BulkRows } | null {
  const rows = spec.rows ?? [];
  if (rows.length === 0 || spec.tableName || (spec.charts?.length ?? 0) > 0 || layoutReachesData(spec)) return null;
  const skeleton: SheetSpec = { ...spec, rows: [], formatRows: Math.max(spec.formatRows ?? 0, rows.length) };
  return { skeleton, rows: { firstRow: layoutOf(spec).firstDataRow, rows } };
}

/**
 * Whether the spec's layout puts cells, styles, merges or row settings on its data rows: the package writer replaces
 * those rows wholesale, so such a sheet is built by ExcelJS (期限总览's layout stays on its header row).
 */
function layoutReachesData(spec: SheetSpec): boolean {
  if (!spec.layout) return false;
  const l = resolveLayout(spec.name, spec.layout);
  const first = layoutOf(spec).firstDataRow;
  const below = (r: { bottom: number }) => r.bottom >= first;
  return (
    l.values.length > 0 ||
    l.merges.some(below) ||
    l.styles.some((s) => below(s.range)) ||
    (spec.layout.rowHeights ?? []).some((r) => r.row >= first) ||
    (spec.layout.hiddenRows?.length ?? 0) > 0 ||
    l.validations.some((v) => below(v.range))
  );
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
