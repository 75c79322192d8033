import { orderWorksheet } from "../../../src/xlsx/charts/sheet-order";

const ROOT =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const sheet = (tail: string, cells = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>') =>
  `${ROOT}${cells}${tail}</worksheet>`;

describe("orderWorksheet", () => {
  test("moves ExcelJS's trailing legacyDrawing before tableParts and extLst, keeping each element's content", () => {
    const cf =
      '<conditionalFormatting sqref="A1"><cfRule type="iconSet" priority="1"><extLst><ext uri="{B025F937}"><x14:id>{1}</x14:id></ext></extLst></cfRule></conditionalFormatting>';
    const ext = '<extLst><ext uri="{78C0D931}"><x14:conditionalFormattings/></ext></extLst>';
    const xml = sheet(
      `${cf}<pageSetup orientation="landscape"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts>${ext}<legacyDrawing r:id="rId2"/>`,
    );
    expect(orderWorksheet(xml)).toBe(
      sheet(
        `${cf}<pageSetup orientation="landscape"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts>${ext}`,
      ),
    );
  });

  test("inserts the drawing after page setup and before legacyDrawing", () => {
    const xml = sheet('<sheetProtection sheet="1"/><pageSetup paperSize="9"/><legacyDrawing r:id="rId1"/>');
    expect(orderWorksheet(xml, { drawingRId: "rId4" })).toBe(
      sheet('<sheetProtection sheet="1"/><pageSetup paperSize="9"/><drawing r:id="rId4"/><legacyDrawing r:id="rId1"/>'),
    );
  });

  test("handles an empty sheetData, '>' inside attribute values, and declares r: when the root does not", () => {
    const bare =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><dataValidations count="1"><dataValidation prompt="a > b" sqref="A1"/></dataValidations><pageMargins left="0.7"/></worksheet>';
    expect(orderWorksheet(bare, { drawingRId: "rId1" })).toBe(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><dataValidations count="1"><dataValidation prompt="a > b" sqref="A1"/></dataValidations><pageMargins left="0.7"/>' +
        '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></worksheet>',
    );
  });

  test("leaves an ordered sheet unchanged and refuses a second drawing", () => {
    const xml = sheet('<pageSetup paperSize="9"/><drawing r:id="rId1"/>');
    expect(orderWorksheet(xml)).toBe(xml);
    expect(() => orderWorksheet(xml, { drawingRId: "rId2" })).toThrow("already has a drawing");
  });
});
