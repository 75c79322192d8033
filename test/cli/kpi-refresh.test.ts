/** `ledger refresh` writes KPI看板 into the new workbook: readable values, native charts, protection, page setup. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { ymdToSerial } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-kpi-refresh-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const d = (m: number, day: number): number => ymdToSerial(2026, m, day);

async function input(): Promise<string> {
  const wb = XlsxWorkbook.create();
  const values: CellValue[][] = [
    ["采购单号", "申请部门", "申请日期", "物品名称", "类型", "数量", "单价(元)", "参考单价(元)", "下单日期"],
    ["CG-1", "综合办", d(7, 1), "A4纸", "办公用品", 10, 9, 10, d(7, 3)], // 2 WD, saves 10 %
    ["CG-2", "综合办", d(8, 3), "硒鼓", "耗材", 2, 40, 50, d(8, 10)], // 5 WD, saves 20 %
    ["CG-3", "教务处", d(9, 24), "文件夹", "办公用品", 5, 20, 20, d(9, 28)], // 1 WD across 中秋节, saves 0 %
  ];
  await wb.ensureSheets([{ name: "采购台账", columns: [], ifExists: "keep" }]);
  await wb.writeBlocks([{ sheet: "采购台账", row: 1, column: 1, values }]);
  await wb.save(path.join(dir, "in.xlsx"));
  return "in.xlsx";
}

test("refresh writes a protected, printable KPI看板 with its trend charts drawn", async () => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-11-22", cwd: dir };
  const code = await runCli(["refresh", await input(), "-o", "out.xlsx", "--period", "2026Q3"], io);
  expect(stderr.join("\n")).toBe("");
  expect(code).toBe(0);
  const out = stdout.join("\n");
  expect(out).toContain("KPI看板：2026Q3（2026-07-01 至 2026-09-30）达成 2 项，未达成 1 项，数据不足 11 项");
  // The file adapter draws the charts itself: no "charts appear after a refresh in Excel" line or note.
  expect(out).not.toContain("趋势图");

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "out.xlsx"));
  const ws = wb.getWorksheet("KPI看板");
  if (!ws) throw new Error("no KPI看板");
  // Columns: 编号, 目标, 实际, icon code (shown as the icon only), 状态, 记录数; K01 on row 8
  const row = (r: number) => [1, 3, 4, 5, 6, 11].map((c) => ws.getCell(r, c).value);
  // K01: (2 + 5 + 1) / 3 = 2.67 WD → (3 − 2.67)/3 = 11.1 % < 30 %
  expect(row(8)).toEqual(["K01", "≥ 30%", 11.1, -1, "未达成", 3]);
  expect(row(10)).toEqual(["K03", "≤ 3 工作日", 2.67, 1, "达成", 3]);
  // K04: (100 + 100 + 100 − 90 − 80 − 100) / 300 = 10 %: the tie meets the target
  expect(row(11)).toEqual(["K04", "≥ 10%", 10, 1, "达成", 3]);
  expect(ws.getCell(8, 5).numFmt).toBe(";;;");
  // The tiles: 达成 / 未达成 / 数据不足 / all
  expect([ws.getCell(5, 1).value, ws.getCell(5, 3).value, ws.getCell(5, 7).value, ws.getCell(5, 10).value]).toEqual([
    2, 1, 11, 14,
  ]);
  expect(ws.getCell(3, 1).value).toBe(
    "更新于 2026-11-22 · 由台账助手根据各台账自动生成，请勿手工修改（刷新将覆盖本表）",
  );
  const texts: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => typeof c.value === "string" && texts.push(c.value)));
  expect(texts.some((t) => t.startsWith("图表说明"))).toBe(false);
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "out.xlsx")));
  // The fourteen KPI trends, and 整改状态's weekly chart (refresh writes every derived sheet).
  expect(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(15);
  expect(ws.pageSetup).toMatchObject({
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: "A1:J23",
    printTitlesRow: "7:7",
  });
  expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
});
