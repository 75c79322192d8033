/**
 * The little XML the package layer needs, with regular expressions over the text of a part: attribute lists, entity
 * decoding, escaping. A part is edited by splicing strings so everything outside the spliced range keeps its bytes.
 */

const ATTR_RE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTR_RE)) out.set(m[1] as string, (m[2] ?? m[3]) as string);
  return out;
}

/** An attribute's value by local name (`r:id` and `id` both answer to "id" when asked with `local`). */
export function attrLocal(attrs: ReadonlyMap<string, string>, local: string): string | undefined {
  for (const [k, v] of attrs) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

const ENTITY_RE = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const OOXML_ESCAPE_RE = /_x([0-9A-Fa-f]{4})_/g;

/** XML text content or attribute value as a string (entities and OOXML's _xHHHH_ escapes resolved). */
export function decodeText(text: string): string {
  const unescaped = text.includes("&")
    ? text.replace(ENTITY_RE, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
        name ? (NAMED[name] as string) : String.fromCodePoint(dec ? Number(dec) : parseInt(hex as string, 16)),
      )
    : text;
  return unescaped.includes("_x")
    ? unescaped.replace(OOXML_ESCAPE_RE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : unescaped;
}

const SPECIAL: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F]|_x[0-9A-Fa-f]{4}_/;

/** Text for XML content and attribute values; control characters XML 1.0 cannot hold become OOXML _xHHHH_ escapes. */
export function escapeText(text: string): string {
  // Most text needs nothing: one scan instead of three replacements (cells are escaped by the hundred thousand).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/[&<>"']/g, (c) => SPECIAL[c] as string)
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

const attrRes = new Map<string, RegExp>();

/** The pattern of one attribute (with its leading space), compiled once per name: tags are edited by the million. */
function attrRe(name: string): RegExp {
  let re = attrRes.get(name);
  if (!re) attrRes.set(name, (re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`)));
  return re;
}

/** Sets (or adds) an attribute in a start tag's text, e.g. `<c r="A1" s="3">`. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = attrRe(name);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${value}"${tag.slice(end)}`;
}

export function removeAttr(tag: string, name: string): string {
  return tag.includes(name) ? tag.replace(attrRe(name), "") : tag;
}

/** Column letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 1-based column of a cell reference's letters ('AB12' → 28); 0 when there are none. */
export function columnOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // lower-case letters are accepted as upper-case
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

export function rowOfRef(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) : 0;
}

/** A start, end or empty tag; quoted attribute values may hold '>'. */
export const TAG_RE = /<(\/?)([A-Za-z_][\w.:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

export interface Element {
  /** Local name, prefix removed. */
  name: string;
  start: number;
  end: number;
  xml: string;
}

/** The top-level elements of a stretch of XML (comments and processing instructions skipped). */
export function topLevelElements(xml: string, offset = 0): Element[] {
  const out: Element[] = [];
  let depth = 0;
  let start = 0;
  let name = "";
  const re = new RegExp(TAG_RE.source, "g");
  for (const m of xml.matchAll(re)) {
    const closing = m[1] === "/";
    const empty = m[3] === "/";
    const at = m.index as number;
    if (depth === 0 && !closing) {
      start = at;
      name = (m[2] as string).replace(/^[\w.-]+:/, "");
    }
    if (closing) depth--;
    else if (!empty) depth++;
    if (depth === 0)
      out.push({
        name,
        start: offset + start,
        end: offset + at + m[0].length,
        xml: xml.slice(start, at + m[0].length),
      });
    if (depth < 0) throw new Error("unbalanced tags");
  }
  return out;
}
