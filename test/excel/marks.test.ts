/* Validate + mark + clear through ExcelWorkbook must leave every value, formula and format of the user's workbook as it was. */
import { validateWorkbook } from "../../src/app/validate-workbook";
import { isoToSerial } from "../../src/core/dates";
import { ExcelWorkbook } from "../../src/excel";
import { MARK_PREFIX } from "../../src/workbook/mark-notes";
import { createExcelFake, PAYLOAD_LIMIT_BYTES, snapshotUserContent, type ExcelFake } from "../support/excel-fake";
import { incomingRegister } from "../support/excel-fake/sample-register";

function seeded(): ExcelFake {
  return createExcelFake({
    sheets: [
      {
        name: "收文登记簿",
        values: incomingRegister(3_000),
        formulas: { T2: '=IF(P2="已办结",1,0)' },
        numberFormats: { "B2:B3001": "yyyy/m/d", "L2:L3001": "yyyy-mm-dd" },
        fills: { "A1:R1": "#FFFF00", C10: "#00B050" },
        notes: { B998: "王老师：日期待核对", E5: "用户自己的备注" },
      },
      { name: "说明", values: [["本表由综合办维护"]] },
    ],
  });
}

const userSheets = (fake: ExcelFake) => {
  const snap = snapshotUserContent(fake.state);
  delete snap["_ledger"];
  return snap;
};

describe("marks on Excel", () => {
  it("validate + mark + clear leaves every value, formula, number format, fill and user note unchanged", async () => {
    const fake = seeded();
    const before = userSheets(fake);
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    const report = await validateWorkbook(port, { workbook: "t.xlsx", asOf: isoToSerial("2026-11-22"), mark: true });
    expect(report.summary.errors).toBeGreaterThan(0);
    const sheet = fake.state.sheetByName("收文登记簿");
    // The planted bad date on row 998 is marked beside the user's note, which stays first.
    const note = sheet?.notes.get(997, 1) ?? "";
    expect(note.startsWith("王老师：日期待核对\n")).toBe(true);
    expect(note).toContain(MARK_PREFIX);
    expect(await port.getSetting("ledger.marks")).not.toBeNull();
    const marked = userSheets(fake);
    expect(marked).not.toEqual(before);

    await port.clearMarks();
    expect(userSheets(fake)).toEqual(before);
    expect(await port.getSetting("ledger.marks")).toBeNull();
  });

  it("takes a constant number of syncs whatever the number of marks", async () => {
    const marksFor = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        sheet: "收文登记簿",
        row: 2 + i,
        column: 2,
        severity: "error" as const,
        message: `第${i}条`,
      }));
    const counts: number[] = [];
    for (const n of [10, 1_000]) {
      const fake = seeded();
      const port = new ExcelWorkbook({ run: fake.Excel.run });
      await port.applyMarks(marksFor(n));
      counts.push(fake.stats.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it("splits tens of thousands of marks into requests under 5 MB, and clears them all again", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S", values: incomingRegister(40_000) }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    const marks = Array.from({ length: 40_000 }, (_, i) => ({
      sheet: "S",
      row: 2 + i,
      column: 5,
      severity: "warning" as const,
      message: `文件标题与登记簿中第${i + 1}条重复，请核对来文单位和来文字号是否一致后再修改`,
    }));
    await port.applyMarks(marks);
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.stats.records.every((r) => r.failed === null)).toBe(true);
    expect(fake.state.sheetByName("S")?.notes.get(40_000, 4)).toContain("第40000条");
    await port.clearMarks(["S"]);
    let left = 0;
    fake.state.sheetByName("S")?.notes.forEach(() => left++);
    expect(left).toBe(0);
  });

  it("applies nothing and clears nothing when given no marks", async () => {
    const fake = createExcelFake({ sheets: [{ name: "A", values: [["x"]] }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    await port.applyMarks([{ sheet: "A", row: 1, column: 1, severity: "warning", message: "m" }]);
    await port.applyMarks([]);
    expect(fake.state.sheetByName("A")?.notes.get(0, 0)).toContain("m");
  });

  it("skips a protected sheet with a notice, keeps its recorded marks, and still marks the others", async () => {
    const fake = createExcelFake({
      sheets: [
        { name: "A", values: [["x"]] },
        { name: "B", values: [["y"]], protected: true },
      ],
    });
    const port = new ExcelWorkbook({ run: fake.Excel.run, lang: "en-US" });
    await port.applyMarks([
      { sheet: "A", row: 1, column: 1, severity: "warning", message: "check A" },
      { sheet: "B", row: 1, column: 1, severity: "error", message: "check B" },
    ]);
    expect(fake.state.sheetByName("A")?.notes.get(0, 0)).toContain("check A");
    expect(fake.state.sheetByName("B")?.notes.get(0, 0)).toBeUndefined();
    expect(port.notices).toEqual([expect.stringContaining("Sheet 'B' is protected")]);
  });

  it("does nothing but explain when Excel has no notes API (before ExcelApi 1.18)", async () => {
    const fake = createExcelFake({ sheets: [{ name: "A", values: [["x"]] }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run, isSetSupported: (_s, v) => v !== "1.18" });
    await port.applyMarks([{ sheet: "A", row: 1, column: 1, severity: "warning", message: "m" }]);
    expect(fake.stats.syncs).toBe(0);
    expect(port.notices[0]).toContain("单元格批注");
  });
});
