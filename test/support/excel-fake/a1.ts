/**
 * A1 addresses as Excel gives and takes them in the fake: sheet-qualified ('收文登记簿!A1:R9', "'My sheet'!A1"),
 * whole columns ('A:A') and whole rows ('3:5'). Rows and columns are 1-based here, as a person reads them; Office.js
 * `rowIndex`/`columnIndex` are 0-based and are converted where they are read.
 */
import { columnLetter as columnLetters, columnNumber, MAX_COLUMNS, MAX_ROWS } from "../../../src/workbook/a1";

export interface CellRect {
  /** First row and column (1-based, inclusive). */
  row: number;
  column: number;
  /** Last row and column (1-based, inclusive). */
  lastRow: number;
  lastColumn: number;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.column);
  return rect.lastRow === rect.row && rect.lastColumn === rect.column
    ? first
    : `${first}:${cellAddress(rect.lastRow, rect.lastColumn)}`;
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
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2]))
    throw new RangeError(`Not an A1 address: ${address}`);
  const wholeRows = !start[1] && !end[1];
  const wholeColumns = !start[2] && !end[2];
  if ((!start[1] || !end[1] || !start[2] || !end[2]) && !wholeRows && !wholeColumns)
    throw new RangeError(`Not an A1 address: ${address}`);
  const rect: CellRect = {
    row: wholeColumns ? 1 : Number(start[2]),
    column: wholeRows ? 1 : columnNumber(start[1] as string),
    lastRow: wholeColumns ? MAX_ROWS : Number(end[2]),
    lastColumn: wholeRows ? MAX_COLUMNS : columnNumber(end[1] as string),
  };
  if (rect.row < 1 || rect.column < 1 || rect.lastRow > MAX_ROWS || rect.lastColumn > MAX_COLUMNS)
    throw new RangeError(`Address out of the sheet: ${address}`);
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
