/** The check page's view model: scoping, counts, groups, issue columns and folding edited rows into a read workbook. */
import { loadContext } from "../../../../src/app/load-context";
import { validateContext } from "../../../../src/app/validate-workbook";
import { isoToSerial } from "../../../../src/core/dates";
import type { ValidationReport } from "../../../../src/core/validate";
import {
  filterProblems,
  headerRowOf,
  issueColumn,
  PAGE_SIZE,
  pageCount,
  pageOf,
  patchRows,
  problemCounts,
  problemList,
  progressShare,
  scopeReport,
  sheetChips,
  stepProblem,
} from "../../../../src/taskpane/pages/validate/view-model";
import {
  IGNORED_WARNINGS_SETTING,
  parseIgnored,
  readIgnored,
  setIgnored,
  warningKey,
  withoutIgnored,
} from "../../../../src/app/ignored-warnings";
import { MemoryWorkbook } from "../../../../src/workbook/memory";

const report: ValidationReport = {
  workbook: "w",
  asOf: "2026-11-20",
  sheets: [
    {
      sheet: "A",
      register: "x",
      rows: 3,
      issues: [
        { row: 2, column: "c", code: "k", severity: "error", message: "m1" },
        { row: 3, column: "c", code: "k", severity: "warning", message: "m2" },
      ],
    },
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

  it("lists every problem, chips only for sheets with problems, and counts ignored warnings apart", () => {
    const list = problemList(report, new Set());
    expect(list.map((p) => [p.sheet, p.issue.message, p.ignored])).toEqual([
      ["A", "m1", false],
      ["A", "m2", false],
    ]);
    expect(sheetChips(list)).toEqual([{ sheet: "A", count: 2 }]); // B has 0/0: no chip
    const ignored = new Set([warningKey("A", report.sheets[0]!.issues[1]!)]);
    const withIgnored = problemList(report, ignored);
    expect(withIgnored.map((p) => p.ignored)).toEqual([false, true]);
    expect(problemCounts(withIgnored)).toEqual({ errors: 1, warnings: 0, ignored: 1 });
    expect(sheetChips(withIgnored)).toEqual([{ sheet: "A", count: 1 }]);
    // An error can never be ignored, even when its key is in the set.
    expect(problemList(report, new Set([warningKey("A", report.sheets[0]!.issues[0]!)]))[0]!.ignored).toBe(false);
    expect(withoutIgnored(report, ignored).summary).toEqual({ errors: 1, warnings: 0 });
  });

  it("filters by sheet and by words, pages through every problem, and steps to the next and previous open one", () => {
    const many: ValidationReport = {
      ...report,
      sheets: [
        {
          sheet: "收文登记簿",
          register: "x",
          rows: 200,
          issues: Array.from(
            { length: 120 },
            (_, i) =>
              ({
                row: i + 2,
                column: i % 2 ? "收文日期" : "收文编号",
                code: "k",
                severity: i % 3 ? "error" : "warning",
                message: `问题 ${i}`,
              }) as const,
          ),
        },
        {
          sheet: "报销台账",
          register: "y",
          rows: 5,
          issues: [{ row: 3, column: "提交日期", code: "k", severity: "error", message: "不是日期" }],
        },
      ],
    };
    const list = problemList(many, new Set());
    expect(list).toHaveLength(121); // no cap per sheet
    expect(pageCount(list.length)).toBe(3);
    expect(pageOf(list, 2)).toHaveLength(121 - 2 * PAGE_SIZE);
    expect(filterProblems(list, { sheet: "报销台账", query: "" }).map((p) => p.issue.message)).toEqual(["不是日期"]);
    expect(filterProblems(list, { sheet: null, query: "  不是   日期 " }).map((p) => p.sheet)).toEqual(["报销台账"]); // every word, in any order
    expect(filterProblems(list, { sheet: "收文登记簿", query: "收文日期" })).toHaveLength(60);
    expect(filterProblems(list, { sheet: null, query: "BX-404" })).toEqual([]);
    expect(stepProblem(list, null, 1)?.id).toBe(list[0]!.id);
    expect(stepProblem(list, null, -1)?.id).toBe(list[120]!.id);
    expect(stepProblem(list, list[0]!.id, 1)?.id).toBe(list[1]!.id);
    expect(stepProblem(list, list[120]!.id, 1)).toBeNull();
    // Ignored warnings are skipped by 下一条.
    const ignored = problemList(many, new Set([warningKey("收文登记簿", many.sheets[0]!.issues[3]!)]));
    expect(stepProblem(ignored, ignored[2]!.id, 1)?.id).toBe(ignored[4]!.id);
  });

  it("stores ignored warnings in the workbook setting, undoably, and survives a damaged setting", async () => {
    const wb = new MemoryWorkbook();
    const key = warningKey("A", { row: 3, column: "c", code: "k" });
    expect(await setIgnored(wb, key, true)).toEqual(new Set([key]));
    expect(JSON.parse((await wb.getSetting(IGNORED_WARNINGS_SETTING))!)).toEqual([key]);
    expect(await readIgnored(wb)).toEqual(new Set([key]));
    expect(await setIgnored(wb, key, false)).toEqual(new Set());
    expect(parseIgnored("{not json")).toEqual(new Set());
    expect(parseIgnored('["a", 3, null]')).toEqual(new Set(["a"]));
  });

  it("replaces edited rows, widening and lengthening the sheet as needed, sharing untouched sheets", () => {
    const sheets = [
      {
        name: "A",
        values: [
          ["h1", "h2"],
          [1, 2],
        ],
      },
      { name: "B", values: [["x"]] },
    ];
    const out = patchRows(sheets, "A", 2, [[10, 20, 30], [11]]);
    expect(out[0]!.values).toEqual([
      ["h1", "h2", null],
      [10, 20, 30],
      [11, null, null],
    ]);
    expect(out[1]).toBe(sheets[1]);
    expect(sheets[0]!.values).toEqual([
      ["h1", "h2"],
      [1, 2],
    ]);
  });

  it("finds an issue's column through the recognised mapping, then by header text, else column A", async () => {
    const wb = MemoryWorkbook.withSheets({
      收文登记簿: [
        [
          "备注",
          "收文编号",
          "收文日期",
          "来文单位",
          "文件标题",
          "密级",
          "紧急程度",
          "承办部门",
          "承办人",
          "办理时限",
          "办结日期",
          "状态",
        ],
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
    const edited = {
      ...ctx,
      sheets: patchRows(ctx.sheets, "决议追踪台账", 3, [["J1", "", "后勤处", "孙强", "下周", "进行中", null]]),
    };
    const after = validateContext(edited, { workbook: "w", asOf });
    expect(after.summary.errors).toBeGreaterThan(before);
    expect(after.sheets[0]!.issues.filter((i) => i.row === 3).map((i) => i.column)).toEqual(
      expect.arrayContaining(["决议编号", "完成时限"]),
    );
  });
});
