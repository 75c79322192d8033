import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

function fakeIo(cwd = process.cwd()): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-11-22", cwd };
}

async function run(args: string[], cwd?: string) {
  const io = fakeIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-calendar-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function writeWorkbook(name: string, rows: unknown[][], sheet = "节假日调整"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return name;
}

describe("ledger workday", () => {
  it("prints the date n working days later", async () => {
    expect(await run(["workday", "2025-09-26", "5"])).toEqual({ code: 0, out: "2025-10-10", err: "" });
    expect((await run(["workday", "2025年1月24日", "3"])).out).toBe("2025-02-05");
    expect((await run(["workday", "2026/2/12", "3"])).out).toBe("2026-02-24");
  });

  it("counts back for negative n", async () => {
    expect((await run(["workday", "2025-10-10", "-5"])).out).toBe("2025-09-26");
  });

  it.each([
    [["workday", "2025-09-26"]],
    [["workday", "2025-09-26", "five"]],
    [["workday", "2025-02-30", "1"]],
    [["workday", "2025-09-26", "1", "extra"]],
    [["workday", "2025-09-26", "1", "--lang", "fr"]],
  ])("exits 2 with usage for %j", async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("用法：ledger workday");
  });

  it("exits 2 with the coverage message beyond the loaded years", async () => {
    const r = await run(["workday", "2026-12-30", "5"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("2027 年的法定节假日安排尚未载入，请在「节假日调整」工作表中补充该年的放假与调休安排，或更新加载项。");
    const en = await run(["workday", "2026-12-30", "5", "--lang", "en-US"]);
    expect(en.err).toMatch(/^The official holiday schedule for 2027 is not loaded/);
  });
});

describe("ledger networkdays", () => {
  it("prints the inclusive count", async () => {
    expect(await run(["networkdays", "2025-09-01", "2025-10-31"])).toEqual({ code: 0, out: "41", err: "" });
    expect((await run(["networkdays", "2025-10-31", "2025-09-01"])).out).toBe("-41");
  });

  it("exits 2 on bad dates and uncovered years", async () => {
    expect((await run(["networkdays", "2025-09-01"])).code).toBe(2);
    const r = await run(["networkdays", "2026-12-01", "2030-01-01"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("2027 年的法定节假日安排尚未载入");
  });
});

describe("ledger calendar", () => {
  it("prints every day as JSON with names, null for ordinary days", async () => {
    const r = await run(["calendar", "2026", "--json"]);
    expect(r.code).toBe(0);
    const days = JSON.parse(r.out) as { date: string; working: boolean; name: string | null }[];
    expect(days).toHaveLength(365);
    expect(days.find((d) => d.date === "2026-02-14")).toEqual({ date: "2026-02-14", working: true, name: "春节调休上班" });
    expect(days.find((d) => d.date === "2026-02-16")).toEqual({ date: "2026-02-16", working: false, name: "春节" });
    expect(days.find((d) => d.date === "2026-03-02")).toEqual({ date: "2026-03-02", working: true, name: null });
    expect(days.find((d) => d.date === "2026-03-01")).toEqual({ date: "2026-03-01", working: false, name: null });
    expect(days.filter((d) => d.working)).toHaveLength(248);
    expect(r.out.split("\n")[1]).toBe('{"date":"2026-01-01","working":false,"name":"元旦"},');
  });

  it("prints a month-by-month listing", async () => {
    const r = await run(["calendar", "2025"]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("2025年1月（工作日 19 天）");
    expect(lines).toContain("  2025-10-01 周三 休息  国庆节");
    expect(lines).toContain("  2025-09-28 周日 上班  国庆节调休上班");
    expect(lines).toContain("  2025-09-29 周一 上班");
    expect(lines[lines.length - 1]).toBe("2025 年共 248 个工作日。");
    const en = await run(["calendar", "2025", "--lang", "en-US"]);
    expect(en.out.split("\n")[0]).toBe("January 2025 (19 working days)");
    expect(en.out).toContain("  2025-09-28 Sun working  National Day make-up working day");
  });

  it("exits 2 for an uncovered year and for a bad year", async () => {
    const r = await run(["calendar", "2030", "--json"]);
    expect(r).toEqual({ code: 2, out: "", err: "2030 年的法定节假日安排尚未载入，请在「节假日调整」工作表中补充该年的放假与调休安排，或更新加载项。" });
    const bad = await run(["calendar", "26"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("用法：ledger calendar");
  });
});

describe("--holidays-sheet", () => {
  it("applies the workbook's overrides: a closure, an extra duty day, and a whole new year", async () => {
    const file = await writeWorkbook("overrides.xlsx", [
      ["日期*", "类型*", "说明"],
      [new Date(Date.UTC(2025, 8, 29)), "放假", "校庆"],
      ["2025-09-27", "上班", ""],
      [new Date(Date.UTC(2027, 0, 1)), "放假", "元旦"],
    ]);
    expect((await run(["workday", "2025-09-26", "3", "--holidays-sheet", file], dir)).out).toBe("2025-09-30");
    expect((await run(["networkdays", "2025-09-26", "2025-09-30", "--holidays-sheet", file], dir)).out).toBe("4");
    expect((await run(["workday", "2026-12-31", "1", "--holidays-sheet", file], dir)).out).toBe("2027-01-04");
    const cal = await run(["calendar", "2027", "--json", "--holidays-sheet", path.join(dir, file)]);
    expect(cal.code).toBe(0);
    const days = JSON.parse(cal.out) as { date: string; working: boolean; name: string | null }[];
    expect(days[0]).toEqual({ date: "2027-01-01", working: false, name: "元旦" });
    expect(days[3]).toEqual({ date: "2027-01-04", working: true, name: null });
  });

  it("stops with row-level messages when a row cannot be used", async () => {
    const file = await writeWorkbook("bad.xlsx", [
      ["日期", "类型"],
      ["2025-09-29", "调课"],
    ]);
    const r = await run(["workday", "2025-09-26", "1", "--holidays-sheet", file], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("「节假日调整」第 2 行“类型”列：“调课”应为“放假”或“上班”。");
  });

  it("exits 2 when the sheet or the file is missing", async () => {
    const file = await writeWorkbook("nosheet.xlsx", [["x"]], "Sheet1");
    const r = await run(["workday", "2025-09-26", "1", "--holidays-sheet", file], dir);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toContain("没有「节假日调整」工作表");
    const missing = await run(["workday", "2025-09-26", "1", "--holidays-sheet", "absent.xlsx"], dir);
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect(missing.err).toContain("找不到文件：absent.xlsx");
  });
});
