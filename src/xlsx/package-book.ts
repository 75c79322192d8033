/**
 * A user's .xlsx opened as its package: values read straight from the sheet parts, and every change written by
 * patching the parts the add-in owns (package/*.ts) so everything else leaves byte for byte as it came — notes and their
 * authors, protection, names, dropdowns, sparklines, shapes, pivot tables, charts, macros, custom properties. Sheets the
 * add-in generates are built elsewhere (ExcelJS, by the XlsxWorkbook facade) and transplanted in `finish`.
 */
import type { Block, CellValue } from "../core/sheet-spec";
import type { OwnedFormatsPlan } from "../workbook/owned-formats";
import {
  CellLimitError,
  cellValueOf,
  DAYS_1900_TO_1904,
  parseSharedStrings,
  parseSheetValues,
  SharedStringIndexError,
  workbookSheets,
  type ParsedValues,
  type ParseOptions,
} from "./fast-read";
import { DamagedPartError, OpcPackage, PackageLimitError, PACKAGE_LIMITS, REL_TYPE } from "./package/opc";
import {
  parseCell,
  patchCells,
  rowOfRef,
  sheetDataSpan,
  sheetHead,
  type BlankRange,
  type CellWriter,
} from "./package/sheet-cells";
import { neededWidths, widenColumns } from "./package/sheet-cols";
import { listFormats, replaceFormats } from "./package/sheet-formats";
import { SheetNotes } from "./package/sheet-notes";
import { EMPTY_STYLES, StyleSheet } from "./package/styles";
import type { BulkRows } from "./package/sheet-rows";
import { dropSheetParts, sharedItems, transplantSheet } from "./package/transplant";
import {
  activeTab,
  addSheetEntry,
  setSheetState,
  sheetIndexes,
  withActiveTab,
  WORKBOOK_PART,
  type SheetState,
} from "./package/workbook-part";
import { carryDefinedNames } from "./package/defined-names";
import { attributes, escapeText, removeAttr, setAttr } from "./package/xml-text";
import { WorkbookReadError } from "./read-error";

export interface BookSheet {
  name: string;
  state: SheetState;
  path: string;
}

/** Sheets built in a scratch ExcelJS workbook, as its bytes; `bulk`: data rows some of them were built without. */
export interface Scratch {
  bytes: Uint8Array;
  sheets: readonly string[];
  bulk?: ReadonlyMap<string, BulkRows>;
}

type ParsedSheet = ParsedValues;

const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

export class PackageBook {
  private readonly xml = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private readonly parsed = new Map<string, ParsedSheet>();
  private readonly notes = new Map<string, SheetNotes>();

  private constructor(
    private readonly pkg: OpcPackage,
    readonly sheets: BookSheet[],
    readonly date1904: boolean,
    private readonly styles: StyleSheet,
    private readonly stylesPath: string | null,
    private readonly sharedStrings: string[],
  ) {}

  /** Opens and checks the package; every problem is a WorkbookReadError naming the file and, where one is at fault, the part. */
  static async open(bytes: Uint8Array, file: string, options: { readOnly: boolean }): Promise<PackageBook> {
    let pkg: OpcPackage;
    try {
      pkg = await OpcPackage.open(bytes);
    } catch (e) {
      if (e instanceof PackageLimitError) throw tooLarge(e, file);
      throw new WorkbookReadError("corrupt", file, firstLine((e as Error).message));
    }
    try {
      return await PackageBook.load(pkg, file, options);
    } catch (e) {
      if (e instanceof WorkbookReadError) throw e;
      // A part whose zip entry understated its size is stopped while it is read, after the checks at opening.
      if (e instanceof PackageLimitError) throw tooLarge(e, file);
      if (e instanceof DamagedPartError)
        throw new WorkbookReadError(
          /truncated|cut short/.test(e.why) ? "part-truncated" : "part-invalid",
          file,
          e.part,
        );
      if (e instanceof RangeError && /string length/i.test(e.message))
        throw new WorkbookReadError("too-large", file, "");
      throw new WorkbookReadError("corrupt", file, firstLine((e as Error).message));
    }
  }

  private static async load(pkg: OpcPackage, file: string, options: { readOnly: boolean }): Promise<PackageBook> {
    const workbook = await pkg.text(WORKBOOK_PART);
    if (workbook === null) throw new WorkbookReadError("part-missing", file, WORKBOOK_PART);
    checkComplete(workbook, "workbook", WORKBOOK_PART);
    const { sheets, date1904, parts } = workbookSheets(workbook, (await pkg.text("xl/_rels/workbook.xml.rels")) ?? "");
    // A package without the relationship still gets its parts at the usual names (some hand-written packages do that).
    const stylesPath = parts.get("styles") ?? (pkg.has("xl/styles.xml") ? "xl/styles.xml" : null);
    const stylesXml = stylesPath === null ? null : await pkg.text(stylesPath);
    if (stylesXml !== null) checkComplete(stylesXml, "styleSheet", stylesPath as string);
    const styles = new StyleSheet(stylesXml ?? EMPTY_STYLES);
    const sstPath = parts.get("sharedStrings") ?? (pkg.has("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : null);
    let shared: string[] = [];
    if (sstPath !== null) {
      const sst = await pkg.text(sstPath);
      if (sst === null) throw new WorkbookReadError("part-missing", file, sstPath);
      checkComplete(sst, "sst", sstPath);
      shared = parseSharedStrings(sst);
      const declared = Number(attributes(/<(?:\w+:)?sst\b[^>]*>/.exec(sst)?.[0] ?? "").get("uniqueCount") ?? NaN);
      if (Number.isFinite(declared) && declared > shared.length)
        throw new WorkbookReadError("part-invalid", file, sstPath);
    }
    const book = new PackageBook(
      pkg,
      sheets.map((s) => ({ ...s })),
      date1904,
      styles,
      stylesXml === null ? null : stylesPath,
      shared,
    );
    for (const sheet of sheets) {
      const xml = await pkg.text(sheet.path);
      if (xml === null) throw new WorkbookReadError("part-missing", file, sheet.path);
      checkComplete(xml, "worksheet", sheet.path);
      if (!sheetDataSpan(xml)) throw new WorkbookReadError("part-invalid", file, sheet.path);
      book.xml.set(sheet.path, xml);
      try {
        book.parse(sheet);
      } catch (e) {
        if (e instanceof SharedStringIndexError)
          throw new WorkbookReadError("part-invalid", file, sstPath ?? sheet.path);
        if (e instanceof CellLimitError) throw new WorkbookReadError("too-many-cells", file, sheet.name);
        throw e;
      }
      if (!options.readOnly) book.notes.set(sheet.path, await SheetNotes.load(pkg, sheet.path));
    }
    return book;
  }

  private options(): ParseOptions {
    return {
      sharedStrings: this.sharedStrings,
      date1904: this.date1904 ? (s) => this.styles.isDateStyle(s) : null,
      maxCells: PACKAGE_LIMITS.cellsPerSheet,
    };
  }

  private parse(sheet: BookSheet): ParsedSheet {
    let got = this.parsed.get(sheet.path);
    if (!got) this.parsed.set(sheet.path, (got = parseSheetValues(this.xml.get(sheet.path) ?? "", this.options())));
    return got;
  }

  sheet(name: string): BookSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private required(name: string): BookSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`XlsxWorkbook: no sheet named '${name}'`);
    return s;
  }

  values(name: string): ParsedSheet {
    return this.parse(this.required(name));
  }

  // ---- writing cells ----

  /** Writes blocks of one or more sheets, each sheet's part patched once for all its blocks. */
  writeBlocks(blocks: readonly Block[]): void {
    const bySheet = new Map<string, Block[]>();
    for (const b of blocks) {
      this.required(b.sheet);
      let width = 0;
      for (const r of b.values) if (r.length > width) width = r.length;
      if (
        b.values.length > 0 &&
        (b.column < 1 || b.column + width - 1 > MAX_COLUMN || b.row < 1 || b.row + b.values.length - 1 > MAX_ROW)
      ) {
        throw new RangeError(
          `'${b.sheet}': a block at row ${b.row}, column ${b.column} reaches past the sheet's last row or column`,
        );
      }
      const list = bySheet.get(b.sheet);
      if (list) list.push(b);
      else bySheet.set(b.sheet, [b]);
    }
    for (const [name, list] of bySheet) {
      const sheet = this.required(name);
      const xml = this.xml.get(sheet.path) as string;
      const colStyles = columnStyles(xml);
      const prefix = sheetDataSpan(xml)?.prefix ?? "";
      const edits = new Map<number, Map<number, CellWriter>>();
      const blanks: BlankRange[] = [];
      for (const b of list) {
        const blankColumns = new Set<number>();
        // Rows without values are mostly one shared array (the rows down to a stray far cell): seen once is enough.
        let allBlank: readonly CellValue[] | undefined;
        b.values.forEach((row, i) => {
          if (row === allBlank) return;
          let writers: Map<number, CellWriter> | undefined;
          for (let j = 0; j < row.length; j++) {
            const v = row[j] as CellValue;
            const c = b.column + j;
            const format = b.columnFormats?.[j] ?? null;
            // A blank is written only into a cell that exists, formatted or not: the blanks of a computed column down
            // to a stray value in row 1,048,576 cost nothing (blank ranges below).
            if (v === null || v === "") {
              blankColumns.add(c);
              continue;
            }
            writers ??= edits.get(b.row + i);
            if (!writers) edits.set(b.row + i, (writers = new Map()));
            writers.set(c, (existing, ref) => this.cellXml(existing, ref, v, format, colStyles(c), prefix));
          }
          if (!writers) allBlank = row;
        });
        if (blankColumns.size === 0) continue;
        const blankAt = (r: number, c: number): boolean => {
          const v = b.values[r - b.row]?.[c - b.column];
          return v === null || v === "";
        };
        blanks.push({
          top: b.row,
          bottom: b.row + b.values.length - 1,
          columns: [...blankColumns],
          write: (existing, ref, c) =>
            blankAt(rowOfRef(ref), c)
              ? this.cellXml(existing, ref, "", b.columnFormats?.[c - b.column] ?? null, 0, prefix)
              : existing,
        });
      }
      // Blank cells in rows that also get values are handled with those rows.
      for (const range of blanks) {
        for (const [r, writers] of edits) {
          if (r < range.top || r > range.bottom) continue;
          for (const c of range.columns)
            if (!writers.has(c))
              writers.set(c, (existing, ref) => (existing === null ? null : range.write(existing, ref, c)));
        }
      }
      // Read from this very text, the parse already knows whether every row and cell has its reference.
      const refsExplicit = this.parsed.get(sheet.path)?.explicitRefs === true;
      const next = widenColumns(patchCells(xml, edits, blanks, refsExplicit), neededWidths(list));
      if (next !== xml) this.setSheetXml(sheet.path, next);
    }
  }

  private setSheetXml(path: string, xml: string): void {
    this.xml.set(path, xml);
    this.dirty.add(path);
    this.parsed.delete(path);
  }

  /** A cell written with `v`; the existing XML itself when it already says the same. */
  private cellXml(
    existing: string | null,
    ref: string,
    v: CellValue,
    format: string | null,
    columnStyle: number,
    p: string,
  ): string | null {
    const cur = existing === null ? null : parseCell(existing);
    const curStyle = cur ? Number(cur.attrs.get("s") ?? 0) : columnStyle;
    const style = format ? this.styles.withNumberFormat(curStyle, format) : curStyle;
    const isFormula = typeof v === "string" && v.startsWith("=") && v.length > 1;
    if (cur && style === Number(cur.attrs.get("s") ?? 0)) {
      const curFormula = /<(?:\w+:)?f\b[^>]*>([\s\S]*?)<\/(?:\w+:)?f>/.exec(cur.body)?.[1];
      if (
        isFormula
          ? curFormula !== undefined && decodeEntities(curFormula) === (v as string).slice(1)
          : curFormula === undefined &&
            sameValue(cellValueOf(cur.attrs, cur.tag.endsWith("/>") ? undefined : cur.body, this.options()), v)
      ) {
        return existing;
      }
    }
    let tag = cur
      ? removeAttr(removeAttr(removeAttr(cur.tag.replace(/\/>$/, ">"), "t"), "cm"), "vm")
      : `<${p}c r="${ref}">`;
    tag = style === 0 ? removeAttr(tag, "s") : setAttr(tag, "s", String(style));
    const close = `</${p}c>`;
    if (v === null || v === "" || (typeof v === "number" && !Number.isFinite(v))) {
      // An empty cell stays only to carry a style (a date column's format on rows not yet filled).
      return style === 0 ? null : tag.replace(/>$/, "/>");
    }
    if (isFormula) return `${tag}<${p}f>${escapeText((v as string).slice(1))}</${p}f>${close}`;
    if (typeof v === "boolean") return `${setAttr(tag, "t", "b")}<${p}v>${v ? 1 : 0}</${p}v>${close}`;
    if (typeof v === "number") {
      const n = this.date1904 && this.styles.isDateStyle(style) ? v - DAYS_1900_TO_1904 : v;
      return `${tag}<${p}v>${n}</${p}v>${close}`;
    }
    return `${setAttr(tag, "t", "inlineStr")}<${p}is><${p}t xml:space="preserve">${escapeText(v)}</${p}t></${p}is>${close}`;
  }

  // ---- notes, formats, tabs ----

  note(sheet: string, row: number, column: number): string | null {
    return this.notes.get(this.required(sheet).path)?.get(row, column) ?? null;
  }

  async writeNote(sheet: string, row: number, column: number, text: string | null): Promise<void> {
    const s = this.required(sheet);
    let notes = this.notes.get(s.path);
    if (!notes) this.notes.set(s.path, (notes = await SheetNotes.load(this.pkg, s.path)));
    notes.set(row, column, text);
  }

  replaceOwnedFormats(planned: OwnedFormatsPlan["sheets"][number]): void {
    const s = this.required(planned.sheet);
    const xml = this.xml.get(s.path) as string;
    const next = replaceFormats(xml, planned, this.styles);
    if (next !== xml) this.setSheetXml(s.path, next);
  }

  conditionalFormats(sheet: string): Array<{ range: string; formula: string | null; fill: string | null }> {
    return listFormats(this.xml.get(this.required(sheet).path) as string, this.styles);
  }

  /** The number format a cell shows: its own style's, else its column's. */
  numberFormat(sheet: string, row: number, column: number): string | null {
    const xml = this.xml.get(this.required(sheet).path) as string;
    const ref = new RegExp(`<(?:[\\w.-]+:)?c\\b[^>]*?\\br\\s*=\\s*"${columnLettersOf(column)}${row}"[^>]*?>`).exec(
      xml,
    )?.[0];
    const s = ref ? attributes(ref).get("s") : undefined;
    const style = s !== undefined ? Number(s) : columnStyles(xml)(column);
    return style === 0 && s === undefined ? null : this.styles.numberFormatOf(style);
  }

  async activeSheetIndex(): Promise<number> {
    return activeTab((await this.pkg.text(WORKBOOK_PART)) ?? "");
  }

  async activate(name: string): Promise<void> {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`XlsxWorkbook: no sheet named '${name}'`);
    this.pkg.set(WORKBOOK_PART, withActiveTab((await this.pkg.text(WORKBOOK_PART)) as string, i));
  }

  /**
   * Extends the tables of `sheet` whose last row is at or above `lastRow` and at or below `fromRow` − 1 (a table ending
   * just above appended rows, or covering some of them) down to `lastRow`; its autoFilter follows.
   */
  async extendTables(sheet: string, fromRow: number, lastRow: number): Promise<void> {
    const path = this.required(sheet).path;
    for (const rel of await this.pkg.relationships(path)) {
      if (rel.type !== REL_TYPE.table || rel.path === null) continue;
      const xml = await this.pkg.text(rel.path);
      if (!xml) continue;
      const tag = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
      const ref = tag ? attributes(tag).get("ref") : undefined;
      const m = ref ? /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref) : null;
      if (!tag || !ref || !m) continue;
      const bottom = Number(m[4]);
      if (bottom < fromRow - 1 || bottom >= lastRow || Number(m[2]) >= fromRow) continue;
      const next = `${m[1]}${m[2]}:${m[3]}${lastRow}`;
      let out = xml.replace(tag, setAttr(tag, "ref", next));
      out = out.replace(/(<(?:\w+:)?autoFilter\b[^>]*\bref=")[^"]*(")/, `$1${next}$2`);
      this.pkg.set(rel.path, out);
    }
  }

  /** Names of the workbook's tables (lower case) and the highest table id, leaving out the given sheets' tables. */
  async tables(except: ReadonlySet<string>): Promise<{ names: Set<string>; maxId: number }> {
    const names = new Set<string>();
    let maxId = 0;
    for (const sheet of this.sheets) {
      if (except.has(sheet.name)) continue;
      for (const rel of await this.pkg.relationships(sheet.path)) {
        if (rel.type !== REL_TYPE.table || rel.path === null) continue;
        const tag = /<(?:\w+:)?table\b[^>]*>/.exec((await this.pkg.text(rel.path)) ?? "")?.[0];
        if (!tag) continue;
        const a = attributes(tag);
        for (const n of [a.get("name"), a.get("displayName")]) if (n) names.add(n.toLowerCase());
        maxId = Math.max(maxId, Number(a.get("id") ?? 0));
      }
    }
    return { names, maxId };
  }

  // ---- saving ----

  /**
   * The package bytes with every change written: patched sheets, notes, styles, and the sheets built in `scratch`
   * (ExcelJS bytes) moved in — replacing the sheet of the same name in place, or added after the last tab. A sheet in
   * `scratch.bulk` was built there without its data rows, which are written straight into its part.
   */
  async finish(scratch: Scratch | null, activeSheet: string | null = null): Promise<Uint8Array> {
    const replaced = new Set((scratch?.sheets ?? []).filter((n) => this.sheet(n)));
    for (const name of replaced) {
      const path = (this.sheet(name) as BookSheet).path;
      this.notes.delete(path);
      this.dirty.delete(path);
    }
    for (const [path, notes] of this.notes) {
      const xml = this.xml.get(path) as string;
      const next = await notes.save(this.pkg, xml);
      if (next !== xml) this.setSheetXml(path, next);
    }
    for (const path of this.dirty) {
      this.pkg.set(path, this.xml.get(path) as string);
      // Final from here on: a long register's part compresses while the generated sheets are built.
      this.pkg.seal(path);
    }
    if (scratch && scratch.sheets.length > 0) await this.transplant(scratch, replaced);
    if (activeSheet !== null) await this.activate(activeSheet);
    if (this.styles.changed) {
      const path = this.stylesPath ?? "xl/styles.xml";
      if (this.stylesPath === null) {
        await this.pkg.declare(path, CT_STYLES);
        await this.pkg.addRelationship(WORKBOOK_PART, REL_TYPE.styles, path);
      }
      this.pkg.set(path, this.styles.serialize());
    }
    return this.pkg.generate();
  }

  private async transplant(scratch: Scratch, replaced: ReadonlySet<string>): Promise<void> {
    const source = await OpcPackage.open(scratch.bytes);
    const { sheets, parts } = workbookSheets(
      (await source.text(WORKBOOK_PART)) ?? "",
      (await source.text("xl/_rels/workbook.xml.rels")) ?? "",
    );
    const remap = this.styles.merge((await source.text(parts.get("styles") ?? "xl/styles.xml")) ?? EMPTY_STYLES);
    const { maxId } = await this.tables(replaced);
    const ctx = {
      scratch: source,
      target: this.pkg,
      remap,
      sharedItems: sharedItems(await source.text(parts.get("sharedStrings") ?? "xl/sharedStrings.xml")),
      date1904: this.date1904,
      nextTableId: { value: maxId + 1 },
    };
    // New tabs first, then the replaced sheets' old parts, then the new parts: a second refresh then removes and adds
    // exactly the last entries of [Content_Types].xml again, and the package comes out the same.
    const placed: Array<{ from: string; to: string; name: string }> = [];
    for (const name of scratch.sheets) {
      const built = sheets.find((s) => s.name === name);
      if (!built) throw new Error(`scratch workbook lacks '${name}'`);
      const existing = this.sheet(name);
      if (existing) placed.push({ from: built.path, to: existing.path, name });
      else {
        const path = await addSheetEntry(this.pkg, name, built.state);
        this.sheets.push({ name, state: built.state, path });
        placed.push({ from: built.path, to: path, name });
      }
    }
    for (const name of scratch.sheets) {
      const existing = this.sheet(name) as BookSheet;
      if (!replaced.has(name)) continue;
      await dropSheetParts(this.pkg, existing.path);
      await setSheetState(this.pkg, name, (sheets.find((s) => s.name === name) as BookSheet).state);
    }
    for (const { from, to, name } of placed) await transplantSheet(ctx, from, to, scratch.bulk?.get(name));
    // Print areas, print titles and named cells live in workbook.xml, not in the sheet part.
    const scratchXml = (await source.text(WORKBOOK_PART)) ?? "";
    const targetXml = (await this.pkg.text(WORKBOOK_PART)) ?? "";
    const fromIndex = sheetIndexes(scratchXml);
    const toIndex = sheetIndexes(targetXml);
    const moved = scratch.sheets.map((name) => ({
      name,
      from: fromIndex.get(name) ?? -1,
      to: toIndex.get(name) ?? -1,
      replaced: replaced.has(name),
    }));
    const next = carryDefinedNames(targetXml, scratchXml, moved);
    if (next !== targetXml) this.pkg.set(WORKBOOK_PART, next);
  }
}

/** Refuses a part whose text stops before its root element closes (a file cut short, a damaged entry). */
function checkComplete(xml: string, root: string, part: string): void {
  // Only the end is looked at (an anchored pattern would still be tried at every '<' of a 70 MB part).
  const end = xml.slice(-4096);
  if (
    !new RegExp(`</(?:[\\w.-]+:)?${root}>\\s*$`).test(end) &&
    !new RegExp(`<(?:[\\w.-]+:)?${root}\\b[^>]*/>\\s*$`).test(end)
  ) {
    throw new DamagedPartError(
      part,
      new RegExp(`<(?:[\\w.-]+:)?${root}\\b`).test(xml) ? "truncated" : "not the expected XML",
    );
  }
}

/** Column → style id from the sheet's `<col>` ranges (0 when none). */
function columnStyles(xml: string): (column: number) => number {
  const ranges: Array<[number, number, number]> = [];
  const cols = /<(?:[\w.-]+:)?cols\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cols>/.exec(sheetHead(xml));
  if (cols) {
    for (const m of (cols[1] as string).matchAll(/<(?:[\w.-]+:)?col\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.has("style")) ranges.push([Number(a.get("min")), Number(a.get("max")), Number(a.get("style"))]);
    }
  }
  return (c) => ranges.find(([lo, hi]) => c >= lo && c <= hi)?.[2] ?? 0;
}

function sameValue(a: CellValue | undefined, b: CellValue): boolean {
  if (a === undefined) return false;
  if ((a === null || a === "") && (b === null || b === "")) return true;
  return a === b;
}

function decodeEntities(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[n] as string,
  );
}

function columnLettersOf(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").slice(0, 200);
}

const tooLarge = (e: PackageLimitError, file: string): WorkbookReadError =>
  new WorkbookReadError("too-large", file, `${e.part} > ${Math.round(e.limit / 1024 / 1024)} MB`);
