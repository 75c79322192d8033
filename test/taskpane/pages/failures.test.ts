/** KPI and 期限 say what failed with the step's verb and the shared wording of 检查, never Office's raw text. */
import { ERRORS } from "../../support/excel-fake/context";
import { describeExcelError } from "../../../src/excel";
import { failureText as kpiFailure } from "../../../src/taskpane/pages/kpi/view-model";
import { failureText as deadlineFailure } from "../../../src/taskpane/pages/deadlines/view-model";
import { failureText as rectificationFailure } from "../../../src/taskpane/pages/rectification/view-model";

describe("failure wording on KPI and 期限", () => {
  const denied = ERRORS.accessDenied("Range.values");

  it("a refused write says 写入失败 and what to do, in the words 检查 uses", () => {
    const shared = describeExcelError(denied, "zh-CN");
    expect(kpiFailure("writeFailed", denied, "zh-CN")).toBe(`写入失败：${shared}`);
    expect(deadlineFailure("writeFailed", denied, "zh-CN")).toBe(`写入失败：${shared}`);
    expect(shared).toContain("撤消工作表保护");
    for (const text of [kpiFailure("writeFailed", denied, "zh-CN"), deadlineFailure("writeFailed", denied, "en-US")]) {
      expect(text).not.toContain("You cannot perform the requested operation");
      expect(text).not.toContain("计算失败");
    }
    expect(deadlineFailure("writeFailed", denied, "en-US")).toMatch(
      /^Could not write: The sheet or workbook is protected/,
    );
  });

  it("names the step: reading, computing, copying, selecting", () => {
    const gone = ERRORS.itemNotFound("Worksheet");
    expect(kpiFailure("readFailed", gone, "zh-CN")).toMatch(/^读取失败：要操作的工作表/);
    expect(kpiFailure("computeFailed", new Error("x"), "en-US")).toMatch(/^Could not compute the KPIs: /);
    expect(deadlineFailure("copyFailed", new Error("Document is not focused."), "zh-CN")).toMatch(/^复制失败：/);
    expect(deadlineFailure("selectFailed", gone, "en-US")).toMatch(
      /^Could not select the row: The sheet, table or cell/,
    );
  });
});

describe("failure wording on 整改", () => {
  it("uses the pane's shared wording, the one every page uses (it had a copy that showed Office's raw text)", () => {
    const denied = ERRORS.accessDenied("Range.values");
    expect(rectificationFailure(denied, "zh-CN")).toBe(`出错了：${describeExcelError(denied, "zh-CN")}`);
    expect(rectificationFailure(denied, "en-US")).toMatch(/^Something went wrong: The sheet or workbook is protected/);
  });
});
