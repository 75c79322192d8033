/**
 * The data rows of a generated sheet written straight as `<row>` XML, for sheets too long to go through ExcelJS (a
 * 期限总览 of 100,000 items took ExcelJS seconds and gigabytes to build, write and reparse). The sheet-level parts —
 * sheetViews, cols, title and header rows, conditional formats, validations, protection, page setup — still come from
 * the sheet's skeleton (the spec built by ExcelJS without its data rows, see `bulkRowsOf` in ../workbook.ts); only the
 * cells below the header are written here, each with its column's style, as ExcelJS would write them: empty cells only
 * where the column has a style, strings inline, formulas without a cached value, dates shifted on the 1904 system.
 */
import type { CellValue } from "../../core/sheet-spec";
import { attributes, escapeText } from "./xml-text";

const DAYS_1900_TO_1904 = 1462;

/** Rows held out of the scratch workbook: `rows[i]` is sheet row `firstRow + i`, its values from column A. */
export interface BulkRows {
  firstRow: number;
  rows: readonly (readonly CellValue[])[];
}

/** What a data cell of column c (1-based) carries: its style id in the target package and whether that style shows dates. */
export type ColumnStyleOf = (column: number) => { style: number; date: boolean };

/** Column → the skeleton's `<col style>` id (0 when none), from the worksheet XML's head. */
export function colStyleIds(head: string): (column: number) => number {
  const ranges: Array<[number, number, number]> = [];
  const cols = /<(?:[\w.-]+:)?cols\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cols>/.exec(head);
  if (cols) {
    for (const m of (cols[1] as string).matchAll(/<(?:[\w.-]+:)?col\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.has("style")) ranges.push([Number(a.get("min")), Number(a.get("max")), Number(a.get("style"))]);
    }
  }
  return (c) => ranges.find(([lo, hi]) => c >= lo && c <= hi)?.[2] ?? 0;
}

function columnLetters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Whitespace XML would otherwise drop at either end (or a line break inside) needs xml:space="preserve". */
const NEEDS_PRESERVE = /^\s|\s$|[\n\r\t]/;

/**
 * The `<row>` elements for `bulk`, with `p` the worksheet's namespace prefix, handed to `emit` a megabyte at a time (a
 * 100,000-row sheet is never one string); returns the widest column and the last row written, for the dimension.
 */
export function bulkRowsXml(
  bulk: BulkRows,
  styleOf: ColumnStyleOf,
  date1904: boolean,
  p: string,
  emit: (xml: string) => void,
): { lastRow: number; lastColumn: number } {
  let width = 0;
  for (const r of bulk.rows) if (r.length > width) width = r.length;
  const letters: string[] = [];
  const styles: Array<{ attr: string; style: number; date: boolean }> = [];
  for (let c = 1; c <= width; c++) {
    letters.push(columnLetters(c));
    const s = styleOf(c);
    styles.push({ attr: s.style === 0 ? "" : ` s="${s.style}"`, style: s.style, date: s.date });
  }
  let chunk = "";
  let lastRow = 0;
  let lastColumn = 0;
  bulk.rows.forEach((row, i) => {
    const r = bulk.firstRow + i;
    let cells = "";
    for (let j = 0; j < row.length; j++) {
      const v = row[j] as CellValue;
      const col = styles[j] as { attr: string; style: number; date: boolean };
      const ref = `${letters[j] as string}${r}`;
      let cell: string;
      if (v === null || v === "" || (typeof v === "number" && !Number.isFinite(v))) {
        if (col.style === 0) continue;
        cell = `<${p}c r="${ref}"${col.attr}/>`;
      } else if (typeof v === "number") {
        const n = date1904 && col.date && v >= DAYS_1900_TO_1904 ? v - DAYS_1900_TO_1904 : v;
        cell = `<${p}c r="${ref}"${col.attr}><${p}v>${n}</${p}v></${p}c>`;
      } else if (typeof v === "boolean") {
        cell = `<${p}c r="${ref}"${col.attr} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
      } else if (v.startsWith("=") && v.length > 1) {
        cell = `<${p}c r="${ref}"${col.attr}><${p}f>${escapeText(v.slice(1))}</${p}f></${p}c>`;
      } else {
        const space = NEEDS_PRESERVE.test(v) ? ' xml:space="preserve"' : "";
        cell = `<${p}c r="${ref}"${col.attr} t="inlineStr"><${p}is><${p}t${space}>${escapeText(v)}</${p}t></${p}is></${p}c>`;
      }
      cells += cell;
      if (j + 1 > lastColumn) lastColumn = j + 1;
    }
    if (cells === "") return;
    chunk += `<${p}row r="${r}">${cells}</${p}row>`;
    lastRow = r;
    if (chunk.length > 1 << 16) {
      emit(chunk);
      chunk = "";
    }
  });
  if (chunk !== "") emit(chunk);
  return { lastRow, lastColumn };
}

/** The `<dimension ref>` widened to take in the bulk rows (ExcelJS wrote it for the skeleton alone). */
export function widenDimension(head: string, lastRow: number, lastColumn: number): string {
  if (lastRow === 0) return head;
  return head.replace(
    /(<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*")([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/,
    (_m, open: string, c1: string, r1: string, c2?: string, r2?: string) => {
      const endCol = c2 ?? c1;
      const endRow = Number(r2 ?? r1);
      const col = columnNumber(endCol) >= lastColumn ? endCol : columnLetters(lastColumn);
      return `${open}${c1}${r1}:${col}${Math.max(endRow, lastRow)}"`;
    },
  );
}

/** The pieces as one array (a part's UTF-8 bytes). */
export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of pieces) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
