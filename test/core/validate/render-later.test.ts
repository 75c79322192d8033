/**
 * Structured findings (issue #11, item 6): a finding keeps its message as data, so the report validated in one
 * language renders in the other exactly as if it had been validated in that one — without validating again.
 */
import * as path from "node:path";
import fc from "fast-check";
import { REGISTERS } from "../../../src/core/registers";
import type { CellValue } from "../../../src/core/sheet-spec";
import { reportIn, reportJson, validateSheets, type ValidationReport } from "../../../src/core/validate";
import { XlsxWorkbook } from "../../../src/xlsx/workbook";
import { validateWorkbook } from "../../../src/app/validate-workbook";
import { calendar, d, recognitionOf } from "./fixtures";

const messages = (r: ValidationReport) =>
  r.sheets.flatMap((s) => s.issues.map((i) => `${s.sheet}!${i.row}:${i.column} ${i.code} ${i.message}`));

describe("a report renders in either language from its findings", () => {
  test("the demo workbook's deliberate mistakes (rules, settings, keys, references)", async () => {
    const file = path.join(__dirname, "../../../templates/demo.xlsx");
    const asOf = d("2026-11-18");
    const zh = await validateWorkbook(await XlsxWorkbook.fromFile(file, { readOnly: true }), {
      workbook: "demo.xlsx",
      asOf,
      lang: "zh-CN",
    });
    const en = await validateWorkbook(await XlsxWorkbook.fromFile(file, { readOnly: true }), {
      workbook: "demo.xlsx",
      asOf,
      lang: "en-US",
    });
    expect(messages(zh).length).toBeGreaterThan(3);
    expect(messages(reportIn(zh, "en-US"))).toEqual(messages(en));
    expect(messages(reportIn(en, "zh-CN"))).toEqual(messages(zh));
    expect(messages(zh)).not.toEqual(messages(en));
    // What `ledger check --json` prints does not depend on the language validation ran in.
    expect(reportJson(zh, "en-US")).toEqual(reportJson(en, "en-US"));
  });

  test("arbitrary sheets of every register, and the report survives a worker's structured clone", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      fc.constantFrom(
        "2025-03-05",
        "2025-02-30",
        "14:30",
        "已办结",
        "是",
        "Y",
        "#N/A",
        "¥1,200.50",
        "85%",
        "甲、乙",
        "S1",
        "-3",
        "99999",
      ),
      fc.string({ maxLength: 8 }),
      fc.integer({ min: -5, max: 3_000_000 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: REGISTERS.length - 1 }),
        fc.array(fc.array(cell, { maxLength: 24 }), { maxLength: 12 }),
        (k, body) => {
          const register = REGISTERS[k] as (typeof REGISTERS)[number];
          const values: CellValue[][] = [register.columns.map((c) => c.header), ...body];
          const run = (lang: "zh-CN" | "en-US") =>
            validateSheets({
              workbook: "p.xlsx",
              sheets: [{ name: register.sheet, values }],
              recognitions: [recognitionOf(register.sheet, register, values)],
              calendar,
              asOf: d("2025-12-31"),
              lang,
            });
          const zh = structuredClone(run("zh-CN"));
          expect(messages(reportIn(zh, "en-US"))).toEqual(messages(run("en-US")));
        },
      ),
      { numRuns: 150 },
    );
  });
});
