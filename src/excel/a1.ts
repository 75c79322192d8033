/**
 * A1 addresses as Excel writes them. Rows and columns here are 1-based, as a person reads them; Office.js
 * `rowIndex`/`columnIndex` are 0-based and are converted where they are read.
 */

export interface CellRect {
  /** First row and column (1-based, inclusive). */
  row: number;
  column: number;
  /** Last row and column (1-based, inclusive). */
  lastRow: number;
  lastColumn: number;
}

/** 1 → 'A', 27 → 'AA', 16384 → 'XFD'. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`Not a column number: ${column}`);
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 'A' → 1, 'xfd' → 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`Not a column: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.column);
  return rect.lastRow === rect.row && rect.lastColumn === rect.column ? first : `${first}:${cellAddress(rect.lastRow, rect.lastColumn)}`;
}

/** Sheet names that need quotes in a reference: anything but letters, digits, underscores and dots, or a leading digit. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses 'B7', '$A$1:$R$100', 'A:A' (whole columns) or '3:5' (whole rows), with or without a sheet prefix
 * ('收文登记簿!A1:R9', "'My sheet'!A1"). Returns the sheet name (or null) and the rectangle.
 */
export function parseAddress(address: string): { sheet: string | null; rect: CellRect } {
  let sheet: string | null = null;
  let rest = address.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = rest.slice(0, bang);
    sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    rest = rest.slice(bang + 1);
  }
  const [startText, endText = startText] = rest.split(":") as [string, string | undefined];
  const start = CELL_RE.exec(startText);
  const end = CELL_RE.exec(endText);
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2])) throw new RangeError(`Not an A1 address: ${address}`);
  const wholeRows = !start[1] && !end[1];
  const wholeColumns = !start[2] && !end[2];
  if ((!start[1] || !end[1] || !start[2] || !end[2]) && !wholeRows && !wholeColumns) throw new RangeError(`Not an A1 address: ${address}`);
  const rect: CellRect = {
    row: wholeColumns ? 1 : Number(start[2]),
    column: wholeRows ? 1 : columnNumber(start[1] as string),
    lastRow: wholeColumns ? MAX_ROWS : Number(end[2]),
    lastColumn: wholeRows ? MAX_COLUMNS : columnNumber(end[1] as string),
  };
  if (rect.row < 1 || rect.column < 1 || rect.lastRow > MAX_ROWS || rect.lastColumn > MAX_COLUMNS) throw new RangeError(`Address out of the sheet: ${address}`);
  return {
    sheet,
    rect: {
      row: Math.min(rect.row, rect.lastRow),
      column: Math.min(rect.column, rect.lastColumn),
      lastRow: Math.max(rect.row, rect.lastRow),
      lastColumn: Math.max(rect.column, rect.lastColumn),
    },
  };
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
