/**
 * Port values → what to put in `range.values`. Excel takes written values like typed entry: "001" becomes 1,
 * "2025-03-05" a date, "TRUE" a boolean, "-x" a broken formula. The port's strings are text, so any string Excel
 * could reinterpret is written with a leading apostrophe (Excel's "this is text" prefix, not part of the value).
 * Strings starting with '=' are formulas on every adapter (the .xlsx adapter writes them as formulas too).
 */
import type { CellValue } from "../core/sheet-spec";

// Anything ASCII that carries a digit may parse as a number, date, time, fraction or percentage in some locale.
const ASCII_WITH_DIGIT = /^[\x20-\x7e]*\d[\x20-\x7e]*$/;
const RISKY_START = /^[+\-@'\s]/;
const BOOLEAN_WORD = /^\s*(true|false)\s*$/i;

export function needsTextPrefix(text: string): boolean {
  return RISKY_START.test(text) || ASCII_WITH_DIGIT.test(text) || BOOLEAN_WORD.test(text);
}

/** One cell for `range.values`: null becomes '' (clear; null would mean "leave unchanged" to Office.js). */
export function toOfficeValue(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (typeof v === "boolean") return v;
  if (v === "" || (v.startsWith("=") && v.length > 1)) return v;
  return needsTextPrefix(v) ? `'${v}` : v;
}

/** Rough JSON size of a value in a request, in UTF-8 bytes (CJK characters take 3). */
export function estimateBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === "number") return String(v).length;
  if (typeof v === "boolean") return v ? 4 : 5;
  const s = String(v);
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? (c === 0x22 || c === 0x5c || c < 0x20 ? 2 : 1) : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** JSON size of a row: brackets, values and the commas between them (and after it, in a 2-D array). */
export function estimateRowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += estimateBytes(v) + 1;
  return n;
}
