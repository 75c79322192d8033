/* ExcelWorkbook.setOwnedConditionalFormats beyond the shared contract: records from other hosts, syncs, old Excel. */
import { ExcelWorkbook } from "../../src/excel";
import { OWNED_FORMATS_SETTING, parseOwnedFormats, serializeOwnedFormats } from "../../src/workbook/owned-formats";
import { createExcelFake, type ExcelFake } from "../support/excel-fake";

const overdue = (range: string) => ({ range, kind: "formula" as const, formula: '=$C2="已逾期"', fill: "#FFC7CE" });
const dueSoon = (range: string) => ({ range, kind: "formula" as const, formula: '=$C2="临期"', fill: "#FFEB9C" });

function setUp(sheets = ["收文"]) {
  const fake = createExcelFake({
    sheets: sheets.map((name) => ({
      name,
      values: [
        ["编号", "标记", "状态"],
        ["S1", "", "已逾期"],
      ],
    })),
  });
  return { fake, wb: new ExcelWorkbook({ run: fake.Excel.run }) };
}

const formulas = (fake: ExcelFake, sheet: string) =>
  (fake.state.sheetByName(sheet)?.conditionalFormats ?? []).map((cf) => cf.formula).sort();

describe("ExcelWorkbook.setOwnedConditionalFormats", () => {
  it("finds formats recorded without ids (written by the .xlsx adapter) by their rule and replaces them", async () => {
    const { fake, wb } = setUp();
    // What the CLI leaves: our formats on the sheet, recorded by content only, next to the user's own.
    const sheet = fake.state.sheetByName("收文");
    const base = {
      rect: { row: 1, column: 0, lastRow: 1, lastColumn: 2 },
      type: "Custom" as const,
      fill: "",
      fontColor: "",
      iconStyle: "",
      criteria: [],
    };
    sheet?.conditionalFormats.push(
      { ...base, id: "x1", formula: '=$C2="已逾期"' },
      { ...base, id: "x2", formula: '=$B2="急"' },
    );
    await wb.setSetting(
      OWNED_FORMATS_SETTING,
      serializeOwnedFormats([{ sheet: "收文", owner: "deadlines", formats: [overdue("A2:C2")] }]),
    );
    await wb.setOwnedConditionalFormats([{ sheet: "收文", owner: "deadlines", formats: [dueSoon("A2:C9")] }]);
    expect(formulas(fake, "收文")).toEqual(['=$B2="急"', '=$C2="临期"']);
    const record = parseOwnedFormats(await wb.getSetting(OWNED_FORMATS_SETTING));
    const added = sheet?.conditionalFormats.find((cf) => cf.formula === '=$C2="临期"');
    expect(record).toEqual([{ sheet: "收文", owner: "deadlines", formats: [dueSoon("A2:C9")], ids: [added?.id] }]);
  });

  it("takes the same number of syncs for one sheet as for many", async () => {
    const counts: number[] = [];
    for (const n of [1, 8]) {
      const names = Array.from({ length: n }, (_, i) => `表${i}`);
      const { fake, wb } = setUp(names);
      const entries = names.map((sheet) => ({
        sheet,
        owner: "deadlines",
        formats: [overdue("A2:C9"), dueSoon("A2:C9")],
      }));
      await wb.setOwnedConditionalFormats(entries);
      fake.resetStats();
      await wb.setOwnedConditionalFormats(entries);
      counts.push(fake.stats.syncs);
      expect(fake.state.sheetByName(names[n - 1] as string)?.conditionalFormats).toHaveLength(2);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(5);
  });

  it("skips with a notice on Excel older than ExcelApi 1.6, leaving the sheet and the record alone", async () => {
    const fake = createExcelFake({ sheets: [{ name: "收文" }] });
    const notices: string[] = [];
    const wb = new ExcelWorkbook({
      run: fake.Excel.run,
      isSetSupported: (_set, version) => Number(version) < 1.6,
      onNotice: (m) => notices.push(m),
      lang: "en-US",
    });
    await wb.setOwnedConditionalFormats([{ sheet: "收文", owner: "deadlines", formats: [overdue("A2:C9")] }]);
    expect(fake.state.sheetByName("收文")?.conditionalFormats).toEqual([]);
    expect(notices).toEqual([expect.stringContaining("conditional formatting")]);
    expect(notices[0]).toContain("ExcelApi 1.6");
  });

  it("leaves a protected sheet untouched, says so, and keeps its record for later", async () => {
    const { fake, wb } = setUp(["收文", "发文"]);
    await wb.setOwnedConditionalFormats([{ sheet: "收文", owner: "deadlines", formats: [overdue("A2:C9")] }]);
    const locked = fake.state.sheetByName("收文");
    if (locked) locked.protected = true;
    const notices: string[] = [];
    const wb2 = new ExcelWorkbook({ run: fake.Excel.run, onNotice: (m) => notices.push(m) });
    await wb2.setOwnedConditionalFormats([
      { sheet: "收文", owner: "deadlines", formats: [dueSoon("A2:C9")] },
      { sheet: "发文", owner: "deadlines", formats: [dueSoon("A2:C9")] },
    ]);
    expect(formulas(fake, "收文")).toEqual(['=$C2="已逾期"']);
    expect(formulas(fake, "发文")).toEqual(['=$C2="临期"']);
    expect(notices).toEqual([expect.stringContaining("收文")]);
    const record = parseOwnedFormats(await wb2.getSetting(OWNED_FORMATS_SETTING));
    expect(record.map((r) => [r.sheet, r.formats[0]?.formula])).toEqual([
      ["收文", '=$C2="已逾期"'],
      ["发文", '=$C2="临期"'],
    ]);
  });
});
