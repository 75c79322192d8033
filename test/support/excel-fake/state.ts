/**
 * The fake workbook's state: plain data that the proxy objects read and write at `sync()` time, and that tests seed
 * and inspect directly. Nothing here knows about batching; see context.ts for that.
 */
import type { CellValue } from "../../../src/core/sheet-spec";
import { cellAddress, parseAddress } from "./a1";
import { SparseGrid } from "./grid";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface ValidationState {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt | null;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface ConditionalFormatState {
  id: string;
  /** 0-based inclusive rectangle the format applies to. */
  rect: Rect;
  type: "Custom" | "IconSet";
  formula: string;
  fill: string;
  fontColor: string;
  iconStyle: string;
  criteria: Excel.ConditionalIconCriterion[];
}

export interface TableState {
  name: string;
  rect: Rect;
  style: string;
}

export interface ChartState {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position: { start: string; end: string | null } | null;
  /** Set only when the add-in changed them (Excel shows title and legend, and plots visible cells only, by default). */
  titleVisible?: boolean;
  legendVisible?: boolean;
  plotVisibleOnly?: boolean;
}

/** 0-based inclusive rectangle (Office.js rowIndex/columnIndex convention). */
export interface Rect {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}

export class SheetState {
  visibility: Visibility = "Visible";
  tabColor = "";
  protected = false;
  frozenRows = 0;
  /** Constants, and the cached result of formula cells (null when the fake has not computed one). */
  readonly values = new SparseGrid<CellValue>();
  readonly formulas = new SparseGrid<string>();
  readonly numberFormats = new SparseGrid<string>();
  readonly fills = new SparseGrid<string>();
  readonly fontColors = new SparseGrid<string>();
  readonly bold = new SparseGrid<boolean>();
  readonly validations = new SparseGrid<ValidationState>();
  /** Cell notes (ExcelApi 1.18 `worksheet.notes`). */
  readonly notes = new SparseGrid<string>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Layout formats (0-based cells): font size, wrap, alignment, borders drawn on each cell, cells left unlocked. */
  readonly fontSizes = new SparseGrid<number>();
  readonly wraps = new SparseGrid<boolean>();
  readonly horizontalAlignments = new SparseGrid<string>();
  readonly verticalAlignments = new SparseGrid<string>();
  readonly borders = new SparseGrid<{ top: boolean; bottom: boolean; left: boolean; right: boolean }>();
  readonly unlocked = new SparseGrid<boolean>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: Rect[] = [];
  autoFilter: Rect | null = null;
  conditionalFormats: ConditionalFormatState[] = [];
  tables: TableState[] = [];
  charts: ChartState[] = [];
  pageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: {} as Excel.PageLayoutZoomOptions,
    printArea: null as Rect | null,
    printTitleRows: null as { first: number; last: number } | null,
  };

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** Bounding box of cells with content (valuesOnly) or also with formats, as Excel's used range. */
  usedRect(valuesOnly: boolean): Rect | null {
    const grids: SparseGrid<unknown>[] = valuesOnly
      ? [this.values, this.formulas]
      : [this.values, this.formulas, this.numberFormats, this.fills, this.fontColors, this.bold, this.validations];
    let out: Rect | null = null;
    for (const g of grids) {
      const b = g.bounds();
      if (!b) continue;
      out = out
        ? {
            row: Math.min(out.row, b.row),
            column: Math.min(out.column, b.column),
            lastRow: Math.max(out.lastRow, b.lastRow),
            lastColumn: Math.max(out.lastColumn, b.lastColumn),
          }
        : b;
    }
    return out;
  }

  /** What `range.values` returns for one cell: '' for empty. */
  valueAt(row: number, column: number): CellValue {
    const v = this.values.get(row, column);
    return v === undefined || v === null ? "" : v;
  }

  /** What `range.formulas` returns for one cell: the formula, else the constant. */
  formulaAt(row: number, column: number): CellValue {
    return this.formulas.get(row, column) ?? this.valueAt(row, column);
  }

  numberFormatAt(row: number, column: number): string {
    return this.numberFormats.get(row, column) ?? "General";
  }
}

/** One sheet of the plain JSON seeding format (also what the browser e2e tests pass to `createExcelFake`). */
export interface SheetSeed {
  name: string;
  /** Rows of values from A1; null or '' for empty. */
  values?: readonly (readonly CellValue[])[];
  /** Formulas by A1 cell, e.g. { "S2": "=IF(...)" }; the cell's seeded value is kept as the formula's cached result. */
  formulas?: Readonly<Record<string, string>>;
  /** Number formats by A1 cell or range, e.g. { "B2:B100": "yyyy-mm-dd" }. */
  numberFormats?: Readonly<Record<string, string>>;
  /** Fill colours by A1 cell or range (user formatting the add-in must leave alone). */
  fills?: Readonly<Record<string, string>>;
  visibility?: Visibility;
  protected?: boolean;
  /** User notes by A1 cell. */
  notes?: Readonly<Record<string, string>>;
  /** Tables by name: their A1 range, header row first. */
  tables?: Readonly<Record<string, string>>;
}

export interface WorkbookSeed {
  sheets: readonly SheetSeed[];
  /** Name of the active sheet; the first sheet when omitted. */
  activeSheet?: string;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  /** Workbook-scoped names by upper-cased name: the name as given and its reference formula. */
  readonly names = new Map<string, { name: string; reference: string }>();
  activeSheetId: string | null = null;
  /** The selected block, and every block when several were picked with Ctrl (`areas`, the first being `rect`). */
  selection: { sheetId: string; rect: Rect; areas?: Rect[] } | null = null;
  /** `context.runtime.enableEvents`: change events are raised only while true. */
  eventsEnabled = true;
  private nextId = 1;

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): SheetState {
    const sheet = new SheetState(this.newId("{sheet-"), name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  static fromSeed(seed: WorkbookSeed): WorkbookState {
    const wb = new WorkbookState();
    for (const s of seed.sheets) {
      const sheet = wb.addSheet(s.name);
      s.values?.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v !== null && v !== "") sheet.values.set(r, c, v);
        }),
      );
      for (const [cell, formula] of Object.entries(s.formulas ?? {})) {
        const { rect } = parseAddress(cell);
        sheet.formulas.set(rect.row - 1, rect.column - 1, formula);
        if (sheet.values.get(rect.row - 1, rect.column - 1) === undefined)
          sheet.values.set(rect.row - 1, rect.column - 1, null);
      }
      for (const [range, fmt] of Object.entries(s.numberFormats ?? {}))
        forEachCell(range, (r, c) => sheet.numberFormats.set(r, c, fmt));
      for (const [range, color] of Object.entries(s.fills ?? {}))
        forEachCell(range, (r, c) => sheet.fills.set(r, c, color));
      for (const [cell, content] of Object.entries(s.notes ?? {})) {
        const { rect } = parseAddress(cell);
        sheet.notes.set(rect.row - 1, rect.column - 1, content);
      }
      for (const [name, range] of Object.entries(s.tables ?? {})) {
        const { rect } = parseAddress(range);
        const r = {
          row: rect.row - 1,
          column: rect.column - 1,
          lastRow: rect.lastRow - 1,
          lastColumn: rect.lastColumn - 1,
        };
        sheet.tables.push({ name, rect: r, style: "TableStyleMedium2" });
      }
      if (s.visibility) sheet.visibility = s.visibility;
      if (s.protected) sheet.protected = true;
    }
    if (seed.activeSheet) wb.activeSheetId = wb.sheetByName(seed.activeSheet)?.id ?? wb.activeSheetId;
    return wb;
  }
}

function forEachCell(range: string, fn: (row: number, column: number) => void): void {
  const { rect } = parseAddress(range);
  for (let r = rect.row - 1; r < rect.lastRow; r++) for (let c = rect.column - 1; c < rect.lastColumn; c++) fn(r, c);
}

/**
 * Everything a user could see as "their data" in a sheet: every value, formula and number format, plus user fills
 * and notes. Tests compare snapshots before and after the add-in validates, marks and clears.
 */
export function snapshotUserContent(wb: WorkbookState): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const sheet of wb.sheets) {
    const cells: Record<string, unknown> = {};
    const note = (r: number, c: number, key: string, v: unknown) => {
      const a = cellAddress(r + 1, c + 1);
      cells[a] = { ...(cells[a] as object | undefined), [key]: v };
    };
    sheet.values.forEach((v, r, c) => note(r, c, "value", v));
    sheet.formulas.forEach((v, r, c) => note(r, c, "formula", v));
    sheet.numberFormats.forEach((v, r, c) => note(r, c, "numberFormat", v));
    sheet.fills.forEach((v, r, c) => note(r, c, "fill", v));
    sheet.fontColors.forEach((v, r, c) => note(r, c, "fontColor", v));
    sheet.validations.forEach((v, r, c) => note(r, c, "validation", v));
    sheet.notes.forEach((v, r, c) => note(r, c, "note", v));
    out[sheet.name] = {
      cells,
      conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf })),
      visibility: sheet.visibility,
      protected: sheet.protected,
      tables: sheet.tables.map((t) => ({ name: t.name, rect: { ...t.rect } })),
    };
  }
  return out;
}
