/** The 表单 page's preview rows and the line under them, in both languages. */
import type { ImportPlan } from "../../../../src/core/forms";
import { outcomeRows, planLine } from "../../../../src/taskpane/pages/forms/view-model";

const plan = (over: Partial<ImportPlan>): ImportPlan => ({
  register: "reimbursements",
  sheet: "报销台账",
  outcomes: [
    { file: "a.xlsx", key: "BX-1", action: "append", problems: [] },
    {
      file: "b.xlsx",
      key: "BX-2",
      action: "error",
      problems: [
        { field: "金额(元)", code: "cell/type", severity: "error", message: "金额(元)：“三百元”无法识别", cell: "B6" },
      ],
    },
    {
      file: "rows.csv",
      row: 3,
      key: null,
      action: "error",
      problems: [{ field: "", code: "form/not-a-form", severity: "error", message: "rows.csv：不是表单" }],
    },
  ],
  summary: { append: 1, skip: 0, conflict: 0, error: 2, updated: 0 },
  blocked: true,
  write: null,
  ...over,
});

test("rows name the file (and a list's row), the key, the action and each located problem", () => {
  expect(outcomeRows(plan({}), "zh-CN")).toEqual([
    { file: "a.xlsx", key: "BX-1", action: "追加", problems: [], error: false },
    {
      file: "b.xlsx",
      key: "BX-2",
      action: "有错误",
      problems: ["金额(元) [B6]：金额(元)：“三百元”无法识别"],
      error: true,
    },
    { file: "rows.csv:3", key: "—", action: "有错误", problems: ["rows.csv：不是表单"], error: true },
  ]);
  expect(outcomeRows(plan({}), "en-US")[0]?.action).toBe("append");
});

test("the line says what blocks the import, or the counts", () => {
  expect(planLine(plan({}), "zh-CN")).toEqual({ text: "有文件存在错误，全部不会导入（全有或全无）", blocked: true });
  const conflicts = plan({ summary: { append: 0, skip: 0, conflict: 1, error: 0, updated: 0 } });
  expect(planLine(conflicts, "en-US").text).toBe(
    "There are conflicts, so nothing will be imported; tick the option above to take the forms' values",
  );
  const ok = plan({ blocked: false, summary: { append: 2, skip: 1, conflict: 0, error: 0, updated: 0 } });
  expect(planLine(ok, "en-US")).toEqual({ text: "2 to append, 1 to skip, 0 conflicts, 0 with errors", blocked: false });
});
