/**
 * A printable layout written through the .xlsx adapter, opened by LibreOffice: the print area, A4 orientation,
 * fit to one page wide and the print titles hold there too — for a new workbook and for a sheet transplanted into a
 * file LibreOffice wrote.
 */
import { join } from "node:path";
import JSZip from "jszip";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { convertWithLibreOffice, isA4Landscape, pdfPages, SOFFICE } from "../support/libreoffice-pdf";
import { parseDefinedNames } from "../../src/xlsx/package/defined-names";

const withLibreOffice = SOFFICE ? describe : describe.skip;
if (!SOFFICE) console.warn("layout-libreoffice.test: LibreOffice (soffice) not found — printing checks skipped");

const rows = Array.from({ length: 120 }, (_, i) => [`第${i + 1}项`, i, i * 2, "说明文字说明文字", i % 3, "备注"]);
const printable: SheetSpec = {
  name: "打印页",
  columns: [],
  ifExists: "replace",
  layout: {
    values: [
      { at: "A1", values: [["打印标题"]] },
      { at: "A2", values: [["列1", "列2", "列3", "列4", "列5", "列6"]] },
      { at: "A3", values: rows },
      // Outside the print area: would add pages (and shrink the columns) if the area were lost.
      { at: "Z200", values: [["打印区以外"]] },
    ],
    styles: [{ range: "A2:F122", style: { border: "grid" } }],
    merges: ["A1:F1"],
    columnWidths: [1, 2, 3, 4, 5, 6].map((column) => ({ column, width: 20 })),
    print: {
      area: "A1:F122",
      orientation: "landscape",
      paper: "A4",
      fit: { wide: 1, tall: null },
      titleRows: { first: 1, last: 2 },
    },
  },
};

async function printNamesAfterLibreOffice(bytes: Uint8Array, sheet: string): Promise<Record<string, string>> {
  const back = convertWithLibreOffice(bytes, "xlsx");
  const zip = await JSZip.loadAsync(back);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const index = [...xml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].findIndex((m) => m[1] === sheet);
  return Object.fromEntries(
    parseDefinedNames(xml)
      .filter((n) => n.localSheetId === index)
      .map((n) => [n.name, n.formula]),
  );
}

withLibreOffice("a printable layout in LibreOffice", () => {
  test("a new workbook prints its area on A4 landscape pages, one page wide, and keeps area and titles", async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([printable]);
    const bytes = await wb.toBuffer();
    const pages = pdfPages(convertWithLibreOffice(bytes, "pdf"));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(pages.every(isA4Landscape)).toBe(true);
    const names = await printNamesAfterLibreOffice(bytes, "打印页");
    expect(names["_xlnm.Print_Area"]).toMatch(/\$A\$1:\$F\$122/);
    expect(names["_xlnm.Print_Titles"]).toMatch(/\$1:\$2/);
  }, 240_000);

  test("a sheet generated into a file LibreOffice wrote keeps the same print setup after the transplant", async () => {
    const wb = await XlsxWorkbook.fromFile(join(__dirname, "../fixtures/libreoffice/台账-合并标题.xlsx"));
    await wb.ensureSheets([printable]);
    const bytes = await wb.toBuffer();
    const pages = pdfPages(convertWithLibreOffice(bytes, "pdf"));
    // The user's own sheets print too (portrait or as LibreOffice lays them); ours are the landscape ones.
    const ours = pages.filter(isA4Landscape);
    expect(ours.length).toBeGreaterThanOrEqual(2);
    expect(ours.length).toBeLessThanOrEqual(4);
    const names = await printNamesAfterLibreOffice(bytes, "打印页");
    expect(names["_xlnm.Print_Area"]).toMatch(/\$A\$1:\$F\$122/);
    expect(names["_xlnm.Print_Titles"]).toMatch(/\$1:\$2/);
  }, 240_000);
});
