/* 表单 page, "rows from the current selection": the selected register rows → their keys, over the Excel fake. */
import { formTable, keysOfSelection } from "../../src/app/forms";
import { loadContext } from "../../src/app/load-context";
import { formByName, type FormDef } from "../../src/core/forms";
import { isoToSerial as d } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";
import { ExcelWorkbook } from "../../src/excel";
import { describeExcelError } from "../../src/excel/errors";
import { selectionOutcome } from "../../src/taskpane/pages/forms/view-model";
import type { RegisterTable } from "../../src/core/table-types";
import { createExcelFake, type ExcelFake } from "../support/excel-fake";

const REIMB = ["报销单号", "申请人", "部门", "费用类别", "费用发生日期", "提交日期", "金额(元)", "审批人"];
const row = (key: string): CellValue[] => [key, "张", "教务处", "办公费", d("2026-07-06"), d("2026-07-06"), 100, "李"];

function fake(): ExcelFake {
  return createExcelFake({
    sheets: [
      { name: "报销台账", values: [REIMB, row("BX-1"), row("BX-2"), [], row("BX-4"), row("BX-5")] },
      { name: "备注", values: [["x"]] },
    ],
  });
}

async function keysFor(f: ExcelFake, sheet: string, address: string) {
  f.userSelect(sheet, address);
  const port = new ExcelWorkbook({ run: f.Excel.run });
  const ctx = await loadContext(port);
  const t = formTable(ctx, formByName("报销申请表") as FormDef) as RegisterTable;
  return keysOfSelection(t, await port.getSelection());
}

/** An Excel that stops at ExcelApi 1.8 ("1.13" is later than "1.9"). */
const before19 = (_set: string, version: string) => Number(version.split(".")[1]) < 9;

describe("keys of the selected register rows", () => {
  test("rows selected on the register give their keys in sheet order, blank rows left out", async () => {
    expect(await keysFor(fake(), "报销台账", "C3:D6")).toEqual({
      ok: true,
      keys: ["BX-2", "BX-4", "BX-5"],
      sheet: "报销台账",
    });
  });

  test("whole rows from the header down give every data row; one cell gives its row", async () => {
    expect(await keysFor(fake(), "报销台账", "A1:XFD3")).toMatchObject({ ok: true, keys: ["BX-1", "BX-2"] });
    expect(await keysFor(fake(), "报销台账", "G6")).toMatchObject({ ok: true, keys: ["BX-5"] });
  });

  test("a selection on another sheet, or with no data row, says so in both languages", async () => {
    const other = await keysFor(fake(), "备注", "A1:A3");
    expect(other).toEqual({ ok: false, reason: "other-sheet", sheet: "报销台账", selected: "备注" });
    expect(selectionOutcome(other, "zh-CN")).toEqual({
      keys: null,
      text: "当前选中的是工作表“备注”。请先在“报销台账”中选中要生成表单的行，再点“取选中的行”",
      error: true,
    });
    expect(selectionOutcome(other, "en-US").text).toBe(
      "The selection is on sheet '备注'. Select the rows on '报销台账' first, then click Use selected rows",
    );
    const header = await keysFor(fake(), "报销台账", "A1:H1");
    expect(header).toMatchObject({ ok: false, reason: "no-rows" });
    expect(selectionOutcome(header, "en-US").text).toContain("no data rows of '报销台账'");
    const blank = await keysFor(fake(), "报销台账", "A4");
    expect(blank).toMatchObject({ ok: false, reason: "no-rows" });
  });

  test("the keys found fill the field, and the pane says how many", async () => {
    const r = await keysFor(fake(), "报销台账", "A2:A3");
    expect(selectionOutcome(r, "zh-CN")).toEqual({
      keys: "BX-1, BX-2",
      text: "已从报销台账中选中的 2 行取得编号",
      error: false,
    });
    expect(selectionOutcome(r, "en-US").text).toBe("Took the keys of the 2 rows selected in 报销台账");
  });

  test("blocks picked with Ctrl give the rows of every block, once each, in sheet order", async () => {
    expect(await keysFor(fake(), "报销台账", "A6:H6,A2:H2,C2")).toEqual({
      ok: true,
      keys: ["BX-1", "BX-5"],
      sheet: "报销台账",
    });
  });

  test("before ExcelApi 1.9 several blocks cannot be read: the pane asks for one block, in both languages", async () => {
    const f = fake();
    f.userSelect("报销台账", "A2:H2,A6:H6");
    for (const [lang, words] of [
      ["zh-CN", "请只选中一块连续的行后重试"],
      ["en-US", "Select one block of adjacent rows and try again"],
    ] as const) {
      const port = new ExcelWorkbook({ run: f.Excel.run, isSetSupported: before19, lang });
      const e = await port.getSelection().then(
        () => null,
        (err: unknown) => err,
      );
      expect(describeExcelError(e, lang)).toContain(words);
    }
    // One block still reads the old way.
    f.userSelect("报销台账", "A2:H3");
    const old = new ExcelWorkbook({ run: f.Excel.run, isSetSupported: before19 });
    expect(await old.getSelection()).toEqual({ sheet: "报销台账", row: 2, column: 1, rows: 2, columns: 8 });
  });

  test("a host without a selection (a file) asks for the keys", () => {
    const r = keysOfSelection({ sheet: "报销台账" } as RegisterTable, null);
    expect(selectionOutcome(r, "zh-CN").text).toBe("无法读取当前选中的单元格，请直接填写编号");
  });
});
