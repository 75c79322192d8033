/**
 * Elements after a worksheet's `<sheetData>` (conditional formats, the notes' drawing, …) added or removed in schema
 * order (charts/sheet-order.ts lists it) without touching the others.
 */
import { TAIL_ORDER } from "../charts/sheet-order";
import { sheetDataSpan } from "./sheet-cells";
import { topLevelElements, type Element } from "./xml-text";

const RANK = new Map(TAIL_ORDER.map((name, i) => [name, i]));

/** The worksheet's top-level elements after sheetData, with offsets into `xml`. */
export function tailElements(xml: string): Element[] {
  const span = sheetDataSpan(xml);
  if (!span) throw new Error("worksheet part without sheetData");
  const start = span.selfClosed ? span.selfClosed.end : xml.indexOf(">", span.innerEnd) + 1;
  const end = xml.lastIndexOf("</");
  return topLevelElements(xml.slice(start, end), start);
}

/** Inserts elements named `name` after the last element ranked at or before it (so after others of its kind). */
export function insertTail(xml: string, name: string, elements: string): string {
  if (elements === "") return xml;
  const rank = RANK.get(name) ?? TAIL_ORDER.length;
  const tail = tailElements(xml);
  const after = tail.filter((e) => (RANK.get(e.name) ?? -1) <= rank).pop();
  let at: number;
  if (after) at = after.end;
  else {
    const span = sheetDataSpan(xml);
    if (!span) throw new Error("worksheet part without sheetData");
    at = span.selfClosed ? span.selfClosed.end : xml.indexOf(">", span.innerEnd) + 1;
  }
  return xml.slice(0, at) + elements + xml.slice(at);
}

/** Removes the given tail elements (offsets from tailElements of the same text). */
export function removeElements(xml: string, elements: readonly Element[]): string {
  let out = xml;
  for (const e of [...elements].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + out.slice(e.end);
  return out;
}

/** The prefix and namespace declaration needed to write an `r:id` attribute on the worksheet. */
export function relIdAttr(xml: string, id: string): string {
  const root = /<(?:[\w.-]+:)?worksheet\b[^>]*>/.exec(xml)?.[0] ?? "";
  const m = /\sxmlns:([\w.-]+)\s*=\s*"http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
    root,
  );
  if (m) return `${m[1]}:id="${id}"`;
  return `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${id}"`;
}
