/**
 * The data rows of a generated sheet written straight as `<row>` XML, for sheets too long to go through ExcelJS (a
 * 期限总览 of 100,000 items took ExcelJS seconds and gigabytes to build, write and reparse). The sheet-level parts —
 * sheetViews, cols, title and header rows, conditional formats, validations, protection, page setup — still come from
 * the sheet's skeleton (the spec built by ExcelJS without its data rows, see `bulkRowsOf` in ../workbook.ts); only the
 * cells below the header are written here, each with its column's style, as ExcelJS would write them: empty cells only
 * where the column has a style, strings inline, formulas without a cached value, dates shifted on the 1904 system.
 */
import type { CellValue } from "../../core/sheet-spec";
import { ByteWriter } from "./byte-writer";
import { utf8Bytes as encoded } from "./utf8";
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
    attr: string;
    tails: Map<CellValue, Uint8Array>;
  }> = [];
  for (let c = 1; c <= width; c++) {
    const s = styleOf(c);
    const attr = s.style === 0 ? "" : ` s="${s.style}"`;
    columns.push({
      open: encoded(`<${p}c r="${columnLetters(c)}`),
      style: s.style,
      date: s.date,
      empty: encoded(`"${attr}/>`),
      attr,
      tails: new Map(),
    });
  }
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
      if (empty) {
        out.bytes(col.empty);
      } else {
        // Most values of a generated sheet repeat (states, people, departments, dates): the text after the row number
        // is encoded once per column and value, up to TAILS_PER_COLUMN values.
        const known = col.tails.get(v);
        if (known !== undefined) out.bytes(known);
        else if (col.tails.size < TAILS_PER_COLUMN) {
          const tail = encoded(cellTail(v, col, date1904, p));
          col.tails.set(v, tail);
          out.bytes(tail);
        } else out.text(cellTail(v, col, date1904, p));
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

const TAILS_PER_COLUMN = 4096;

/** A non-empty cell's XML after its row number: the column's attributes, its type, the value and the closing tags. */
function cellTail(v: CellValue, col: { attr: string; date: boolean }, date1904: boolean, p: string): string {
  if (typeof v === "number") {
    const n = date1904 && col.date && v >= DAYS_1900_TO_1904 ? v - DAYS_1900_TO_1904 : v;
    return `"${col.attr}><${p}v>${n}</${p}v></${p}c>`;
  }
  if (typeof v === "boolean") return `"${col.attr} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  const text = v as string;
  if (text.startsWith("=") && text.length > 1)
    return `"${col.attr}><${p}f>${escapeText(text.slice(1))}</${p}f></${p}c>`;
  const space = NEEDS_PRESERVE.test(text) ? ' xml:space="preserve"' : "";
  return `"${col.attr} t="inlineStr"><${p}is><${p}t${space}>${escapeText(text)}</${p}t></${p}is></${p}c>`;
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

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
