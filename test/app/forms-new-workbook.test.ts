/* 生成表单 from Excel: Excel.createWorkbook where the host has it (ExcelApi 1.8), else new sheets in this workbook. */
import ExcelJS from "exceljs";
import { loadContext } from "../../src/app/load-context";
import { openFormsWorkbook, writeFormSheets } from "../../src/app/forms";
import { formByName, type FormDef } from "../../src/core/forms";
import { isoToSerial as d } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";
import { ExcelWorkbook, excelWorkbookFromOffice } from "../../src/excel";
import { bytesToBase64 } from "../../src/excel/base64";
import { formWorkbookBytes } from "../../src/xlsx/forms";
import { createExcelFake, createOfficeFake, snapshotUserContent, type ExcelFake } from "../support/excel-fake";
import { versionAtLeast } from "../support/excel-fake/office";

const REIMB = ["报销单号", "申请人", "部门", "费用类别", "费用发生日期", "提交日期", "金额(元)", "审批人"];
const row = (key: string, amount: number): CellValue[] => [
  key,
  "张",
  "教务处",
  "办公费",
  d("2026-07-06"),
  d("2026-07-06"),
  amount,
  "李",
];
const FORM = formByName("报销申请表") as FormDef;

const fake = (): ExcelFake =>
  createExcelFake({ sheets: [{ name: "报销台账", values: [REIMB, row("BX-1", 120), row("BX-2", 80.5)] }] });

const port = (f: ExcelFake, excelApi: string) =>
  new ExcelWorkbook({
    run: f.Excel.run,
    createWorkbook: f.Excel.createWorkbook,
    isSetSupported: (_s, v) => versionAtLeast(excelApi, v),
  });

async function opened(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  return wb;
}

describe("生成表单 from Excel", () => {
  test("ExcelApi 1.8: one print-ready sheet per row in a new workbook; this workbook untouched", async () => {
    const f = fake();
    const p = port(f, "1.8");
    const ctx = await loadContext(p);
    const before = JSON.stringify(snapshotUserContent(f.state));
    const r = await openFormsWorkbook(p, ctx, FORM, ["BX-2", "BX-1"], "zh-CN", formWorkbookBytes);
    expect(r).toEqual({ opened: true, sheets: ["报销申请表-BX-2", "报销申请表-BX-1"], unknown: [] });
    expect(JSON.stringify(snapshotUserContent(f.state))).toBe(before);
    expect(f.createdWorkbooks).toHaveLength(1);
    const wb = await opened(f.createdWorkbooks[0] as string);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["报销申请表-BX-2", "报销申请表-BX-1"]);
    const texts = (name: string) => {
      const out: unknown[] = [];
      wb.getWorksheet(name)?.eachRow((r) => r.eachCell((c) => out.push(c.value)));
      return out;
    };
    expect(texts("报销申请表-BX-2")).toEqual(expect.arrayContaining(["BX-2", 80.5]));
    expect(texts("报销申请表-BX-1")).toEqual(expect.arrayContaining(["BX-1", 120]));
    expect(wb.getWorksheet("报销申请表-BX-1")?.pageSetup.paperSize).toBe(9); // A4
  });

  test("one row: the new workbook's input cells carry the defined names other programs fill", async () => {
    const f = fake();
    const p = port(f, "1.18");
    await openFormsWorkbook(p, await loadContext(p), FORM, ["BX-1"], "zh-CN", formWorkbookBytes);
    const wb = await opened(f.createdWorkbooks[0] as string);
    expect(wb.definedNames.getRanges("报销单号").ranges[0]).toMatch(/^'?报销申请表-BX-1'?!\$B\$\d+$/);
  });

  test("ExcelApi 1.7: nothing is built or opened, and the sheets go into this workbook instead", async () => {
    const f = fake();
    const p = port(f, "1.7");
    const ctx = await loadContext(p);
    let built = 0;
    const r = await openFormsWorkbook(p, ctx, FORM, ["BX-1"], "zh-CN", async (forms) => {
      built++;
      return formWorkbookBytes(forms);
    });
    expect(r.opened).toBe(false);
    expect([built, f.createdWorkbooks.length]).toEqual([0, 0]);
    const w = await writeFormSheets(p, ctx, FORM, ["BX-1"], "zh-CN");
    expect(w.sheets).toEqual(["报销申请表-BX-1"]);
    expect(f.state.sheetByName("报销申请表-BX-1")).toBeDefined();
  });

  test("unknown keys are refused before anything is built", async () => {
    const f = fake();
    const p = port(f, "1.18");
    const r = await openFormsWorkbook(p, await loadContext(p), FORM, ["BX-1", "BX-9"], "zh-CN", formWorkbookBytes);
    expect(r).toEqual({ opened: false, sheets: [], unknown: ["BX-9"] });
    expect(f.createdWorkbooks).toHaveLength(0);
  });

  test("the Office wiring passes Excel.createWorkbook and asks for ExcelApi 1.8", async () => {
    const f = fake();
    const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    g.Excel = f.Excel;
    g.Office = createOfficeFake({ supported: { ExcelApi: "1.8" } });
    try {
      const p = excelWorkbookFromOffice();
      expect(await p.createWorkbook(async () => new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(true);
      expect(f.createdWorkbooks).toEqual(["UEsDBA=="]);
      g.Office = createOfficeFake({ supported: { ExcelApi: "1.7" } });
      expect(await excelWorkbookFromOffice().createWorkbook(async () => new Uint8Array([0x50, 0x4b]))).toBe(false);
    } finally {
      delete g.Excel;
      delete g.Office;
    }
  });

  test("base64 of a large workbook matches Node's", () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
