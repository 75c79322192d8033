/**
 * `ledger rectification` and the 整改状态 sheet written by `ledger refresh`: on a workbook LibreOffice wrote from a CSV
 * (dates it detected itself) and on one with 人员名单 for the escalation names. As of Friday 2025-10-31, Q4 2025.
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { ymdToSerial } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

const LO = path.join(__dirname, "../fixtures/libreoffice/问题整改台账.xlsx");

function fakeIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2025-10-31", cwd };
}

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-rect-"));
  await withStaff("staff.xlsx");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = fakeIo(dir);
  const code = await runCli(args, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

const d = (y: number, m: number, day: number): number => ymdToSerial(y, m, day);
const HEADERS = [
  "问题编号",
  "来源",
  "问题描述",
  "发现日期",
  "责任部门",
  "责任人",
  "整改措施",
  "完成时限",
  "最近跟踪日期",
  "状态",
  "完成确认人",
  "完成确认日期",
];

/** The LibreOffice rows again (as our writer stores them) plus 人员名单, a 部门 list and 投诉与意见登记. */
async function withStaff(name: string): Promise<void> {
  const wb = XlsxWorkbook.create();
  const sheets: Record<string, CellValue[][]> = {
    问题整改台账: [
      HEADERS,
      [
        "ZG-2025-01",
        "内部监督小组发现",
        "食堂卫生不达标",
        d(2025, 9, 1),
        "总务处",
        "张伟",
        "每日检查",
        d(2025, 9, 29),
        d(2025, 10, 20),
        "整改中",
        null,
        null,
      ],
      [
        "ZG-2025-04",
        "监督电话受理",
        "成绩公布延迟",
        d(2025, 8, 1),
        "教务处",
        "李敏",
        "规范流程",
        d(2025, 9, 1),
        null,
        "退回整改",
        null,
        null,
      ],
      [
        "ZG-2025-07",
        "投诉",
        "宿舍热水",
        d(2025, 10, 20),
        "总务处",
        "张伟",
        "维修",
        d(2025, 10, 24),
        null,
        "状态未知",
        null,
        null,
      ],
    ],
    人员名单: [
      ["姓名", "部门", "岗位", "在岗"],
      ["周主任", "综合办", "主任", "是"],
      ["陈分管", "总务处", "分管领导", "是"],
      ["王分管", "教务处", "分管领导", "是"],
    ],
    投诉与意见登记: [
      ["编号", "接收时间", "类别", "内容", "责任人", "核实联系时间", "结果反馈时间", "是否解决"],
      ["TS-1", d(2025, 10, 20) + 0.375, "投诉类", "食堂", "张伟", null, null, null],
      ["TS-2", d(2025, 10, 20) + 0.375, "投诉类", "宿舍", "张伟", d(2025, 10, 20) + 0.5, d(2025, 10, 21) + 0.5, "是"],
    ],
  };
  await wb.ensureSheets(Object.keys(sheets).map((s) => ({ name: s, columns: [], ifExists: "keep" as const })));
  await wb.writeBlocks(Object.entries(sheets).map(([sheet, values]) => ({ sheet, row: 1, column: 1, values })));
  await wb.save(path.join(dir, name));
}

describe("ledger rectification", () => {
  test("--json on a LibreOffice workbook: the contract's keys with hand-computed values", async () => {
    const { code, out } = await run(["rectification", LO, "--as-of", "2025-10-31", "--json"]);
    expect(code).toBe(1); // something is overdue
    const json = JSON.parse(out);
    expect(json.asOf).toBe("2025-10-31");
    expect(json.period).toEqual({ id: "2025Q4", start: "2025-10-01", end: "2025-12-31" });
    expect(json.summary).toEqual({
      total: 6,
      open: 4,
      overdue: 2,
      closed: 1,
      longTerm: 1,
      closedInPeriod: 1,
      openedInPeriod: 2,
      closureRate: 20,
    });
    expect(json.byStatus).toEqual({ 待分派: 1, 整改中: 1, 待验收: 1, 退回整改: 1, 已完成: 1, 纳入长期计划: 1 });
    expect(json.byDepartment).toEqual([
      { department: "教务处", total: 2, open: 2, overdue: 1, closed: 0, longTerm: 0, closureRate: 0 },
      { department: "总务处", total: 3, open: 1, overdue: 1, closed: 1, longTerm: 1, closureRate: 50 },
      { department: "综合办", total: 1, open: 1, overdue: 0, closed: 0, longTerm: 0, closureRate: 0 },
    ]);
    expect(json.bySource.find((s: { source: string }) => s.source === "内部监督小组发现")).toMatchObject({
      total: 2,
      closed: 1,
      closureRate: 50,
    });
    // 09-01 … 10-31: 23 working days in September (Sunday 09-28 included) + 18 in October (Saturday 10-11 included) = 41 → 40.
    expect(json.overdue).toEqual([
      expect.objectContaining({
        key: "ZG-2025-04",
        sheet: "问题整改台账",
        row: 5,
        department: "教务处",
        owner: "李敏",
        due: "2025-09-01",
        overdueWorkdays: 40,
        escalation: "报办公室负责人",
        escalateTo: null,
      }),
      expect.objectContaining({
        key: "ZG-2025-01",
        row: 2,
        due: "2025-09-29",
        overdueWorkdays: 19,
        escalation: "预警分管领导",
      }),
    ]);
    expect(json.nextFollowUp).toEqual({
      "ZG-2025-01": "2025-10-27",
      "ZG-2025-02": "2025-10-27",
      "ZG-2025-04": "2025-08-08",
      "ZG-2025-06": "2025-10-20",
    });
    expect(json.sections).toEqual([]);
    expect(json.k09).toMatchObject({ actual: 100, n: 1 }); // ZG-2025-03 due 10-10 in Q4, closed
  });

  test("names the escalation person from 人员名单, lists sections and data problems", async () => {
    const { out } = await run(["rectification", "staff.xlsx", "--json"]);
    const json = JSON.parse(out);
    expect(json.overdue.map((o: { key: string; escalateTo: string | null }) => [o.key, o.escalateTo])).toEqual([
      ["ZG-2025-04", "周主任"],
      ["ZG-2025-01", "陈分管"],
    ]);
    expect(json.sections).toEqual([
      expect.objectContaining({ register: "feedback", sheet: "投诉与意见登记", total: 2, open: 1, overdue: 1 }),
    ]);
    expect(json.problems).toEqual([
      expect.objectContaining({ row: 4, column: "状态", code: "rectification/unknown-state" }),
    ]);
  });

  test("text in both languages", async () => {
    const zh = await run(["rectification", LO, "--as-of", "2025-10-31"]);
    expect(zh.out.split("\n")[0]).toBe(
      "整改状态（截至 2025-10-31，2025年第4季度）：共 6 项，未完成 4 项（已逾期 2 项），已完成 1 项，纳入长期计划 1 项；本期销号 1 项，本期新增 2 项；销号率 20.0%",
    );
    expect(zh.out).toContain("ZG-2025-04 · 教务处 · 李敏 · 完成时限 2025-09-01 · 逾期 40 个工作日 · 报办公室负责人");
    const en = await run(["rectification", LO, "--as-of", "2025-10-31", "--lang", "en-US"]);
    expect(en.out).toContain("Rectification status (as of 2025-10-31, Q4 2025): 6 items, 4 open (2 overdue)");
  });

  test("bad input is a clear usage error", async () => {
    expect((await run(["rectification", LO, "--period", "2025Q9"])).err).toContain("2025Q9");
    expect((await run(["rectification", LO, "--as-of", "31/10/2025"])).code).toBe(2);
    expect((await run(["rectification", "missing.xlsx"])).code).toBe(2);
    const none = await run(["rectification", LO, "--as-of", "2027-03-01", "--json"]);
    expect([
      none.code,
      JSON.parse(none.out).problems.some((p: { code: string }) => p.code === "calendar/coverage"),
    ]).toEqual([1, true]);
  });
});

describe("ledger refresh writes 整改状态", () => {
  test("a protected, landscape sheet with the overdue list, escalation names and a drawn chart", async () => {
    const { code, out } = await run(["refresh", "staff.xlsx", "-o", "out.xlsx", "--as-of", "2025-10-31"]);
    expect(code).toBe(0);
    expect(out).toContain(
      "整改状态：2025Q4 共 3 项，未完成 2 项（已逾期 2 项，其中 报办公室负责人 1、预警分管领导 1），本期销号 0 项",
    );
    const wb = await XlsxWorkbook.fromFile(path.join(dir, "out.xlsx"));
    const [sheet] = await wb.readSheets(["整改状态"]);
    const rows = sheet?.values ?? [];
    expect(rows[3]?.slice(0, 3)).toEqual(["未完成", "已逾期", "本期销号"]);
    expect(rows[4]?.slice(0, 2)).toEqual([2, 2]);
    const overdueAt = rows.findIndex((r) => r[0] === "逾期清单（最严重的在前）");
    expect(rows[overdueAt + 2]?.slice(0, 7)).toEqual([
      "ZG-2025-04",
      "教务处",
      "李敏",
      "2025-09-01",
      40,
      "报办公室负责人",
      "周主任",
    ]);
    expect(rows[overdueAt + 3]?.slice(0, 7)).toEqual([
      "ZG-2025-01",
      "总务处",
      "张伟",
      "2025-09-29",
      19,
      "预警分管领导",
      "陈分管",
    ]);
    expect(wb.unrenderedCharts).toEqual([]);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path.join(dir, "out.xlsx"));
    const ws = excel.getWorksheet("整改状态");
    expect(ws?.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    // A check of the refreshed file never calls the generated sheet unrecognised.
    const check = await run(["check", "out.xlsx", "--json"]);
    expect(JSON.parse(check.out).unrecognized).toEqual([]);
  });
});
