import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

const spec: SheetSpec = {
  name: "期限总览",
  tableName: "DeadlineOverview",
  titleRows: [["期限总览（2026-11-22）"]],
  headerRow: 2,
  columns: [
    { header: "台账", width: 14 },
    { header: "到期日", width: 12, numberFormat: "yyyy-mm-dd" },
    { header: "剩余工作日", width: 10, numeric: { type: "decimal", max: 999 } },
    { header: "状态", width: 10, list: { kind: "range", ref: "'列表'!$A$2:$A$5" } },
  ],
  rows: [["收文登记簿", 46350, 2, "临期"]],
  formatRows: 10,
  freezeHeader: true,
  protect: true,
  hidden: false,
  tabColor: "#C00000",
  page: { orientation: "landscape", fitToOnePage: true, paper: "A4" },
  conditionalFormats: [
    { range: "A3:D12", kind: "formula", formula: '=$D3="已逾期"', fill: "#FFC7CE", fontColor: "#9C0006" },
    { range: "C3:C12", kind: "iconSet", iconSet: { style: "3TrafficLights1", thresholds: [3, 1] } },
  ],
  ifExists: "replace",
};

async function reloaded(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

/** The saved bytes as ExcelJS reads them: styles, validations and tables are inspected there. */
async function excelJs(wb: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  return (await reloaded(wb)).excelJsView();
}

describe("XlsxWorkbook.ensureSheets writes a SheetSpec's features into the file", () => {
  test("title, header, table, frozen header, widths, formats, protection, page setup, tab colour", async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([spec]);
    const r = await reloaded(wb);
    const ws = (await r.excelJsView()).getWorksheet("期限总览") as ExcelJS.Worksheet;
    expect((await r.readSheets(["期限总览"]))[0]?.values).toEqual([
      ["期限总览（2026-11-22）", null, null, null],
      ["台账", "到期日", "剩余工作日", "状态"],
      ["收文登记簿", 46350, 2, "临期"],
    ]);
    expect(ws.getCell("A2").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.getColumn(1).width).toBe(14);
    expect(r.numberFormat("期限总览", 9, 2)).toBe("yyyy-mm-dd");
    const protection = (ws as unknown as { sheetProtection?: { sheet: boolean; hashValue?: string } }).sheetProtection;
    expect(protection?.sheet).toBe(true);
    expect(protection?.hashValue).toBeUndefined(); // no password
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
    });
    expect(ws.properties.tabColor).toEqual({ argb: "FFC00000" });
    const tables = (ws as unknown as { model: { tables: Array<{ name: string; tableRef: string }> } }).model.tables;
    expect(tables.map((t) => [t.name, t.tableRef])).toEqual([["DeadlineOverview", "A2:D3"]]);
  });

  test("validations: range lists, decimal bounds", async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([spec]);
    const ws = (await excelJs(wb)).getWorksheet("期限总览") as unknown as {
      dataValidations: { find(a: string): unknown };
    };
    expect(ws.dataValidations.find("D5")).toMatchObject({ type: "list", formulae: ["'列表'!$A$2:$A$5"] });
    expect(ws.dataValidations.find("C12")).toMatchObject({
      type: "decimal",
      operator: "lessThanOrEqual",
      formulae: [999],
    });
    expect(ws.dataValidations.find("C13")).toBeUndefined();
  });

  test("conditional formats: expression with fill and font, icon set with thresholds from the lowest icon up", async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([spec]);
    const ws = (await excelJs(wb)).getWorksheet("期限总览") as unknown as {
      conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }>;
    };
    const [expr, icons] = ws.conditionalFormattings;
    expect(expr?.ref).toBe("A3:D12");
    expect(expr?.rules[0]).toMatchObject({ type: "expression", formulae: ['$D3="已逾期"'] });
    expect(JSON.stringify(expr?.rules[0]?.style)).toContain("FFFFC7CE");
    expect(icons?.rules[0]).toMatchObject({ type: "iconSet", iconSet: "3TrafficLights1" });
    expect((icons?.rules[0]?.cfvo as Array<{ value: number }>).map((c) => c.value)).toEqual([0, 1, 3]);
  });

  test("replace recreates a sheet at its tab position; keep leaves it alone; hidden specs stay hidden", async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([
      { name: "一", columns: [{ header: "a", width: 5 }], ifExists: "keep" },
      spec,
      {
        name: "列表",
        columns: [{ header: "状态", width: 8 }],
        rows: [["正常"], ["临期"]],
        hidden: true,
        ifExists: "keep",
      },
    ]);
    await wb.ensureSheets([
      { ...spec, rows: [["发文登记簿", 46351, 1, "正常"]] },
      { name: "列表", columns: [], ifExists: "keep" },
    ]);
    const r = await reloaded(wb);
    expect(await r.listSheets()).toEqual([
      { name: "一", visible: true, rowCount: 1, columnCount: 1 },
      { name: "期限总览", visible: true, rowCount: 3, columnCount: 4 },
      { name: "列表", visible: false, rowCount: 3, columnCount: 1 },
    ]);
    expect((await r.readSheets(["期限总览"]))[0]?.values[2]?.[0]).toBe("发文登记簿");
  });

  test("table names stay unique in the workbook and a sheet with repeated headers gets no table", async () => {
    const renamed = XlsxWorkbook.create();
    await renamed.ensureSheets([{ ...spec, name: "我的期限表", ifExists: "keep" }]);
    const wb = await reloaded(renamed);
    await wb.ensureSheets([
      spec,
      {
        name: "重复表头",
        tableName: "Twice",
        columns: [
          { header: "日期", width: 8 },
          { header: "日期", width: 8 },
        ],
        ifExists: "keep",
      },
    ]);
    const r = await excelJs(wb);
    const names = (sheet: string) =>
      (r.getWorksheet(sheet) as unknown as { model: { tables: Array<{ name: string }> } }).model.tables.map(
        (t) => t.name,
      );
    expect(names("我的期限表")).toEqual(["DeadlineOverview"]);
    expect(names("期限总览")).toEqual(["DeadlineOverview_2"]);
    expect(names("重复表头")).toEqual([]);
    expect((await (await reloaded(wb)).readSheets(["重复表头"]))[0]?.values).toEqual([["日期", "日期"]]);
  });

  test("a dropdown literal longer than Excel allows is refused with the sheet and column named", async () => {
    const wb = XlsxWorkbook.create();
    const values = Array.from({ length: 60 }, (_, i) => `部门${i}`);
    await expect(
      wb.ensureSheets([
        {
          name: "S",
          columns: [{ header: "部门", width: 8, list: { kind: "values", values } }],
          formatRows: 5,
          ifExists: "keep",
        },
      ]),
    ).rejects.toThrow(/'S'.*'部门'/);
  });

  test("settings live on a very hidden sheet", async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([{ name: "S", columns: [], ifExists: "keep" }]);
    await wb.setSetting("ledger.lang", "en-US");
    const r = await reloaded(wb);
    expect((await (await reloaded(wb)).excelJsView()).getWorksheet("_ledger")?.state).toBe("veryHidden");
    expect((await r.listSheets()).map((s) => s.name)).toEqual(["S"]);
    await expect(r.readSheets(["_ledger"])).rejects.toThrow("_ledger");
  });

  test("charts with a usable range are drawn; one without a series is reported as not drawn", async () => {
    const wb = XlsxWorkbook.create();
    const chart = {
      name: "k01",
      title: "办结率",
      type: "line" as const,
      dataRange: "A1:C2",
      seriesBy: "rows" as const,
      anchor: { cell: "E2", widthCols: 6, heightRows: 10 },
    };
    const flat = { ...chart, name: "flat", dataRange: "A1:C1" };
    await wb.ensureSheets([{ name: "KPI看板", columns: [], charts: [chart, flat], ifExists: "replace" }]);
    expect(wb.charts("KPI看板")).toEqual([chart]);
    expect(wb.unrenderedCharts).toEqual([{ sheet: "KPI看板", chart: flat }]);
    // Replacing the sheet without charts leaves nothing to draw on it.
    await wb.ensureSheets([{ name: "KPI看板", columns: [], ifExists: "replace" }]);
    expect(wb.charts("KPI看板")).toEqual([]);
  });
});
