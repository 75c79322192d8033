import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { dateToSerial } from "../../src/xlsx/cell-values";
import { ymdToSerial } from "../../src/core/dates";

async function bufferOf(build: (wb: ExcelJS.Workbook) => void, options: { date1904?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  build(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function readOne(buf: Buffer, sheet = "S") {
  const wb = await XlsxWorkbook.fromBuffer(buf);
  return (await wb.readSheets([sheet]))[0]?.values ?? [];
}

describe("XlsxWorkbook reading cell values as Office.js reports them", () => {
  test("dates written by ExcelJS come back as calendar-day serials in any time zone", async () => {
    const buf = await bufferOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(2026, 9, 9));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
      ws.getCell("B1").value = new Date(Date.UTC(2026, 0, 1, 14, 30));
      ws.getCell("B1").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("C1").value = new Date(Date.UTC(1900, 2, 1));
      ws.getCell("C1").numFmt = "yyyy-mm-dd";
    });
    const [row] = await readOne(buf);
    expect(row?.[0]).toBe(ymdToSerial(2026, 10, 9));
    expect(row?.[1]).toBeCloseTo(ymdToSerial(2026, 1, 1) + 14.5 / 24, 9);
    expect(row?.[2]).toBe(61); // 1900-03-01, the first serial past Excel's phantom 29 Feb 1900
  });

  test("a workbook on the 1904 date system still yields 1900-system serials", async () => {
    const buf = await bufferOf(
      (wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = new Date(Date.UTC(2026, 9, 9));
        ws.getCell("A1").numFmt = "yyyy-mm-dd";
      },
      { date1904: true },
    );
    expect((await readOne(buf))[0]?.[0]).toBe(ymdToSerial(2026, 10, 9));
  });

  test("dateToSerial uses UTC arithmetic only", () => {
    expect(dateToSerial(new Date(Date.UTC(2026, 9, 1)))).toBe(ymdToSerial(2026, 10, 1));
    expect(dateToSerial(new Date(Date.UTC(2026, 9, 1, 23, 59)))).toBeCloseTo(ymdToSerial(2026, 10, 1) + 1439 / 1440, 9);
  });

  test("formulas give their cached result; rich text, hyperlinks and errors give their text", async () => {
    const buf = await bufferOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { formula: "1+2", result: 3 };
      ws.getCell("B1").value = { formula: 'A1&"x"', result: "3x" };
      ws.getCell("C1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("D1").value = { formula: "NOW()" }; // never calculated: no cached value
      ws.getCell("A2").value = { richText: [{ text: "收文", font: { bold: true } }, { text: "登记" }] };
      ws.getCell("B2").value = { text: "通知原文", hyperlink: "https://example.edu.cn/n/1" };
      ws.getCell("C2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("D2").value = false;
    });
    expect(await readOne(buf)).toEqual([
      [3, "3x", "#DIV/0!", null],
      ["收文登记", "通知原文", "#N/A", false],
    ]);
  });

  test("a merged range reports its value in the top-left cell only", async () => {
    const buf = await bufferOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "2026年收文登记簿";
      ws.mergeCells("A1:D1");
      ws.getCell("A2").value = "收文编号";
      ws.getCell("D2").value = "备注";
    });
    expect(await readOne(buf)).toEqual([
      ["2026年收文登记簿", null, null, null],
      ["收文编号", null, null, "备注"],
    ]);
  });

  test("formatting without values does not extend the used range", async () => {
    const buf = await bufferOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "x";
      ws.getCell("Z500").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
      ws.getCell("C3").value = "";
    });
    const wb = await XlsxWorkbook.fromBuffer(buf);
    expect(await wb.listSheets()).toEqual([{ name: "S", visible: true, rowCount: 1, columnCount: 1 }]);
    expect((await wb.readSheets(["S"]))[0]?.values).toEqual([["x"]]);
  });

  test("a sheet used only at row 1,048,576 reads quickly without a million row arrays", async () => {
    const buf = await bufferOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "头";
      ws.getCell(1_048_576, 30).value = "底";
    });
    const wb = await XlsxWorkbook.fromBuffer(buf);
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const values = (await wb.readSheets(["S"]))[0]?.values ?? [];
    const ms = performance.now() - t0;
    expect(values).toHaveLength(1_048_576);
    expect(values[0]?.[0]).toBe("头");
    expect(values[1_048_575]?.[29]).toBe("底");
    expect(values[500_000]).toHaveLength(30);
    expect(values[500_000]?.[29]).toBeNull();
    // Blank rows share one array: a million 30-cell arrays would take ~250 MB and seconds.
    expect(values[2]).toBe(values[500_000]);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    expect(ms).toBeLessThan(2000);
  });

  test("readSheets reports progress and stops when cancelled", async () => {
    const buf = await bufferOf((wb) => {
      wb.addWorksheet("A").getCell("A3").value = 1;
      wb.addWorksheet("B").getCell("A2").value = 1;
    });
    const wb = await XlsxWorkbook.fromBuffer(buf);
    const progress: Array<[number, number]> = [];
    await wb.readSheets(["A", "B"], { onProgress: (r, t) => progress.push([r, t]) });
    expect(progress).toEqual([
      [3, 5],
      [5, 5],
    ]);
    let calls = 0;
    await expect(wb.readSheets(["A", "B"], { isCancelled: () => ++calls > 1 })).rejects.toThrow("cancelled");
  });

  test("reading a sheet that does not exist names it", async () => {
    const wb = XlsxWorkbook.create();
    await expect(wb.readSheets(["收文登记簿"])).rejects.toThrow("收文登记簿");
  });
});
