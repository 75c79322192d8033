/**
 * The validation engine's fast scans, one loop per storage kind so each loop sees one type of value. A field type
 * picks the loop that fits it and its options (src/core/fields/<type>.ts `scanner`); the engine resolves that once
 * per column and runs it block by block. Each loop gives the value the column's parser would, parsing only the
 * cells its fast paths do not settle.
 */
import { isoToSerial, serialToIso } from "../dates";
import type { Bounds } from "../values/bounds";
import { DATE_FLOOR_ISO } from "../values/bounds";
import { choiceKey } from "../values/choices";
import { MAX_SERIAL } from "../values/date-time";
import { describeRaw } from "../values/describe";
import type { ParseError } from "../values/parsed";
import { normalizeText, toHalfWidth } from "../values/text";
import { KeyIndex } from "../validate/key-index";
import type { BlockScan, ColumnScan, Scan } from "./field-type";
import { emptyColumn, storeValue, type ColumnData } from "./storage";

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
const DATE_LIKE_FROM = isoToSerial("1980-01-01");
const DATE_LIKE_TO = isoToSerial("2100-12-31");

// Module-local copies of imported bindings used inside the per-cell loops: under a CommonJS transform (tsx, jest)
// every read of an import is a getter call on the other module's exports, millions of times per sheet.
const LAST_SERIAL = MAX_SERIAL;
const normalize = normalizeText;
const foldChoice = choiceKey;
const store = storeValue;
const fold = toHalfWidth;

/** How a numeric type's scan reads and checks its values. */
export interface NumberScanOptions {
  bounds: Bounds;
  /** Days after this are refused (cell/maximum, notAfterToday); +∞ when the column has no such limit. */
  notAfter: number;
  /** Days before this are warned about (cell/minimum, beforeFloor); −∞ when the column holds no days. */
  floor: number;
  /**
   * A whole number in a count column that reads as a day of 1980–2100 is most likely a date cell (46266 =
   * 2026-08-31): its cell/maximum says so.
   */
  countColumn: boolean;
  /**
   * Fast paths give the value the parser would for the commonest cells: a whole-number serial in a date column
   * (`wholeSerials`), a whole number in a numeric one (`wholeNumbers`).
   */
  wholeSerials: boolean;
  wholeNumbers: boolean;
}

/** The floor of a column of days (DATE_FLOOR_ISO as a serial). */
export const DATE_FLOOR = isoToSerial(DATE_FLOOR_ISO);

/** Dates, times and numbers into a Float64Array (NaN = no value), with bounds and the not-after-today check. */
export function numberScanner(s: Scan, data: Float64Array, options: NumberScanOptions): BlockScan {
  const { bounds, notAfter, floor, countColumn, wholeSerials, wholeNumbers } = options;
  const min = bounds.min ?? Number.NEGATIVE_INFINITY;
  const exclusiveMin = bounds.exclusiveMin ?? Number.NEGATIVE_INFINITY;
  const max = bounds.max ?? Number.POSITIVE_INFINITY;
  // Typed text repeats down a column (many documents a day), so each distinct text is parsed once.
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
export function textScanner(
  s: Scan,
  data: (string | null)[],
  maxLength: number,
  pattern: RegExp | null,
  departments: ReadonlySet<string> | null,
  unique: boolean,
): BlockScan {
  const n = s.n;
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
export function freeTextScanner(s: Scan, maxLength: number): BlockScan {
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
export function enumScanner(s: Scan, data: (string | null)[]): BlockScan {
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
export function choiceScanner(s: Scan, storage: ColumnData, departments: ReadonlySet<string> | null): BlockScan {
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

/** A numeric column: its Float64Array and the scan that fills it. */
export function numberColumn(setup: { scan: Scan }, options: NumberScanOptions): ColumnScan {
  const storage = emptyColumn("num", setup.scan.n);
  return { scan: numberScanner(setup.scan, storage.data, options), storage };
}

/** Options of a column of days: the floor warning and the whole-serial fast path. */
export const dayOptions = (notAfter: number): NumberScanOptions => ({
  bounds: {},
  notAfter,
  floor: DATE_FLOOR,
  countColumn: false,
  wholeSerials: true,
  wholeNumbers: false,
});

/** Options of a plain number column with these bounds. */
export const amountOptions = (bounds: Bounds, counts: boolean): NumberScanOptions => ({
  bounds,
  notAfter: Number.POSITIVE_INFINITY,
  floor: Number.NEGATIVE_INFINITY,
  countColumn: counts,
  wholeSerials: false,
  wholeNumbers: counts,
});
