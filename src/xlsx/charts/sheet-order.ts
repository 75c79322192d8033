/**
 * Puts the elements after a worksheet's cells in the order CT_Worksheet requires (ECMA-376 Part 1, §18.3.1.99), and
 * adds the `<drawing>` element that attaches charts.
 *
 * Excel refuses or "repairs" a sheet whose elements are out of order. ExcelJS writes `<legacyDrawing>` (the notes'
 * shapes) last, after `<tableParts>`, so a sheet with both a table and notes — every register with header notes — is
 * already out of order (exceljs/exceljs#1369); a drawing must also come before `<legacyDrawing>`. Only the part after
 * `<sheetData>` is touched: the cells themselves are copied as they are.
 */
import { topLevelElements } from "../package/xml-text";

/** CT_Worksheet's children after sheetData, in schema order. */
export const TAIL_ORDER = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const RANK = new Map(TAIL_ORDER.map((name, i) => [name, i]));

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A start, end or empty tag; quoted attribute values may hold '>'.

interface Child {
  name: string;
  xml: string;
}

/** The top-level elements in `tail` (the worksheet's content after sheetData, up to but excluding `</worksheet>`). */
function children(tail: string): Child[] {
  try {
    return topLevelElements(tail).map(({ name, xml }) => ({ name, xml }));
  } catch {
    throw new Error("worksheet part: unbalanced tags after sheetData");
  }
}

export interface SheetXmlEdit {
  /** Relationship id (in the sheet's .rels) of a drawing part to attach; the sheet must not have one already. */
  drawingRId?: string;
}

/** The worksheet XML with its tail in schema order and, when asked, a `<drawing>` element in its place. */
export function orderWorksheet(xml: string, edit: SheetXmlEdit = {}): string {
  const cells = /<(?:[\w.-]+:)?sheetData\s*\/>|<\/(?:[\w.-]+:)?sheetData>/.exec(xml);
  const end = xml.lastIndexOf("</");
  if (!cells || end < cells.index) throw new Error("worksheet part: no sheetData");
  const tailStart = cells.index + cells[0].length;
  const list = children(xml.slice(tailStart, end));
  if (edit.drawingRId !== undefined) {
    if (list.some((c) => c.name === "drawing")) throw new Error("worksheet part: the sheet already has a drawing");
    // ExcelJS declares the r: prefix on the root; declare it locally when another writer did not.
    const rootTag = /<(?:[\w.-]+:)?worksheet\b[^>]*>/.exec(xml)?.[0] ?? "";
    const ns = rootTag.includes("xmlns:r=") ? "" : ` xmlns:r="${R_NS}"`;
    list.push({ name: "drawing", xml: `<drawing${ns} r:id="${edit.drawingRId}"/>` });
  }
  // Stable: elements of the same kind (several conditionalFormatting) keep their order; an element this list does not
  // know stays after its predecessor.
  let last = -1;
  const ranked = list.map((c, i) => {
    last = RANK.get(c.name) ?? last;
    return { c, i, rank: last };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return xml.slice(0, tailStart) + ranked.map((r) => r.c.xml).join("") + xml.slice(end);
}
