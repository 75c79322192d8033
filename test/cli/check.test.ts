import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { displayWidth } from "../../src/cli/commands/check";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { setIgnored, warningKey } from "../../src/app/ignored-warnings";
import { ymdToSerial } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";

function fakeIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-11-22", cwd };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-check-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = fakeIo(dir);
  const code = await runCli(["check", ...args], io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

const HEADERS = ["收文编号", "收文日期", "来文单位", "文件标题", "密级", "份数", "办理部门"];
const d = (m: number, day: number): number => ymdToSerial(2026, m, day);

async function workbook(
  name: string,
  rows: CellValue[][],
  extraSheets: Record<string, CellValue[][]> = {},
): Promise<string> {
  const wb = XlsxWorkbook.create();
  const sheets = { 收文登记簿: [HEADERS, ...rows], ...extraSheets };
  await wb.ensureSheets(Object.keys(sheets).map((s) => ({ name: s, columns: [], ifExists: "keep" as const })));
  await wb.writeBlocks(Object.entries(sheets).map(([sheet, values]) => ({ sheet, row: 1, column: 1, values })));
  await wb.save(path.join(dir, name));
  return name;
}

describe("ledger check", () => {
  test("a clean register exits 0 and says so", async () => {
    const file = await workbook("clean.xlsx", [["SW-1", d(10, 9), "市教育局", "通知", "公开", 1, "综合办"]]);
    const r = await run([file]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("检查 clean.xlsx（截至 2026-11-22）");
    expect(r.out).toContain("【收文登记簿】1 行：0 个错误，0 个警告");
    expect(r.out).toContain("合计：0 个错误，0 个警告");
  });

  test("errors exit 1; the table lists each finding with its Excel row and column, errors first", async () => {
    const file = await workbook("bad.xlsx", [
      ["SW-1", d(10, 9), "市教育局", "通知", "公开", 1, "综合办"],
      ["SW-1", "2026/13/01", "区财政局", "函", "绝密", 2, "财务室"],
    ]);
    const r = await run([file, "--as-of", "2026-11-22"]);
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    const tableHead = lines.findIndex((l) => /^\s+行\s+列\s+级别\s+代码\s+说明$/.test(l));
    expect(tableHead).toBeGreaterThan(0);
    const findings = lines.slice(tableHead + 1, lines.indexOf("", tableHead));
    expect(findings.some((l) => /^\s+3\s+收文编号\s+错误\s+cell\/unique\s/.test(l))).toBe(true);
    expect(findings.some((l) => /^\s+3\s+收文日期\s+错误\s+cell\/type\s/.test(l))).toBe(true);
    expect(findings.some((l) => /^\s+3\s+密级\s+错误\s+cell\/enum\s/.test(l))).toBe(true);
    const severities = findings.map((l) => (l.includes("错误") ? 0 : 1));
    expect([...severities].sort()).toEqual(severities);
  });

  test("--json prints exactly the report object", async () => {
    const file = await workbook("json.xlsx", [["SW-1", "2026/13/01", "市教育局", "通知", "公开", 1, "综合办"]], {
      Sheet3: [["随便"]],
    });
    const r = await run([file, "--json", "--as-of", "2026-11-01", "--lang", "en-US"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(["workbook", "asOf", "sheets", "unrecognized", "summary"]);
    expect(report).toMatchObject({
      workbook: "json.xlsx",
      asOf: "2026-11-01",
      unrecognized: ["Sheet3"],
      summary: { errors: 1, warnings: 0 },
    });
    expect(report.sheets).toEqual([
      {
        sheet: "收文登记簿",
        register: "incoming-documents",
        rows: 1,
        issues: [
          {
            row: 2,
            column: "收文日期",
            code: "cell/type",
            severity: "error",
            message: expect.stringMatching(/2026\/13\/01/),
          },
        ],
      },
    ]);
    expect(Object.keys(report.sheets[0].issues[0])).toEqual(["row", "column", "code", "severity", "message"]);
  });

  test("warnings ignored in the task pane are left out of the list and the counts, and the output says how many", async () => {
    // A second 来文单位 column: a warning (fields/duplicate) on the header row.
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([{ name: "收文登记簿", columns: [], ifExists: "keep" }]);
    await wb.writeBlocks([
      {
        sheet: "收文登记簿",
        row: 1,
        column: 1,
        values: [
          [...HEADERS, "来文单位"],
          ["SW-1", "2026/13/01", "市教育局", "通知", "公开", 1, "综合办", "市教育局"],
        ],
      },
    ]);
    await wb.save(path.join(dir, "ignored.xlsx"));
    const before = await run(["ignored.xlsx", "--json"]);
    const warning = JSON.parse(before.out).sheets[0].issues.find((i: { severity: string }) => i.severity === "warning");
    expect(warning).toMatchObject({ code: "fields/duplicate", column: "来文单位" });
    expect(JSON.parse(before.out).ignoredWarnings).toBeUndefined();

    // 「忽略此警告」 in the pane stores the key in the workbook.
    const pane = await XlsxWorkbook.fromBuffer(fs.readFileSync(path.join(dir, "ignored.xlsx")));
    await setIgnored(pane, warningKey("收文登记簿", warning), true);
    await pane.save(path.join(dir, "ignored.xlsx"));

    const text = await run(["ignored.xlsx"]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("【收文登记簿】1 行：1 个错误，0 个警告");
    expect(text.out).not.toContain("fields/duplicate");
    expect(text.out).toContain("另有 1 个警告已在任务窗格中忽略，未列出也未计入");
    expect(text.out).toContain("合计：1 个错误，0 个警告");
    const english = await run(["ignored.xlsx", "--lang", "en-US"]);
    expect(english.out).toContain("1 more warnings were ignored in the task pane: not listed, not counted");
    const json = JSON.parse((await run(["ignored.xlsx", "--json"])).out);
    expect(json.summary).toEqual({ errors: 1, warnings: 0 });
    expect(json.ignoredWarnings).toBe(1);
    expect(json.sheets[0].issues.map((i: { code: string }) => i.code)).toEqual(["cell/type"]);
  });

  test("English text output", async () => {
    const file = await workbook("en.xlsx", [["SW-1", d(10, 9), "市教育局", "通知", "公开", 1, "综合办"]]);
    const r = await run([file, "--lang", "en-US"]);
    expect(r.out).toContain("Checked en.xlsx (as of 2026-11-22)");
    expect(r.out).toContain("no problems found");
  });

  test("unreadable files exit 2 with one line naming the file and the reason", async () => {
    fs.writeFileSync(path.join(dir, "notes.txt.xlsx"), "just text");
    fs.writeFileSync(
      path.join(dir, "secret.xlsx"),
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
        Buffer.from("EncryptionInfo", "utf16le"),
      ]),
    );
    const good = XlsxWorkbook.create();
    await good.ensureSheets([
      { name: "收文登记簿", columns: HEADERS.map((h) => ({ header: h, width: 10 })), ifExists: "keep" },
    ]);
    const bytes = await good.toBuffer();
    fs.writeFileSync(path.join(dir, "cut.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const cases: Array<[string, RegExp]> = [
      ["cut.xlsx", /工作簿已损坏，无法读取：cut\.xlsx/],
      ["missing.xlsx", /找不到文件：missing\.xlsx/],
      ["notes.txt.xlsx", /不是 Excel 工作簿/],
      ["secret.xlsx", /打开密码/],
    ];
    for (const [file, message] of cases) {
      const r = await run([file]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(message);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
    expect((await run(["missing.xlsx", "--lang", "en-US"])).err).toContain("File not found: missing.xlsx");
  });

  test("bad arguments exit 2", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["x.xlsx", "--as-of", "2026-13-01"])).err).toContain("--as-of");
    expect((await run(["x.xlsx", "--lang", "fr"])).code).toBe(2);
  });

  test("never modifies the workbook it checks", async () => {
    const file = await workbook("untouched.xlsx", [["SW-1", "2026/13/01", "市教育局", "通知", "公开", 1, "综合办"]]);
    const full = path.join(dir, file);
    const before = fs.readFileSync(full);
    const mtime = fs.statSync(full).mtimeMs;
    expect((await run([file])).code).toBe(1);
    expect(fs.readFileSync(full).equals(before)).toBe(true);
    expect(fs.statSync(full).mtimeMs).toBe(mtime);
  });

  test("display width counts CJK characters as two columns", () => {
    expect(displayWidth("收文编号")).toBe(8);
    expect(displayWidth("cell/unique")).toBe(11);
    expect(displayWidth("（")).toBe(2);
  });
});

describe("ledger check on workbooks written by LibreOffice (test/fixtures/libreoffice)", () => {
  const fixtures = path.join(__dirname, "../fixtures/libreoffice");
  async function checkFixture(file: string) {
    const io = fakeIo(fixtures);
    const code = await runCli(["check", file, "--json", "--as-of", "2026-11-22"], io);
    return { code, report: JSON.parse(io.stdout.join("\n")) };
  }

  test("traditional headers and values are recognised; date text in any accepted form passes", async () => {
    const { code, report } = await checkFixture("收文登记簿-繁体表头.xlsx");
    expect(code).toBe(1);
    expect(report.sheets).toEqual([
      {
        sheet: "收文登记簿-繁体表头",
        register: "incoming-documents",
        rows: 4,
        // 已辦結 is 已办结 after conversion, and the sheet has no 办结日期 column to hold its date.
        issues: [
          { row: 2, column: "办结日期", code: "row/status-needs-date", severity: "error", message: expect.any(String) },
        ],
      },
    ]);
  });

  test("a header under a merged title row is found on row 2, and missing required columns are named there", async () => {
    const { report } = await checkFixture("台账-合并标题.xlsx");
    const sheet = report.sheets.find((s: { sheet: string }) => s.sheet === "收文登记簿");
    expect(sheet.rows).toBe(2);
    expect(sheet.issues.map((i: { row: number; column: string; code: string }) => [i.row, i.column, i.code])).toEqual([
      [2, "密级", "fields/missing"],
      [2, "办理部门", "fields/missing"],
    ]);
    expect(report.sheets.map((s: { register: string }) => s.register)).toContain("parameters");
  });
});
