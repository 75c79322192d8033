/**
 * Surgical edits of a worksheet part's cells: only the rows holding a written cell are re-emitted, and in them only the
 * written cells change; every other byte of the part stays as the other program wrote it.
 */
import { TextPieces } from "./text-pieces";
import { attributes, columnLetters, columnOfRef, removeAttr, rowOfRef, setAttr } from "./xml-text";

/** Gives a cell's new XML from its current XML (null: absent); null removes the cell. */
export type CellWriter = (existing: string | null, ref: string) => string | null;

export interface SheetDataSpan {
  /** Offsets of the content between `<sheetData>` and `</sheetData>` (equal for `<sheetData/>`). */
  innerStart: number;
  innerEnd: number;
  /** Namespace prefix of the sheet's elements ('' or e.g. 'x:'). */
  prefix: string;
  /** Set when the element was self-closed: the replacement must open it. */
  selfClosed: { start: number; end: number; tag: string } | null;
}

export function sheetDataSpan(xml: string): SheetDataSpan | null {
  const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return null;
  const prefix = open[1] as string;
  const start = open.index + open[0].length;
  if (open[2] === "/")
    return { innerStart: start, innerEnd: start, prefix, selfClosed: { start: open.index, end: start, tag: open[0] } };
  // Searched from the end: the element closes near the end of the part, and a sheet part may be 70 MB.
  const close = xml.lastIndexOf(`</${prefix}sheetData>`);
  if (close < start) return null;
  return { innerStart: start, innerEnd: close, prefix, selfClosed: null };
}

/**
 * The part before its `<sheetData>`, where the schema puts sheetPr, dimension, sheetViews and cols: searched there
 * rather than through a register's 70 MB of rows (the whole part when it has no sheetData).
 */
export function sheetHead(xml: string): string {
  const at = xml.search(/<(?:[\w.-]+:)?sheetData\b/);
  return at < 0 ? xml : xml.slice(0, at);
}

const ROW_RE = /<(?:[\w.-]+:)?row\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?row>)/g;
const CELL_RE = /<(?:[\w.-]+:)?c\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?c>)/g;

/**
 * The part with an `r` on every row and cell. OOXML lets a writer leave them out (each then follows the one before);
 * cells inserted among such rows would shift everything after them, so the references are made explicit first. A part
 * that already has them all is returned unchanged.
 */
export function withExplicitRefs(xml: string): string {
  const span = sheetDataSpan(xml);
  if (!span) return xml;
  const inner = xml.slice(span.innerStart, span.innerEnd);
  if (!/<(?:[\w.-]+:)?row\b(?![^>]*\sr\s*=)/.test(inner) && !/<(?:[\w.-]+:)?c\b(?![^>]*\sr\s*=)/.test(inner))
    return xml;
  let rowNumber = 0;
  const fixed = inner.replace(ROW_RE, (row) => {
    const tag = /^<[^>]*>/.exec(row)?.[0] as string;
    const r = attributes(tag).get("r");
    rowNumber = r === undefined ? rowNumber + 1 : Number(r);
    let column = 0;
    const body = row.slice(tag.length).replace(CELL_RE, (cell) => {
      const ctag = /^<(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(cell)?.[0] as string;
      const ref = attributes(ctag).get("r");
      if (ref !== undefined) {
        column = columnOfRef(ref);
        return cell;
      }
      column += 1;
      return setAttr(ctag, "r", `${columnLetters(column)}${rowNumber}`) + cell.slice(ctag.length);
    });
    return (r === undefined ? setAttr(tag, "r", String(rowNumber)) : tag) + body;
  });
  return xml.slice(0, span.innerStart) + fixed + xml.slice(span.innerEnd);
}

/**
 * Applies `edits` (row → column → writer) to the part's cells. Rows are created in order where missing; a row left
 * without cells keeps its element when it carries attributes of its own (height, hidden, style).
 */
/**
 * Cells to empty where they exist, by range: a computed column's blank rows are many (down to a stray value in row
 * 1,048,576) and mostly absent, so they are not listed cell by cell.
 */
export interface BlankRange {
  top: number;
  bottom: number;
  columns: readonly number[];
  /** Called for an existing cell in the range (absent cells stay absent). */
  write: (existing: string, ref: string, column: number) => string | null;
}

export function patchCells(
  xml: string,
  edits: ReadonlyMap<number, ReadonlyMap<number, CellWriter>>,
  blanks: readonly BlankRange[] = [],
  refsExplicit = false,
): string {
  if (edits.size === 0 && blanks.length === 0) return xml;
  // `refsExplicit`: the caller's reading of this text found an `r` on every row and cell, so none need adding.
  const explicit = refsExplicit ? xml : withExplicitRefs(xml);
  const span = sheetDataSpan(explicit);
  if (!span) throw new Error("worksheet part without sheetData");
  const p = span.prefix;
  const inner = explicit.slice(span.innerStart, span.innerEnd);
  const rows = [...edits.keys()].sort((a, b) => a - b);
  let k = 0;
  const out = new TextPieces();
  let last = 0;
  const newRow = (r: number): string =>
    emitRow(`<${p}row r="${r}">`, [], edits.get(r) as ReadonlyMap<number, CellWriter>, r, p, true) ?? "";
  for (const m of inner.matchAll(ROW_RE)) {
    const row = m[0];
    const at = m.index as number;
    const tag = /^<(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(row)?.[0] as string;
    const r = Number(/\sr\s*=\s*"(\d+)"/.exec(tag)?.[1]);
    if (blanks.length > 0 && !edits.has(r) && !tag.endsWith("/>")) {
      const blank = blanks.filter((b) => r >= b.top && r <= b.bottom);
      // Only the range's cells this row holds get a writer.
      const held = new Set(
        [...row.matchAll(/<(?:[\w.-]+:)?c\b[^>]*?\sr\s*=\s*"([A-Za-z]+)\d*"/g)].map((c) => columnOfRef(c[1] as string)),
      );
      const writers = new Map<number, CellWriter>();
      for (const b of blank)
        for (const c of b.columns)
          if (held.has(c)) writers.set(c, (existing, ref) => (existing === null ? null : b.write(existing, ref, c)));
      if (writers.size > 0) (edits as Map<number, ReadonlyMap<number, CellWriter>>).set(r, writers);
      if (writers.size > 0 && !rows.includes(r)) rows.splice(k, 0, r);
    }

    if (k < rows.length && (rows[k] as number) <= r) {
      out.push(inner.slice(last, at));
      while (k < rows.length && (rows[k] as number) < r) out.push(newRow(rows[k++] as number));
      if (rows[k] === r) {
        const appended = tag.endsWith("/>")
          ? undefined
          : appendCells(row, tag, edits.get(r) as ReadonlyMap<number, CellWriter>, r, p);
        if (appended !== undefined) {
          out.push(appended ?? row);
          k++;
          last = at + row.length;
          continue;
        }
        const cells = tag.endsWith("/>")
          ? []
          : [...row.slice(tag.length, row.lastIndexOf("</")).matchAll(CELL_RE)].map((c) => c[0]);
        const openTag = tag.endsWith("/>") ? `${tag.slice(0, -2)}>` : tag;
        out.push(emitRow(openTag, cells, edits.get(r) as ReadonlyMap<number, CellWriter>, r, p, false) ?? row);
        k++;
      } else out.push(row);
      last = at + row.length;
    }
  }
  out.push(inner.slice(last));
  while (k < rows.length) out.push(newRow(rows[k++] as number));
  const body = out.text();
  if (span.selfClosed) {
    const open = `${span.selfClosed.tag.slice(0, -2)}>`;
    return (
      explicit.slice(0, span.selfClosed.start) + open + body + `</${p}sheetData>` + explicit.slice(span.selfClosed.end)
    );
  }
  return explicit.slice(0, span.innerStart) + body + explicit.slice(span.innerEnd);
}

/** Column of the row's last cell (0: none), or null when it cannot be told cheaply. */
function lastCellColumn(row: string, tagLength: number, close: number, p: string): number | null {
  const open = `<${p}c`;
  let at = row.lastIndexOf(open, close);
  // `<c` followed by whitespace, `>` or `/` starts a cell; anything else (none in a row, but cheap to rule out) does not.
  while (at >= tagLength && !/[\s>/]/.test(row.charAt(at + open.length))) at = row.lastIndexOf(open, at - 1);
  if (at < tagLength) return 0;
  return cellColumn(row.slice(at, at + 200));
}

/** The column of a `<c>` element from its `r` (null without one). */
function cellColumn(cell: string): number | null {
  const ref = CELL_REF_RE.exec(cell);
  return ref ? columnOfRef(ref[1] as string) : null;
}
const CELL_REF_RE = /^<[\w.:-]+[^>]*?\sr\s*=\s*"([^"]*)"/;

/**
 * The common case of a refresh — computed columns to the right of the row's own cells — without taking the row
 * apart: the new cells go before `</row>`. Undefined when a writer's column is not past the last cell (the caller
 * then re-emits the row cell by cell); null when nothing changed.
 */
function appendCells(
  row: string,
  tag: string,
  writers: ReadonlyMap<number, CellWriter>,
  r: number,
  p: string,
): string | null | undefined {
  const close = row.lastIndexOf("</");
  const lastColumn = lastCellColumn(row, tag.length, close, p);
  if (lastColumn === null) return undefined;
  const columns = [...writers.keys()].sort((a, b) => a - b);
  if ((columns[0] ?? 0) <= lastColumn) return undefined;
  let added = "";
  for (const c of columns) added += (writers.get(c) as CellWriter)(null, `${columnLetters(c)}${r}`) ?? "";
  if (added === "") return null;
  // The spans hint names the row's first and last columns; it is dropped rather than left wrong.
  return `${removeAttr(tag, "spans")}${row.slice(tag.length, close)}${added}</${p}row>`;
}

/** The row's new XML; null when no cell changed (the caller keeps the row as it was). */
function emitRow(
  openTag: string,
  cells: string[],
  writers: ReadonlyMap<number, CellWriter>,
  r: number,
  p: string,
  created: boolean,
): string | null {
  const byColumn = new Map<number, string>();
  const order: number[] = [];
  for (const c of cells) {
    const col = cellColumn(c) ?? 0;
    byColumn.set(col, c);
    order.push(col);
  }
  let changed = false;
  for (const [col, write] of writers) {
    const existing = byColumn.get(col) ?? null;
    const next = write(existing, `${columnLetters(col)}${r}`);
    if (next === existing) continue;
    changed = true;
    if (next === null) byColumn.delete(col);
    else {
      if (existing === null) order.push(col);
      byColumn.set(col, next);
    }
  }
  if (!changed) return null;
  // Mostly already in order (cells as written, new ones after them): sorted only when they are not.
  const columns: number[] = [];
  let sorted = true;
  for (const c of order) {
    if (!byColumn.has(c)) continue;
    const prev = columns[columns.length - 1];
    if (prev !== undefined && c <= prev) sorted = false;
    columns.push(c);
  }
  if (!sorted) {
    const unique = [...new Set(columns)].sort((a, b) => a - b);
    columns.length = 0;
    columns.push(...unique);
  }
  if (columns.length === 0 && created) return "";
  // The spans hint names the row's first and last columns; it is dropped rather than left wrong.
  const tag = removeAttr(openTag, "spans");
  const body = columns.map((c) => byColumn.get(c) as string).join("");
  if (body === "" && Object.keys(Object.fromEntries(attributes(tag))).length <= 1) return "";
  return `${tag}${body}</${p}row>`;
}

/** The cell-level parts of a `<c>` element: its start tag's attributes and its body. */
export function parseCell(cell: string): { tag: string; attrs: Map<string, string>; body: string } {
  const tag = /^<(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(cell)?.[0] as string;
  const body = tag.endsWith("/>") ? "" : cell.slice(tag.length, cell.lastIndexOf("</"));
  return { tag, attrs: attributes(tag), body };
}

export { rowOfRef, columnOfRef };
