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
    expect(r.err).toBe(
      "2027 年的法定节假日安排尚未载入。请导入国务院办公厅关于 2027 年部分节假日安排的通知（任务窗格“计算器”页的“导入国务院节假日通知”，或 ledger calendar import-notice），或更新加载项。",
    );
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
    expect(days.find((d) => d.date === "2026-02-14")).toEqual({
      date: "2026-02-14",
      working: true,
      name: "春节调休上班",
    });
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
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "2030 年的法定节假日安排尚未载入。请导入国务院办公厅关于 2030 年部分节假日安排的通知（任务窗格“计算器”页的“导入国务院节假日通知”，或 ledger calendar import-notice），或更新加载项。",
    });
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
      ["2027年", "全年完整", ""],
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

  it("keeps failing for a year with one row but no 全年完整 row, saying how to complete it", async () => {
    const file = await writeWorkbook("partial.xlsx", [
      ["日期*", "类型*", "说明"],
      [new Date(Date.UTC(2027, 0, 1)), "放假", "元旦"],
    ]);
    const cal = await run(["calendar", "2027", "--holidays-sheet", file], dir);
    expect(cal.code).toBe(2);
    expect(cal.out).toBe("");
    expect(cal.err).toContain("2027 年的法定节假日安排尚不完整");
    expect(cal.err).toContain("import-notice");
    const en = await run(["workday", "2026-12-31", "1", "--holidays-sheet", file, "--lang", "en-US"], dir);
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/^The holiday schedule for 2027 is incomplete/);
  });

  it("stops with row-level messages when a row cannot be used", async () => {
    const file = await writeWorkbook("bad.xlsx", [
      ["日期", "类型"],
      ["2025-09-29", "调课"],
    ]);
    const r = await run(["workday", "2025-09-26", "1", "--holidays-sheet", file], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("「节假日调整」第 2 行“类型”列：“调课”应为“放假”“上班”或“全年完整”。");
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

  it("reads a minimal package as openpyxl writes it (inline strings, no styles part), like check and deadlines do", async () => {
    const file = await writeMinimalPackage("openpyxl.xlsx", [
      ["日期", "类型", "说明"],
      [46346, "放假", "校庆"], // 2026-11-20, a Friday
      [{ d: "2027-01-01T00:00:00" }, "放假", "元旦"], // an ISO date cell (t="d"), which ExcelJS's reader took for the number 2027
      ["2027年", "全年完整", ""],
    ]);
    expect(await run(["workday", "2026-11-19", "1", "--holidays-sheet", file], dir)).toEqual({
      code: 0,
      out: "2026-11-23",
      err: "",
    });
    expect((await run(["networkdays", "2026-11-19", "2026-11-23", "--holidays-sheet", file], dir)).out).toBe("2");
    const cal = await run(["calendar", "2027", "--json", "--holidays-sheet", file], dir);
    expect(cal.code).toBe(0);
    expect((JSON.parse(cal.out) as { name: string | null }[])[0]?.name).toBe("元旦");
    // the same file through check: the way every command opens workbooks
    expect((await run(["check", file, "--as-of", "2026-11-02"], dir)).code).toBe(0);
  });

  it.each([
    [
      "legacy.xls",
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
      "这是旧版 .xls 格式：legacy.xls",
      "This is the old .xls format: legacy.xls",
    ],
    [
      "notes.xlsx",
      Buffer.from("just text, not a zip"),
      "不是 Excel 工作簿（.xlsx）：notes.xlsx",
      "Not an Excel workbook (.xlsx): notes.xlsx",
    ],
  ])("names the file type problem of %s like the other commands, in both languages", async (name, bytes, zh, en) => {
    fs.writeFileSync(path.join(dir, name), bytes);
    const r = await run(["calendar", "2026", "--holidays-sheet", name], dir);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toContain(`ledger calendar: ${zh}`);
    expect(r.err).not.toMatch(/zip|central directory|signature/i);
    const e = await run(["networkdays", "2026-01-05", "2026-01-09", "--holidays-sheet", name, "--lang", "en-US"], dir);
    expect(e.err).toContain(`ledger networkdays: ${en}`);
    // check says the same
    expect((await run(["check", name], dir)).err).toContain(zh);
  });
});

/** A package with only the parts openpyxl writes for values: inline strings, numbers, no styles or shared strings. */
async function writeMinimalPackage(
  name: string,
  rows: (string | number | { d: string })[][],
  sheet = "节假日调整",
): Promise<string> {
  const JSZip = (await import("jszip")).default;
  const zip = new JSZip();
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  // openpyxl writes absolute part names
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
  );
  const cells = rows
    .map((r, i) => {
      const cs = r.map((v, c) => {
        const ref = `${String.fromCharCode(65 + c)}${i + 1}`;
        if (typeof v === "object") return `<c r="${ref}" t="d"><v>${v.d}</v></c>`;
        return typeof v === "number"
          ? `<c r="${ref}"><v>${v}</v></c>`
          : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
      });
      return `<row r="${i + 1}">${cs.join("")}</row>`;
    })
    .join("");
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${cells}</sheetData></worksheet>`,
  );
  fs.writeFileSync(path.join(dir, name), await zip.generateAsync({ type: "uint8array" }));
  return name;
}
