import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { noticeToJson, parseHolidayNotice } from "../../src/core/calendar";

const NOTICES = path.join(__dirname, "../fixtures/notices");
/** An invented 2027 schedule in the notice's form (the data has no 2027); the real notices are fixtures. */
const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知（测试用虚构文本）
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-notice-"));
  fs.writeFileSync(path.join(dir, "2027.txt"), NOTICE_2027);
  fs.copyFileSync(path.join(NOTICES, "2026.txt"), path.join(dir, "2026.txt"));
  fs.copyFileSync(path.join(NOTICES, "2024-gbk.txt"), path.join(dir, "2024-gbk.txt"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], stdin?: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    today: () => "2026-12-02",
    cwd: dir,
    ...(stdin === undefined ? {} : { readStdin: async () => new TextEncoder().encode(stdin) }),
  };
  const code = await runCli(args, io);
  return { code, out: stdout.join("\n"), err: stderr.join("\n") };
}

const sha = (file: string): string =>
  crypto
    .createHash("sha256")
    .update(fs.readFileSync(path.join(dir, file)))
    .digest("hex");

async function workbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path.join(dir, name));
  return name;
}

describe("ledger calendar import-notice", () => {
  it("prints the year's rows with weekday, kind and holiday, in both languages", async () => {
    const zh = await run(["calendar", "import-notice", "2026.txt"]);
    expect(zh.code).toBe(0);
    const lines = zh.out.split("\n");
    expect(lines[0]).toBe("2026 年节假日安排：放假 33 天，调休上班 6 天（共 39 行）");
    expect(lines[1]).toBe("  2026-01-01 周四 放假  元旦");
    expect(lines).toContain("  2026-02-14 周六 上班  春节");
    const en = await run(["calendar", "import-notice", "2026.txt", "--lang", "en-US"]);
    expect(en.out.split("\n")[0]).toBe("2026 holidays: 33 days off, 6 make-up working days (39 rows)");
    expect(en.out).toContain("  2026-01-04 Sun working day  元旦");
  });

  it("--json prints exactly {year, rows: [{date, kind, name}]}", async () => {
    const r = await run(["calendar", "import-notice", "2026.txt", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { year: number; rows: { date: string; kind: string; name: string }[] };
    expect(Object.keys(json)).toEqual(["year", "rows"]);
    expect(json.year).toBe(2026);
    expect(json.rows[0]).toEqual({ date: "2026-01-01", kind: "放假", name: "元旦" });
    expect(
      json.rows.every(
        (row) => Object.keys(row).join() === "date,kind,name" && (row.kind === "放假" || row.kind === "上班"),
      ),
    ).toBe(true);
    expect(json).toEqual(noticeToJson(parseHolidayNotice(fs.readFileSync(path.join(NOTICES, "2026.txt"), "utf8"))));
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      '{"year": 2026, "rows": [',
      '  {"date": "2026-01-01", "kind": "放假", "name": "元旦"},',
    ]);
    expect(r.out.endsWith('"name": "国庆节"}\n]}')).toBe(true);
  });

  it("reads standard input (-) and a GBK file as Notepad saves it", async () => {
    const stdin = await run(
      ["calendar", "import-notice", "-", "--json"],
      fs.readFileSync(path.join(NOTICES, "2025.txt"), "utf8"),
    );
    expect((JSON.parse(stdin.out) as { year: number }).year).toBe(2025);
    const gbk = await run(["calendar", "import-notice", "2024-gbk.txt", "--json"]);
    expect(gbk.code).toBe(0);
    expect((JSON.parse(gbk.out) as { rows: unknown[] }).rows).toHaveLength(
      noticeToJson(parseHolidayNotice(fs.readFileSync(path.join(NOTICES, "2024.txt"), "utf8"))).rows.length,
    );
  });

  it("--into writes the rows and 全年完整 into 节假日调整 of a new file; the input is untouched and 2027 becomes computable", async () => {
    const input = await workbook("ledgers.xlsx", {
      节假日调整: [
        ["日期", "类型", "说明"],
        [new Date(Date.UTC(2025, 9, 17)), "放假", "校运会"],
      ],
    });
    const before = sha(input);
    expect((await run(["calendar", "2027", "--holidays-sheet", input])).code).toBe(2);
    const r = await run(["calendar", "import-notice", "2027.txt", "--into", input, "-o", "with-2027.xlsx"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("已写入「节假日调整」：13 行和“全年完整”标记，替换了 0 行旧的安排");
    expect(r.out).toContain("已保存到 with-2027.xlsx");
    expect(sha(input)).toBe(before);
    const cal = await run(["calendar", "2027", "--json", "--holidays-sheet", "with-2027.xlsx"]);
    expect(cal.code).toBe(0);
    const days = JSON.parse(cal.out) as { date: string; working: boolean; name: string | null }[];
    expect(days.find((d) => d.date === "2027-02-14")).toEqual({
      date: "2027-02-14",
      working: true,
      name: "春节调休上班",
    });
    expect(days.find((d) => d.date === "2027-02-08")).toEqual({ date: "2027-02-08", working: false, name: "春节" });
    expect((await run(["workday", "2026-12-31", "1", "--holidays-sheet", "with-2027.xlsx"])).out).toBe("2027-01-04");
    // the school's row for another year is still there, and check reads the result cleanly
    expect((await run(["workday", "2025-10-16", "1", "--holidays-sheet", "with-2027.xlsx"])).out).toBe("2025-10-20");
    // importing again into the result replaces the year's rows instead of adding more
    const again = await run([
      "calendar",
      "import-notice",
      "2027.txt",
      "--into",
      "with-2027.xlsx",
      "-o",
      "again.xlsx",
      "--json",
    ]);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.out) as { year: number }).year).toBe(2027);
    expect(again.err).toContain("替换了 14 行旧的安排");
  });

  it("--into creates 节假日调整 from the template when the workbook has none", async () => {
    const input = await workbook("plain.xlsx", { Sheet1: [["x"]] });
    const r = await run([
      "calendar",
      "import-notice",
      "2027.txt",
      "--into",
      input,
      "-o",
      "plain-out.xlsx",
      "--lang",
      "en-US",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("(sheet created from the template)");
    expect((await run(["calendar", "2027", "--holidays-sheet", "plain-out.xlsx"])).code).toBe(0);
  });

  it("--into a workbook LibreOffice wrote keeps its sheets and values and adds 节假日调整", async () => {
    fs.copyFileSync(path.join(__dirname, "../fixtures/libreoffice/台账-合并标题.xlsx"), path.join(dir, "lo.xlsx"));
    const r = await run(["calendar", "import-notice", "2027.txt", "--into", "lo.xlsx", "-o", "lo-2027.xlsx"]);
    expect(r.code).toBe(0);
    const { XlsxWorkbook } = await import("../../src/xlsx/workbook");
    const out = await XlsxWorkbook.fromFile(path.join(dir, "lo-2027.xlsx"), { readOnly: true });
    expect((await out.listSheets()).map((s) => s.name)).toEqual(["收文登记簿", "参数设置", "节假日调整"]);
    const [register] = await out.readSheets(["收文登记簿"]);
    expect(register?.values[0]?.[0]).toBe("某某中学2026年收文登记簿");
    expect((await run(["workday", "2027-02-05", "1", "--holidays-sheet", "lo-2027.xlsx"])).out).toBe("2027-02-14");
  });

  it("explains text that is not a notice, in both languages, and writes nothing", async () => {
    fs.writeFileSync(path.join(dir, "junk.txt"), "会议纪要：下周一开会。");
    const zh = await run(["calendar", "import-notice", "junk.txt", "--into", "ledgers.xlsx", "-o", "junk.xlsx"]);
    expect(zh).toMatchObject({ code: 2, out: "" });
    expect(zh.err).toBe(
      "ledger calendar import-notice: 无法从文字中看出年份。请连同标题“国务院办公厅关于 2027 年部分节假日安排的通知”一起粘贴，或指定年份。",
    );
    expect(fs.existsSync(path.join(dir, "junk.xlsx"))).toBe(false);
    const en = await run(["calendar", "import-notice", "junk.txt", "--year", "2027", "--lang", "en-US"]);
    expect(en.err).toContain("No holiday items for 2027 were found");
    const missing = await run(["calendar", "import-notice", "nope.txt"]);
    expect(missing).toMatchObject({
      code: 2,
      err: "ledger calendar import-notice: 无法读取通知文本 nope.txt：找不到文件",
    });
  });

  it.each([
    [["calendar", "import-notice"]],
    [["calendar", "import-notice", "2027.txt", "--into", "ledgers.xlsx"]],
    [["calendar", "import-notice", "2027.txt", "-o", "x.xlsx"]],
    [["calendar", "import-notice", "2027.txt", "--year", "27"]],
  ])("exits 2 with usage for %j", async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain("用法：ledger calendar import-notice <file|->");
  });

  it("refuses -o naming the --into workbook, as refresh does, and leaves it untouched", async () => {
    const before = fs.readFileSync(path.join(dir, "ledgers.xlsx"));
    const r = await run(["calendar", "import-notice", "2027.txt", "--into", "ledgers.xlsx", "-o", "ledgers.xlsx"]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toContain("输出文件 ledgers.xlsx 就是输入文件 ledgers.xlsx");
    expect(fs.readFileSync(path.join(dir, "ledgers.xlsx")).equals(before)).toBe(true);
  });

  it("names an .xls given to --into as every command does", async () => {
    fs.writeFileSync(
      path.join(dir, "old.xls"),
      Buffer.from([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...Buffer.from("W\0o\0r\0k\0b\0o\0o\0k\0", "latin1"),
      ]),
    );
    const r = await run(["calendar", "import-notice", "2027.txt", "--into", "old.xls", "-o", "new.xlsx"]);
    expect(r).toMatchObject({
      code: 2,
      err: "ledger calendar: 这是旧版 .xls 格式：old.xls。请在 Excel 或 WPS 中另存为 .xlsx 后再试",
    });
  });
});
