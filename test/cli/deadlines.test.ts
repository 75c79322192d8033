import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { DERIVED_SHEETS } from "../../src/app/derived-sheets";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { isoToSerial as d } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";

function fakeIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-11-18", cwd };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-deadlines-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = fakeIo(dir);
  const code = await runCli(args, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

const DOCS = [
  "收文编号",
  "收文日期",
  "来文单位",
  "文件标题",
  "密级",
  "份数",
  "办理部门",
  "承办人",
  "办理期限",
  "传阅开始日期",
  "收回日期",
  "办结日期",
];
const COMPLAINTS = ["编号", "接收时间", "类别", "内容", "责任人", "核实联系时间", "结果反馈时间"];

async function workbook(name: string, sheets: Record<string, CellValue[][]>): Promise<string> {
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets(Object.keys(sheets).map((s) => ({ name: s, columns: [], ifExists: "keep" as const })));
  await wb.writeBlocks(Object.entries(sheets).map(([sheet, values]) => ({ sheet, row: 1, column: 1, values })));
  await wb.save(path.join(dir, name));
  return name;
}

const SAMPLE = {
  收文登记簿: [
    DOCS,
    [
      "SW-2026-031",
      d("2026-09-28"),
      "市教育局",
      "关于国庆值班安排的通知",
      "内部",
      1,
      "办公室",
      "王芳",
      d("2026-10-30"),
      d("2026-09-28"),
      null,
      null,
    ],
    [
      "SW-2026-032",
      d("2026-11-16"),
      "区财政局",
      "预算通知",
      "公开",
      1,
      "财务室",
      "李雷",
      d("2026-11-19"),
      null,
      null,
      null,
    ],
  ],
  投诉与意见登记: [
    COMPLAINTS,
    ["TS-1", d("2026-11-17") + 9.5 / 24, "投诉类", "热水不稳定", "吴刚", d("2026-11-17") + 10 / 24, null],
  ],
};

describe("ledger deadlines", () => {
  test("--json prints exactly {asOf, items} with the issue's item fields", async () => {
    const file = await workbook("sample.xlsx", SAMPLE);
    const r = await run(["deadlines", file, "--as-of", "2026-10-12", "--json"]);
    expect(r.code).toBe(1); // something is overdue
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["asOf", "items"]);
    expect(json.asOf).toBe("2026-10-12");
    expect(json.items[0]).toEqual({
      sheet: "收文登记簿",
      row: 2,
      key: "SW-2026-031",
      deadline: "circulation",
      label: "传阅",
      start: "2026-09-28",
      due: "2026-10-08",
      done: null,
      status: "overdue",
      overdueWorkdays: 3,
      owner: "王芳",
      ownerDepartment: "办公室",
      escalation: "urge",
      subject: "关于国庆值班安排的通知",
      register: "incoming-documents",
    });
  });

  test("date-times of hour limits are YYYY-MM-DDTHH:mm", async () => {
    const file = await workbook("hours.xlsx", SAMPLE);
    const items = JSON.parse((await run(["deadlines", file, "--as-of", "2026-11-18", "--json"])).out).items;
    const contact = items.find((i: { deadline: string }) => i.deadline === "complaint-contact");
    expect(contact).toMatchObject({
      start: "2026-11-17T09:30",
      due: "2026-11-18T09:30",
      done: "2026-11-17T10:00",
      status: "done-on-time",
    });
  });

  test("text groups unfinished items by status, overdue first, in the chosen language", async () => {
    const file = await workbook("text.xlsx", SAMPLE);
    const zh = await run(["deadlines", file, "--as-of", "2026-11-18"]);
    const lines = zh.out.split("\n");
    expect(lines[0]).toBe("text.xlsx 的期限（截至 2026-11-18）：已逾期 2 项 · 临期 2 项 · 未到期 0 项");
    const groups = lines.filter((l) => l.startsWith("【"));
    expect(groups).toEqual(["【已逾期】2 项", "【临期】2 项"]);
    expect(lines[3]).toContain("SW-2026-031  传阅  截止 2026-10-08  逾期 30 个工作日  王芳（办公室）  报办公室负责人");
    expect(zh.out).not.toContain("已按时完成");
    const en = await run(["deadlines", file, "--as-of", "2026-11-18", "--lang", "en-US", "--all"]);
    expect(en.out).toContain("[Overdue] 2");
    expect(en.out).toContain("[Done on time] 1");
  });

  test("nothing overdue exits 0", async () => {
    const file = await workbook("calm.xlsx", { 收文登记簿: [DOCS, SAMPLE.收文登记簿[2] as CellValue[]] });
    expect((await run(["deadlines", file, "--as-of", "2026-11-16"])).code).toBe(0);
  });

  test("an unreadable file or bad as-of exits 2 with one line", async () => {
    fs.writeFileSync(path.join(dir, "notes.txt"), "not a workbook");
    const missing = await run(["deadlines", "nope.xlsx"]);
    expect(missing.code).toBe(2);
    expect(missing.err.split("\n")).toHaveLength(1);
    expect(missing.err).toContain("找不到文件");
    const text = await run(["deadlines", "notes.txt", "--lang", "en-US"]);
    expect(text.code).toBe(2);
    expect(text.err).toContain("Not an Excel workbook");
    expect((await run(["deadlines", "notes.txt", "--as-of", "2026-13-01"])).code).toBe(2);
  });

  test("a row in a year without calendar data is reported with sheet, row and column; the rest is listed", async () => {
    const file = await workbook("future.xlsx", {
      收文登记簿: [
        DOCS,
        SAMPLE.收文登记簿[1] as CellValue[],
        [
          "SW-2027-001",
          d("2027-03-01"),
          "市教育局",
          "明年文件",
          "公开",
          1,
          "办公室",
          "王芳",
          null,
          d("2027-03-01"),
          null,
          null,
        ],
      ],
    });
    const rows = await run(["deadlines", file, "--as-of", "2026-11-18", "--json"]);
    expect(JSON.parse(rows.out).items.map((i: { key: string }) => i.key)).toContain("SW-2026-031");
    expect(rows.err).toContain("“收文登记簿”第 3 行“传阅开始日期”列");
  });

  // Issue 10 §1: the bundled calendar ends in 2026; the office still needs its list at the year end and after.
  const YEAR_END = {
    收文登记簿: [
      DOCS,
      [
        "SW-2026-090",
        d("2026-12-01"),
        "市教育局",
        "年终总结通知",
        "公开",
        1,
        "办公室",
        "王芳",
        d("2026-12-18"),
        d("2026-12-01"),
        null,
        null,
      ],
      [
        "SW-2026-099",
        d("2026-12-29"),
        "区财政局",
        "决算通知",
        "公开",
        1,
        "财务室",
        "李雷",
        null,
        d("2026-12-29"),
        null,
        null,
      ],
    ],
  };

  test.each([
    ["2026-12-31", ["deadlines/window-incomplete"]],
    ["2027-01-04", ["deadlines/window-incomplete", "deadlines/late-count-incomplete"]],
    ["2027-02-10", ["deadlines/window-incomplete", "deadlines/late-count-incomplete"]],
  ])(
    "as of %s the list is printed, with located problems and warnings on stderr (exit 1: overdue items)",
    async (asOf, _codes) => {
      const file = await workbook(`year-end-${asOf}.xlsx`, YEAR_END);
      const text = await run(["deadlines", file, "--as-of", asOf]);
      expect(text.code).toBe(1);
      expect(text.out).toContain(`截至 ${asOf}`);
      expect(text.out).toContain("SW-2026-090");
      expect(text.err).toContain("“收文登记簿”第 3 行“传阅开始日期”列（传阅）：2027 年的法定节假日安排尚未载入");
      expect(text.err).toContain("临期提醒（1 个工作日）只能确定到");
      if (asOf !== "2026-12-31") expect(text.err).toContain("逾期工作日只计入已载入年份的工作日");
      const json = await run(["deadlines", file, "--as-of", asOf, "--json", "--lang", "en-US"]);
      expect(Object.keys(JSON.parse(json.out))).toEqual(["asOf", "items"]);
      expect(
        JSON.parse(json.out).items.find(
          (i: { key: string; deadline: string }) => i.key === "SW-2026-090" && i.deadline === "handling",
        ),
      ).toMatchObject({ status: "overdue", overdueWorkdays: 9 });
      expect(json.err).toContain("Sheet “收文登记簿”, row 3, column 传阅开始日期 (Circulation)");
    },
  );

  test("refresh at the year end writes the columns and reports the problems instead of stopping", async () => {
    const file = await workbook("year-end-refresh.xlsx", YEAR_END);
    const r = await run(["refresh", file, "-o", "year-end-out.xlsx", "--as-of", "2026-12-31"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("“收文登记簿”第 3 行“传阅开始日期”列");
    expect(r.out).toContain("临期提醒（1 个工作日）只能确定到 2027-01-01");
    const out = await XlsxWorkbook.fromFile(path.join(dir, "year-end-out.xlsx"));
    const [docs] = await out.readSheets(["收文登记簿"]);
    expect(docs?.values[1]?.[13]).toBe("已逾期（传阅）");
  });
});

describe("ledger refresh", () => {
  test("writes computed columns and 期限总览 into a new file; the input is untouched", async () => {
    const file = await workbook("in.xlsx", SAMPLE);
    const before = fs.readFileSync(path.join(dir, file));
    const r = await run(["refresh", file, "-o", "out.xlsx", "--as-of", "2026-11-18", "--fill-due"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("已保存到 out.xlsx");
    expect(fs.readFileSync(path.join(dir, file)).equals(before)).toBe(true);
    const out = await XlsxWorkbook.fromFile(path.join(dir, "out.xlsx"));
    const [docs, overview] = await out.readSheets(["收文登记簿", "期限总览"]);
    expect(docs?.values[0]?.slice(12)).toEqual(["截止日期", "期限状态", "逾期工作日"]);
    expect(docs?.values[1]?.[13]).toBe("已逾期（传阅）");
    expect(overview?.values[2]?.[0]).toBe("已逾期");
  });

  test("refuses to write over its input, and needs -o", async () => {
    const file = await workbook("same.xlsx", SAMPLE);
    expect((await run(["refresh", file, "-o", file])).code).toBe(2);
    expect((await run(["refresh", file])).code).toBe(2);
  });

  test("other features plug in as derived sheets with their own flags", () => {
    expect(DERIVED_SHEETS[0]?.id).toBe("deadlines");
    expect(DERIVED_SHEETS[0]?.flags.booleans).toEqual(["fill-due"]);
  });
});
