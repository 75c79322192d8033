/**
 * Finishes the package ExcelJS wrote: adds native charts (ExcelJS has no chart writer) and puts each worksheet's
 * trailing elements in schema order (sheet-order.ts says why).
 *
 * A chart needs four things besides its own part: a drawing part holding its frame, the drawing's relationship to the
 * chart, the sheet's relationship to the drawing with a `<drawing>` element naming it, and content-type overrides for
 * both new parts. Parts are numbered after any the package already holds.
 */
import JSZip from "jszip";
import type { ChartSpec } from "../../core/sheet-spec";
import { packageSheets } from "../fast-read";
import { chartXml } from "./chart-xml";
import { drawingXml, type PlacedChart } from "./drawing-xml";
import type { ChartPlot } from "./plot";
import { orderWorksheet } from "./sheet-order";
import { escapeXml } from "./xml";

export interface SheetCharts {
  sheet: string;
  charts: ReadonlyArray<{ chart: ChartSpec; plot: ChartPlot }>;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${REL}/drawing`;
const REL_CHART = `${REL}/chart`;
const REL_VML = `${REL}/vmlDrawing`;
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** 'xl/worksheets/sheet1.xml' → 'xl/worksheets/_rels/sheet1.xml.rels'. */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a relationship and returns its id (one past the highest `rIdN` already there). */
function addRelationship(rels: { xml: string }, type: string, target: string): string {
  const taken = [...rels.xml.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...taken) + 1}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const close = rels.xml.lastIndexOf("</Relationships>");
  if (close < 0) throw new Error("relationships part without </Relationships>");
  rels.xml = rels.xml.slice(0, close) + entry + rels.xml.slice(close);
  return id;
}

/** The lowest number n ≥ 1 with no `${prefix}${n}.xml` in the package (or taken earlier in this run). */
function freeNumber(zip: JSZip, prefix: string, taken: Set<string>): number {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}.xml`;
    if (!zip.file(name) && !taken.has(name)) {
      taken.add(name);
      return n;
    }
  }
}

async function read(zip: JSZip, path: string): Promise<string | null> {
  const entry = zip.file(path);
  return entry ? entry.async("string") : null;
}

/**
 * The package with `charts` drawn on their sheets and worksheet tails ordered; the input bytes unchanged when there is
 * nothing to do. Sheets named in `charts` but absent from the package are an error (the caller tracks its sheets).
 */
export async function finishPackage(
  bytes: Uint8Array,
  charts: readonly SheetCharts[],
  compression: "DEFLATE" | "STORE" = "DEFLATE",
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const { sheets } = await packageSheets(zip);
  const wanted = new Map(charts.filter((s) => s.charts.length > 0).map((s) => [s.sheet, s.charts]));
  for (const name of wanted.keys()) {
    if (!sheets.some((s) => s.name === name))
      throw new Error(`charts for a sheet the package does not hold: '${name}'`);
  }
  const newParts = new Set<string>();
  const overrides: string[] = [];
  let changed = false;

  for (const sheet of sheets) {
    const sheetCharts = wanted.get(sheet.name);
    const relsPath = relsPathOf(sheet.path);
    const relsXml = await read(zip, relsPath);
    // Only sheets with notes (ExcelJS's misplaced legacyDrawing) or new charts need their XML rewritten.
    if (!sheetCharts && !(relsXml ?? "").includes(REL_VML)) continue;
    const xml = await read(zip, sheet.path);
    if (xml === null) throw new Error(`worksheet part missing: ${sheet.path}`);
    const rels = { xml: relsXml ?? EMPTY_RELS };
    let drawingRId: string | undefined;

    if (sheetCharts) {
      const drawingNo = freeNumber(zip, "xl/drawings/drawing", newParts);
      const drawingRels = { xml: EMPTY_RELS };
      const placed: PlacedChart[] = sheetCharts.map(({ chart, plot }) => {
        const chartNo = freeNumber(zip, "xl/charts/chart", newParts);
        zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(chart, plot));
        overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/>`);
        return { chart, rId: addRelationship(drawingRels, REL_CHART, `../charts/chart${chartNo}.xml`) };
      });
      zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(placed));
      zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, drawingRels.xml);
      overrides.push(`<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/>`);
      drawingRId = addRelationship(rels, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`);
      zip.file(relsPath, rels.xml);
    }

    const ordered = orderWorksheet(xml, drawingRId === undefined ? {} : { drawingRId });
    if (ordered !== xml) {
      zip.file(sheet.path, ordered);
      changed = true;
    }
  }

  if (overrides.length > 0) {
    const types = await read(zip, "[Content_Types].xml");
    const close = types?.lastIndexOf("</Types>") ?? -1;
    if (types === null || close < 0) throw new Error("[Content_Types].xml missing or malformed");
    zip.file("[Content_Types].xml", types.slice(0, close) + overrides.join("") + types.slice(close));
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression }) : bytes;
}
