/**
 * Per-column checks: compiled once per column (parser, bounds, enum list, department set), then run straight down the
 * raw values. Each cell is parsed exactly once; the parsed column is handed to the table for the row rules.
 */
import type { Serial } from "../dates";
import { isoToSerial, serialToIso } from "../dates";
import type { Lang } from "../i18n";
import { message, type MessageParam, type Message } from "../i18n/message";
import { labelMessage } from "../registers/kit";
import type { ColumnDef, FieldType } from "../registers/types";
import type { CellValue } from "../sheet-spec";
import type { Settings } from "../settings-types";
import { emptyColumn, storageOf, storeValue, type ColumnData, type SheetTable } from "../table";
import {
  boundsOf,
  DATE_FLOOR_ISO,
  cellParser,
  toHalfWidth,
  choiceKey,
  describeRaw,
  enumValues,
  issueCodeOf,
  MAX_SERIAL,
  normalizeText,
  parseErrorText,
} from "../values";
import type { CellParser, ParseError } from "../values";
import { KeyIndex } from "./key-index";
import { VALIDATE_MESSAGES as M } from "./messages";
import type { PendingIssue } from "./report";

export interface ColumnCheckContext {
  lang: Lang;
  settings: Settings;
  asOf: Serial;
  emit(issue: PendingIssue): void;
}

/** Code points, not UTF-16 units: a CJK extension character is one character to the person counting. */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

const MEMO_LIMIT = 8192;
const DATE_FLOOR = isoToSerial(DATE_FLOOR_ISO);
const DATE_LIKE_FROM = isoToSerial("1980-01-01");
const DATE_LIKE_TO = isoToSerial("2100-12-31");

// Module-local copies of imported bindings used inside the per-cell loops: under a CommonJS transform (tsx, jest)
// every read of an import is a getter call on the other module's exports, millions of times per sheet.
const LAST_SERIAL = MAX_SERIAL;
const normalize = normalizeText;
const foldChoice = choiceKey;
const store = storeValue;
const fold = toHalfWidth;

/** What every loop needs to report on one column: the issue builders close over the column's name and language. */
class ColumnReporter {
  readonly col: Message;
  constructor(
    readonly table: SheetTable,
    readonly header: string,
    readonly sheetColumn: number,
    readonly lang: Lang,
    readonly allowed: readonly string[] | undefined,
    private readonly sink: (issue: PendingIssue) => void,
  ) {
    this.col = labelMessage(table.register, header);
  }
  issue(
    i: number,
    code: string,
    key: keyof typeof M,
    params: Record<string, MessageParam> = {},
    severity: "error" | "warning" = "error",
  ): void {
    this.sink({
      row: this.table.excelRow(i),
      column: this.header,
      code,
      severity,
      text: message(M, key, { col: this.col, ...params }),
      order: this.sheetColumn,
    });
  }
  required(i: number): void {
    this.issue(i, "cell/required", "required");
  }
  refused(i: number, error: ParseError, raw: unknown): void {
    const code = issueCodeOf(error);
    this.issue(i, code, code === "cell/enum" ? "enum" : "type", { problem: parseErrorText(error, raw, this.allowed) });
  }
}

/** Checks rows [from, to) of one column; called block by block so a block's rows stay in cache for every column. */
export type BlockScan = (from: number, to: number) => void;

interface Scan {
  rep: ColumnReporter;
  rows: readonly (readonly CellValue[] | undefined)[];
  top: number;
  c: number;
  n: number;
  required: boolean;
  parse: CellParser;
}

/** Dates, times and numbers into a Float64Array (NaN = no value), with bounds and the not-after-today check. */
function numberScanner(s: Scan, data: Float64Array, type: FieldType, asOf: Serial): BlockScan {
  const bounds = boundsOf(type);
  const min = bounds.min ?? Number.NEGATIVE_INFINITY;
  const exclusiveMin = bounds.exclusiveMin ?? Number.NEGATIVE_INFINITY;
  const max = bounds.max ?? Number.POSITIVE_INFINITY;
  const notAfter = type.kind === "date" && type.notAfterToday ? asOf : Number.POSITIVE_INFINITY;
  const floor = type.kind === "date" || type.kind === "datetime" ? DATE_FLOOR : Number.NEGATIVE_INFINITY;
  // A whole number in a count column that reads as a day of 1980–2100 is most likely a date cell (46266 = 2026-08-31).
  const countColumn = type.kind === "int" || type.kind === "decimal";
  // Fast paths give the value the parser would for the commonest cells: a whole-number serial in a date column, a
  // whole number in a numeric one. Typed text repeats down a column (many documents a day), so each distinct text
  // is parsed once.
  const wholeSerials = type.kind === "date" || type.kind === "datetime";
  const wholeNumbers = type.kind === "int" || type.kind === "decimal";
  const memo = new Map<string, number | ParseError | null>();
  return (from, to) => {
    // Locals, not closure slots, inside the hot loop.
    const { rep, rows, top, c, required, parse } = s;
    const blank = rep.table.blankRowsUpTo(to);
    const out = data;
    for (let i = from; i < to; i++) {
      if (blank[i] === 1) continue;
      const raw = rows[top + i]?.[c];
      let v: number;
      if (
        typeof raw === "number" &&
        ((wholeSerials && raw >= 1 && raw <= LAST_SERIAL) || wholeNumbers) &&
        Math.floor(raw) === raw
      ) {
        v = raw === 0 ? 0 : raw;
      } else if (raw === null || raw === undefined || raw === "") {
        if (required) rep.required(i);
        continue;
      } else {
        let m: number | ParseError | null | undefined = typeof raw === "string" ? memo.get(raw) : undefined;
        if (m === undefined) {
          const p = parse(raw);
          m = p.kind === "ok" ? (p.value as number) : p.kind === "error" ? p : null;
          if (typeof raw === "string" && memo.size < MEMO_LIMIT) memo.set(raw, m);
        }
        if (m === null) {
          if (required) rep.required(i);
          continue;
        }
        if (typeof m !== "number") {
          rep.refused(i, m, raw);
          continue;
        }
        v = m;
      }
      if (v < min) rep.issue(i, "cell/minimum", "minimum", { value: describeRaw(raw), min });
      else if (v <= exclusiveMin)
        rep.issue(i, "cell/minimum", "exclusiveMinimum", { value: describeRaw(raw), min: exclusiveMin });
      else if (v > max) {
        if (countColumn && Number.isInteger(v) && v >= DATE_LIKE_FROM && v <= DATE_LIKE_TO)
          rep.issue(i, "cell/maximum", "maximumDate", { value: describeRaw(raw), max, date: serialToIso(v) });
        else rep.issue(i, "cell/maximum", "maximum", { value: describeRaw(raw), max });
      }
      if (v < floor)
        rep.issue(i, "cell/minimum", "beforeFloor", { value: serialToIso(v), floor: DATE_FLOOR_ISO }, "warning");
      if (v > notAfter)
        rep.issue(i, "cell/maximum", "notAfterToday", { value: serialToIso(v), asOf: serialToIso(notAfter) });
      out[i] = v;
    }
  };
}

/** Text into a string array, with length, pattern, department list and key uniqueness. */
function textScanner(
  s: Scan,
  data: (string | null)[],
  type: FieldType,
  departments: ReadonlySet<string> | null,
  unique: boolean,
): BlockScan {
  const n = s.n;
  const maxLength = type.kind === "text" ? (type.maxLength ?? 0) : 0;
  const pattern = type.kind === "text" && type.pattern ? new RegExp(type.pattern) : null;
  // Senders, departments and people repeat: a hash lookup is cheaper than scanning the characters again. A key
  // column does not repeat (or it is an error), so it skips the lookup.
  const memo = unique ? null : new Map<string, string>();
  // Keys compare after width folding (ＳＷ－２０２６－０５１ is SW-2026-051), while `data` keeps the value as typed.
  // The folded form is kept apart only from the first key that differs from it; until then the key is the value.
  let folded: (string | null)[] | null = null;
  const keys = unique ? new KeyIndex(n, (row) => (folded === null ? data[row] : folded[row]) ?? null) : null;
  return (from, to) => {
    // Locals, not closure slots, inside the hot loop.
    const { rep, rows, top, c, required, parse } = s;
    const blank = rep.table.blankRowsUpTo(to);
    const out = data;
    for (let i = from; i < to; i++) {
      if (blank[i] === 1) continue;
      const raw = rows[top + i]?.[c];
      let v: string | undefined;
      let plainKey = false;
      // Fast paths for text cells (# may start an Excel error, which the parser reports).
      if (typeof raw === "string" && raw.length > 0 && raw.charCodeAt(0) !== 35) {
        if (keys !== null) {
          // A key of printable ASCII without spaces (SW-2025-000123) is already normal text: skip normalisation.
          let plain = true;
          for (let k = 0; plain && k < raw.length; k++) {
            const ch = raw.charCodeAt(k);
            plain = ch > 32 && ch < 127;
          }
          if (plain) {
            v = raw;
            plainKey = true;
          }
        } else {
          let text = memo === null ? undefined : memo.get(raw);
          if (text === undefined) {
            text = normalize(raw);
            if (memo !== null && memo.size < MEMO_LIMIT) memo.set(raw, text);
          }
          if (text === "") {
            if (required) rep.required(i);
            continue;
          }
          v = text;
        }
      }
      if (v === undefined) {
        if (raw === null || raw === undefined) {
          if (required) rep.required(i);
          continue;
        }
        const p = parse(raw);
        if (p.kind === "blank") {
          if (required) rep.required(i);
          continue;
        }
        if (p.kind === "error") {
          rep.refused(i, p, raw);
          continue;
        }
        v = p.value as string;
      }
      if (maxLength > 0 && v.length > maxLength) {
        const length = codePointLength(v);
        if (length > maxLength) rep.issue(i, "cell/maxLength", "maxLength", { length, max: maxLength });
      }
      if (pattern !== null && !pattern.test(v))
        rep.issue(i, "cell/pattern", "pattern", { value: describeRaw(raw), pattern: pattern.source });
      if (departments !== null && !departments.has(foldChoice(v)))
        rep.issue(i, "cell/enum", "department", { value: v });
      if (keys !== null) {
        let key = v;
        if (!plainKey) {
          key = fold(v);
          if (key !== v && folded === null) folded = data.slice();
        }
        if (folded !== null) folded[i] = key;
        const firstAt = keys.addOrFind(key, i);
        if (firstAt >= 0)
          rep.issue(i, "cell/unique", "unique", { value: describeRaw(v), first: rep.table.excelRow(firstAt) });
      }
      out[i] = v;
    }
  };
}

/** True when text starting with this character cannot be blank after normalisation: printable ASCII other than '#'
 * (which may start an Excel error), or a CJK ideograph. Anything else takes the normalising path. */
function plainStart(ch: number): boolean {
  return (ch > 32 && ch < 127 && ch !== 35) || (ch >= 0x3400 && ch <= 0x9fff);
}

/**
 * Free text with no list, pattern or key to check (来文字号, 承办人, 备注): validation needs only to know whether a cell
 * is blank, an Excel error or too long, which the first character and the length tell for nearly every cell. The
 * column is not stored: the table normalises it lazily if a rule or report ever reads it.
 */
function freeTextScanner(s: Scan, type: FieldType): BlockScan {
  const maxLength = type.kind === "text" ? (type.maxLength ?? 0) : 0;
  return (from, to) => {
    const { rep, rows, top, c, required, parse } = s;
    const blank = rep.table.blankRowsUpTo(to);
    for (let i = from; i < to; i++) {
      if (blank[i] === 1) continue;
      const raw = rows[top + i]?.[c];
      if (
        typeof raw === "string" &&
        raw.length > 0 &&
        plainStart(raw.charCodeAt(0)) &&
        (maxLength === 0 || raw.length <= maxLength)
      )
        continue;
      if (raw === null || raw === undefined) {
        if (required) rep.required(i);
        continue;
      }
      const p = parse(raw);
      if (p.kind === "blank") {
        if (required) rep.required(i);
      } else if (p.kind === "error") {
        rep.refused(i, p, raw);
      } else if (maxLength > 0) {
        const length = codePointLength(p.value as string);
        if (length > maxLength) rep.issue(i, "cell/maxLength", "maxLength", { length, max: maxLength });
      }
    }
  };
}

/** Enum values: one lookup in the column's parser (hits return shared results), stored as the canonical value. */
function enumScanner(s: Scan, data: (string | null)[]): BlockScan {
  return (from, to) => {
    const { rep, rows, top, c, required, parse } = s;
    const blank = rep.table.blankRowsUpTo(to);
    const out = data;
    for (let i = from; i < to; i++) {
      if (blank[i] === 1) continue;
      const raw = rows[top + i]?.[c];
      if (raw === null || raw === undefined) {
        if (required) rep.required(i);
        continue;
      }
      const p = parse(raw);
      if (p.kind === "ok") out[i] = p.value as string;
      else if (p.kind === "error") rep.refused(i, p, raw);
      else if (required) rep.required(i);
    }
  };
}

/** Enums, yes/no and lists through the column's parser (an enum lookup returns shared results: nothing allocated). */
function choiceScanner(s: Scan, storage: ColumnData, departments: ReadonlySet<string> | null): BlockScan {
  return (from, to) => {
    const { rep, rows, top, c, required, parse } = s;
    const blank = rep.table.blankRowsUpTo(to);
    for (let i = from; i < to; i++) {
      if (blank[i] === 1) continue;
      const raw = rows[top + i]?.[c];
      const p = raw === null || raw === undefined || raw === "" ? null : parse(raw);
      if (p === null || p.kind === "blank") {
        if (required) rep.required(i);
        continue;
      }
      if (p.kind === "error") {
        rep.refused(i, p, raw);
        continue;
      }
      const v = p.value;
      if (departments !== null) {
        for (const item of Array.isArray(v) ? v : [v])
          if (typeof item === "string" && !departments.has(foldChoice(item)))
            rep.issue(i, "cell/enum", "department", { value: item });
      }
      store(storage, i, v);
    }
  };
}

/** A column compiled for checking: `scan` runs over row blocks, `finish` hands the parsed values to the table. */
export interface ColumnCheck {
  scan: BlockScan;
  finish(): void;
}

/**
 * Compiles the checks of one column (parser, bounds, enum list, department set, key index) and returns its block
 * scanner, or null when the sheet lacks the column. `unique` asks for cell/unique (a single-column key). Each storage
 * kind has its own loop, so each loop sees one type of value.
 */
export function compileColumn(
  table: SheetTable,
  def: ColumnDef,
  unique: boolean,
  ctx: ColumnCheckContext,
): ColumnCheck | null {
  const c = table.columnIndex(def.header);
  if (c < 0) return null;
  const { settings } = ctx;
  const type = def.type;
  const allowed = type.kind === "enum" ? (enumValues(type.source, settings) ?? undefined) : undefined;
  const rep = new ColumnReporter(table, def.header, c, ctx.lang, allowed, ctx.emit);
  const scan: Scan = {
    rep,
    rows: table.cells,
    top: table.headerRow,
    c,
    n: table.rowCount,
    required: def.required === true && def.computed !== true,
    parse: cellParser(type, settings),
  };
  const departments = def.departmentList && settings.departments ? new Set(settings.departments.map(choiceKey)) : null;
  if (type.kind === "text" && !unique && departments === null && !type.pattern) {
    return { scan: freeTextScanner(scan, type), finish: () => undefined };
  }
  const storage = emptyColumn(storageOf(type), table.rowCount);
  const run =
    storage.kind === "text" && type.kind === "enum"
      ? enumScanner(scan, storage.data)
      : storage.kind === "num"
        ? numberScanner(scan, storage.data, type, ctx.asOf)
        : storage.kind === "text" && type.kind === "text"
          ? textScanner(scan, storage.data, type, departments, unique)
          : choiceScanner(scan, storage, departments);
  return { scan: run, finish: () => table.adoptColumn(def.header, storage) };
}
