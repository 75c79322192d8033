/* Block.extendTable on the Office.js adapter: the register's table grows over appended rows (issue #15). */
import { ExcelWorkbook } from "../../src/excel";
import { createExcelFake, type ExcelFake } from "../support/excel-fake";
import { a1Of } from "../support/excel-fake/proxy";
import { versionAtLeast } from "../support/excel-fake/office";

function fake(): ExcelFake {
  const f = createExcelFake({
    sheets: [
      {
        name: "台账",
        values: [
          ["编号", "日期", "金额"],
          ["A-1", 46000, 10],
        ],
        numberFormats: { B2: "yyyy-mm-dd" },
        tables: { 台账表: "A1:C2" },
      },
    ],
  });
  // The user's dropdown on the last row, which rows added to the table take over.
  (f.state.sheetByName("台账") as NonNullable<ReturnType<typeof f.state.sheetByName>>).validations.set(1, 2, {
    rule: { wholeNumber: { formula1: 0, operator: "GreaterThan" } },
    prompt: null,
  });
  return f;
}

const port = (f: ExcelFake, excelApi: string | null, notices: string[] = []) =>
  new ExcelWorkbook({
    run: f.Excel.run,
    lang: "en-US",
    onNotice: (n) => notices.push(n),
    ...(excelApi ? { isSetSupported: (_s: string, v: string) => versionAtLeast(excelApi, v) } : {}),
  });

const rows = [
  ["A-2", 46001, 20],
  ["A-3", 46002, 30],
];
const tableRange = (f: ExcelFake) =>
  a1Of(f.state.sheetByName("台账")?.tables[0]?.rect ?? { row: 0, column: 0, lastRow: 0, lastColumn: 0 });

describe("writeBlocks with extendTable (Excel)", () => {
  test.each([
    ["ExcelApi 1.13: Table.resize", null],
    ["ExcelApi 1.12: rows added at the table's end", "1.12"],
  ])("%s", async (_name, api) => {
    const f = fake();
    await port(f, api).writeBlocks([{ sheet: "台账", row: 3, column: 1, values: rows, extendTable: true }]);
    expect(tableRange(f)).toBe("A1:C4");
    const s = f.state.sheetByName("台账");
    expect([s?.values.get(2, 0), s?.values.get(3, 2)]).toEqual(["A-2", 30]);
    if (api) expect(s?.validations.get(3, 2)).toBeDefined();
  });

  test("a block without extendTable, or not under the table, leaves the table alone", async () => {
    const f = fake();
    await port(f, null).writeBlocks([{ sheet: "台账", row: 3, column: 1, values: rows }]);
    await port(f, null).writeBlocks([{ sheet: "台账", row: 9, column: 1, values: rows, extendTable: true }]);
    expect(tableRange(f)).toBe("A1:C2");
  });

  test("a table ending inside the block grows only to the block's end", async () => {
    const f = createExcelFake({ sheets: [{ name: "台账", values: [["编号", "金额"]], tables: { T: "A1:B3" } }] });
    await port(f, "1.12").writeBlocks([
      {
        sheet: "台账",
        row: 2,
        column: 1,
        values: [
          ["a", 1],
          ["b", 2],
          ["c", 3],
        ],
        extendTable: true,
      },
    ]);
    expect(tableRange(f)).toBe("A1:B4");
    expect(f.state.sheetByName("台账")?.values.get(3, 0)).toBe("c");
  });

  test("an Excel without table rows (before ExcelApi 1.4) writes the rows and says the table was not extended", async () => {
    const f = fake();
    const notices: string[] = [];
    await port(f, "1.3", notices).writeBlocks([{ sheet: "台账", row: 3, column: 1, values: rows, extendTable: true }]);
    expect(tableRange(f)).toBe("A1:C2");
    expect(f.state.sheetByName("台账")?.values.get(3, 0)).toBe("A-3");
    expect(notices.join("\n")).toContain("extending a table over imported rows");
  });
});
