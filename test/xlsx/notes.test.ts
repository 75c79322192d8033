import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

describe("marks on a cell whose note has formatted runs (Excel's bold author line)", () => {
  test("the user's runs and their fonts survive apply, save, clear and save", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("S");
    ws.getCell("B2").value = "SW-1";
    ws.getCell("B2").note = { texts: [{ text: "张三:", font: { bold: true } }, { text: "\n原件在档案室" }] };
    const wb = await XlsxWorkbook.fromBuffer(Buffer.from((await source.xlsx.writeBuffer()) as ArrayBuffer));

    await wb.applyMarks([{ sheet: "S", row: 2, column: 2, severity: "error", message: "收文编号重复" }]);
    const marked = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    expect(marked.note("S", 2, 2)).toBe("张三:\n原件在档案室\n[台账助手] ✖ 收文编号重复");

    await marked.clearMarks();
    const cleared = await XlsxWorkbook.fromBuffer(await marked.toBuffer());
    const note = (await cleared.excelJsView()).getWorksheet("S")?.getCell("B2").note as ExcelJS.Comment & {
      texts: ExcelJS.RichText[];
    };
    expect(note.texts.map((t) => t.text)).toEqual(["张三:", "\n原件在档案室"]);
    expect(note.texts[0]?.font?.bold).toBe(true);
    expect(await cleared.getSetting("ledger.marks")).toBeNull();
  });
});
