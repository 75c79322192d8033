/**
 * `ledger check` on a file: a 20,000-row 收文登记簿 .xlsx opened read-only (the package scan), read through the port
 * and validated. The peer is ExcelJS loading the same bytes and walking every cell's value — what reading the file
 * costs through ExcelJS's model before any checking. Ours, validation included, should take less than that.
 */
import ExcelJS from "exceljs";
import { validateWorkbook } from "../src/app/validate-workbook";
import { ymdToSerial } from "../src/core/dates";
import { registerById } from "../src/core/registers";
import type { RegisterDef } from "../src/core/registers/types";
import type { CellValue } from "../src/core/sheet-spec";
import { XlsxWorkbook } from "../src/xlsx/workbook";
import { round1, seededRandom, timeMsAsync, type BenchEntry } from "./harness";

const ROWS = 20_000;
/** Our open + read + validate may take at most this share of ExcelJS's bare load-and-walk. */
const MAX_RATIO = 1.0;

const register = registerById("incoming-documents") as RegisterDef;

/** A 收文登记簿 of `rows` plausible rows, as .xlsx bytes (also the workbench bench's input). */
export async function incomingWorkbookBytes(rows = ROWS): Promise<Uint8Array> {
  const random = seededRandom(7);
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets([
    { name: register.sheet, columns: register.columns.map((c) => ({ header: c.header, width: 12 })), ifExists: "keep" },
  ]);
  const values: CellValue[][] = [];
  const base = ymdToSerial(2026, 1, 5);
  for (let i = 0; i < rows; i++) {
    const day = base + Math.floor(random() * 300);
    const row: Record<string, CellValue> = {
      收文编号: `SW-2026-${String(i + 1).padStart(5, "0")}`,
      收文日期: day,
      来文单位: ["市教育局", "区财政局", "区卫健委"][i % 3] as string,
      文件标题: `关于第${i + 1}项工作的通知`,
      文件类型: "通知",
      密级: i % 7 === 0 ? "内部" : "公开",
      份数: 1 + (i % 4),
      办理部门: ["综合办", "教务处", "总务处"][i % 3] as string,
      传阅开始日期: day,
      收回日期: day + 1 + (i % 3),
      状态: "传阅中",
    };
    values.push(register.columns.map((c) => row[c.header] ?? null));
  }
  await wb.writeBlocks([
    {
      sheet: register.sheet,
      row: 2,
      column: 1,
      values,
      columnFormats: register.columns.map((c) => (c.type.kind === "date" ? "yyyy-mm-dd" : null)),
    },
  ]);
  return wb.toBuffer();
}

export const xlsxBench: BenchEntry = {
  name: `check a ${ROWS.toLocaleString("en-US")}-row .xlsx (open read-only, read, validate)`,
  async run() {
    const bytes = await incomingWorkbookBytes();
    let issues = 0;
    const ours = await timeMsAsync(async () => {
      const wb = await XlsxWorkbook.fromBuffer(bytes, { readOnly: true });
      const report = await validateWorkbook(wb, { workbook: "bench.xlsx", asOf: ymdToSerial(2026, 11, 22) });
      issues = report.summary.errors + report.summary.warnings;
    }, 2);
    let cells = 0;
    const peer = await timeMsAsync(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      cells = 0;
      wb.getWorksheet(register.sheet)?.eachRow((row) =>
        row.eachCell(() => {
          cells++;
        }),
      );
    }, 2);
    const ratio = round1(ours / peer);
    return {
      name: this.name,
      unit: "ms",
      ours: round1(ours),
      peer: round1(peer),
      peerName: "ExcelJS load + walk",
      ratio: round1(peer / ours),
      target: `ours ≤ ${MAX_RATIO}× ExcelJS load + walk`,
      pass: ratio <= MAX_RATIO,
      details: { rows: ROWS, cells, issues, bytes: bytes.length },
    };
  },
};
