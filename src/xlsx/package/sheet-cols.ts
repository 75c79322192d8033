/**
 * Column widths for written cells, so a date the add-in writes shows as a date and not as 「###」 at Excel's default
 * width (8.43). Only columns the sheet leaves at the default — no `<col>` covers them — get a width; a width the
 * user set stays as it is.
 */
import type { Block, CellValue } from "../../core/sheet-spec";
import { textWidth } from "../../core/text-width";
import { sheetHead } from "./sheet-cells";
import { attributes } from "./xml-text";

/** Excel's default column width in characters; a value wider than this shows as ### (numbers) or spills (text). */
const DEFAULT_WIDTH = 8.43;
const MAX_WIDTH = 40;

function valueWidth(v: CellValue, format: string | null): number {
  if (v === null || v === "") return 0;
  if (typeof v === "number" && format && /[yd]/i.test(format)) return format.replace(/"[^"]*"|\\./g, "x").length;
  return textWidth(String(v));
}

/** Width each written column needs (blocks of one sheet), by 1-based column. */
export function neededWidths(blocks: readonly Block[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const b of blocks) {
    b.values.forEach((row) =>
      row.forEach((v, j) => {
        const c = b.column + j;
        const w = valueWidth(v, b.columnFormats?.[j] ?? null);
        if (w > (out.get(c) ?? 0)) out.set(c, w);
      }),
    );
  }
  return out;
}

/** The sheet XML with a `<col>` for each column of `widths` that needs more than the default and has no `<col>` yet. */
export function widenColumns(xml: string, widths: ReadonlyMap<number, number>): string {
  const colsMatch = /<((?:[\w.-]+:)?)cols\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cols>/.exec(sheetHead(xml));
  const covered: Array<[number, number]> = [];
  if (colsMatch) {
    for (const m of (colsMatch[2] as string).matchAll(/<(?:[\w.-]+:)?col\b[^>]*>/g)) {
      const a = attributes(m[0]);
      covered.push([Number(a.get("min")), Number(a.get("max"))]);
    }
  }
  const wanted = [...widths]
    .map(([c, w]) => [c, Math.min(MAX_WIDTH, w + 2)] as const)
    .filter(([c, w]) => w > DEFAULT_WIDTH && !covered.some(([lo, hi]) => c >= lo && c <= hi))
    .sort((a, b) => a[0] - b[0]);
  if (wanted.length === 0) return xml;
  const sheetData = /<((?:[\w.-]+:)?)sheetData\b/.exec(xml);
  if (!sheetData) return xml;
  const prefix = colsMatch ? (colsMatch[1] as string) : (sheetData[1] as string);
  const cols = wanted.map(([c, w]) => `<${prefix}col min="${c}" max="${c}" width="${w}" customWidth="1"/>`);
  if (!colsMatch)
    return `${xml.slice(0, sheetData.index)}<${prefix}cols>${cols.join("")}</${prefix}cols>${xml.slice(sheetData.index)}`;
  // Keep <col> elements in ascending order, as the schema wants.
  const existing = [...(colsMatch[2] as string).matchAll(/<(?:[\w.-]+:)?col\b[^>]*>(?:<\/(?:[\w.-]+:)?col>)?/g)].map(
    (m) => ({ min: Number(attributes(m[0]).get("min")), xml: m[0] }),
  );
  const merged = [...existing, ...wanted.map(([c], i) => ({ min: c, xml: cols[i] as string }))].sort(
    (a, b) => a.min - b.min,
  );
  const start = colsMatch.index + colsMatch[0].indexOf(">") + 1;
  const end = colsMatch.index + colsMatch[0].lastIndexOf("</");
  return xml.slice(0, start) + merged.map((m) => m.xml).join("") + xml.slice(end);
}
