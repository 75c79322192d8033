/**
 * Reading and validating a 100,000-row, 18-column 收文登记簿 through ExcelWorkbook on the Excel fake: the whole
 * validate use case (listSheets, readSheets, getSetting), counting syncs and the largest request and response the
 * fake measured. Excel on the web round trips cost ~100–300 ms each, so syncs are the unit that matters.
 * Target: at most 10 syncs and every request and response under 5 MB.
 */
import { validateWorkbook } from "../src/app/validate-workbook";
import { isoToSerial } from "../src/core/dates";
import { ExcelWorkbook } from "../src/excel";
import { createExcelFake, PAYLOAD_LIMIT_BYTES } from "../test/support/excel-fake";
import { incomingRegister } from "../test/support/excel-fake/sample-register";
import { round1, type BenchEntry } from "./harness";

const ROWS = 100_000;
const MAX_SYNCS = 10;

export const excelBench: BenchEntry = {
  name: "excel: read+validate 100k×18 收文登记簿 via Office.js fake",
  async run() {
    const fake = createExcelFake({ sheets: [{ name: "收文登记簿", values: incomingRegister(ROWS) }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    const t0 = performance.now();
    const report = await validateWorkbook(port, { workbook: "bench.xlsx", asOf: isoToSerial("2026-11-22") });
    const ms = performance.now() - t0;
    const { syncs, maxRequestBytes, maxResponseBytes, records } = fake.stats;
    const pass =
      syncs <= MAX_SYNCS &&
      maxRequestBytes < PAYLOAD_LIMIT_BYTES &&
      maxResponseBytes < PAYLOAD_LIMIT_BYTES &&
      records.every((r) => r.failed === null);
    return {
      name: excelBench.name,
      unit: "syncs",
      ours: syncs,
      target: `≤ ${MAX_SYNCS} syncs, each request/response < 5 MB`,
      pass,
      details: {
        rows: ROWS,
        maxRequestKB: round1(maxRequestBytes / 1024),
        maxResponseKB: round1(maxResponseBytes / 1024),
        totalResponseMB: round1(records.reduce((n, r) => n + r.responseBytes, 0) / 1048576),
        issues: report.summary.errors + report.summary.warnings,
        wallMs: round1(ms),
      },
    };
  },
};
