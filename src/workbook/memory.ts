/**
 * The workbook port held entirely in memory: the reference adapter for use-case tests, and what the browser task pane
 * can run on without Excel. It applies SheetSpecs the way the Excel and file adapters do (header, rows, formats,
 * validation ranges from the same layout) and keeps what it applied inspectable, so a test can assert "the template
 * has a dropdown on 密级" without a host.
 */
import type { Block, CellValue, ChartSpec, ConditionalFormatSpec, Mark, SheetSpec } from "../core/sheet-spec";
import {
  CancelledError,
  type Checkpoint,
  type ReadOptions,
  type SelectedRange,
  type SheetInfo,
  type SheetValues,
  type WorkbookPort,
} from "./port";
import { inRange, type CellRange } from "./a1";
import { layoutOf, type ColumnPlacement } from "./spec-layout";
import { resolveLayout, type ResolvedLayout } from "./sheet-layout";
import {
  MARKS_SETTING,
  parseMarkedCells,
  planApplyMarks,
  planClearMarks,
  serializeMarkedCells,
  type MarkedCell,
} from "./mark-notes";
import {
  OWNED_FORMATS_SETTING,
  ownedToDelete,
  parseOwnedFormats,
  planOwnedFormats,
  recordAfter,
  sameFormat,
  serializeOwnedFormats,
  type OwnedFormatsEntry,
} from "./owned-formats";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A data validation as applied to a range (from a column's list / numeric / prompt). */
export interface AppliedValidation {
  range: CellRange;
  column: ColumnPlacement["spec"];
}

interface MemorySheet {
  name: string;
  visibility: SheetVisibility;
  /** row → column → value, 1-based; only non-empty cells are stored. */
  cells: Map<number, Map<number, CellValue>>;
  /** Explicit number formats of single cells, by `row:column`. */
  formats: Map<string, string>;
  /** Column formats from a spec: they cover the column's data range. */
  columnFormats: Array<{ range: CellRange; format: string }>;
  notes: Map<string, string>;
  /** Conditional formats on the sheet in order: the spec's, the user's and those added later by the add-in. */
  conditionalFormats: ConditionalFormatSpec[];
  spec: SheetSpec | null;
  /** The spec's layout, resolved (null without one). */
  layout: ResolvedLayout | null;
}

const rc = (row: number, column: number): string => `${row}:${column}`;

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}

function emptySheet(name: string): MemorySheet {
  return {
    name,
    visibility: "visible",
    cells: new Map(),
    formats: new Map(),
    columnFormats: [],
    notes: new Map(),
    conditionalFormats: [],
    spec: null,
    layout: null,
  };
}

function cloneSheet(s: MemorySheet): MemorySheet {
  return {
    ...s,
    cells: new Map([...s.cells].map(([r, row]) => [r, new Map(row)])),
    formats: new Map(s.formats),
    columnFormats: [...s.columnFormats],
    notes: new Map(s.notes),
    conditionalFormats: [...s.conditionalFormats],
  };
}

export class MemoryWorkbook implements WorkbookPort {
  private sheets: MemorySheet[] = [];
  private settings = new Map<string, string>();
  /** Workbook-scoped names (upper-cased key, as Excel compares them) → the cell they point at. */
  private names = new Map<string, { name: string; sheet: string; row: number; column: number }>();
  /** The sheet the user last brought to the front; null until then. */
  private active: string | null = null;
  /** The cells selected: by the add-in (what "click an issue" did) or the user (`selectRange`); tests and the demo pane. */
  selection: { sheet: string; row: number; column: number; rows?: number; columns?: number } | null = null;
  /** Number of port calls made, so tests can assert a use case makes a constant number of them. */
  readonly calls: Record<string, number> = {};

  /** A workbook holding the given sheets (values from A1), in order. */
  static withSheets(sheets: Record<string, readonly (readonly CellValue[])[]>): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const [name, values] of Object.entries(sheets)) {
      const sheet = emptySheet(name);
      values.forEach((row, r) => row.forEach((v, c) => setCell(sheet, r + 1, c + 1, v)));
      wb.sheets.push(sheet);
    }
    return wb;
  }

  /** An independent copy: what "save, close and reopen" gives for a memory host. */
  clone(): MemoryWorkbook {
    const copy = new MemoryWorkbook();
    copy.sheets = this.sheets.map(cloneSheet);
    copy.settings = new Map(this.settings);
    copy.names = new Map(this.names);
    copy.active = this.active;
    return copy;
  }

  /** The whole workbook copied: exact, and cheap enough for the demo pane and tests. */
  async checkpoint(): Promise<Checkpoint> {
    const saved = this.clone();
    return {
      settle: async () => undefined,
      discard: async () => undefined,
      restore: async () => {
        this.sheets = saved.sheets.map(cloneSheet);
        this.settings = new Map(saved.settings);
        this.active = saved.active;
      },
    };
  }

  private count(method: string): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
  }

  private sheet(name: string): MemorySheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`MemoryWorkbook: no sheet named '${name}'`);
    return s;
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.count("listSheets");
    return this.sheets.map((s) => {
      const { rows, columns } = extent(s);
      return { name: s.name, visible: s.visibility === "visible", rowCount: rows, columnCount: columns };
    });
  }

  async readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetValues[]> {
    this.count("readSheets");
    const total = names.reduce((n, name) => n + extent(this.sheet(name)).rows, 0);
    const out: SheetValues[] = [];
    let read = 0;
    for (const name of names) {
      if (options?.isCancelled?.()) throw new CancelledError();
      const s = this.sheet(name);
      const { rows, columns } = extent(s);
      // Blank rows share one frozen row, as in the file adapter, so code that would mutate a read fails here too.
      const blank = Object.freeze(new Array<CellValue>(columns).fill(null)) as CellValue[];
      const values = new Array<CellValue[]>(rows).fill(blank);
      for (const [r, row] of s.cells) {
        if (row.size === 0) continue;
        const line = new Array<CellValue>(columns).fill(null);
        for (const [c, v] of row) line[c - 1] = v;
        values[r - 1] = line;
      }
      out.push({ name, values });
      read += rows;
      options?.onProgress?.(read, total);
    }
    return out;
  }

  async ensureSheets(specs: readonly SheetSpec[]): Promise<void> {
    this.count("ensureSheets");
    for (const spec of specs) {
      const index = this.sheets.findIndex((s) => s.name === spec.name);
      if (index >= 0 && spec.ifExists === "keep") continue;
      const sheet = buildSheet(spec);
      if (index >= 0) this.sheets[index] = sheet;
      else this.sheets.push(sheet);
      // A name the workbook holds is moved to the new cell, as Excel's names.add after deleting the old one.
      for (const n of sheet.layout?.names ?? [])
        this.names.set(n.name.toUpperCase(), { name: n.name, sheet: spec.name, row: n.row, column: n.column });
    }
  }

  async writeBlocks(blocks: readonly Block[]): Promise<void> {
    this.count("writeBlocks");
    for (const b of blocks) {
      const s = this.sheet(b.sheet);
      b.values.forEach((row, i) => row.forEach((v, j) => setCell(s, b.row + i, b.column + j, v)));
      b.columnFormats?.forEach((f, j) => {
        if (f === null) return;
        for (let i = 0; i < b.values.length; i++) s.formats.set(rc(b.row + i, b.column + j), f);
      });
      b.headerNotes?.forEach((note, j) => {
        if (note !== null) s.notes.set(rc(b.row, b.column + j), note);
      });
    }
  }

  async applyMarks(marks: readonly Mark[]): Promise<void> {
    this.count("applyMarks");
    const plan = planApplyMarks(this.recordedMarks(), marks, (c) => this.note(c.sheet, c.row, c.column));
    this.performNotePlan(plan);
  }

  async clearMarks(sheets?: readonly string[]): Promise<void> {
    this.count("clearMarks");
    const plan = planClearMarks(this.recordedMarks(), sheets ? new Set(sheets) : null, (c) =>
      this.note(c.sheet, c.row, c.column),
    );
    this.performNotePlan(plan);
  }

  private recordedMarks(): MarkedCell[] {
    return parseMarkedCells(this.settings.get(MARKS_SETTING) ?? null);
  }

  private performNotePlan(plan: { writes: { cell: MarkedCell; note: string | null }[]; recorded: MarkedCell[] }): void {
    for (const w of plan.writes) {
      const s = this.sheets.find((x) => x.name === w.cell.sheet);
      if (!s) continue; // the user deleted the sheet; nothing left to clean
      if (w.note === null) s.notes.delete(rc(w.cell.row, w.cell.column));
      else s.notes.set(rc(w.cell.row, w.cell.column), w.note);
    }
    if (plan.recorded.length === 0) this.settings.delete(MARKS_SETTING);
    else this.settings.set(MARKS_SETTING, serializeMarkedCells(plan.recorded));
  }

  async setOwnedConditionalFormats(entries: readonly OwnedFormatsEntry[]): Promise<void> {
    this.count("setOwnedConditionalFormats");
    for (const e of entries) this.sheet(e.sheet); // a missing sheet fails before anything changes, as in writeBlocks
    const plan = planOwnedFormats(parseOwnedFormats(this.settings.get(OWNED_FORMATS_SETTING) ?? null), entries);
    for (const planned of plan.sheets) {
      const s = this.sheet(planned.sheet);
      const drop = ownedToDelete(s.conditionalFormats, planned, sameFormat);
      s.conditionalFormats = [...s.conditionalFormats.filter((_, i) => !drop.has(i)), ...planned.add];
    }
    const record = recordAfter(plan, entries);
    if (record.length === 0) this.settings.delete(OWNED_FORMATS_SETTING);
    else this.settings.set(OWNED_FORMATS_SETTING, serializeOwnedFormats(record));
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    this.count("select");
    this.activate(sheet); // selecting a cell brings its sheet to the front, as in Excel
    this.selection = { sheet, row, column };
  }

  async getSelection(): Promise<SelectedRange | null> {
    this.count("getSelection");
    const s = this.selection;
    if (!s || !this.sheets.some((x) => x.name === s.sheet)) return null;
    return { sheet: s.sheet, row: s.row, column: s.column, rows: s.rows ?? 1, columns: s.columns ?? 1 };
  }

  /** The user selects a rectangle (tests; the demo pane). */
  selectRange(sheet: string, row: number, column: number, rows: number, columns: number): void {
    this.activate(sheet);
    this.selection = { sheet, row, column, rows, columns };
  }

  async getActiveSheet(): Promise<string | null> {
    this.count("getActiveSheet");
    if (this.active !== null && this.sheets.some((s) => s.name === this.active)) return this.active;
    // Excel shows the first visible sheet until the user picks another, and moves off a deleted active sheet.
    return this.sheets.find((s) => s.visibility === "visible")?.name ?? null;
  }

  /** The user brings a sheet to the front (tests; the demo pane). */
  activate(sheet: string): void {
    this.active = this.sheet(sheet).name;
  }

  async getSetting(key: string): Promise<string | null> {
    this.count("getSetting");
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.count("setSetting");
    this.settings.set(key, value);
  }

  // ---- inspection (tests, and the browser workbench's preview) ----

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  visibility(sheet: string): SheetVisibility {
    return this.sheet(sheet).visibility;
  }

  cell(sheet: string, row: number, column: number): CellValue {
    return this.sheet(sheet).cells.get(row)?.get(column) ?? null;
  }

  /** Simulates the user typing into a cell. */
  setCell(sheet: string, row: number, column: number, value: CellValue): void {
    setCell(this.sheet(sheet), row, column, value);
  }

  /** Simulates the user adding a sheet. */
  addSheet(name: string, values: readonly (readonly CellValue[])[] = []): void {
    if (this.sheets.some((s) => s.name === name)) throw new Error(`MemoryWorkbook: sheet '${name}' exists`);
    const sheet = emptySheet(name);
    values.forEach((row, r) => row.forEach((v, c) => setCell(sheet, r + 1, c + 1, v)));
    this.sheets.push(sheet);
  }

  note(sheet: string, row: number, column: number): string | null {
    return this.sheet(sheet).notes.get(rc(row, column)) ?? null;
  }

  /** Simulates the user writing (or, with null, deleting) their own note. */
  setNote(sheet: string, row: number, column: number, text: string | null): void {
    const s = this.sheet(sheet);
    if (text === null) s.notes.delete(rc(row, column));
    else s.notes.set(rc(row, column), text);
  }

  numberFormat(sheet: string, row: number, column: number): string | null {
    const s = this.sheet(sheet);
    const own = s.formats.get(rc(row, column));
    if (own !== undefined) return own;
    return s.columnFormats.find((f) => inRange(f.range, row, column))?.format ?? null;
  }

  /** The spec a sheet was last created from (null for sheets the user made). */
  appliedSpec(sheet: string): SheetSpec | null {
    return this.sheet(sheet).spec;
  }

  validations(sheet: string): AppliedValidation[] {
    const spec = this.sheet(sheet).spec;
    if (!spec) return [];
    const fromColumns = layoutOf(spec)
      .columns.filter((c) => c.dataRange !== null && (c.spec.list || c.spec.numeric || c.spec.prompt))
      .map((c) => ({ range: c.dataRange as CellRange, column: c.spec }));
    // A layout's dropdown is told as a column without header or width, so one shape serves both.
    const fromLayout = (this.sheet(sheet).layout?.validations ?? []).map((v) => ({
      range: v.range,
      column: { header: "", width: 0, list: v.entry.list, ...(v.entry.prompt ? { prompt: v.entry.prompt } : {}) },
    }));
    return [...fromColumns, ...fromLayout];
  }

  validationAt(sheet: string, row: number, column: number): AppliedValidation | null {
    return this.validations(sheet).find((v) => inRange(v.range, row, column)) ?? null;
  }

  /** Every conditional format on the sheet: from its spec, the user's, and those the add-in set since. */
  conditionalFormats(sheet: string): readonly ConditionalFormatSpec[] {
    return this.sheet(sheet).conditionalFormats;
  }

  /** Simulates the user adding a conditional format of their own. */
  addUserConditionalFormat(sheet: string, format: ConditionalFormatSpec): void {
    this.sheet(sheet).conditionalFormats.push(format);
  }

  /** The layout a sheet was created with, resolved (null for sheets without one). */
  layout(sheet: string): ResolvedLayout | null {
    return this.sheet(sheet).layout;
  }

  /** Workbook-scoped names and the cells they point at. */
  definedNames(): Array<{ name: string; sheet: string; row: number; column: number }> {
    return [...this.names.values()];
  }

  charts(sheet: string): readonly ChartSpec[] {
    return this.sheet(sheet).spec?.charts ?? [];
  }

  settingsSnapshot(): Record<string, string> {
    return Object.fromEntries(this.settings);
  }

  /** Cells currently carrying add-in marks, as recorded in the workbook. */
  markedCells(): MarkedCell[] {
    return this.recordedMarks();
  }
}

function setCell(s: MemorySheet, row: number, column: number, v: CellValue | undefined): void {
  if (isEmpty(v)) {
    const r = s.cells.get(row);
    r?.delete(column);
    if (r && r.size === 0) s.cells.delete(row);
    return;
  }
  let r = s.cells.get(row);
  if (!r) s.cells.set(row, (r = new Map()));
  r.set(column, v as CellValue);
}

function extent(s: MemorySheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const [r, row] of s.cells) {
    if (row.size === 0) continue;
    rows = Math.max(rows, r);
    for (const c of row.keys()) columns = Math.max(columns, c);
  }
  return { rows, columns };
}

function buildSheet(spec: SheetSpec): MemorySheet {
  const s = emptySheet(spec.name);
  s.spec = spec;
  s.conditionalFormats = [...(spec.conditionalFormats ?? [])];
  s.visibility = spec.hidden ? "hidden" : "visible";
  const layout = layoutOf(spec);
  spec.titleRows?.forEach((row, i) => row.forEach((v, j) => setCell(s, i + 1, j + 1, v)));
  for (const c of layout.columns) {
    setCell(s, layout.headerRow, c.column, c.spec.header);
    if (c.spec.headerNote) s.notes.set(rc(layout.headerRow, c.column), c.spec.headerNote);
    if (c.spec.numberFormat && c.dataRange) s.columnFormats.push({ range: c.dataRange, format: c.spec.numberFormat });
  }
  spec.rows?.forEach((row, i) => row.forEach((v, j) => setCell(s, layout.firstDataRow + i, j + 1, v)));
  if (spec.layout) {
    s.layout = resolveLayout(spec.name, spec.layout);
    for (const v of s.layout.values)
      v.values.forEach((row, i) => row.forEach((x, j) => setCell(s, v.range.top + i, v.range.left + j, x)));
    for (const st of s.layout.styles) {
      const f = st.style.numberFormat;
      if (f) s.columnFormats.unshift({ range: st.range, format: f });
    }
  }
  return s;
}
