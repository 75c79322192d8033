/** `ledger export`: a register as CSV, UTF-8 with BOM or GBK, formula injection neutralised. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { csvCell } from "../../src/core/forms";
import { parseCsv, decodeText } from "../../src/xlsx/external-files";
import { encodeGbk } from "../../src/xlsx/csv-output";
import { CLAIMS, claimsWorkbook } from "../support/forms-fixture";

let dir: string;
async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), today: () => "2025-11-20", cwd: dir };
  const code = await runCli(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

// A register cell cannot hold text starting with = through the port (that is a formula on every adapter); csvCell
// covers =, and the import refuses such text (test/cli/forms.test.ts).
const INJECTED = ["+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-export-"));
  const rows = CLAIMS.map((r) => [...r]);
  INJECTED.forEach((text, k) =>
    rows.push([`BX-2025-9${k}`, text, "教务处", "办公费", 45964, 45965, 10, 1, "否", "赵主任", null, null]),
  );
  await (await claimsWorkbook(rows)).save(path.join(dir, "台账.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("csvCell", () => {
  test.each([
    ["=1+2", "'=1+2"],
    ["+86 123", "'+86 123"],
    ["-5", "'-5"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["a=b", "a=b"],
    ["普通文本", "普通文本"],
    [12.5, "12.5"],
    [null, ""],
    [true, "是"],
  ] as const)("%j → %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe("ledger export", () => {
  test("UTF-8 with BOM by default: header, dates as YYYY-MM-DD, formulas written as text", async () => {
    const r = await run("export", "台账.xlsx", "--sheet", "报销台账", "-o", "out.csv");
    expect(r.code).toBe(0);
    expect(r.out).toBe(`已导出 ${CLAIMS.length + INJECTED.length} 行到 out.csv（UTF-8 BOM）`);
    const bytes = fs.readFileSync(path.join(dir, "out.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(decodeText(new Uint8Array(bytes), "out.csv").text);
    expect(rows[0]?.slice(0, 7)).toEqual([
      "报销单号",
      "申请人",
      "部门",
      "费用类别",
      "费用发生日期",
      "提交日期",
      "金额(元)",
    ]);
    expect(rows[1]?.slice(0, 7)).toEqual([
      "BX-2025-001",
      "张三",
      "教务处",
      "办公费",
      "2025-11-03",
      "2025-11-05",
      "320.5",
    ]);
    const claimants = rows.slice(CLAIMS.length + 1).map((r) => r[1]);
    expect(claimants).toEqual(INJECTED.map((t) => `'${t}`));
    for (const c of claimants) expect(String(c)).not.toMatch(/^[=+\-@\t\r]/);
  });

  test("GBK for old software; the reader of outside files reads it back", async () => {
    const r = await run(
      "export",
      "台账.xlsx",
      "--sheet",
      "reimbursements",
      "-o",
      "gbk.csv",
      "--encoding",
      "gbk",
      "--lang",
      "en-US",
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("(GBK)");
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, "gbk.csv")));
    expect(new TextDecoder("gb18030").decode(bytes)).toContain("报销单号,申请人");
    const decoded = decodeText(bytes, "gbk.csv");
    expect(decoded.encoding).toBe("gb18030");
    expect(parseCsv(decoded.text)[2]?.[1]).toBe("李四");
    expect([...encodeGbk("学a")]).toEqual([0xd1, 0xa7, 0x61]);
    expect([...encodeGbk("😀")]).toEqual([0x3f]);
  });

  test("bad input: unknown encoding, unknown sheet, the input as output", async () => {
    expect(
      (await run("export", "台账.xlsx", "--sheet", "报销台账", "-o", "x.csv", "--encoding", "latin1")).err,
    ).toContain("--encoding 须为 utf8bom 或 gbk");
    const none = await run("export", "台账.xlsx", "--sheet", "采购台账", "-o", "x.csv", "--lang", "en-US");
    expect(none.code).toBe(2);
    expect(none.err).toContain("台账.xlsx has no recognised register '采购台账'");
    expect((await run("export", "台账.xlsx", "--sheet", "报销台账", "-o", "台账.xlsx")).code).toBe(2);
  });
});
