/**
 * Moves a sheet built in a scratch package (ExcelJS writing a generated sheet from its spec) into the user's package:
 * its part and the parts it relates to (table, notes, drawing, charts) under free names, its cell styles and
 * differential formats merged into the user's styles part, shared strings turned into inline strings (the user's shared
 * strings part stays as it was), and on the 1904 date system its date cells shifted. A sheet replaced in place (KPI看板,
 * 期限总览) first loses the parts its previous version related to.
 */
import { OpcPackage, REL_TYPE, relsPathOf, relativeTarget } from "./opc";
import { sheetDataSpan } from "./sheet-cells";
import { concatBytes } from "./byte-writer";
import { bulkRowsXml, colStyleIds, widenDimension, type BulkRows } from "./sheet-rows";
import type { StyleRemap } from "./styles";
import { utf8Bytes } from "./utf8";
import { attributes, escapeText, removeAttr, setAttr } from "./xml-text";

const DAYS_1900_TO_1904 = 1462;
const CELL_RE = /<((?:[\w.-]+:)?)c\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;

export interface TransplantContext {
  scratch: OpcPackage;
  target: OpcPackage;
  remap: StyleRemap;
  /** The scratch package's shared string items (inner XML of each `<si>`). */
  sharedItems: readonly string[];
  date1904: boolean;
  /** Next free table id in the target workbook (ids are workbook-wide). */
  nextTableId: { value: number };
}

/** Every part reachable from `part` through relationships (not `part` itself), depth first. */
export async function relatedParts(pkg: OpcPackage, part: string, seen = new Set<string>()): Promise<string[]> {
  for (const rel of await pkg.relationships(part)) {
    if (rel.path === null || seen.has(rel.path) || !pkg.has(rel.path)) continue;
    // A worksheet reached from a chart or pivot is the user's, not something a generated sheet owns.
    if (rel.type === REL_TYPE.worksheet || (rel.path.startsWith("xl/worksheets/") && rel.path.endsWith(".xml")))
      continue;
    seen.add(rel.path);
    await relatedParts(pkg, rel.path, seen);
  }
  return [...seen];
}

/** Removes the parts a replaced sheet related to, except those another part still points at. */
export async function dropSheetParts(pkg: OpcPackage, sheetPath: string): Promise<void> {
  const own = new Set(await relatedParts(pkg, sheetPath));
  if (own.size === 0 && !pkg.has(relsPathOf(sheetPath))) return;
  const others = pkg
    .partNames()
    .filter((n) => n.endsWith(".rels") && n !== relsPathOf(sheetPath) && ![...own].some((o) => relsPathOf(o) === n));
  for (const rels of others) {
    const source = sourceOfRels(rels);
    for (const rel of await pkg.relationships(source)) if (rel.path !== null) own.delete(rel.path);
  }
  for (const part of own) {
    pkg.remove(part);
    pkg.remove(relsPathOf(part));
    await pkg.undeclare(part);
  }
  pkg.remove(relsPathOf(sheetPath));
}

function sourceOfRels(rels: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(rels);
  return m ? `${m[1]}${m[2]}` : rels;
}

/**
 * Writes the scratch sheet at `targetPath` (whose old related parts are already gone), with its related parts; `bulk`:
 * data rows held out of the scratch workbook, written after the skeleton's rows (sheet-rows.ts).
 */
export async function transplantSheet(
  ctx: TransplantContext,
  scratchPath: string,
  targetPath: string,
  bulk?: BulkRows,
): Promise<void> {
  const { scratch, target } = ctx;
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  const copy = async (from: string): Promise<string> => {
    const known = renamed.get(from);
    if (known) return known;
    const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(from);
    const to = m ? target.freeName(m[1] as string, m[3] as string, taken) : from;
    taken.add(to);
    renamed.set(from, to);
    let text = (await scratch.text(from)) ?? "";
    if (/^xl\/tables\//.test(from))
      text = text.replace(
        /(<(?:\w+:)?table\b[^>]*?\sid\s*=\s*)"\d+"/,
        (_, head: string) => `${head}"${ctx.nextTableId.value++}"`,
      );
    target.set(to, text);
    const type = await scratch.contentTypeOf(from);
    if (type) await target.declare(to, type);
    await copyRels(from, to);
    return to;
  };
  const copyRels = async (from: string, to: string): Promise<void> => {
    const rels = await scratch.text(relsPathOf(from));
    if (rels === null) return;
    let out = rels;
    for (const rel of await scratch.relationships(from)) {
      if (rel.path === null || !scratch.has(rel.path)) continue;
      const dest = await copy(rel.path);
      out = out.replace(
        new RegExp(
          `(<(?:\\w+:)?Relationship\\b[^>]*?\\bId\\s*=\\s*"${rel.id}"[^>]*?\\bTarget\\s*=\\s*)"[^"]*"|(<(?:\\w+:)?Relationship\\b[^>]*?\\bTarget\\s*=\\s*)"[^"]*"([^>]*?\\bId\\s*=\\s*"${rel.id}")`,
        ),
        (_m, a?: string, b?: string, c?: string) =>
          a !== undefined
            ? `${a}"${escapeText(relativeTarget(to, dest))}"`
            : `${b}"${escapeText(relativeTarget(to, dest))}"${c}`,
      );
    }
    target.set(relsPathOf(to), out);
  };
  const xml = (await scratch.text(scratchPath)) ?? "";
  const rewritten = rewriteSheet(xml, ctx, bulk);
  if (typeof rewritten === "string") target.set(targetPath, rewritten);
  else target.setBytes(targetPath, rewritten);
  target.seal(targetPath);
  await copyRels(scratchPath, targetPath);
}

/**
 * The scratch sheet's XML with the target's style ids, inline strings, 1904 dates and no selected tab; with `bulk`
 * rows, as UTF-8 bytes (the rows are encoded as they are written, never held as one string).
 */
function rewriteSheet(xml: string, ctx: TransplantContext, bulk?: BulkRows): string | Uint8Array {
  const span = sheetDataSpan(xml);
  if (!span) throw new Error("scratch worksheet without sheetData");
  const rows: Uint8Array[] = [];
  let source = xml.slice(0, span.innerStart);
  if (bulk) {
    if (span.selfClosed) throw new Error("scratch worksheet skeleton without its header row");
    const styleOf = colStyleIds(source);
    // A cell without a style attribute keeps none, as the skeleton's own cells do.
    const styles = (c: number) => ({
      style: styleOf(c) === 0 ? 0 : ctx.remap.xf(styleOf(c)),
      date: ctx.remap.isDate(styleOf(c)),
    });
    const written = bulkRowsXml(bulk, styles, ctx.date1904, span.prefix, (bytes) => rows.push(bytes));
    source = widenDimension(source, written.lastRow, written.lastColumn);
  }
  const head = source
    .replace(/<((?:[\w.-]+:)?)sheetView\b[^>]*>/g, (tag) => removeAttr(tag, "tabSelected"))
    .replace(/<(?:[\w.-]+:)?col\b[^>]*>/g, (tag) => {
      const s = attributes(tag).get("style");
      return s === undefined ? tag : setAttr(tag, "style", String(ctx.remap.xf(Number(s))));
    });
  const cells = xml.slice(span.innerStart, span.innerEnd).replace(/<(?:[\w.-]+:)?row\b[^>]*>/g, (tag) => {
    const s = attributes(tag).get("s");
    return s === undefined ? tag : setAttr(tag, "s", String(ctx.remap.xf(Number(s))));
  });
  const body = cells.replace(CELL_RE, (_whole, p: string, attrText: string, inner: string | undefined) => {
    // Cells are rewritten by the ten thousand: one pass over the attribute text, no per-cell regular expressions built.
    let style: number | undefined;
    let type = "n";
    const attrs = attrText.replace(/\s(s|t)="([^"]*)"/g, (m, name: string, value: string) => {
      if (name === "s") {
        style = Number(value);
        return ` s="${ctx.remap.xf(style)}"`;
      }
      type = value;
      return type === "s" ? ' t="inlineStr"' : m;
    });
    const tag = `<${p}c${attrs}>`;
    if (inner === undefined) return `<${p}c${attrs}/>`;
    if (type === "s") {
      const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
      return `${tag}<${p}is>${ctx.sharedItems[Number(v?.[1])] ?? ""}</${p}is></${p}c>`;
    }
    if (ctx.date1904 && type === "n" && style !== undefined && ctx.remap.isDate(style)) {
      const shifted = inner.replace(/(<(?:\w+:)?v>)([^<]*)(<\/(?:\w+:)?v>)/, (_m, o: string, v: string, c: string) => {
        const n = Number(v);
        return Number.isFinite(n) && n >= DAYS_1900_TO_1904 ? `${o}${n - DAYS_1900_TO_1904}${c}` : `${o}${v}${c}`;
      });
      return `${tag}${shifted}</${p}c>`;
    }
    return `${tag}${inner}</${p}c>`;
  });
  const tail = xml
    .slice(span.innerEnd)
    .replace(
      /(<(?:[\w.-]+:)?cfRule\b[^>]*?\sdxfId\s*=\s*)"(\d+)"/g,
      (_m, h: string, id: string) => `${h}"${ctx.remap.dxf(Number(id))}"`,
    );
  return bulk ? concatBytes([utf8Bytes(head + body), ...rows, utf8Bytes(tail)]) : head + body + tail;
}

/** Inner XML of each `<si>` of a shared strings part. */
export function sharedItems(sst: string | null): string[] {
  if (sst === null) return [];
  return [...sst.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)].map((m) => m[1] ?? "");
}
