/**
 * `ledger deadlines` and `ledger refresh` with issue 17's registers: recurring duties and incidents reach the text and
 * JSON reports and 期限总览, on a workbook LibreOffice wrote (converted from CSV) and on one the add-in wrote.
 */
import { INCIDENT_HEADERS, OPEN_LEAK } from "../support/incident-rows";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import type { CellValue } from "../../src/core/sheet-spec";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ledger-calendar-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-12-03", cwd: dir };
  const code = await runCli(args, io);
  return { code, out: stdout.join("\n"), err: stderr.join("\n") };
}

async function addinWorkbook(name: string): Promise<string> {
  const sheets: Record<string, CellValue[][]> = {
    周期工作: [
      ["事项", "周期", "提前提醒", "责任人", "责任部门", "最近完成日期", "说明"],
      ["部门周会", "每周一", 0, "王芳", null, null, "T21"],
    ],
    突发事件登记: [[...INCIDENT_HEADERS], OPEN_LEAK],
  };
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets(Object.keys(sheets).map((s) => ({ name: s, columns: [], ifExists: "keep" as const })));
  await wb.writeBlocks(Object.entries(sheets).map(([sheet, values]) => ({ sheet, row: 1, column: 1, values })));
  await wb.save(join(dir, name));
  return name;
}

describe("ledger deadlines with recurring duties and incidents", () => {
  it("lists them in the JSON report, with due times for the incident chain", async () => {
    const file = await addinWorkbook("calendar.xlsx");
    const r = await run(["deadlines", file, "--json"]);
    expect(r.err).toBe("");
    const items = (JSON.parse(r.out) as { items: Array<Record<string, unknown>> }).items;
    expect(items.filter((i) => i.deadline === "recurring-duty").map((i) => [i.due, i.status, i.cycle])).toEqual([
      ["2026-11-30", "overdue", "每周一"],
      ["2026-12-07", "open", "每周一"],
    ]);
    expect(items.find((i) => i.deadline === "incident-report")).toMatchObject({
      due: "2026-12-03T10:00",
      status: "due-soon",
      owner: "张主任",
      key: "E1",
    });
    expect(items.find((i) => i.deadline === "incident-contact")).toMatchObject({
      done: "2026-12-03T09:10",
      status: "done-on-time",
    });
  });

  it("names them in the text report in both languages, and refresh writes them into 期限总览", async () => {
    const file = await addinWorkbook("calendar-text.xlsx");
    expect((await run(["deadlines", file])).out).toContain("部门周会");
    expect((await run(["deadlines", file, "--lang", "en-US"])).out).toContain("Recurring duty");
    const out = await run(["refresh", file, "-o", "calendar-out.xlsx"]);
    expect(out.code).toBe(0);
    const wb = await XlsxWorkbook.fromFile(join(dir, "calendar-out.xlsx"));
    const [overview] = await wb.readSheets(["期限总览"]);
    const text = JSON.stringify(overview?.values);
    expect(text).toContain("例行工作");
    expect(text).toContain("部门周会");
    expect(text).toContain("提交紧急事项报告（1小时）");
  });
});

const libreoffice = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find((p) => existsSync(p));
(libreoffice ? describe : describe.skip)("a 周期工作 sheet LibreOffice wrote", () => {
  it("is recognised and its log closes occurrences", async () => {
    const profile = mkdtempSync(join(tmpdir(), "ledger-lo-profile-"));
    try {
      const csv = join(dir, "duties.csv");
      writeFileSync(
        csv,
        "事项,周期,提前提醒,责任人,责任部门,最近完成日期,说明\n月度总结会,每月末,3,孙强,,2026-10-30,T24\n部门周会,每周一,0,王芳,,2026-11-30,T21\n",
      );
      execFileSync(
        libreoffice as string,
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--infilter=CSV:44,34,76,1",
          "--convert-to",
          "xlsx",
          "--outdir",
          dir,
          csv,
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
      const r = await run(["deadlines", "duties.xlsx", "--json", "--as-of", "2026-12-03"]);
      expect(r.err).toBe("");
      const items = (JSON.parse(r.out) as { items: Array<Record<string, unknown>> }).items.filter(
        (i) => i.deadline === "recurring-duty",
      );
      expect(items.map((i) => [i.subject, i.due, i.status])).toEqual([
        ["月度总结会", "2026-10-30", "done-on-time"],
        ["月度总结会", "2026-11-30", "overdue"],
        ["月度总结会", "2026-12-31", "open"],
        ["部门周会", "2026-11-30", "done-on-time"],
        ["部门周会", "2026-12-07", "open"],
      ]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
