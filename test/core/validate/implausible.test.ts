/** Values the checks used to accept without a word: each is now refused (or warned about) at its cell. */
import { ymdToSerial } from "../../../src/core/dates";
import { readSettings } from "../../../src/core/settings";
import { check, codes } from "./fixtures";

const BASE = {
  收文编号: "S1",
  收文日期: "2025-03-03",
  来文单位: "区教育局",
  文件标题: "通知",
  密级: "公开",
  份数: 2,
  办理部门: "教务处",
};
const REIMB = {
  报销单号: "B1",
  申请人: "张老师",
  部门: "教务处",
  费用类别: "办公费",
  费用发生日期: "2025-03-03",
  提交日期: "2025-03-04",
  "金额(元)": 300,
  审批人: "赵会计",
};

describe("implausible values", () => {
  it("refuses a date cell in a count column, saying it looks like a date", () => {
    const date = ymdToSerial(2026, 8, 31);
    for (const lang of ["zh-CN", "en-US"] as const) {
      const issues = check("incoming-documents", [{ ...BASE, 份数: date }], { lang });
      expect(codes(issues)).toEqual(["cell/maximum@2:份数"]);
      expect(issues[0]?.message).toContain("2026-08-31");
      expect(issues[0]?.severity).toBe("error");
    }
  });

  it("refuses 1e308 in 份数 and in 金额", () => {
    expect(codes(check("incoming-documents", [{ ...BASE, 份数: 1e308 }]))).toEqual(["cell/maximum@2:份数"]);
    expect(codes(check("incoming-documents", [{ ...BASE, 份数: "1e308" }]))).toEqual(["cell/type@2:份数"]);
    expect(codes(check("reimbursements", [{ ...REIMB, "金额(元)": 1e308 }]))).toEqual(["cell/maximum@2:金额(元)"]);
    expect(codes(check("reimbursements", [{ ...REIMB, "金额(元)": 999_999_999 }]))).toEqual([]);
  });

  it("refuses TRUE as 来文单位 (a yes/no cell is not a name)", () => {
    const issues = check("incoming-documents", [{ ...BASE, 来文单位: true }]);
    expect(codes(issues)).toEqual(["cell/type@2:来文单位"]);
    expect(issues[0]?.message).toContain("TRUE");
    expect(codes(check("incoming-documents", [{ ...BASE, 来文字号: false }]))).toEqual(["cell/type@2:来文字号"]);
    // Numbers are still text people type without quotes.
    expect(codes(check("incoming-documents", [{ ...BASE, 来文字号: 51 }]))).toEqual([]);
  });

  it("warns on a date before 1950 (a small number read as a 1900 date), showing it as Excel does", () => {
    const issues = check("incoming-documents", [
      { ...BASE, 收文日期: 4 },
      { ...BASE, 收文编号: "S2", 收文日期: 60 },
      { ...BASE, 收文编号: "S3", 收文日期: "1949-12-31" },
    ]);
    expect(codes(issues)).toEqual(["cell/minimum@2:收文日期", "cell/minimum@3:收文日期", "cell/minimum@4:收文日期"]);
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
    expect(issues[0]?.message).toContain("1900-01-04");
    expect(issues[1]?.message).toContain("1900-02-29");
    expect(codes(check("incoming-documents", [{ ...BASE, 收文日期: "1950-01-01" }]))).toEqual([]);
  });

  it("refuses 在岗 = 也许 on 人员名单", () => {
    const { issues } = readSettings([
      {
        name: "人员名单",
        values: [
          ["姓名", "部门", "岗位", "在岗"],
          ["张三", "教务处", "文员", "也许"],
        ],
      },
    ]);
    expect(issues.map((i) => `${i.code}@${i.row}:${i.column}:${i.severity}`)).toEqual(["cell/type@2:在岗:error"]);
  });
});

describe("keys compare after width folding", () => {
  it("finds a full-width twin of a key, and reports it as typed", () => {
    const issues = check("incoming-documents", [
      { ...BASE, 收文编号: "SW-2026-051" },
      { ...BASE, 收文编号: "SW-2026-052" },
      { ...BASE, 收文编号: "ＳＷ－２０２６－０５１" },
    ]);
    expect(codes(issues)).toEqual(["cell/unique@4:收文编号"]);
    expect(issues[0]?.message).toContain("ＳＷ－２０２６－０５１");
    expect(issues[0]?.message).toContain("第 2 行");
  });

  it("finds the half-width twin of a full-width key that came first, in and out of order", () => {
    const rows = ["ＳＷ－０５１", "SW-050", "SW-051", "ａ１", "A1"].map((k, n) => ({
      ...BASE,
      收文编号: k,
      文件标题: `通知${n}`,
    }));
    expect(codes(check("incoming-documents", rows))).toEqual(["cell/unique@4:收文编号"]);
  });

  it("folds width in keys of several columns (培训记录)", () => {
    const base = { 员工姓名: "张三", 培训名称: "礼仪", 培训日期: "2025-03-03" };
    const issues = check("training", [
      base,
      { ...base, 培训名称: "礼仪" },
      { ...base, 员工姓名: "张三", 培训名称: "ＡＩ" },
      { ...base, 培训名称: "AI" },
    ]);
    expect(codes(issues).filter((c) => c.startsWith("cell/unique"))).toEqual([
      "cell/unique@3:培训日期",
      "cell/unique@5:培训日期",
    ]);
  });
});

describe("a totals row under a register", () => {
  const rows = [
    { ...BASE, 收文编号: "S1", 份数: 2 },
    { ...BASE, 收文编号: "S2", 份数: 3 },
  ];
  it.each([["合计"], ["合 计："], ["总计"], ["本页小计"], ["Total"]])(
    "labelled %s in column A ends the register",
    (label) => {
      expect(codes(check("incoming-documents", [...rows, { 收文编号: label, 份数: 5 }]))).toEqual([]);
    },
  );

  it("a row of sums with no label (a =SUM row) ends the register", () => {
    expect(codes(check("incoming-documents", [...rows, { 份数: 5 }]))).toEqual([]);
    // A row that does not add up is an incomplete record and is reported as one.
    expect(codes(check("incoming-documents", [...rows, { 份数: 4 }]))).toContain("cell/required@4:收文编号");
  });

  it("notes under the totals row are not records either, and rows above it are still checked", () => {
    const issues = check("incoming-documents", [
      { ...BASE, 份数: -1 },
      rows[1] as Record<string, string | number>,
      { 收文编号: "合计", 份数: 2 },
      { 收文编号: "制表人：张三" },
    ]);
    expect(codes(issues)).toEqual(["cell/minimum@2:份数"]);
  });

  it("a record whose key merely contains 合计 is a record", () => {
    expect(codes(check("incoming-documents", [...rows, { ...BASE, 收文编号: "S3", 文件标题: "合计表" }]))).toEqual([]);
    expect(codes(check("incoming-documents", [...rows, { 收文编号: "S3", 来文单位: "合计" }]))).toContain(
      "cell/required@4:收文日期",
    );
  });
});
