/**
 * `RegisterTable` over the raw 2-D values a host returned. Nothing is copied into row objects: each column is parsed
 * once, on first use, into one typed array (Float64Array with NaN for days, times and numbers; Int8Array for yes/no;
 * plain arrays for text and lists), and getters index into it. Validation parses the columns it checks anyway and
 * hands them over (`adoptColumn`), so a rule that reads a column never parses it a second time.
 */
import type { FieldType, ColumnDef, RegisterDef } from "./registers/types";
import type { CellValue } from "./sheet-spec";
import type { Settings } from "./settings-types";
import type { RegisterTable } from "./table-types";
import { findTotalsRow } from "./totals-row";
import { cellParser, isBlankCell, normalizeText } from "./values";
import { fieldTypeOf } from "./fields/registry";
import { emptyColumn, storeValue, type ColumnData } from "./fields/storage";

export { emptyColumn, storeValue, type ColumnData } from "./fields/storage";

/** What buildTable needs of a recognition: the register, the 1-based header row and canonical header → column index. */
export interface TableSource {
  register: RegisterDef;
  headerRow: number;
  mapping: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
}

export interface BuildOptions {
  /** Resolves enums whose values are a setting (密级列表); without it such cells keep their simplified text. */
  settings?: Settings;
}

/** How a column type is stored: its field type's choice. */
export function storageOf(type: FieldType): ColumnData["kind"] {
  return fieldTypeOf(type).storage;
}

function toMap(mapping: TableSource["mapping"]): Map<string, number> {
  if (mapping instanceof Map) return new Map(mapping);
  return new Map(Object.entries(mapping as Record<string, number>));
}

const NO_LIST: readonly string[] = Object.freeze([]);
// A module-local copy of an import used once per row: under a CommonJS transform each read of an import is a getter.
const blankCell = isBlankCell;

export class SheetTable implements RegisterTable {
  readonly register: RegisterDef;
  readonly sheet: string;
  readonly headerRow: number;
  readonly rowCount: number;
  /** The host's rows, header included (row index = Excel row − 1). */
  readonly cells: readonly (readonly CellValue[] | undefined)[];
  private readonly mapping: Map<string, number>;
  private readonly defs: Map<string, ColumnDef>;
  /** Parsed columns by header; null remembers a header the sheet lacks, so rules asking for it cost one lookup. */
  private readonly columns = new Map<string, ColumnData | null>();
  private readonly settings: Settings | undefined;
  private blank: Uint8Array | null = null;
  /** Rows [0, blankDone) have their blank flags. */
  private blankDone = 0;
  /**
   * Rows [0, settled) of every column hold their final values. Validation installs its columns before scanning and
   * fills them block by block, so the row rules can run on a block while its rows are still in cache; until a block
   * is filled, getters read its rows straight from the cells.
   */
  private settled = Number.POSITIVE_INFINITY;

  constructor(
    sheet: string,
    values: readonly (readonly CellValue[] | undefined)[],
    source: TableSource,
    options: BuildOptions = {},
  ) {
    this.sheet = sheet;
    this.register = source.register;
    this.headerRow = source.headerRow;
    this.cells = values;
    this.mapping = toMap(source.mapping);
    const totals = findTotalsRow(values, source.headerRow, source.register, this.mapping);
    const end = endOfData(values, totals >= 0 ? totals : values.length, source.headerRow, this.mapping);
    this.rowCount = Math.max(0, end - source.headerRow);
    this.defs = new Map(source.register.columns.map((c) => [c.header, c]));
    this.settings = options.settings;
  }

  excelRow(i: number): number {
    return this.headerRow + 1 + i;
  }

  columnIndex(header: string): number {
    return this.mapping.get(header) ?? -1;
  }

  has(header: string): boolean {
    return this.mapping.has(header);
  }

  /** The sheet's row for data row i (undefined beyond a ragged row's end). */
  row(i: number): readonly CellValue[] | undefined {
    return this.cells[this.headerRow + i];
  }

  /** Blank-row flags for every data row, computed in one pass on first use (a blank row is all empty cells). */
  blankRows(): Uint8Array {
    return this.blankRowsUpTo(this.rowCount);
  }

  /**
   * The blank-row flags with rows [0, to) filled in (later rows may still read 0 until asked for). Validation asks
   * block by block, so the pass that finds blank rows also brings the block's rows into cache for the column checks
   * instead of walking all 100,000 rows once more on its own. Always the same array.
   */
  blankRowsUpTo(to: number): Uint8Array {
    const flags = (this.blank ??= new Uint8Array(this.rowCount));
    const end = Math.min(to, this.rowCount);
    // Blank rows are mostly one shared array (the reader gives every empty row the same one): its flag is reused, so
    // a stray value in row 1,048,576 costs a pointer comparison per row in between, not a scan of its cells.
    let lastRow: readonly CellValue[] | undefined;
    let lastFlag = 1;
    for (let i = this.blankDone; i < end; i++) {
      const row = this.cells[this.headerRow + i];
      if (row !== undefined && row === lastRow) {
        flags[i] = lastFlag;
        continue;
      }
      let empty = 1;
      if (row) {
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          if (v !== null && v !== "" && v !== undefined && !blankCell(v)) {
            empty = 0;
            break;
          }
        }
      }
      flags[i] = empty;
      lastRow = row;
      lastFlag = empty;
    }
    if (end > this.blankDone) this.blankDone = end;
    return flags;
  }

  isBlank(i: number): boolean {
    // Asked once per row per deadline rule: the flags, once complete, are read without another call.
    if (this.blank !== null && this.blankDone >= this.rowCount) return this.blank[i] === 1;
    return this.blankRows()[i] === 1;
  }

  raw(header: string, i: number): unknown {
    const c = this.mapping.get(header);
    if (c === undefined) return null;
    return this.cells[this.headerRow + i]?.[c] ?? null;
  }

  /** Installs a column parsed elsewhere (validation), so getters do not parse it again. */
  adoptColumn(header: string, column: ColumnData): void {
    this.columns.set(header, column);
  }

  /**
   * Declares that adopted columns are filled for rows [0, rows) only (validation, block by block); getters read later
   * rows from the cells. Infinity (the default) once every row is filled.
   */
  settleRows(rows: number): void {
    this.settled = rows;
  }

  /** One cell parsed as its column's type, as `column` would store it; null when blank or unreadable. */
  private unsettled(header: string, i: number): unknown {
    const c = this.mapping.get(header);
    const def = this.defs.get(header);
    if (c === undefined || !def) return null;
    const raw = this.cells[this.headerRow + i]?.[c];
    if (raw === null || raw === undefined || raw === "") return null;
    const p = cellParser(def.type, this.settings)(raw);
    return p.kind === "ok" ? p.value : null;
  }

  /** The parsed column, built on first use; null when the sheet lacks it or the catalogue does not know it. */
  column(header: string): ColumnData | null {
    const known = this.columns.get(header);
    if (known !== undefined) return known;
    const c = this.mapping.get(header);
    const def = this.defs.get(header);
    if (c === undefined || !def) {
      this.columns.set(header, null);
      return null;
    }
    const parse = cellParser(def.type, this.settings);
    const col = emptyColumn(storageOf(def.type), this.rowCount);
    // A row array already seen empty in this column is skipped on sight (empty rows mostly share one array).
    let emptyHere: readonly CellValue[] | undefined;
    for (let i = 0; i < this.rowCount; i++) {
      const row = this.cells[this.headerRow + i];
      if (row === undefined || row === emptyHere) continue;
      const raw = row[c];
      if (raw === null || raw === undefined || raw === "") {
        emptyHere = row;
        continue;
      }
      const p = parse(raw);
      if (p.kind === "ok") storeValue(col, i, p.value);
    }
    this.columns.set(header, col);
    return col;
  }

  text(header: string, i: number): string | null {
    const got = this.columns.get(header);
    const col = got === undefined ? this.column(header) : got;
    if (!col) return null;
    if (col.kind === "text")
      return i < this.settled ? (col.data[i] ?? null) : (this.unsettled(header, i) as string | null);
    const raw = this.raw(header, i);
    return isBlankCell(raw) ? null : normalizeText(String(raw));
  }

  number(header: string, i: number): number | null {
    const got = this.columns.get(header);
    const col = got === undefined ? this.column(header) : got;
    if (col === null || col.kind !== "num") return null;
    if (i >= this.settled) return this.unsettled(header, i) as number | null;
    const v = col.data[i] as number;
    return v === v ? v : null;
  }

  date(header: string, i: number): number | null {
    const got = this.columns.get(header);
    const col = got === undefined ? this.column(header) : got;
    if (col === null || col.kind !== "num") return null;
    const v = i < this.settled ? (col.data[i] as number) : ((this.unsettled(header, i) as number | null) ?? Number.NaN);
    return v === v ? Math.floor(v) : null;
  }

  dateTime(header: string, i: number): number | null {
    return this.number(header, i);
  }

  bool(header: string, i: number): boolean | null {
    const col = this.column(header);
    if (col?.kind !== "bool") return null;
    if (i >= this.settled) return this.unsettled(header, i) as boolean | null;
    const v = col.data[i];
    return v === -1 ? null : v === 1;
  }

  list(header: string, i: number): string[] {
    const col = this.column(header);
    if (!col) return [];
    if (col.kind === "list")
      return [
        ...((i < this.settled ? col.data[i] : (this.unsettled(header, i) as readonly string[] | null)) ?? NO_LIST),
      ];
    const t = this.text(header, i);
    return t === null ? [] : [t];
  }
}

/**
 * One past the last row (below the header, before `end`) holding a value in a column of the register. Rows past it
 * are no part of the table: a stray value far down in a column the register does not use (row 1,048,576, say)
 * makes the sheet's used range a million rows, but costs nothing in validation, deadlines or computed columns.
 */
function endOfData(
  values: readonly (readonly CellValue[] | undefined)[],
  end: number,
  headerRow: number,
  mapping: ReadonlyMap<string, number>,
): number {
  const columns = [...mapping.values()].filter((c) => c >= 0);
  let knownBlank: readonly CellValue[] | undefined;
  for (let r = end - 1; r >= headerRow; r--) {
    const row = values[r];
    if (row === undefined || row === knownBlank || row.length === 0) continue;
    if (columns.some((c) => c < row.length && !blankCell(row[c] as CellValue))) return r + 1;
    knownBlank = row;
  }
  return headerRow;
}

/** A typed, lazily normalised view of one recognised register sheet. */
export function buildTable(
  sheet: string,
  values: readonly (readonly CellValue[] | undefined)[],
  recognition: TableSource,
  options?: BuildOptions,
): SheetTable {
  return new SheetTable(sheet, values, recognition, options);
}
