/** A1-style addresses for adapters: column letters and rectangular ranges, 1-based as Excel shows them. */

import { columnLetter as columnLetterOf } from "../core/recognize/column-letter";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS)
    throw new RangeError(`column out of range: ${column}`);
  return columnLetterOf(column - 1);
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n;
}

export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 'B2' or 'A2:R1000' (with or without `$`, without a sheet name) → rectangle; throws on anything else. */
export function parseRange(ref: string): CellRange {
  const [a, b = a] = ref.split(":") as [string, string?];
  const ma = CELL_RE.exec(a.trim());
  const mb = CELL_RE.exec((b ?? a).trim());
  if (!ma || !mb) throw new RangeError(`not an A1 range: ${ref}`);
  const r1 = Number(ma[2]);
  const r2 = Number(mb[2]);
  const c1 = columnNumber(ma[1] as string);
  const c2 = columnNumber(mb[1] as string);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function rangeAddress(r: CellRange): string {
  const a = address(r.top, r.left);
  const b = address(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function inRange(r: CellRange, row: number, column: number): boolean {
  return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
}
