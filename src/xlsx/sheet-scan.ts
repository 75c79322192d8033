/**
 * A worksheet part's `<row>` and `<c>` elements found by walking the text: the reading half of fast-read.ts, written by
 * hand because a refresh reads every cell of a long register (a million and more) and a regular-expression match
 * array, an attribute map and a substring per cell were most of the time it spent reading, and much of its garbage.
 *
 * It finds what the patterns it replaces found — `<(p:)?row …>` and `<(p:)?c …/>` or `<(p:)?c …>…</(p:)?c>` wherever
 * they stand, attributes written `name="value"` — so a sheet reads the same whichever way it is parsed.
 */

/** One cell as the scanner saw it. The object is reused from cell to cell: copy what you keep. */
export interface ScannedCell {
  /** The `t` attribute as written, undefined when absent. */
  t: string | undefined;
  /** Offsets of the `s` attribute's value in the part; sStart is −1 when there is none. */
  sStart: number;
  sEnd: number;
  /** Offsets of the cell's inner XML in the part; bodyStart is −1 for a self-closed `<c …/>`. */
  bodyStart: number;
  bodyEnd: number;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const COLON = 58;
const QUOTE = 34;
const EQUALS = 61;

function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Characters of an attribute name: \w, ':', '.', '-'. */
function isNameChar(c: number): boolean {
  return isWord(c) || c === COLON || c === 46 || c === 45;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** After `<` or `</` at `at`: the end of an optionally prefixed element name (\w+ or \w+:\w+), and where it starts. */
function elementName(xml: string, at: number): { start: number; end: number } | null {
  let k = at;
  while (isWord(xml.charCodeAt(k))) k++;
  if (k === at) return null;
  if (xml.charCodeAt(k) !== COLON) return { start: at, end: k };
  let j = k + 1;
  while (isWord(xml.charCodeAt(j))) j++;
  // `<p:` followed by no name: the unprefixed reading (`p` then ':'), as the pattern would backtrack to.
  return j === k + 1 ? { start: at, end: k } : { start: k + 1, end: j };
}

function isNamed(xml: string, name: { start: number; end: number }, want: string): boolean {
  return name.end - name.start === want.length && xml.startsWith(want, name.start);
}

/**
 * Where the values of the attributes r, t and s of the tag text [from, to) stand (start −1: absent; the last one written
 * wins). Offsets, not strings: a register has a million cells, and a string for each reference was garbage at once.
 */
interface TagAttributes {
  rStart: number;
  rEnd: number;
  tStart: number;
  tEnd: number;
  sStart: number;
  sEnd: number;
}

function readAttributes(xml: string, from: number, to: number, out: TagAttributes): void {
  out.rStart = out.tStart = out.sStart = -1;
  let i = from;
  while (i < to) {
    if (!isNameChar(xml.charCodeAt(i))) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < to && isNameChar(xml.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== EQUALS) continue;
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== QUOTE) continue;
    const close = xml.indexOf('"', i + 1);
    if (close < 0 || close >= to) return;
    if (nameEnd - nameStart === 1) {
      const name = xml.charCodeAt(nameStart);
      if (name === 114 /* r */) {
        out.rStart = i + 1;
        out.rEnd = close;
      } else if (name === 116 /* t */) {
        out.tStart = i + 1;
        out.tEnd = close;
      } else if (name === 115 /* s */) {
        out.sStart = i + 1;
        out.sEnd = close;
      }
    }
    i = close + 1;
  }
}

const CELL_TYPES = ["s", "n", "b", "e", "d", "str", "inlineStr"];

/** The `t` value at [from, to): the usual ones without making a string. */
function cellType(xml: string, from: number, to: number): string {
  for (const type of CELL_TYPES) if (to - from === type.length && xml.startsWith(type, from)) return type;
  return xml.slice(from, to);
}

/**
 * The column and row of the reference at [from, to), as columnOf(ref.toUpperCase()) and rowOf(ref) read it, into
 * `out`; read in place when the reference is ASCII (always, from any writer), else through the string.
 */
function readRef(xml: string, from: number, to: number, out: { column: number; row: number }): void {
  let column = 0;
  let i = from;
  for (; i < to; i++) {
    let c = xml.charCodeAt(i);
    if (c >= 128) {
      const ref = xml.slice(from, to);
      out.column = columnOf(ref.toUpperCase());
      out.row = rowOf(ref);
      return;
    }
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  for (let k = i; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c >= 128) {
      out.column = column;
      out.row = rowOf(xml.slice(from, to));
      return;
    }
  }
  let digits = to;
  while (digits > from && xml.charCodeAt(digits - 1) >= 48 && xml.charCodeAt(digits - 1) <= 57) digits--;
  out.column = column;
  if (digits === to) out.row = 0;
  else if (to - digits <= 15) {
    let row = 0;
    for (let k = digits; k < to; k++) row = row * 10 + (xml.charCodeAt(k) - 48);
    out.row = row;
  } else out.row = Number(xml.slice(digits, to));
}

/** 'AB12' → 28: the leading capital letters as a column number. */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** 'AB12' → 12: the trailing digits as a row number, 0 when there are none. */
export function rowOf(ref: string): number {
  let i = ref.length;
  while (i > 0 && ref.charCodeAt(i - 1) >= 48 && ref.charCodeAt(i - 1) <= 57) i--;
  return i === ref.length ? 0 : Number(ref.slice(i));
}

/** Where the cell whose inner XML starts at `from` closes: the `<` of its first `</c>` or `</p:c>`, or −1. */
function cellClose(xml: string, from: number): { at: number; after: number } {
  let pos = from;
  for (;;) {
    const at = xml.indexOf("</", pos);
    if (at < 0) return { at: -1, after: -1 };
    const name = elementName(xml, at + 2);
    if (name && isNamed(xml, name, "c") && xml.charCodeAt(name.end) === GT) return { at, after: name.end + 1 };
    pos = at + 2;
  }
}

/**
 * Calls `onCell` for every cell of the part in document order, with its row and column: from its `r` reference, else
 * the row's `r`, else one past the previous row or cell (files written without references count in order). Returns
 * whether every row and cell had its `r` (a part that can be patched without making them explicit first).
 */
export function scanCells(xml: string, onCell: (cell: ScannedCell, row: number, column: number) => void): boolean {
  const attrs: TagAttributes = { rStart: -1, rEnd: -1, tStart: -1, tEnd: -1, sStart: -1, sEnd: -1 };
  const cell: ScannedCell = { t: undefined, sStart: -1, sEnd: -1, bodyStart: -1, bodyEnd: -1 };
  const ref = { column: 0, row: 0 };
  let rowNumber = 0;
  let column = 0;
  let pos = 0;
  let explicit = true;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) return explicit;
    pos = lt + 1;
    const name = elementName(xml, lt + 1);
    if (!name) continue;
    const isRow = isNamed(xml, name, "row");
    if (!isRow && !isNamed(xml, name, "c")) continue;
    const gt = xml.indexOf(">", name.end);
    if (gt < 0) return explicit;
    const selfClosed = xml.charCodeAt(gt - 1) === SLASH && gt - 1 >= name.end;
    readAttributes(xml, name.end, selfClosed ? gt - 1 : gt, attrs);
    if (attrs.rStart < 0) explicit = false;
    if (isRow) {
      rowNumber = attrs.rStart < 0 ? rowNumber + 1 : Number(xml.slice(attrs.rStart, attrs.rEnd));
      column = 0;
      pos = gt + 1;
      continue;
    }
    if (selfClosed) {
      cell.bodyStart = cell.bodyEnd = -1;
      pos = gt + 1;
    } else {
      const close = cellClose(xml, gt + 1);
      // An unclosed cell is not a cell (as the pattern found none there): go on after its start tag.
      if (close.at < 0) continue;
      cell.bodyStart = gt + 1;
      cell.bodyEnd = close.at;
      pos = close.after;
    }
    if (attrs.rStart >= 0) {
      readRef(xml, attrs.rStart, attrs.rEnd, ref);
      column = ref.column;
      if (ref.row > 0) rowNumber = ref.row;
    } else column += 1;
    cell.t = attrs.tStart < 0 ? undefined : cellType(xml, attrs.tStart, attrs.tEnd);
    cell.sStart = attrs.sStart;
    cell.sEnd = attrs.sEnd;
    onCell(cell, rowNumber, column);
  }
}

/**
 * The text of [from, to) when that range is exactly one unprefixed `<name>text</name>` (attributes allowed on the start
 * tag) whose text holds no markup; null for anything else, which the caller reads the general way.
 */
export function soleElementText(xml: string, from: number, to: number, name: string): string | null {
  if (xml.charCodeAt(from) !== LT || !xml.startsWith(name, from + 1)) return null;
  const after = xml.charCodeAt(from + 1 + name.length);
  if (after !== GT && !isSpace(after)) return null;
  const gt = after === GT ? from + 1 + name.length : xml.indexOf(">", from + 1 + name.length);
  if (gt < 0 || gt >= to || xml.charCodeAt(gt - 1) === SLASH) return null;
  const lt = xml.indexOf("<", gt + 1);
  if (lt !== to - name.length - 3 || !xml.startsWith(`</${name}>`, lt)) return null;
  return xml.slice(gt + 1, lt);
}
