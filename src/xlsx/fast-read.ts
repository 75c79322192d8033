/**
 * Reading an .xlsx package's cells without ExcelJS's object model (which costs about a second per 10,000 rows, keeps
 * every style, note and per-cell validation, and fails on files other programs write): sheet names and visibility, and
 * each sheet's values as Office.js `values` reports them: numbers as stored (date cells are already serials; on the 1904
 * date system they are shifted to 1900 serials), shared and inline strings, booleans, error text, a formula's cached
 * result.
 */
import type JSZip from "jszip";
import type { CellValue } from "../core/sheet-spec";
import { parseIsoDateTime } from "../core/dates";
import { scanCells, soleElementText, type ScannedCell } from "./sheet-scan";

export interface ScannedSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Package path of the sheet part, e.g. 'xl/worksheets/sheet1.xml'. */
  path: string;
}

const ATTR_RE = /([\w:.-]+)\s*=\s*"([^"]*)"/g;

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTR_RE)) out.set(m[1] as string, m[2] as string);
  return out;
}

const ENTITY_RE = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
// OOXML writes characters XML cannot hold (carriage returns, control characters) as _xHHHH_.
const OOXML_ESCAPE_RE = /_x([0-9A-Fa-f]{4})_/g;

function decodeText(text: string): string {
  const unescaped = text.includes("&")
    ? text.replace(ENTITY_RE, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
        name ? (NAMED[name] as string) : String.fromCodePoint(dec ? Number(dec) : parseInt(hex as string, 16)),
      )
    : text;
  return unescaped.includes("_x")
    ? unescaped.replace(OOXML_ESCAPE_RE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : unescaped;
}

const PHONETIC_RE = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const T_RE = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g;

/** The text of a string item (`<si>` or `<is>`): its runs joined, phonetic guides left out. */
function stringItem(xml: string): string {
  let out = "";
  for (const m of xml.replace(PHONETIC_RE, "").matchAll(T_RE)) out += m[1] === undefined ? "" : decodeText(m[1]);
  return out;
}

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const entry = zip.file(path);
  return entry ? entry.async("string") : null;
}

/** The package's worksheets in tab order (name, visibility, part path); throws when the workbook part is missing. */
export async function packageSheets(zip: JSZip): Promise<{ sheets: ScannedSheet[]; date1904: boolean }> {
  const workbook = await text(zip, "xl/workbook.xml");
  if (workbook === null) throw new Error("xl/workbook.xml is missing");
  return workbookSheets(workbook, (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "");
}

/** The worksheets listed by a workbook part and its relationships, and whether it uses the 1904 date system. */
export function workbookSheets(
  workbook: string,
  rels: string,
): { sheets: ScannedSheet[]; date1904: boolean; parts: Map<string, string> } {
  const targets = new Map<string, { type: string; target: string }>();
  const parts = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const a = attributes(m[1] as string);
    targets.set(a.get("Id") ?? "", { type: a.get("Type") ?? "", target: a.get("Target") ?? "" });
    if (a.get("TargetMode") !== "External")
      parts.set((a.get("Type") ?? "").replace(/^.*\//, ""), resolveTarget(a.get("Target") ?? ""));
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbook);
  const date1904Attr = pr ? attributes(pr[1] as string).get("date1904") : undefined;
  const sheets: ScannedSheet[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const a = attributes(m[1] as string);
    const rid = [...a].find(([k]) => k.endsWith(":id") || k === "id")?.[1];
    const rel = rid === undefined ? undefined : targets.get(rid);
    // Chart sheets and dialog sheets hold no cells; ExcelJS and Office.js worksheets leave them out too.
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const state = a.get("state");
    sheets.push({
      name: decodeText(a.get("name") ?? ""),
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      path: resolveTarget(rel.target),
    });
  }
  return { sheets, date1904: date1904Attr === "1" || date1904Attr === "true", parts };
}

const V_RE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const IS_RE = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/;
const F_RE = /<(?:\w+:)?f\b/;

/** Days between the 1900 and 1904 date systems' serial 0. */
export const DAYS_1900_TO_1904 = 1462;

/** A cell the reader cannot give a value for. */
export interface UnreadCell {
  row: number;
  column: number;
  /** 'uncached-formula': a formula saved without its result (openpyxl, pandas). */
  kind: "uncached-formula";
}

export interface ParseOptions {
  sharedStrings: readonly string[];
  /** On the 1904 date system: whether a cell style shows a date (its numbers are then shifted to the 1900 system). */
  date1904?: ((styleId: number) => boolean) | null;
  /** Most non-empty cells the sheet may hold (PACKAGE_LIMITS); past it a CellLimitError is thrown. */
  maxCells?: number;
}

export interface ParsedValues {
  values: CellValue[][];
  unread: UnreadCell[];
  /** Whether every row and cell of the part carries its `r` reference. */
  explicitRefs: boolean;
}

export class SharedStringIndexError extends Error {
  constructor(readonly index: number) {
    super(`shared string ${index} does not exist`);
    this.name = "SharedStringIndexError";
  }
}

export class CellLimitError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} cells`);
    this.name = "CellLimitError";
  }
}

/** A cell's value as Office.js `values` reports it; `undefined` for a formula without a cached result. */
export function cellValueOf(
  attrs: Map<string, string>,
  body: string | undefined,
  options: ParseOptions,
): CellValue | undefined {
  return valueOfCell(attrs.get("t"), attrs.get("s"), body, options);
}

/** cellValueOf with the cell's `t` and `s` attributes given as they are written (undefined when absent). */
function valueOfCell(
  t: string | undefined,
  s: string | undefined,
  body: string | undefined,
  options: ParseOptions,
): CellValue | undefined {
  if (body === undefined) return null;
  const type = t ?? "n";
  if (type === "inlineStr") {
    const is = IS_RE.exec(body);
    return is ? stringItem(is[1] as string) : null;
  }
  const v = V_RE.exec(body);
  if (!v) return F_RE.test(body) ? undefined : null;
  const raw = v[1] as string;
  if (raw === "" && type !== "str" && F_RE.test(body)) return undefined;
  return valueOfRaw(type, s, raw, options);
}

/** The value of a cell of type `type` (not inlineStr) whose `<v>` holds `raw`. */
function valueOfRaw(type: string, s: string | undefined, raw: string, options: ParseOptions): CellValue {
  switch (type) {
    case "s": {
      const i = Number(raw);
      const text = options.sharedStrings[i];
      if (text === undefined) throw new SharedStringIndexError(i);
      return text;
    }
    case "str":
      return decodeText(raw);
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return decodeText(raw);
    case "d": {
      const iso = parseIsoDateTime(decodeText(raw).slice(0, 19));
      return iso === null ? decodeText(raw) : iso;
    }
    default: {
      const n = Number(raw);
      if (!Number.isFinite(n)) return null;
      const shift = options.date1904;
      if (shift && shift(Number(s ?? 0))) return n + DAYS_1900_TO_1904;
      return n;
    }
  }
}

/**
 * The sheet's values from A1 to its last cell holding a value, rectangular; blank rows share one frozen row (a sheet
 * used only at row 1,048,576 costs pointers, not arrays). Formulas without a cached result read as empty and are
 * listed in `unread`.
 *
 * The part is walked by hand (sheet-scan.ts) rather than matched with a regular expression per cell: a 100,000-row
 * register has over a million cells, and a match array and an attribute map for each were most of a refresh's reading
 * time and much of its garbage.
 */
export function parseSheetValues(xml: string, options: ParseOptions): ParsedValues {
  // Each row's values go straight into its line (no per-cell tuples to copy afterwards: a long register has millions).
  const lines = new Map<number, CellValue[]>();
  const unread: UnreadCell[] = [];
  let lastRow = 0;
  let width = 0;
  let count = 0;
  const max = options.maxCells ?? Infinity;
  const explicitRefs = scanCells(xml, (cell, rowNumber, column) => {
    const value = scannedValue(xml, cell, options);
    if (value === undefined) {
      unread.push({ row: rowNumber, column, kind: "uncached-formula" });
      return;
    }
    if (value === null || value === "") return;
    if (++count > max) throw new CellLimitError(max);
    let line = lines.get(rowNumber);
    if (!line) lines.set(rowNumber, (line = []));
    while (line.length < column - 1) line.push(null);
    line[column - 1] = value;
    if (rowNumber > lastRow) lastRow = rowNumber;
    if (column > width) width = column;
  });
  const blank = Object.freeze(new Array<CellValue>(width).fill(null)) as CellValue[];
  const values = new Array<CellValue[]>(lastRow).fill(blank);
  for (const [r, line] of lines) {
    while (line.length < width) line.push(null);
    values[r - 1] = line;
  }
  return { values, unread, explicitRefs };
}

/**
 * A scanned cell's value (see cellValueOf). The bodies nearly every writer uses — `<v>…</v>` alone, and
 * `<is><t>…</t></is>` with one plain run — are read in place; any other body goes through the general reader.
 */
function scannedValue(xml: string, cell: ScannedCell, options: ParseOptions): CellValue | undefined {
  const { bodyStart: from, bodyEnd: to } = cell;
  if (from < 0) return null;
  const type = cell.t ?? "n";
  // The style matters only on the 1904 date system (whether the number is a date to shift).
  const s = options.date1904 && cell.sStart >= 0 ? xml.slice(cell.sStart, cell.sEnd) : undefined;
  if (type !== "inlineStr") {
    const raw = soleElementText(xml, from, to, "v");
    if (raw !== null) return valueOfRaw(type, s, raw, options);
  } else if (xml.startsWith("<is>", from) && xml.startsWith("</is>", to - 5)) {
    const raw = soleElementText(xml, from + 4, to - 5, "t");
    if (raw !== null) return decodeText(raw);
  }
  return valueOfCell(cell.t, s, xml.slice(from, to), options);
}

/** The decoded text of every `<si>` of a shared strings part. */
export function parseSharedStrings(sst: string): string[] {
  const out: string[] = [];
  for (const m of sst.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g))
    out.push(m[1] === undefined ? "" : stringItem(m[1]));
  return out;
}
