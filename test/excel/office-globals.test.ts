/* The production wiring: the adapter built from the `Excel` and `Office` globals, as the task pane does inside Excel. */
import { excelWorkbookFromOffice } from "../../src/excel";
import { createExcelFake, createOfficeFake } from "../support/excel-fake";

const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

it("uses Excel.run, the requirement sets and the display language of the Office globals", async () => {
  const fake = createExcelFake({ sheets: [{ name: "S", values: [["x"]] }] });
  globals.Excel = fake.Excel;
  globals.Office = createOfficeFake({ displayLanguage: "en-GB", supported: { ExcelApi: "1.7" } });
  const port = excelWorkbookFromOffice();
  expect(await port.listSheets()).toEqual([{ name: "S", visible: true, rowCount: 1, columnCount: 1 }]);
  await port.ensureSheets([
    {
      name: "T",
      columns: [{ header: "状态", width: 8, list: { kind: "values", values: ["是", "否"] } }],
      formatRows: 3,
      ifExists: "keep",
    },
  ]);
  expect(fake.state.sheetByName("T")?.validations.get(1, 0)).toBeUndefined();
  expect(port.notices).toEqual([expect.stringContaining("dropdown lists")]);
});

it("sends nothing but the sheet listing when every spec is kept", async () => {
  const fake = createExcelFake({ sheets: [{ name: "S", values: [["x"]] }] });
  globals.Excel = fake.Excel;
  globals.Office = createOfficeFake();
  await excelWorkbookFromOffice().ensureSheets([
    { name: "S", columns: [{ header: "新", width: 8 }], ifExists: "keep" },
  ]);
  expect(fake.stats.syncs).toBe(1);
  expect(fake.state.sheetByName("S")?.valueAt(0, 0)).toBe("x");
});
