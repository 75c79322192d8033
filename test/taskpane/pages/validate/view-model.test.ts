/** The check page's view model: scoping, counts, groups, issue columns and folding edited rows into a read workbook. */
import { loadContext } from "../../../../src/app/load-context";
import { validateContext } from "../../../../src/app/validate-workbook";
import { isoToSerial } from "../../../../src/core/dates";
import type { ValidationReport } from "../../../../src/core/validate";
import { headerRowOf, issueColumn, issueGroups, patchRows, progressShare, scopeReport, sheetSummaries } from "../../../../src/taskpane/pages/validate/view-model";
import { MemoryWorkbook } from "../../../../src/workbook/memory";

const report: ValidationReport = {
  workbook: "w",
  asOf: "2026-11-20",
  sheets: [
    { sheet: "A", register: "x", rows: 3, issues: [{ row: 2, column: "c", code: "k", severity: "error", message: "m1" }, { row: 3, column: "c", code: "k", severity: "warning", message: "m2" }] },
    { sheet: "B", register: "y", rows: 1, issues: [] },
  ],
  unrecognized: ["C"],
  summary: { errors: 1, warnings: 1 },
};

describe("check page view model", () => {
  it("scopes a report to one sheet with its own counts, or leaves the whole workbook", () => {
    expect(scopeReport(report, null)).toBe(report);
    const b = scopeReport(report, "B");
    expect(b.sheets.map((s) => s.sheet)).toEqual(["B"]);
    expect(b.summary).toEqual({ errors: 0, warnings: 0 });
    expect(b.unrecognized).toEqual([]);
  });

  it("fills the progress bar by rows done over the total, indeterminate before a total or when idle", () => {
    expect(progressShare("validating", { done: 7500, total: 30000 })).toBe(0.25);
    expect(progressShare("reading", { done: 30000, total: 30000 })).toBe(1);
    expect(progressShare("reading", { done: 0, total: 0 })).toBeUndefined();
    expect(progressShare("idle", { done: 5, total: 10 })).toBeUndefined();
  });

  it("counts errors and warnings per sheet and groups only sheets with issues, capping each list", () => {
    expect(sheetSummaries(report)).toEqual([
      { sheet: "A", rows: 3, errors: 1, warnings: 1 },
      { sheet: "B", rows: 1, errors: 0, warnings: 0 },
    ]);
    expect(issueGroups(report, 1)).toEqual([{ sheet: "A", issues: [report.sheets[0]!.issues[0]], hidden: 1 }]);
  });

  it("replaces edited rows, widening and lengthening the sheet as needed, sharing untouched sheets", () => {
    const sheets = [
      { name: "A", values: [["h1", "h2"], [1, 2]] },
      { name: "B", values: [["x"]] },
    ];
    const out = patchRows(sheets, "A", 2, [[10, 20, 30], [11]]);
    expect(out[0]!.values).toEqual([
      ["h1", "h2", null],
      [10, 20, 30],
      [11, null, null],
    ]);
    expect(out[1]).toBe(sheets[1]);
    expect(sheets[0]!.values).toEqual([["h1", "h2"], [1, 2]]);
  });

  it("finds an issue's column through the recognised mapping, then by header text, else column A", async () => {
    const wb = MemoryWorkbook.withSheets({
      收文登记簿: [
        ["备注", "收文编号", "收文日期", "来文单位", "文件标题", "密级", "紧急程度", "承办部门", "承办人", "办理时限", "办结日期", "状态"],
        ["", "S1", isoToSerial("2026-11-02"), "教育局", "通知", "公开", "普通", "综合办", "王芳", null, null, "办理中"],
      ],
      Other: [["说明", "问题"]],
    });
    const ctx = await loadContext(wb);
    expect(headerRowOf(ctx, "收文登记簿")).toBe(1);
    expect(issueColumn(ctx, "收文登记簿", "收文编号")).toBe(2);
    expect(issueColumn(ctx, "Other", "问题")).toBe(2);
    expect(issueColumn(ctx, "Other", "无此列")).toBe(1);
    expect(headerRowOf(ctx, "Other")).toBeNull();
  });

  it("re-validating a patched context finds a problem typed into a row, without reading the workbook again", async () => {
    const wb = MemoryWorkbook.withSheets({
      决议追踪台账: [
        ["决议编号", "决议事项", "责任部门", "责任人", "完成时限", "状态", "完成日期"],
        ["J1", "修订值班制度", "后勤处", "孙强", isoToSerial("2026-11-30"), "进行中", null],
      ],
    });
    const ctx = await loadContext(wb);
    const asOf = isoToSerial("2026-11-20");
    const before = validateContext(ctx, { workbook: "w", asOf }).summary.errors;
    const edited = { ...ctx, sheets: patchRows(ctx.sheets, "决议追踪台账", 3, [["J1", "", "后勤处", "孙强", "下周", "进行中", null]]) };
    const after = validateContext(edited, { workbook: "w", asOf });
    expect(after.summary.errors).toBeGreaterThan(before);
    expect(after.sheets[0]!.issues.filter((i) => i.row === 3).map((i) => i.column)).toEqual(expect.arrayContaining(["决议编号", "完成时限"]));
  });
});
