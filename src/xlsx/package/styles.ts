/**
 * The workbook's styles part (xl/styles.xml) as far as the writer needs it: which number format a cell style shows (so
 * dates on the 1904 system can be recognised), a cell style with another number format (a computed date column), the
 * styles and differential formats of a sheet built elsewhere (a generated sheet's header fill, its conditional formats)
 * appended with their ids remapped. Existing entries are never changed or reordered; a new entry equal to an existing
 * one reuses it, so writing the same thing twice leaves the part as it was.
 */
import { attributes, escapeText, topLevelElements, type Element } from "./xml-text";

const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"] as const;
type Section = (typeof SECTIONS)[number];

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, plus the East Asian ids Excel uses). */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Does a number format code show a date or time? Quoted text, escapes and colours are ignored; 'General' is not. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .split(";")[0]!
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export interface StyleRemap {
  xf: (id: number) => number;
  dxf: (id: number) => number;
  /** Whether the (source) cell style shows dates: the 1904 shift applies to its numbers. */
  isDate: (id: number) => boolean;
}

export class StyleSheet {
  private readonly entries = new Map<Section, string[]>();
  private readonly added = new Map<Section, string[]>();
  /** Custom number formats: id → code. */
  private readonly numFmts = new Map<number, string>();
  private readonly prefix: string;

  constructor(private readonly xml: string) {
    const root = /<((?:\w+:)?)styleSheet\b/.exec(xml);
    this.prefix = root?.[1] ?? "";
    for (const section of SECTIONS) {
      const el = this.sectionElement(section);
      this.entries.set(section, el ? childrenOf(el.xml).map((c) => c.xml) : []);
      this.added.set(section, []);
    }
    for (const f of this.list("numFmts")) {
      const a = attributes(/^<[^>]*>/.exec(f)?.[0] ?? "");
      this.numFmts.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
    }
  }

  private sectionElement(section: Section): Element | null {
    const re = new RegExp(`<(?:\\w+:)?${section}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${section}>)`);
    const m = re.exec(this.xml);
    return m ? { name: section, start: m.index, end: m.index + m[0].length, xml: m[0] } : null;
  }

  private list(section: Section): string[] {
    return [...(this.entries.get(section) as string[]), ...(this.added.get(section) as string[])];
  }

  /** Namespace prefix of the part's elements ('' for the default namespace). */
  get elementPrefix(): string {
    return this.prefix;
  }

  /** Index of a differential format (a conditional format's look), added when the part has no equal one. */
  internDxf(xml: string): number {
    return this.intern("dxfs", xml);
  }

  /** A differential format's solid fill as '#RRGGBB', for inspection. */
  dxfFill(id: number): string | null {
    const xml = this.list("dxfs")[id];
    const rgb =
      xml === undefined ? undefined : /<(?:\w+:)?bgColor\b[^>]*?\brgb\s*=\s*"([0-9A-Fa-f]{6,8})"/.exec(xml)?.[1];
    return rgb === undefined ? null : `#${rgb.slice(-6).toUpperCase()}`;
  }

  get changed(): boolean {
    return [...this.added.values()].some((a) => a.length > 0);
  }

  /** The number format code a cell style shows ('General' for none). */
  numberFormatOf(xfId: number): string {
    const xf = this.list("cellXfs")[xfId];
    if (xf === undefined) return "General";
    const id = Number(attributes(/^<[^>]*>/.exec(xf)?.[0] ?? "").get("numFmtId") ?? 0);
    return this.numFmts.get(id) ?? BUILTIN_CODES[id] ?? (BUILTIN_DATE_IDS.has(id) ? "yyyy-mm-dd" : "General");
  }

  isDateStyle(xfId: number): boolean {
    const xf = this.list("cellXfs")[xfId];
    if (xf === undefined) return false;
    const id = Number(attributes(/^<[^>]*>/.exec(xf)?.[0] ?? "").get("numFmtId") ?? 0);
    const custom = this.numFmts.get(id);
    return custom !== undefined ? isDateFormatCode(custom) : BUILTIN_DATE_IDS.has(id);
  }

  /** Index of an entry equal to `xml` in `section`, appending it when there is none. */
  private intern(section: Section, xml: string): number {
    const list = this.list(section);
    const at = list.indexOf(xml);
    if (at >= 0) return at;
    (this.added.get(section) as string[]).push(xml);
    return list.length;
  }

  private numFmtIdFor(code: string): number {
    for (const [id, c] of this.numFmts) if (c === code) return id;
    for (const [id, c] of Object.entries(BUILTIN_CODES)) if (c === code) return Number(id);
    const id = Math.max(163, ...this.numFmts.keys()) + 1;
    this.numFmts.set(id, code);
    (this.added.get("numFmts") as string[]).push(
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeText(code)}"/>`,
    );
    return id;
  }

  private readonly withFormat = new Map<string, number>();

  /** A cell style like `xfId` (0 for none) showing `code`: `xfId` itself when it already does. */
  withNumberFormat(xfId: number, code: string): number {
    const key = `${xfId}\u0000${code}`;
    let got = this.withFormat.get(key);
    if (got === undefined) this.withFormat.set(key, (got = this.computeWithNumberFormat(xfId, code)));
    return got;
  }

  private computeWithNumberFormat(xfId: number, code: string): number {
    if (this.numberFormatOf(xfId) === code) return xfId;
    const base =
      this.list("cellXfs")[xfId] ??
      this.list("cellXfs")[0] ??
      `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const id = this.numFmtIdFor(code);
    const tag = /^<[^>]*>/.exec(base)?.[0] as string;
    let newTag = tag.replace(/\snumFmtId\s*=\s*"[^"]*"/, "");
    newTag = newTag.replace(/^<([\w:]+)/, `<$1 numFmtId="${id}"`);
    if (!/\sapplyNumberFormat=/.test(newTag)) newTag = newTag.replace(/^<([\w:]+)/, '<$1 applyNumberFormat="1"');
    else newTag = newTag.replace(/\sapplyNumberFormat\s*=\s*"[^"]*"/, ' applyNumberFormat="1"');
    return this.intern("cellXfs", newTag + base.slice(tag.length));
  }

  /**
   * Appends what another styles part's cell styles and differential formats need (fonts, fills, borders, number
   * formats) and says where each of its ids went. Named styles (cellStyleXfs) are not carried over: the cells take the
   * workbook's Normal style as their parent.
   */
  merge(otherXml: string): StyleRemap {
    const other = new StyleSheet(otherXml);
    const cache = new Map<string, number>();
    const mapped = (section: Section, id: number): number => {
      const key = `${section}:${id}`;
      let got = cache.get(key);
      if (got === undefined) {
        const xml = other.list(section)[id];
        got = xml === undefined ? 0 : this.intern(section, this.rePrefix(xml, other.prefix));
        cache.set(key, got);
      }
      return got;
    };
    const numFmt = (id: number): number => {
      const code = other.numFmts.get(id);
      return code === undefined ? id : this.numFmtIdFor(code);
    };
    const xfCache = new Map<number, number>();
    const xf = (id: number): number => {
      let got = xfCache.get(id);
      if (got !== undefined) return got;
      const xml = other.list("cellXfs")[id];
      if (xml === undefined) return 0;
      const tag = /^<[^>]*>/.exec(xml)?.[0] as string;
      const a = attributes(tag);
      let newTag = tag;
      const swap = (name: string, value: number) =>
        (newTag = newTag.replace(new RegExp(`(\\s${name}\\s*=\\s*)"[^"]*"`), `$1"${value}"`));
      swap("numFmtId", numFmt(Number(a.get("numFmtId") ?? 0)));
      swap("fontId", mapped("fonts", Number(a.get("fontId") ?? 0)));
      swap("fillId", mapped("fills", Number(a.get("fillId") ?? 0)));
      swap("borderId", mapped("borders", Number(a.get("borderId") ?? 0)));
      swap("xfId", 0);
      got = this.intern("cellXfs", this.rePrefix(newTag + xml.slice(tag.length), other.prefix));
      xfCache.set(id, got);
      return got;
    };
    const dxf = (id: number): number => {
      const xml = other.list("dxfs")[id];
      if (xml === undefined) return id;
      // A dxf's number format carries its own code, so it needs no id remapping beyond the code staying the same.
      return this.intern("dxfs", this.rePrefix(xml, other.prefix));
    };
    return { xf, dxf, isDate: (id) => other.isDateStyle(id) };
  }

  /** Another part's element written with this part's namespace prefix. */
  private rePrefix(xml: string, from: string): string {
    if (from === this.prefix) return xml;
    const strip = from === "" ? xml : xml.replace(new RegExp(`<(/?)${from.replace(":", "\\:")}`, "g"), "<$1");
    return this.prefix === "" ? strip : strip.replace(/<(\/?)(?![\w]+:)([A-Za-z])/g, `<$1${this.prefix}$2`);
  }

  /** The styles part with the appended entries; the input text itself when nothing was added. */
  serialize(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    // Sections in document order, edited from the last so earlier offsets stay valid.
    const edits: Array<{ start: number; end: number; text: string }> = [];
    const missing: Section[] = [];
    for (const section of SECTIONS) {
      const added = this.added.get(section) as string[];
      if (added.length === 0) continue;
      const el = this.sectionElement(section);
      const all = this.list(section);
      if (!el) {
        missing.push(section);
        continue;
      }
      const open = /^<[^>]*?\/?>/.exec(el.xml)?.[0] as string;
      const selfClosed = open.endsWith("/>");
      const baseOpen = selfClosed ? `${open.slice(0, -2)}>` : open;
      const withCount = /\scount\s*=/.test(baseOpen)
        ? baseOpen.replace(/(\scount\s*=\s*)"[^"]*"/, `$1"${all.length}"`)
        : baseOpen.replace(/>$/, ` count="${all.length}">`);
      const inner = selfClosed ? "" : el.xml.slice(open.length, el.xml.lastIndexOf("</"));
      const close = `</${this.prefix}${section}>`;
      edits.push({ start: el.start, end: el.end, text: withCount + inner + added.join("") + close });
    }
    edits.sort((a, b) => b.start - a.start);
    for (const e of edits) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
    for (const section of missing) xml = this.insertSection(xml, section);
    return xml;
  }

  /** Adds a section the part lacks, before the first section that follows it in schema order (or before the end). */
  private insertSection(xml: string, section: Section): string {
    const added = this.added.get(section) as string[];
    const text = `<${this.prefix}${section} count="${added.length}">${added.join("")}</${this.prefix}${section}>`;
    const ORDER = [
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
      "tableStyles",
      "colors",
      "extLst",
    ];
    for (const later of ORDER.slice(ORDER.indexOf(section) + 1)) {
      const m = new RegExp(`<(?:\\w+:)?${later}\\b`).exec(xml);
      if (m) return xml.slice(0, m.index) + text + xml.slice(m.index);
    }
    const close = /<\/(?:\w+:)?styleSheet>\s*$/.exec(xml);
    if (!close) throw new Error("styles part without </styleSheet>");
    return xml.slice(0, close.index) + text + xml.slice(close.index);
  }
}

function childrenOf(sectionXml: string): Element[] {
  const open = /^<[^>]*?\/?>/.exec(sectionXml)?.[0] as string;
  if (open.endsWith("/>")) return [];
  return topLevelElements(sectionXml.slice(open.length, sectionXml.lastIndexOf("</")));
}

/** Codes of the built-in formats the writer may ask for by code. */
const BUILTIN_CODES: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  14: "mm-dd-yy",
  49: "@",
};
