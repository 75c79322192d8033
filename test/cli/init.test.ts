import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { REGISTERS } from "../../src/core/registers";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-init-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-11-22", cwd: dir };
  const code = await runCli(args, io);
  return { code, out: stdout.join("\n"), err: stderr.join("\n") };
}

describe("ledger init", () => {
  test("writes every register and settings sheet, and the new workbook checks clean", async () => {
    const r = await run(["init", "综合办台账.xlsx"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`${REGISTERS.length} 张台账`);
    const wb = await XlsxWorkbook.fromFile(path.join(dir, "综合办台账.xlsx"));
    const visible = (await wb.listSheets()).filter((s) => s.visible).map((s) => s.name);
    expect(visible).toEqual([
      "参数设置",
      "部门",
      "人员名单",
      "节假日调整",
      "KPI目标",
      ...REGISTERS.map((r) => r.sheet),
    ]);

    const check = await run(["check", "综合办台账.xlsx", "--json"]);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.out);
    expect(report.summary).toEqual({ errors: 0, warnings: 0 });
    expect(report.unrecognized).toEqual([]);
    expect(report.sheets.filter((s: { register: string }) => REGISTERS.some((r) => r.id === s.register))).toHaveLength(
      REGISTERS.length,
    );
  });

  test("--registers picks registers by id", async () => {
    const r = await run(["init", "two.xlsx", "--registers", "incoming-documents,reimbursements", "--lang", "en-US"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Created two.xlsx: 2 registers (收文登记簿, 报销台账)");
    const names = (await (await XlsxWorkbook.fromFile(path.join(dir, "two.xlsx"))).listSheets()).map((s) => s.name);
    expect(names).toContain("报销台账");
    expect(names).not.toContain("发文登记簿");
  });

  test("refuses to overwrite a file and names unknown register ids, exit 2", async () => {
    fs.writeFileSync(path.join(dir, "mine.xlsx"), "my data");
    const exists = await run(["init", "mine.xlsx"]);
    expect(exists.code).toBe(2);
    expect(exists.err).toContain("文件已存在：mine.xlsx");
    expect(fs.readFileSync(path.join(dir, "mine.xlsx"), "utf8")).toBe("my data");

    const unknown = await run(["init", "x.xlsx", "--registers", "incoming-documents,budget"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("未知的台账编号：budget");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
    expect((await run(["init"])).code).toBe(2);
  });
});
