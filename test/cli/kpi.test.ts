/** `ledger kpi` over a real .xlsx written to disk: the JSON contract, the text table, defaults and bad input. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { ymdToSerial } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

function fakeIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-11-22", cwd };
}

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-kpi-"));
  await workbook("ledgers.xlsx");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = fakeIo(dir);
  const code = await runCli(["kpi", ...args], io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

const d = (y: number, m: number, day: number): number => ymdToSerial(y, m, day);
const REIMBURSEMENT_HEADERS = [
  "报销单号",
  "申请人",
  "部门",
  "费用类别",
  "费用发生日期",
  "提交日期",
  "金额(元)",
  "审批人",
  "审批完成日期",
];
const claim = (no: string, submitted: number, approved: number | null): CellValue[] => [
  no,
  "张三",
  "综合办",
  "办公费",
  submitted,
  submitted,
  100,
  "王主任",
  approved,
];

async function workbook(name: string): Promise<void> {
  const wb = XlsxWorkbook.create();
  const sheets: Record<string, CellValue[][]> = {
    报销台账: [
      REIMBURSEMENT_HEADERS,
      claim("BX-1", d(2026, 9, 24), d(2026, 9, 28)), // across 中秋节: 1 WD
      claim("BX-2", d(2026, 7, 6), d(2026, 7, 6)), // 0
      claim("BX-3", d(2026, 8, 3), d(2026, 8, 4)), // 1
      claim("BX-4", d(2026, 8, 10), d(2026, 8, 13)), // 3
      claim("BX-5", d(2026, 9, 1), null), // open
      claim("BX-6", d(2026, 4, 1), d(2026, 4, 2)), // Q2: 1
      claim("BX-7", d(2026, 5, 6), d(2026, 5, 8)), // Q2: 2
      claim("BX-8", d(2026, 6, 1), d(2026, 6, 2)), // Q2: 1
    ],
    KPI目标: [
      ["指标编号", "目标值", "基准值", "值"],
      ["K02", 1.25, null, null],
      ["K07", null, null, 4.7],
    ],
  };
  await wb.ensureSheets(Object.keys(sheets).map((s) => ({ name: s, columns: [], ifExists: "keep" as const })));
  await wb.writeBlocks(Object.entries(sheets).map(([sheet, values]) => ({ sheet, row: 1, column: 1, values })));
  await wb.save(path.join(dir, name));
}

describe("ledger kpi", () => {
  test("--json gives the period and every KPI in the contract's shape", async () => {
    const r = await run(["ledgers.xlsx", "--period", "2026Q3", "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["period", "kpis"]);
    expect(json.period).toEqual({ id: "2026Q3", start: "2026-07-01", end: "2026-09-30" });
    expect(json.kpis.map((k: { id: string }) => k.id)).toHaveLength(14);
    const k02 = json.kpis[1];
    // (1 + 0 + 1 + 3) / 4 = 1.25: equal to the KPI目标 target 1.25 → met; Q2 (1 + 2 + 1) / 3 = 1.33
    expect(Object.keys(k02).slice(0, 9)).toEqual([
      "id",
      "name",
      "unit",
      "target",
      "direction",
      "actual",
      "status",
      "n",
      "previous",
    ]);
    expect(k02).toMatchObject({
      id: "K02",
      name: "报销处理时间",
      unit: "workdays",
      target: 1.25,
      direction: "lower",
      actual: 1.25,
      status: "met",
      n: 4,
      previous: 1.33,
    });
    expect(k02.source).toEqual([{ sheet: "报销台账", rows: 8 }]);
    expect(json.kpis[6]).toMatchObject({ id: "K07", actual: 4.7, status: "met" });
    // K03 has no purchases register: no verdict, a reason, nothing measured
    expect(json.kpis[2]).toMatchObject({ id: "K03", actual: null, status: "no-data", measured: null, offenders: [] });
    for (const k of json.kpis) {
      expect(["met", "not-met", "no-data"]).toContain(k.status);
      if (k.status === "no-data") {
        expect(k.actual).toBeNull();
        expect(k.reason).toEqual(expect.any(String));
      }
    }
  });

  test("prints a readable table with the rows that count against a missed KPI", async () => {
    const r = await run(["ledgers.xlsx", "--period", "2026Q3", "--lang", "en-US"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("KPIs 2026Q3 (2026-07-01 to 2026-09-30, as of 2026-11-22)");
    expect(r.out).toMatch(
      /K02\s+Reimbursement processing time\s+≤ 1\.25 working days\s+1\.25 working days\s+Met\s+1\.33 working days\s+4/,
    );
    // K01 pools the four claims: (3 − 1.25)/3 = 58.3 % ≥ 30 % but only BX-4 (3 WD) is over 2.1 WD
    expect(r.out).toMatch(/K01\s+Approval cycle reduction\s+≥ 30%\s+58\.3%\s+Met/);
    expect(r.out).toContain("K05 Stocktake accuracy: The workbook has no recognisable '资产台账' sheet");
    const q2 = await run(["ledgers.xlsx", "--period", "2026Q2", "--lang", "en-US"]);
    expect(q2.out).toMatch(/K02\s+Reimbursement processing time\s+≤ 1\.25 working days\s+1\.33 working days\s+Not met/);
    expect(q2.out).toContain(
      "K02: rows counting against it (1 of 1):\n  报销台账 row 8 BX-7: 2026-05-06 → 2026-05-08 took 2 working days, more than 1.25 working days",
    );
  });

  test("defaults to the quarter containing as-of", async () => {
    const r = await run(["ledgers.xlsx", "--json", "--as-of", "2026-08-15"]);
    expect(JSON.parse(r.out).period.id).toBe("2026Q3");
  });

  test("bad input exits 2 with a message in the user's language", async () => {
    expect(await run(["ledgers.xlsx", "--period", "2026Q7"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("“2026Q7”不是统计期间"),
    });
    expect(await run(["ledgers.xlsx", "--as-of", "22/11/2026"])).toMatchObject({ code: 2 });
    expect(await run(["missing.xlsx", "--lang", "en-US"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("File not found"),
    });
    expect(await run([])).toMatchObject({ code: 2 });
  });
});

describe("periods beyond the calendar or the as-of day (issue 10 §1)", () => {
  test("a future 2027Q1 gives 数据不足 with the reason for every KPI, never 达成/未达成", async () => {
    const r = await run(["ledgers.xlsx", "--period", "2027Q1", "--json"]);
    const json = JSON.parse(r.out);
    for (const k of json.kpis) expect({ id: k.id, status: k.status }).toEqual({ id: k.id, status: "no-data" });
    expect(json.kpis.find((k: { id: string }) => k.id === "K07").reason).toBe(
      "统计期间 2027-01-01 至 2027-03-31 在数据截至日 2026-11-22 时尚未开始",
    );
  });

  test("2027Q1 as of 2027-02-10 with 2027 claims: working-day KPIs say the 2027 holidays are missing", async () => {
    const wb = XlsxWorkbook.create();
    const rows = [
      REIMBURSEMENT_HEADERS,
      claim("BX-1", d(2027, 1, 5), d(2027, 1, 6)),
      claim("BX-2", d(2027, 1, 7), d(2027, 1, 8)),
      claim("BX-3", d(2027, 1, 12), d(2027, 1, 13)),
    ];
    await wb.ensureSheets([{ name: "报销台账", columns: [], ifExists: "keep" }]);
    await wb.writeBlocks([{ sheet: "报销台账", row: 1, column: 1, values: rows }]);
    await wb.save(path.join(dir, "2027.xlsx"));
    const r = await run(["2027.xlsx", "--period", "2027Q1", "--as-of", "2027-02-10", "--json"]);
    const k02 = JSON.parse(r.out).kpis.find((k: { id: string }) => k.id === "K02");
    expect(k02).toMatchObject({ status: "no-data", actual: null });
    expect(k02.reason).toContain("2027 年的法定节假日安排尚未载入");
  });

  test("a K07 of 7 typed in KPI目标 is 数据不足 with the located reason, not 达成 (R62)", async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([{ name: "KPI目标", columns: [], ifExists: "keep" }]);
    await wb.writeBlocks([
      {
        sheet: "KPI目标",
        row: 1,
        column: 1,
        values: [
          ["指标编号", "目标值", "基准值", "值"],
          ["K07", null, null, 7],
        ],
      },
    ]);
    await wb.save(path.join(dir, "k07.xlsx"));
    const r = await run(["k07.xlsx", "--period", "2026Q3", "--json", "--lang", "en-US"]);
    const k07 = JSON.parse(r.out).kpis.find((k: { id: string }) => k.id === "K07");
    expect(k07).toMatchObject({ status: "no-data", actual: null });
    expect(k07.reason).toBe("KPI目标 row 2: “值” 7 is outside K07's range 1–5 points; ignored");
    // ledger check reports the same cell, located, as an error.
    const io = fakeIo(dir);
    expect(await runCli(["check", "k07.xlsx", "--json"], io)).toBe(1);
    const sheet = JSON.parse(io.stdout.join("\n")).sheets.find((s: { sheet: string }) => s.sheet === "KPI目标");
    expect(sheet.issues).toEqual([
      expect.objectContaining({ row: 2, column: "值", code: "cell/maximum", severity: "error" }),
    ]);
  });
});
