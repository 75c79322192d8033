/**
 * The drawing part (`xl/drawings/drawingN.xml`) that places charts on a sheet: one two-cell anchor per chart, spanning
 * the spec's anchor cell to `widthCols` columns right and `heightRows` rows down, so the chart moves and resizes with
 * the cells as Excel's own charts do. Each frame points at its chart part through the drawing's relationship id.
 */
import type { ChartSpec } from "../../core/sheet-spec";
import { parseRange } from "../../workbook/a1";
import { escapeXml } from "./xml";

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface PlacedChart {
  chart: ChartSpec;
  /** Relationship id of the chart part in the drawing's .rels. */
  rId: string;
}

/** Marker for the top-left corner of a cell (columns and rows are 0-based in DrawingML). */
const marker = (tag: "from" | "to", col: number, row: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

function anchor({ chart, rId }: PlacedChart, shapeId: number): string {
  const cell = parseRange(chart.anchor.cell);
  const col = cell.left - 1;
  const row = cell.top - 1;
  // The name is the spec's stable name (what the Office.js path names its chart); the title doubles as alt text.
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(chart.name)}" descr="${escapeXml(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_URI}"><c:chart xmlns:c="${CHART_URI}" xmlns:r="${R_NS}" r:id="${rId}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame>";
  return (
    `<xdr:twoCellAnchor>${marker("from", col, row)}${marker("to", col + chart.anchor.widthCols, row + chart.anchor.heightRows)}` +
    `${frame}<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingXml(charts: readonly PlacedChart[]): string {
  // Shape ids start at 2: Excel reserves 1 for the drawing itself.
  const anchors = charts.map((c, i) => anchor(c, i + 2)).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>${anchors}</xdr:wsDr>`;
}
