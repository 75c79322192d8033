/**
 * The data rows of a generated sheet written straight as `<row>` XML, for sheets too long to go through ExcelJS (a
 * 期限总览 of 100,000 items took ExcelJS seconds and gigabytes to build, write and reparse). The sheet-level parts —
 * sheetViews, cols, title and header rows, conditional formats, validations, protection, page setup — still come from
 * the sheet's skeleton (the spec built by ExcelJS without its data rows, see `bulkRowsOf` in ../workbook.ts); only the
 * cells below the header are written here, each with its column's style, as ExcelJS would write them: empty cells only
 * where the column has a style, strings inline, formulas without a cached value, dates shifted on the 1904 system.
 */
import type { CellValue } from "../../core/sheet-spec";
import { ByteWriter, encoded } from "./byte-writer";
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
 * The `<row>` elements for `bulk` as UTF-8, with `p` the worksheet's namespace prefix, handed to `emit` a megabyte at a
 * time (a 100,000-row sheet is never one string, nor one buffer until the part is put together); returns the widest
 * column and the last row written, for the dimension.
 */
export function bulkRowsXml(
  bulk: BulkRows,
  styleOf: ColumnStyleOf,
  date1904: boolean,
  p: string,
  emit: (bytes: Uint8Array) => void,
): { lastRow: number; lastColumn: number } {
  let width = 0;
  for (const r of bulk.rows) if (r.length > width) width = r.length;
  // Each cell is its column's fixed markup (encoded once) around the row number and the value (byte-writer.ts).
  const columns: Array<{
    open: Uint8Array;
    style: number;
    date: boolean;
    empty: Uint8Array;
    number: Uint8Array;
    bool: Uint8Array;
    formula: Uint8Array;
    text: Uint8Array;
    preserved: Uint8Array;
  }> = [];
  for (let c = 1; c <= width; c++) {
    const s = styleOf(c);
    const attr = s.style === 0 ? "" : ` s="${s.style}"`;
    columns.push({
      open: encoded(`<${p}c r="${columnLetters(c)}`),
      style: s.style,
      date: s.date,
      empty: encoded(`"${attr}/>`),
      number: encoded(`"${attr}><${p}v>`),
      bool: encoded(`"${attr} t="b"><${p}v>`),
      formula: encoded(`"${attr}><${p}f>`),
      text: encoded(`"${attr} t="inlineStr"><${p}is><${p}t>`),
      preserved: encoded(`"${attr} t="inlineStr"><${p}is><${p}t xml:space="preserve">`),
    });
  }
  const closeV = encoded(`</${p}v></${p}c>`);
  const closeF = encoded(`</${p}f></${p}c>`);
  const closeT = encoded(`</${p}t></${p}is></${p}c>`);
  const rowOpen = encoded(`<${p}row r="`);
  const rowOpenEnd = encoded(`">`);
  const rowClose = encoded(`</${p}row>`);
  const out = new ByteWriter(emit);
  let lastRow = 0;
  let lastColumn = 0;
  bulk.rows.forEach((row, i) => {
    let opened = false;
    const r = String(bulk.firstRow + i);
    for (let j = 0; j < row.length; j++) {
      const v = row[j] as CellValue;
      const col = columns[j] as (typeof columns)[number];
      const empty = v === null || v === "" || (typeof v === "number" && !Number.isFinite(v));
      if (empty && col.style === 0) continue;
      if (!opened) {
        out.bytes(rowOpen);
        out.ascii(r);
        out.bytes(rowOpenEnd);
        opened = true;
      }
      out.bytes(col.open);
      out.ascii(r);
      if (empty) out.bytes(col.empty);
      else if (typeof v === "number") {
        out.bytes(col.number);
        out.ascii(String(date1904 && col.date && v >= DAYS_1900_TO_1904 ? v - DAYS_1900_TO_1904 : v));
        out.bytes(closeV);
      } else if (typeof v === "boolean") {
        out.bytes(col.bool);
        out.ascii(v ? "1" : "0");
        out.bytes(closeV);
      } else if (v.charCodeAt(0) === 61 /* = */ && v.length > 1) {
        out.bytes(col.formula);
        out.text(escapeText(v.slice(1)));
        out.bytes(closeF);
      } else {
        out.bytes(NEEDS_PRESERVE.test(v) ? col.preserved : col.text);
        out.text(escapeText(v));
        out.bytes(closeT);
      }
      if (j + 1 > lastColumn) lastColumn = j + 1;
    }
    if (!opened) return;
    out.bytes(rowClose);
    lastRow = bulk.firstRow + i;
  });
  out.end();
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
