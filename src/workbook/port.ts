/**
 * The one port between use cases and a workbook host. Coarse-grained on purpose: each method is one batch, so the
 * Office.js adapter can turn it into one `context.sync()` (or a few, when a payload must be split under 5 MB), and a
 * use case makes a constant number of calls whatever the row count.
 */
import type { Block, CellValue, Mark, SheetSpec } from "../core/sheet-spec";
import type { OwnedFormatsEntry } from "./owned-formats";

export type { OwnedFormatsEntry } from "./owned-formats";

export interface SheetInfo {
  name: string;
  visible: boolean;
  /** Extent of the used range from A1 (0 when the sheet is empty). */
  rowCount: number;
  columnCount: number;
}

export interface SheetValues {
  name: string;
  /**
   * Values from A1 to the last used cell (rows × columns, rectangular). Empty cells are '' or null. Dates are serial
   * numbers, as Office.js returns them.
   */
  values: CellValue[][];
  /**
   * Cells whose value the host could not give (1-based), read as empty in `values`: a formula saved without its result
   * (openpyxl and pandas write them so). Only file hosts report them; validation reports each one.
   */
  unread?: UnreadCell[];
}

export interface UnreadCell {
  row: number;
  column: number;
  kind: "uncached-formula";
}

/** A rectangle of cells, 1-based. */
export interface SelectedArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The selection: its first block, and every block when the user picked several with Ctrl. */
export interface SelectedRange extends SelectedArea {
  sheet: string;
  /** Every block of a multi-area selection, in the order Excel gives them (the first is the one above); absent for one. */
  areas?: readonly SelectedArea[];
}

export interface ReadOptions {
  /** Called after each chunk with rows read so far, for progress bars. */
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
  /** Checked between chunks; when it returns true the read stops with a CancelledError. */
  isCancelled?: () => boolean;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetValues[]>;
  /** Create sheets from specs; an existing sheet is kept or replaced according to `spec.ifExists`. */
  ensureSheets(specs: readonly SheetSpec[]): Promise<void>;
  /** Write value blocks (values first, then formats). Never touches cells outside the blocks. */
  writeBlocks(blocks: readonly Block[]): Promise<void>;
  /** Add visible marks for problems (replacing earlier add-in marks on the same sheets). */
  applyMarks(marks: readonly Mark[]): Promise<void>;
  /** Remove exactly the marks this add-in added (all sheets when `sheets` is omitted), nothing the user made. */
  clearMarks(sheets?: readonly string[]): Promise<void>;
  /**
   * For each (sheet, owner): replace the conditional formats the add-in added under that owner on that sheet (none the
   * first time) with `formats`; an empty list removes them. Formats the user made are never touched. What the add-in
   * owns is recorded in the workbook setting `ledger.conditionalFormats` (owned-formats.ts), so it survives save and
   * reopen and is shared by every host. A host too old for conditional formats skips this with a notice.
   */
  setOwnedConditionalFormats(entries: readonly OwnedFormatsEntry[]): Promise<void>;
  /** Select a cell for the user (no-op for file hosts). */
  select(sheet: string, row: number, column: number): Promise<void>;
  /**
   * The cells the user has selected: the sheet and the rectangle (1-based; for a multi-area selection the first area,
   * with every area in `areas`), or null when the host keeps no selection (a file).
   */
  getSelection(): Promise<SelectedRange | null>;
  /** Name of the sheet the user has in front of them (a file's saved active tab), or null when the host cannot say. */
  getActiveSheet(): Promise<string | null>;
  /**
   * Opens the .xlsx `make` builds as a new workbook in the host, returning true; false (without calling `make`) where
   * the host cannot. Optional: file and memory hosts have no "new workbook" beside the one they hold.
   */
  createWorkbook?(make: () => Promise<Uint8Array>): Promise<boolean>;
  /** Add-in state stored inside the workbook (confirmed column mappings, preferences); survives close and reopen. */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  /**
   * Records what a coming write may change (`scope`), so `restore()` can put it back exactly: cell values and formulas,
   * number formats and notes in the rectangles, sheets created (removed again) or replaced (the old one back with its
   * place), the add-in's conditional formats and every setting. Null when this host cannot (then no undo is offered).
   * Optional: test doubles and hosts without it simply offer no undo.
   */
  checkpoint?(scope: WriteScope): Promise<Checkpoint | null>;
}

/** What a planned write touches (src/app/write-plan.ts computes it from the recorded port calls). */
export interface WriteScope {
  /** Rectangles of cells written (1-based), with whether their first row gets notes. */
  cells: readonly { sheet: string; row: number; column: number; rows: number; columns: number }[];
  /** Single cells whose notes may change (header notes, marks). */
  notes: readonly { sheet: string; row: number; column: number }[];
  /** Sheets `ensureSheets` creates (absent now) or replaces. */
  created: readonly string[];
  replaced: readonly string[];
  /** (sheet, owner) pairs whose add-in conditional formats are replaced. */
  formats: readonly { sheet: string; owner: string }[];
}

export interface Checkpoint {
  /** After the write went through (a replaced sheet's new copy is moved to the old one's place). */
  settle(): Promise<void>;
  /** Puts back what the scope held when the checkpoint was taken. */
  restore(): Promise<void>;
  /** Frees what the checkpoint keeps in the workbook (a replaced sheet kept hidden) once it can no longer be undone. */
  discard(): Promise<void>;
}

export { CancelledError, isCancelled } from "../core/cancelled";
