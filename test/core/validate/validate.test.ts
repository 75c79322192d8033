import { createCalendar } from "../../../src/core/calendar";
import { col } from "../../../src/core/registers/kit";
import type { RegisterDef } from "../../../src/core/registers/types";
import { makeSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/sheet-spec";
import {
  allIssues,
  reportJson,
  runValidation,
  validateSheets,
  ValidationCancelledError,
} from "../../../src/core/validate";
import { calendar, check, codes, d, recognitionOf, reg, sheetOf } from "./fixtures";

const INCOMING = {
  收文编号: "S1",
  收文日期: "2025-03-03",
  来文单位: "区教育局",
  文件标题: "关于开展安全检查的通知",
  密级: "公开",
  份数: 2,
  办理部门: "教务处",
};

describe("cell checks", () => {
  test("cell/required names the column and points at the cell", () => {
    const issues = check("incoming-documents", [{ ...INCOMING, 来文单位: "  " }]);
    expect(codes(issues)).toEqual(["cell/required@2:来文单位"]);
    expect(issues[0]?.message).toBe("来文单位为必填项，不能为空");
  });

  test("text columns: Excel errors are refused, whitespace-only counts as blank, numbers are text", () => {
    const issues = check("incoming-documents", [
      { ...INCOMING, 收文编号: "S1", 来文字号: "#REF!" },
      { ...INCOMING, 收文编号: "S2", 来文单位: "\u3000\u200b" },
      { ...INCOMING, 收文编号: "S3", 来文字号: 2025, 承办人: " 张三 " },
      { ...INCOMING, 收文编号: "#N/A" },
    ]);
    expect(codes(issues)).toEqual(["cell/type@2:来文字号", "cell/required@3:来文单位", "cell/type@5:收文编号"]);
    expect(issues[0]?.message).toContain("#REF!");
  });

  test("cell/type quotes the value and says what is expected; Excel errors too", () => {
    const issues = check("incoming-documents", [
      { ...INCOMING, 收文编号: "S1", 收文日期: "下周一" },
      { ...INCOMING, 收文编号: "S2", 份数: "#N/A" },
      { ...INCOMING, 收文编号: "S3", 份数: 1.5 },
    ]);
    expect(codes(issues)).toEqual(["cell/type@2:收文日期", "cell/type@3:份数", "cell/type@4:份数"]);
    expect(issues[0]?.message).toContain("“下周一”");
    expect(issues[0]?.message).toContain("2025-03-05");
    expect(issues[1]?.message).toContain("#N/A");
  });

  test("cell/enum lists the allowed values; 密级 follows 密级列表 from 参数设置", () => {
    const row = { ...INCOMING, 密级: "绝密" };
    const def = check("incoming-documents", [row]);
    expect(codes(def)).toEqual(["cell/enum@2:密级"]);
    expect(def[0]?.message).toContain("公开、内部、秘密、机密");
    const custom = makeSettings(new Map([["密级列表", ["公开", "绝密"]]]));
    expect(check("incoming-documents", [row], { settings: custom })).toEqual([]);
    expect(codes(check("incoming-documents", [{ ...INCOMING, 密级: "内部" }], { settings: custom }))).toEqual([
      "cell/enum@2:密级",
    ]);
  });

  test("enum values match after trimming and traditional → simplified", () => {
    expect(check("incoming-documents", [{ ...INCOMING, 状态: " 已歸檔 ", 归档日期: "2025-03-04" }])).toEqual([]);
  });

  test("department columns are checked against 部门 only when that sheet exists", () => {
    const rows = [{ ...INCOMING, 办理部门: "火星部" }];
    expect(check("incoming-documents", rows)).toEqual([]);
    const withDepts = makeSettings(new Map(), ["教务处", "总务处"]);
    const issues = check("incoming-documents", rows, { settings: withDepts });
    expect(codes(issues)).toEqual(["cell/enum@2:办理部门"]);
    expect(issues[0]?.message).toContain("火星部");
    const visit = {
      来访编号: "V1",
      来访日期: "2025-03-03",
      来访人: "李",
      来访事由: "x",
      接待人: "王",
      涉及部门: "教务处、火星部",
      联络员: "王",
    };
    expect(codes(check("visitors", [visit], { settings: withDepts }))).toEqual(["cell/enum@2:涉及部门"]);
  });

  test("cell/minimum and cell/maximum with the bound in the message", () => {
    const issues = check("incoming-documents", [{ ...INCOMING, 份数: 0 }]);
    expect(codes(issues)).toEqual(["cell/minimum@2:份数"]);
    expect(issues[0]?.message).toContain("1");
    const claim = {
      报销单号: "B1",
      申请人: "张",
      部门: "教务处",
      费用类别: "办公费",
      费用发生日期: "2025-03-03",
      提交日期: "2025-03-04",
      审批人: "赵",
    };
    const zero = check("reimbursements", [{ ...claim, "金额(元)": 0 }]);
    expect(codes(zero)).toEqual(["cell/minimum@2:金额(元)"]);
    expect(zero[0]?.message).toContain("应大于 0");
    const resolution = { 决议编号: "R1", 决议事项: "x", 责任部门: "教务处", 完成时限: "2025-04-01", 状态: "进行中" };
    expect(codes(check("resolutions", [{ ...resolution, 进度: 120 }]))).toEqual(["cell/maximum@2:进度"]);
    expect(check("resolutions", [{ ...resolution, 进度: "85%" }])).toEqual([]);
  });

  test("assets: 购置日期 may not be after the as-of day", () => {
    const asset = {
      资产编号: "Z1",
      资产名称: "电脑",
      规格型号: "X1",
      存放地点: "101",
      使用部门: "教务处",
      负责人: "张",
    };
    const issues = check("assets", [{ ...asset, 购置日期: "2026-01-01" }], { asOf: "2025-12-31" });
    expect(codes(issues)).toEqual(["cell/maximum@2:购置日期"]);
    expect(issues[0]?.message).toContain("2025-12-31");
    expect(check("assets", [{ ...asset, 购置日期: "2025-12-31" }], { asOf: "2025-12-31" })).toEqual([]);
  });

  test("cell/maxLength counts characters", () => {
    expect(codes(check("incoming-documents", [{ ...INCOMING, 文件标题: "文".repeat(201) }]))).toEqual([
      "cell/maxLength@2:文件标题",
    ]);
    expect(check("incoming-documents", [{ ...INCOMING, 文件标题: "文".repeat(200) }])).toEqual([]);
  });

  test("cell/pattern for a text column with a pattern", () => {
    const register: RegisterDef = {
      id: "codes",
      sheet: "编码",
      en: "Codes",
      tableName: "Codes",
      columns: [col("编码", "Code", { kind: "text", pattern: "^[A-Z]{2}-\\d{3}$" }, { required: true })],
      rules: [],
    };
    const values: CellValue[][] = [["编码"], ["AB-123"], ["ab123"]];
    const report = validateSheets({
      workbook: "w",
      sheets: [{ name: "编码", values }],
      recognitions: [recognitionOf("编码", register, values)],
      settings: makeSettings(),
      calendar,
      asOf: d("2025-01-01"),
    });
    expect(codes(report.sheets[0]?.issues ?? [])).toEqual(["cell/pattern@3:编码"]);
  });

  test("cell/unique on the key, naming the first row", () => {
    const issues = check("incoming-documents", [INCOMING, { ...INCOMING, 收文编号: "S2" }, { ...INCOMING }]);
    expect(codes(issues)).toEqual(["cell/unique@4:收文编号"]);
    expect(issues[0]?.message).toContain("第 2 行");
  });

  test("training: the (员工姓名, 培训名称, 培训日期) triple is unique, dates compared as days", () => {
    const row = { 员工姓名: "张三", 培训名称: "服务礼仪", 培训日期: "2025-03-03" };
    const issues = check("training", [
      row,
      { ...row, 培训日期: "2025/3/3" },
      { ...row, 培训日期: "2025-03-04" },
      { ...row, 培训名称: "消防" },
    ]);
    expect(codes(issues)).toEqual(["cell/unique@3:培训日期"]);
  });
});

describe("fields", () => {
  test("fields/missing sits on the header row and names the missing column", () => {
    const register = reg("incoming-documents");
    const headers = register.columns.map((c) => c.header).filter((h) => h !== "密级");
    const issues = check("incoming-documents", [INCOMING], { headers });
    expect(codes(issues)).toEqual(["fields/missing@1:密级"]);
    expect(issues[0]?.message).toContain("密级");
  });

  test("fields/duplicate names both columns", () => {
    const register = reg("incoming-documents");
    const headers = [...register.columns.map((c) => c.header), "备注"];
    const issues = check("incoming-documents", [INCOMING], { headers });
    expect(codes(issues)).toEqual(["fields/duplicate@1:备注"]);
    // 备注 is column R; the duplicate goes after the last catalogue column (登记日期, issue 17's extension, is S).
    expect(issues[0]?.message).toMatch(/R.*T/);
  });
});

describe("references", () => {
  const meeting = { 会议编号: "M1", 会议主题: "周会", 会议日期: "2025-03-14", 主持人: "张" };
  const resolution = { 决议编号: "R1", 决议事项: "x", 责任部门: "教务处", 完成时限: "2025-04-01", 状态: "进行中" };
  test("row/reference when 会议编号 is not on 会议台账", () => {
    const issues = check("resolutions", [{ ...resolution, 会议编号: "M9" }], {
      others: [{ id: "meetings", rows: [meeting] }],
    });
    expect(codes(issues)).toEqual(["row/reference@2:会议编号"]);
    expect(issues[0]?.severity).toBe("warning");
    expect(issues[0]?.message).toContain("会议台账");
    expect(
      check("resolutions", [{ ...resolution, 会议编号: "M1" }], { others: [{ id: "meetings", rows: [meeting] }] }),
    ).toEqual([]);
  });
  test("no reference check without a 会议台账 sheet", () => {
    expect(check("resolutions", [{ ...resolution, 会议编号: "M9" }])).toEqual([]);
  });
});

describe("rows", () => {
  test("blank rows are skipped and rows below 20+ blank rows are still read", () => {
    const register = reg("incoming-documents");
    const values = sheetOf(register, [INCOMING]);
    for (let k = 0; k < 25; k++) values.push(register.columns.map(() => (k % 2 ? "" : null)));
    values.push(sheetOf(register, [{ ...INCOMING, 收文编号: "S2", 份数: 0 }])[1] as CellValue[]);
    const report = validateSheets({
      workbook: "w",
      sheets: [{ name: register.sheet, values }],
      recognitions: [recognitionOf(register.sheet, register, values)],
      settings: makeSettings(),
      calendar,
      asOf: d("2025-12-31"),
    });
    const sheet = report.sheets[0];
    expect(sheet?.rows).toBe(2);
    expect(codes(sheet?.issues ?? [])).toEqual(["cell/minimum@28:份数"]);
  });

  test("issues are sorted errors first, then by row, then by column order", () => {
    const issues = check("incoming-documents", [
      { ...INCOMING, 收文编号: "S1", 传阅开始日期: "2025-03-04", 收回日期: "2025-03-20" },
      { ...INCOMING, 收文编号: "S2", 份数: 0, 来文单位: null },
      { ...INCOMING, 收文编号: "S3", 收文日期: "x" },
    ]);
    expect(codes(issues)).toEqual([
      "cell/required@3:来文单位",
      "cell/minimum@3:份数",
      "cell/type@4:收文日期",
      "row/circulation-limit@2:收回日期",
    ]);
  });
});

describe("report", () => {
  test("has exactly the shape of ledger check --json", () => {
    const register = reg("incoming-documents");
    const values = sheetOf(register, [
      { ...INCOMING, 份数: 0 },
      { ...INCOMING, 收文编号: "S2", 传阅开始日期: "2025-03-04", 收回日期: "2025-03-20" },
    ]);
    const sheets = [
      { name: register.sheet, values },
      {
        name: "Sheet3",
        values: [
          ["a", "b"],
          [1, 2],
        ] as CellValue[][],
      },
      { name: "KPI看板", values: [["KPI看板"], ["编号", "指标"]] as CellValue[][] },
      {
        name: "参数设置",
        values: [
          ["参数", "值", "说明"],
          ["传阅时限(工作日)", "三", ""],
        ] as CellValue[][],
      },
    ];
    // The engine's report carries each message as data too; reportJson is what `ledger check --json` prints.
    const report = reportJson(
      validateSheets({
        workbook: "台账.xlsx",
        sheets,
        recognitions: [recognitionOf(register.sheet, register, values)],
        calendar,
        asOf: d("2025-12-31"),
        generated: ["KPI看板"],
      }),
      "zh-CN",
    );
    expect(Object.keys(report)).toEqual(["workbook", "asOf", "sheets", "unrecognized", "summary"]);
    expect(report.workbook).toBe("台账.xlsx");
    expect(report.asOf).toBe("2025-12-31");
    expect(report.unrecognized).toEqual(["Sheet3"]); // the generated KPI看板 is neither checked nor "unrecognised"
    const [main, params] = report.sheets;
    expect(Object.keys(main ?? {})).toEqual(["sheet", "register", "rows", "issues"]);
    expect(main).toMatchObject({ sheet: "收文登记簿", register: "incoming-documents", rows: 2 });
    for (const i of main?.issues ?? [])
      expect(Object.keys(i)).toEqual(["row", "column", "code", "severity", "message"]);
    expect(params).toMatchObject({ sheet: "参数设置", register: "parameters", rows: 1 });
    expect(codes(params?.issues ?? [])).toEqual(["setting/invalid@2:值"]);
    expect(report.summary).toEqual({ errors: 1, warnings: 2 });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(allIssues(report).map((i) => i.sheet)).toEqual(["收文登记簿", "收文登记簿", "参数设置"]);
  });

  test("settings read from the sheets drive the rules (传阅时限)", () => {
    const register = reg("incoming-documents");
    const values = sheetOf(register, [{ ...INCOMING, 传阅开始日期: "2025-03-04", 收回日期: "2025-03-10" }]);
    const sheets = [
      { name: register.sheet, values },
      {
        name: "参数设置",
        values: [
          ["参数", "值"],
          ["传阅时限(工作日)", 5],
        ] as CellValue[][],
      },
    ];
    const report = validateSheets({
      workbook: "w",
      sheets,
      recognitions: [recognitionOf(register.sheet, register, values)],
      calendar,
      asOf: d("2025-12-31"),
    });
    expect(report.summary).toEqual({ errors: 0, warnings: 0 });
  });

  test("messages in en-US name the column in English and quote the value", () => {
    const issues = check("incoming-documents", [{ ...INCOMING, 收文日期: "soon" }], { lang: "en-US" });
    expect(issues[0]?.message).toContain("Date received (收文日期)");
    expect(issues[0]?.message).toContain("“soon”");
    const rule = check("incoming-documents", [{ ...INCOMING, 状态: "已办结" }], { lang: "en-US" });
    expect(rule[0]?.message).toBe("Status “已办结” needs Completed on (办结日期)");
  });

  test("recognises the sheets itself when no recognitions are given", () => {
    const register = reg("incoming-documents");
    const values: CellValue[][] = [["2025年收文登记簿"], ...sheetOf(register, [{ ...INCOMING, 份数: 0 }])];
    const report = validateSheets({
      workbook: "w",
      sheets: [{ name: "收文", values }],
      settings: makeSettings(),
      calendar,
      asOf: d("2025-12-31"),
    });
    expect(report.sheets[0]?.register).toBe("incoming-documents");
    expect(codes(report.sheets[0]?.issues ?? [])).toEqual(["cell/minimum@3:份数"]);
  });
});

describe("runtime", () => {
  const register = reg("incoming-documents");
  const rows = Array.from({ length: 50 }, (_, k) => ({ ...INCOMING, 收文编号: `S${k}` }));
  const values = sheetOf(register, rows);
  const base = {
    workbook: "w",
    sheets: [{ name: register.sheet, values }],
    recognitions: [recognitionOf(register.sheet, register, values)],
    settings: makeSettings(),
    calendar,
    asOf: d("2025-12-31"),
  };

  test("progress rises to the total", () => {
    const seen: [number, number][] = [];
    validateSheets({ ...base, onProgress: (a, b) => seen.push([a, b]) });
    expect(seen.length).toBeGreaterThan(3);
    for (let k = 1; k < seen.length; k++)
      expect((seen[k] as [number, number])[0]).toBeGreaterThan((seen[k - 1] as [number, number])[0]);
    const last = seen[seen.length - 1] as [number, number];
    expect(last[0]).toBe(last[1]);
  });

  test("cancellation stops between passes", () => {
    let calls = 0;
    expect(() => validateSheets({ ...base, isCancelled: () => ++calls > 3 })).toThrow(ValidationCancelledError);
  });

  test("a year the calendar does not cover is reported once, not thrown", () => {
    const far = sheetOf(register, [
      { ...INCOMING, 收文日期: "2090-03-01", 传阅开始日期: "2090-03-02", 收回日期: "2090-03-20" },
      { ...INCOMING, 收文编号: "S2", 收文日期: "2090-03-01", 传阅开始日期: "2090-03-02", 收回日期: "2090-03-21" },
    ]);
    const report = validateSheets({
      ...base,
      sheets: [{ name: register.sheet, values: far }],
      recognitions: [recognitionOf(register.sheet, register, far)],
      calendar: createCalendar(),
    });
    expect(codes(report.sheets[0]?.issues ?? [])).toEqual(["calendar/coverage@1:收文编号"]);
    expect(report.sheets[0]?.issues[0]?.message).toContain("2090");
  });

  test("a 1,048,576-row sheet with data only in the last row", () => {
    const n = 1048576;
    const headers = register.columns.map((c) => c.header);
    const empty: CellValue[] = headers.map(() => null);
    const big: CellValue[][] = new Array(n);
    big[0] = headers;
    for (let r = 1; r < n - 1; r++) big[r] = empty;
    big[n - 1] = sheetOf(register, [{ ...INCOMING, 份数: 0 }])[1] as CellValue[];
    const t0 = performance.now();
    const run = runValidation({
      ...base,
      sheets: [{ name: register.sheet, values: big }],
      recognitions: [recognitionOf(register.sheet, register, big)],
    });
    const ms = performance.now() - t0;
    expect(run.report.sheets[0]?.rows).toBe(1);
    expect(codes(run.report.sheets[0]?.issues ?? [])).toEqual(["cell/minimum@1048576:份数"]);
    const t = run.tables.get("incoming-documents");
    expect(t?.rowCount).toBe(n - 1);
    expect(t?.text("收文编号", n - 2)).toBe("S1");
    expect(ms).toBeLessThan(5000);
  });
});
