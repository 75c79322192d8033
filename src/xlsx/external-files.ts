/**
 * The one reader of files that come from outside the add-in — a survey export, a list someone mailed — as
 * `SheetValues`, used by the CLI, the task pane's file inputs and the worker alike. An .xlsx package goes through the
 * read-only package scan; anything else is text: decoded by its byte-order mark (UTF-8, UTF-16LE/BE), else as strict
 * UTF-8, else as GB18030 (a superset of GBK, what 问卷星 and Excel in China write by default), and split into rows by
 * PapaParse with its delimiter detection. CSV cells stay text; readers decide what a number is.
 */
import Papa from "papaparse";
import { defineMessages, translate, type Lang } from "../core/i18n";
import type { CellValue } from "../core/sheet-spec";
import type { SheetValues } from "../workbook/port";
import type { NamedCell } from "../core/forms";
import { definedNames } from "./forms";
import { XlsxWorkbook } from "./workbook";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface ExternalFile {
  name: string;
  format: "xlsx" | "csv";
  /** The text encoding a CSV was read in. */
  encoding?: TextEncodingName;
  sheets: SheetValues[];
}

const MESSAGES = defineMessages({
  empty: { "zh-CN": "{file}：文件是空的", "en-US": "{file}: the file is empty" },
  encoding: {
    "zh-CN":
      "{file}：无法识别文件编码（不是 UTF-8、UTF-16 或 GBK/GB18030 文本）。请用 Excel 或 WPS 另存为“CSV UTF-8”后再试",
    "en-US":
      "{file}: the text encoding is not recognised (not UTF-8, UTF-16 or GBK/GB18030 text). Save it as 'CSV UTF-8' from Excel or WPS and try again",
  },
});

export class ExternalFileError extends Error {
  constructor(
    readonly reason: "empty" | "encoding",
    readonly file: string,
  ) {
    super(`${reason}: ${file}`);
    this.name = "ExternalFileError";
  }

  describe(lang: Lang): string {
    return translate(MESSAGES, lang, this.reason, { file: this.file });
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a byte-order mark: every other byte of ASCII-heavy text is zero. */
function utf16Guess(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return "utf-16le";
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return "utf-16be";
  return null;
}

/** NUL and the C0 controls that never occur in text (tab, CR, LF and form feed do). */
function hasControlChars(text: string): boolean {
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 8 || (c >= 14 && c <= 26)) return true;
  }
  return false;
}

/** Characters (beyond ASCII) a Chinese office's export is made of: CJK ideographs and punctuation, full-width forms. */
const EXPECTED_CHAR = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2018-\u201d\u2026\u2014\u00b7┋]/u;

function unexpectedShare(text: string): number {
  let odd = 0;
  let all = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    all++;
    if (!EXPECTED_CHAR.test(ch)) odd++;
  }
  return all === 0 ? 0 : odd / all;
}

/**
 * GBK bytes are sometimes valid UTF-8 too (学 is D1 A7 in GBK, which UTF-8 reads as the Cyrillic ѧ), above all in a
 * short file. When the UTF-8 reading is made of characters no Chinese export holds and the GB18030 reading is not,
 * the file is GBK.
 */
function likelyGbk(utf8: string, bytes: Uint8Array): boolean {
  const oddUtf8 = unexpectedShare(utf8);
  if (oddUtf8 === 0) return false;
  const gbk = decodeWith("gb18030", bytes);
  return gbk !== null && unexpectedShare(gbk) < oddUtf8;
}

/** The text of a file and the encoding it was read in; an ExternalFileError when no encoding fits. */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncodingName } {
  if (bytes.length === 0) throw new ExternalFileError("empty", file);
  const [b0, b1, b2] = bytes;
  let result: { text: string | null; encoding: TextEncodingName } | null = null;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    result = { text: decodeWith("utf-8", bytes.subarray(3)), encoding: "utf-8" };
  else if (b0 === 0xff && b1 === 0xfe)
    result = { text: decodeWith("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  else if (b0 === 0xfe && b1 === 0xff)
    result = { text: decodeWith("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  else {
    const utf16 = utf16Guess(bytes);
    if (utf16) result = { text: decodeWith(utf16, bytes), encoding: utf16 };
    else {
      const utf8 = decodeWith("utf-8", bytes);
      result =
        utf8 !== null && !likelyGbk(utf8, bytes)
          ? { text: utf8, encoding: "utf-8" }
          : { text: decodeWith("gb18030", bytes), encoding: "gb18030" };
    }
  }
  // NUL or other control bytes mean a binary file read as text, whatever decoder accepted it.
  if (result.text === null || hasControlChars(result.text)) throw new ExternalFileError("encoding", file);
  if (result.text.trim() === "") throw new ExternalFileError("empty", file);
  return { text: result.text, encoding: result.encoding };
}

/** CSV text → rectangular rows of text cells (PapaParse; delimiter detected: comma, tab, semicolon …). */
export function parseCsv(text: string): CellValue[][] {
  // PapaParse guesses the delimiter from consistent field counts, which a short file may not show; Excel's "Unicode
  // text" (UTF-16, tab-separated) is recognised from its header line instead.
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  const tabs = firstLine.split("\t").length;
  const delimiter = tabs > 1 && tabs > firstLine.split(",").length ? "\t" : "";
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  const rows = parsed.data;
  // A trailing newline leaves one empty row behind.
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((c) => c === "")) rows.pop();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  // PapaParse's rows are fresh arrays: short ones are padded in place rather than every row copied.
  for (const r of rows) while (r.length < width) r.push("");
  return rows as CellValue[][];
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** The OLE2 signature of an old .xls: refused by the workbook reader with its own message. */
const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Reads an .xlsx package or a CSV/TSV text file into sheets of values (a CSV is one sheet named after the file). */
export async function readExternalFile(name: string, bytes: Uint8Array): Promise<ExternalFile> {
  if (isZip(bytes) || isOle(bytes) || /\.xls[xm]?$/i.test(name)) {
    if (bytes.length === 0) throw new ExternalFileError("empty", name);
    const wb = await XlsxWorkbook.fromBuffer(bytes, { readOnly: true, fileName: name });
    const infos = (await wb.listSheets()).filter((s) => s.visible);
    const sheets = await wb.readSheets(infos.map((s) => s.name));
    return { name, format: "xlsx", sheets };
  }
  const { text, encoding } = decodeText(bytes, name);
  const base = name.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "CSV";
  return { name, format: "csv", encoding, sheets: [{ name: base, values: parseCsv(text) }] };
}

/**
 * A file offered for form import: its sheets, plus the workbook-scoped defined names of an .xlsx (the cells a form's
 * fields sit in; a CSV has none). Unreadable workbooks throw WorkbookReadError (.xls, password-protected, damaged).
 */
export async function readFormWorkbook(
  name: string,
  bytes: Uint8Array,
): Promise<ExternalFile & { names: Map<string, NamedCell> }> {
  const file = await readExternalFile(name, bytes);
  return { ...file, names: file.format === "xlsx" ? await definedNames(bytes) : new Map() };
}
