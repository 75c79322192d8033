/* Writing through ExcelWorkbook: specs laid out like the templates, payload-sized writes, events off while writing. */
import { workbookTemplateSpecs } from "../../src/core/templates";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { ExcelWorkbook } from "../../src/excel";
import { widthToPoints } from "../../src/excel/apply-spec";
import { createExcelFake, PAYLOAD_LIMIT_BYTES } from "../support/excel-fake";

const board: SheetSpec = {
  name: "KPI看板",
  titleRows: [["综合办 KPI 看板"]],
  headerRow: 3,
  tableName: "KpiBoard",
  columns: [
    { header: "指标", width: 20, required: true, headerNote: "指标编号见 KPI目标" },
    { header: "完成率", width: 10, numberFormat: "0.0%", numeric: { type: "decimal", min: 0, max: 1 } },
    {
      header: "状态",
      width: 8,
      list: { kind: "range", ref: "'列表'!$A$2:$A$4" },
      prompt: { title: "状态", message: "从下拉列表选择" },
    },
  ],
  rows: [["K01", 0.95, "达标"]],
  formatRows: 10,
  freezeHeader: true,
  protect: true,
  conditionalFormats: [
    { range: "A4:C13", kind: "formula", formula: '=$C4="未达标"', fill: "#FFC7CE", fontColor: "#9C0006" },
    { range: "B4:B13", kind: "iconSet", iconSet: { style: "3TrafficLights1", thresholds: [0.9, 0.6] } },
  ],
  charts: [
    {
      name: "trend",
      title: "办结率",
      type: "line",
      dataRange: "A3:B4",
      seriesBy: "columns",
      anchor: { cell: "E3", widthCols: 6, heightRows: 12 },
    },
  ],
  page: { orientation: "landscape", fitToOnePage: true, paper: "A4" },
  tabColor: "#2F75B5",
  ifExists: "replace",
};

describe("ExcelWorkbook.ensureSheets", () => {
  it("builds every part of a spec as the .xlsx templates do", async () => {
    const fake = createExcelFake({ sheets: [{ name: "Sheet1" }] });
    await new ExcelWorkbook({ run: fake.Excel.run }).ensureSheets([board]);
    const s = fake.state.sheetByName("KPI看板");
    if (!s) throw new Error("sheet not created");
    expect([s.valueAt(0, 0), s.valueAt(2, 0), s.valueAt(2, 2), s.valueAt(3, 0), s.valueAt(3, 1)]).toEqual([
      "综合办 KPI 看板",
      "指标",
      "状态",
      "K01",
      0.95,
    ]);
    expect(s.tables).toEqual([
      { name: "KpiBoard", rect: { row: 2, column: 0, lastRow: 3, lastColumn: 2 }, style: "TableStyleLight9" },
    ]);
    expect(s.columnWidths.get(0)).toBe(widthToPoints(20));
    expect([s.fills.get(2, 0), s.fills.get(2, 1), s.bold.get(2, 1)]).toEqual(["#FCE4D6", "#DDEBF7", true]);
    expect([s.numberFormatAt(3, 1), s.numberFormatAt(12, 1), s.numberFormatAt(13, 1), s.numberFormatAt(2, 1)]).toEqual([
      "0.0%",
      "0.0%",
      "General",
      "General",
    ]);
    expect(s.validations.get(3, 1)?.rule).toEqual({ decimal: { operator: "Between", formula1: 0, formula2: 1 } });
    expect(s.validations.get(12, 2)).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "='列表'!$A$2:$A$4" } },
      prompt: { showPrompt: true, title: "状态", message: "从下拉列表选择" },
      errorAlert: { style: "Warning" },
    });
    expect(s.validations.get(2, 2)).toBeUndefined();
    expect(s.conditionalFormats.map((cf) => [cf.type, cf.formula, cf.fill, cf.fontColor, cf.iconStyle])).toEqual([
      ["Custom", '=$C4="未达标"', "#FFC7CE", "#9C0006", ""],
      ["IconSet", "", "", "", "ThreeTrafficLights1"],
    ]);
    expect(s.conditionalFormats[1]?.criteria.slice(1).map((c) => c.formula)).toEqual(["=0.6", "=0.9"]);
    expect(s.charts).toEqual([
      {
        name: "trend",
        type: "Line",
        source: "KPI看板!A3:B4",
        seriesBy: "Columns",
        title: "办结率",
        position: { start: "E3", end: "J14" },
      },
    ]);
    expect(s.notes.get(2, 0)).toBe("指标编号见 KPI目标");
    expect([s.frozenRows, s.tabColor, s.protected, s.visibility]).toEqual([3, "#2F75B5", true, "Visible"]);
    expect(s.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printArea: null,
      printTitleRows: null,
    });
  });

  it("replaces a generated sheet in place, even a protected one, and keeps a 'keep' sheet untouched", async () => {
    const fake = createExcelFake({
      sheets: [
        { name: "一" },
        { name: "KPI看板", values: [["旧"]], protected: true },
        { name: "收文登记簿", values: [["用户的"]] },
      ],
    });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    await port.ensureSheets([
      board,
      { name: "收文登记簿", columns: [{ header: "收文编号", width: 10 }], ifExists: "keep" },
    ]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["一", "KPI看板", "收文登记簿"]);
    expect(fake.state.sheetByName("KPI看板")?.valueAt(2, 0)).toBe("指标");
    expect(fake.state.sheetByName("收文登记簿")?.valueAt(0, 0)).toBe("用户的");
    // Running it again replaces the now protected generated sheet once more.
    await port.ensureSheets([board]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["一", "KPI看板", "收文登记簿"]);
  });

  it("gives the table a free name when a user's sheet holds it, and no table when headers repeat", async () => {
    const fake = createExcelFake({ sheets: [{ name: "我的收文", values: [["编号"], ["x"]] }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("我的收文").tables.add("A1:A2", true).name = "KpiBoard";
      await ctx.sync();
    });
    const repeated: SheetSpec = {
      name: "重复",
      tableName: "Repeated",
      columns: [
        { header: "状态", width: 8 },
        { header: "状态", width: 8 },
      ],
      ifExists: "keep",
    };
    await port.ensureSheets([board, repeated]);
    expect(fake.state.sheetByName("KPI看板")?.tables.map((t) => t.name)).toEqual(["KpiBoard_2"]);
    expect(fake.state.sheetByName("重复")?.tables).toEqual([]);
    expect([fake.state.sheetByName("重复")?.valueAt(0, 0), fake.state.sheetByName("重复")?.valueAt(0, 1)]).toEqual([
      "状态",
      "状态",
    ]);
    // Replacing the board frees its own table name rather than counting it as taken.
    await port.ensureSheets([board]);
    expect(fake.state.sheetByName("KPI看板")?.tables.map((t) => t.name)).toEqual(["KpiBoard_2"]);
  });

  it("creates the whole template workbook without Excel rejecting anything, events off while writing", async () => {
    const fake = createExcelFake({ sheets: [{ name: "Sheet1" }] });
    const specs = workbookTemplateSpecs();
    await new ExcelWorkbook({ run: fake.Excel.run }).ensureSheets(specs);
    for (const spec of specs)
      expect(fake.state.sheetByName(spec.name)?.visibility).toBe(spec.hidden ? "Hidden" : "Visible");
    expect(fake.stats.records.every((r) => r.failed === null)).toBe(true);
    expect(fake.stats.changeEventsFromWrites).toBe(0);
    expect(fake.state.eventsEnabled).toBe(true);
    expect(fake.stats.records.slice(1).every((r) => r.calculationSuspended)).toBe(true);
  });

  it("skips features an older Excel lacks and says so in the user's language", async () => {
    const notices: string[] = [];
    const fake = createExcelFake({ sheets: [{ name: "Sheet1" }] });
    const port = new ExcelWorkbook({
      run: fake.Excel.run,
      lang: "en-US",
      isSetSupported: (_set, version) => Number(version.split(".")[1]) <= 7,
      onNotice: (m) => notices.push(m),
    });
    await port.ensureSheets([board]);
    const s = fake.state.sheetByName("KPI看板");
    expect(s?.validations.get(3, 1)).toBeUndefined();
    expect(s?.conditionalFormats).toHaveLength(2);
    expect(s?.frozenRows).toBe(3);
    expect(notices.some((n) => n.includes("dropdown lists and input prompts") && n.includes("ExcelApi 1.8"))).toBe(
      true,
    );
    expect(notices.some((n) => n.includes("page setup"))).toBe(true);
    expect(port.notices).toEqual(notices);
  });

  it("refuses a dropdown literal over 255 characters before sending anything", async () => {
    const fake = createExcelFake({ sheets: [{ name: "Sheet1" }] });
    const long: SheetSpec = {
      name: "部门表",
      columns: [
        {
          header: "部门",
          width: 10,
          list: { kind: "values", values: Array.from({ length: 80 }, (_, i) => `部门${i}`) },
        },
      ],
      formatRows: 5,
      ifExists: "keep",
    };
    await expect(new ExcelWorkbook({ run: fake.Excel.run }).ensureSheets([long])).rejects.toThrow("“部门”列");
    expect(fake.state.sheetByName("部门表")).toBeUndefined();
  });
});

describe("ExcelWorkbook.writeBlocks", () => {
  it("keeps text as text: numbers, dates and booleans in strings are not reinterpreted; '=' stays a formula", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S" }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    const row = ["001", "2025-03-05", "TRUE", "-5", "+86 138", "'引号", "3/5", "正文", 12.5, false, null, "=1+1"];
    await port.writeBlocks([{ sheet: "S", row: 2, column: 2, values: [row] }]);
    const [s] = await port.readSheets(["S"]);
    expect(s?.values[1]?.slice(1, 12)).toEqual([
      "001",
      "2025-03-05",
      "TRUE",
      "-5",
      "+86 138",
      "'引号",
      "3/5",
      "正文",
      12.5,
      false,
      "",
    ]);
    expect(fake.state.sheetByName("S")?.formulaAt(1, 12)).toBe("=1+1");
  });

  it("splits a large write into requests under 5 MB, values before formats, with events off and calculation suspended", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S" }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    const rows = Array.from({ length: 60_000 }, (_, i) => [
      `第${i}号文件的标题文字比较长一些`,
      46000 + (i % 300),
      `备注${i}`,
      i,
    ]);
    await port.writeBlocks([
      { sheet: "S", row: 1, column: 1, values: rows, columnFormats: [null, "yyyy-mm-dd", "@", "#,##0"] },
    ]);
    expect(fake.stats.syncs).toBeGreaterThan(1);
    expect(fake.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.stats.records.every((r) => r.calculationSuspended && r.failed === null)).toBe(true);
    expect(fake.stats.changeEventsFromWrites).toBe(0);
    expect(fake.state.eventsEnabled).toBe(true);
    const s = fake.state.sheetByName("S");
    expect([
      s?.valueAt(59_999, 0),
      s?.valueAt(59_999, 3),
      s?.numberFormatAt(59_999, 1),
      s?.numberFormatAt(0, 0),
    ]).toEqual(["第59999号文件的标题文字比较长一些", 59_999, "yyyy-mm-dd", "General"]);
  });

  it("names a sheet that is not there", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S" }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run, lang: "en-US" });
    await expect(port.writeBlocks([{ sheet: "KPI看板", row: 1, column: 1, values: [[1]] }])).rejects.toThrow(
      "Sheet 'KPI看板' was not found",
    );
    await expect(port.select("KPI看板", 1, 1)).rejects.toThrow("Sheet 'KPI看板' was not found");
  });

  it("turns events back on when a write fails half-way", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S" }, { name: "Locked", protected: true }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    await expect(
      port.writeBlocks([
        { sheet: "S", row: 1, column: 1, values: [["ok"]] },
        { sheet: "Locked", row: 1, column: 1, values: [["no"]] },
      ]),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.state.eventsEnabled).toBe(true);
  });
});

describe("ExcelWorkbook settings", () => {
  it("keeps settings on the very hidden _ledger sheet in the .xlsx adapter's layout", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S" }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    await port.setSetting("ledger.lang", "en-US");
    await port.setSetting("a.first", "'quoted");
    const s = fake.state.sheetByName("_ledger");
    expect(s?.visibility).toBe("VeryHidden");
    expect([0, 1, 2].map((r) => [s?.valueAt(r, 0), s?.valueAt(r, 1)])).toEqual([
      ["key", "value (台账助手 settings; do not edit)"],
      ["a.first", "'quoted"],
      ["ledger.lang", "en-US"],
    ]);
    expect(s?.numberFormatAt(1, 1)).toBe("@");
    expect(await port.getSetting("a.first")).toBe("'quoted");
    fake.resetStats();
    await port.setSetting("ledger.lang", "en-US");
    expect(fake.stats.syncs).toBe(1); // unchanged value: read only
  });
});
