/**
 * What one field type (a column's `type.kind`) brings: how a cell is read, stored, shown, prompted for, formatted
 * and validated in templates, and checked by the validation engine's fast scan. Every module in this folder is one
 * such type; `registry.ts` finds the module of a column's type, so templates, the table, validation, messages and
 * the catalogue helpers dispatch through it instead of switching on the kind.
 */
import type { Serial } from "../dates";
import type { Message, MessageParam } from "../i18n/message";
import type { FieldTypes } from "../registers/types";
import type { ColumnSpec, CellValue } from "../sheet-spec";
import type { RegisterTable } from "../table-types";
import type { Bounds } from "../values/bounds";
import type { CellParser, ParseContext } from "../values/cell";
import type { ParseError } from "../values/parsed";
import type { VALIDATE_MESSAGES } from "../validate/messages";
import type { ColumnData, StorageKind } from "./storage";

/** The validation engine's reporter for one column: findings are located at (sheet, Excel row, column) by it. */
export interface CellReporter {
  readonly table: { blankRowsUpTo(to: number): Uint8Array; excelRow(i: number): number };
  issue(
    i: number,
    code: string,
    key: keyof typeof VALIDATE_MESSAGES,
    params?: Record<string, MessageParam>,
    severity?: "error" | "warning",
  ): void;
  required(i: number): void;
  refused(i: number, error: ParseError, raw: unknown): void;
}

/** One column as the scan sees it: the sheet's rows, the column index and the column's parser. */
export interface Scan {
  rep: CellReporter;
  rows: readonly (readonly CellValue[] | undefined)[];
  /** Index of the first data row in `rows` (the 1-based header row). */
  top: number;
  c: number;
  /** Data rows. */
  n: number;
  required: boolean;
  parse: CellParser;
}

/** What a type's scanner may check besides its own type: the as-of day, the 部门 list, key uniqueness. */
export interface ScanSetup {
  scan: Scan;
  asOf: Serial;
  /** Folded department names when the column is restricted to the 部门 sheet's list, else null. */
  departments: ReadonlySet<string> | null;
  /** The column is a single-column key: report cell/unique. */
  unique: boolean;
}

/** Checks rows [from, to) of one column; called block by block so a block's rows stay in cache for every column. */
export type BlockScan = (from: number, to: number) => void;

/** A compiled column scan and the column it fills (null: nothing kept, the table parses lazily if asked). */
export interface ColumnScan {
  scan: BlockScan;
  storage: ColumnData | null;
}

/** A template dropdown: literal values, or the list of a `参数设置` key (resolved by the template builder). */
export type FieldChoices = { values: readonly string[] } | { setting: string };

export interface FieldTypeModule<K extends keyof FieldTypes = keyof FieldTypes> {
  kind: K;
  /** Where parsed values are kept (and which table getters read them: `number`/`date` for num, `text`, …). */
  storage: StorageKind;
  /** Default template column width in Latin characters. */
  width: number;
  /** The input prompt of a required column, after "必填。" (zh-CN: Excel shows one language). */
  hint(type: FieldTypes[K]): string;
  /** The `{expected}` of a refused value, in every language; `allowed` is the column's list where it has one. */
  expected(allowed?: readonly string[]): Message;
  /** The parser for every cell of one column (built once per column). */
  parser(type: FieldTypes[K], ctx?: ParseContext): CellParser;
  /** The values a column accepts, quoted in its messages (enums); null when unknown. */
  allowed?(type: FieldTypes[K], ctx?: ParseContext): readonly string[] | null;
  /** The range a numeric column allows (cell/minimum, cell/maximum). */
  bounds?(type: FieldTypes[K]): Bounds;
  /** The template's number format. */
  numberFormat?(type: FieldTypes[K]): string | undefined;
  /** The template's typed-entry validation (whole/decimal with bounds). */
  numeric?(type: FieldTypes[K]): ColumnSpec["numeric"];
  /** The template's dropdown. */
  choices?(type: FieldTypes[K]): FieldChoices | undefined;
  /** A cell as a message quotes it (dates as YYYY-MM-DD); null to quote the raw cell. */
  show?(t: RegisterTable, header: string, i: number): string | null;
  /** The validation engine's fast scan of one column, resolved once per column. */
  scanner(type: FieldTypes[K], setup: ScanSetup): ColumnScan;
}

/** Declares a field type module (typed by its kind). */
export const defineFieldType = <K extends keyof FieldTypes>(module: FieldTypeModule<K>): FieldTypeModule<K> => module;
