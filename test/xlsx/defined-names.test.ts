/**
 * A generated sheet's print names and named cells reach the user's workbook.xml through the transplant, and a refresh
 * replaces them instead of piling them up; the user's own names (workbook-scoped and local to other sheets) stay.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { carryDefinedNames, parseDefinedNames } from "../../src/xlsx/package/defined-names";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

async function userFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("收文");
  a.getCell("A1").value = 3;
  a.pageSetup = { printArea: "A1:C9" } as ExcelJS.PageSetup;
  wb.addWorksheet("草稿").getCell("B2").value = "x";
  wb.definedNames.add("'收文'!$A$1", "总数");
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const board = (cell: string, area: string): SheetSpec => ({
  name: "看板",
  columns: [],
  ifExists: "replace",
  layout: {
    values: [{ at: "A1", values: [["看板"]] }],
    names: [{ name: "达成数", cell }],
    print: { area, orientation: "landscape", paper: "A4", titleRows: { first: 1, last: 1 } },
  },
});

async function namesOf(bytes: Uint8Array) {
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
  return parseDefinedNames(xml)
    .map((n) => `${n.name}@${n.localSheetId ?? "-"}=${n.formula}`)
    .sort();
}

test("print names and named cells move into workbook.xml beside the user's names, once, also after a refresh", async () => {
  const first = await XlsxWorkbook.fromBuffer(await userFile());
  await first.ensureSheets([board("B3", "A1:H20")]);
  const once = await first.toBuffer();
  expect(await namesOf(once)).toEqual([
    "_xlnm.Print_Area@0='收文'!$A1:$C9", // the user's, as ExcelJS wrote it, untouched
    "_xlnm.Print_Area@2='看板'!$A$1:$H$20",
    "_xlnm.Print_Titles@2='看板'!$1:$1",
    "总数@-='收文'!$A$1",
    "达成数@-='看板'!$B$3",
  ]);
  const again = await XlsxWorkbook.fromBuffer(once);
  await again.ensureSheets([
    {
      ...board("C4", "A1:G9"),
      layout: { ...board("C4", "A1:G9").layout, print: { orientation: "portrait", paper: "A4", area: "A1:G9" } },
    },
  ]);
  expect(await namesOf(await again.toBuffer())).toEqual([
    "_xlnm.Print_Area@0='收文'!$A1:$C9", // the user's, as ExcelJS wrote it, untouched
    "_xlnm.Print_Area@2='看板'!$A$1:$G$9",
    "总数@-='收文'!$A$1",
    "达成数@-='看板'!$C$4",
  ]);
});

test("carryDefinedNames adds a definedNames block where the schema wants it when the workbook has none", () => {
  const target =
    '<workbook xmlns="x"><sheets><sheet name="A" sheetId="1"/><sheet name="B" sheetId="2"/></sheets><calcPr calcId="1"/></workbook>';
  const scratch =
    '<workbook><sheets><sheet name="B"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'B\'!$A$1:$B$2</definedName></definedNames></workbook>';
  const out = carryDefinedNames(target, scratch, [{ name: "B", from: 0, to: 1, replaced: false }]);
  expect(out).toBe(
    '<workbook xmlns="x"><sheets><sheet name="A" sheetId="1"/><sheet name="B" sheetId="2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">&apos;B&apos;!$A$1:$B$2</definedName></definedNames><calcPr calcId="1"/></workbook>',
  );
  expect(carryDefinedNames(target, "<workbook/>", [{ name: "B", from: 0, to: 1, replaced: true }])).toBe(target);
});
