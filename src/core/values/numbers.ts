/**
 * Whole numbers, decimals, money and percentages, from number cells or from text as people type it: full-width
 * digits, thousands separators (1,234.50), currency marks (¥ ￥ 元), a percent sign. Scientific notation and spaces
 * inside the digits are refused: nobody means 1E3 yuan, and '1 234' is more often two values than one.
 *
 * Range checks (money ≥ 0, percent 0–100, a column's min/max) are not made here: the parser says what the value is,
 * `boundsOf` (bounds.ts) says what the column allows, and the validator reports `cell/minimum` / `cell/maximum` —
 * a distinct, clearer message than "not a number". Money's two-decimal limit is part of the type (fen is the
 * smallest unit), so it is checked here and reported as `cell/type`.
 */
import { BLANK, fail, ok } from "./parsed";
import type { Parsed, ParseProblem, ValueKind } from "./parsed";
import { isExcelError } from "./excel-errors";
import { isBlankCell, isSpaceCode, toHalfWidth } from "./text";

// Scanner output, in module state so a parse allocates nothing but its result (parsing is synchronous).
let fractionDigits = 0; // significant digits after the point (trailing zeros do not count)
let percentSign = false;

const YUAN = 0x5143; // 元
const YEN = 0xa5; // ¥ (full-width ￥ is folded to it by toHalfWidth)

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The whole text as one number, or NaN. `currency` admits ¥ before and 元 after; `percent` admits a trailing %.
 * Thousands separators must group by three (1,234,567), so '12,00' (a European decimal comma) is refused, not misread.
 */
function scanNumber(s: string, currency: boolean, percent: boolean): number {
  const n = s.length;
  let i = 0;
  while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
  let negative = false;
  let c = s.charCodeAt(i);
  if (c === 45 || c === 43 || c === 0x2212) {
    negative = c !== 43;
    i++;
    c = s.charCodeAt(i);
  }
  if (currency && c === YEN) {
    i++;
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    c = s.charCodeAt(i);
    if (!negative && (c === 45 || c === 0x2212)) {
      negative = true;
      i++;
    }
  }
  const start = i;
  let intDigits = 0;
  let groupDigits = 0;
  let commas = false;
  while (i < n) {
    c = s.charCodeAt(i);
    if (isDigit(c)) {
      intDigits++;
      groupDigits++;
    } else if (c === 44 /* , */) {
      // The first group has 1–3 digits, every later one exactly 3.
      if (commas ? groupDigits !== 3 : groupDigits < 1 || groupDigits > 3) return NaN;
      commas = true;
      groupDigits = 0;
    } else {
      break;
    }
    i++;
  }
  if (commas && groupDigits !== 3) return NaN;
  let fracDigits = 0;
  let significant = 0;
  if (s.charCodeAt(i) === 46 /* . */) {
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) {
      fracDigits++;
      if (s.charCodeAt(i) !== 48) significant = fracDigits;
      i++;
    }
  }
  if (intDigits === 0 && fracDigits === 0) return NaN;
  const end = i;
  while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
  percentSign = false;
  if (i < n) {
    c = s.charCodeAt(i);
    if (currency && c === YUAN) i++;
    else if (percent && c === 37 /* % */) {
      percentSign = true;
      i++;
    } else return NaN;
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i < n) return NaN;
  }
  fractionDigits = significant;
  const digits = start === 0 && end === n ? s : s.slice(start, end);
  const value = Number(commas ? digits.replace(/,/g, "") : digits);
  return negative ? -value : value;
}

/** Shared checks for a non-number cell: blank, Excel error, not text. Returns null when the text should be scanned. */
function nonNumber(raw: unknown, kind: ValueKind): Parsed<never> | null {
  if (typeof raw !== "string") return raw === null || raw === undefined ? BLANK : fail(kind, "unreadable");
  if (isBlankCell(raw)) return BLANK;
  if (isExcelError(raw)) return fail(kind, "excel-error");
  return null;
}

/**
 * Binary noise of a formula's result: 3 × 0.1 × 10 is 2.9999999999999996, which a person sees and means as 3. The
 * slack grows with the magnitude (a double holds about 16 significant digits) but stays far below any real fraction.
 */
function noise(x: number): number {
  return 1e-9 + Math.abs(x) * 1e-12;
}

export function parseInteger(raw: unknown): Parsed<number> {
  let x: number;
  if (typeof raw === "number") x = raw;
  else {
    const early = nonNumber(raw, "int");
    if (early) return early;
    x = scanNumber(toHalfWidth(raw as string), false, false);
  }
  if (!Number.isFinite(x)) return fail("int", "unreadable");
  const r = Math.round(x);
  return Math.abs(x - r) <= noise(x) ? ok(r === 0 ? 0 : r) : fail("int", "not-integral");
}

export function parseDecimal(raw: unknown): Parsed<number> {
  if (typeof raw === "number") return Number.isFinite(raw) ? ok(raw) : fail("decimal", "unreadable");
  const early = nonNumber(raw, "decimal");
  if (early) return early;
  const x = scanNumber(toHalfWidth(raw as string), false, false);
  return Number.isFinite(x) ? ok(x) : fail("decimal", "unreadable");
}

/**
 * Yuan, rounded to fen so that later arithmetic (数量 × 单价 against 金额) compares exact amounts. Negative amounts are
 * returned as they are: `cell/minimum` reports them.
 */
export function parseMoney(raw: unknown): Parsed<number> {
  let x: number;
  let problem: ParseProblem | null = null;
  if (typeof raw === "number") {
    x = raw;
    if (Number.isFinite(x)) {
      const fen = x * 100;
      if (Math.abs(fen - Math.round(fen)) > noise(fen)) problem = "too-many-decimals";
    }
  } else {
    const early = nonNumber(raw, "money");
    if (early) return early;
    x = scanNumber(toHalfWidth(raw as string), true, false);
    if (Number.isFinite(x) && fractionDigits > 2) problem = "too-many-decimals";
  }
  if (!Number.isFinite(x)) return fail("money", "unreadable");
  if (problem !== null) return fail("money", problem);
  const rounded = Math.round(x * 100) / 100;
  return ok(rounded === 0 ? 0 : rounded);
}

/**
 * Percent as points, 0–100 meaning 0 %–100 %.
 *
 * The rule for a bare number (no % sign): 0 ≤ x ≤ 1 is a fraction, anything else is already points. Excel stores a
 * cell showing 85 % as 0.85 and one showing 100 % as 1 (and Office.js returns exactly that), while a person typing
 * into a General cell writes 85. Reading 1 as 100 % is the price: in a General cell, 1 % must be typed as "1%".
 * Text with a % sign is always points ("0.5%" is half a percent).
 */
export function parsePercent(raw: unknown): Parsed<number> {
  let x: number;
  let points = false;
  if (typeof raw === "number") x = raw;
  else {
    const early = nonNumber(raw, "percent");
    if (early) return early;
    x = scanNumber(toHalfWidth(raw as string), false, true);
    points = percentSign;
  }
  if (!Number.isFinite(x)) return fail("percent", "unreadable");
  if (!points && x >= 0 && x <= 1) x = Number((x * 100).toPrecision(12));
  return ok(x === 0 ? 0 : x);
}
