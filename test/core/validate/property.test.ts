/** Properties of the engine over arbitrary cells: it never throws, never edits the input, and reports in order. */
import fc from "fast-check";
import { REGISTERS } from "../../../src/core/registers";
import { makeSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/sheet-spec";
import { validateSheets } from "../../../src/core/validate";
import { isBlankCell } from "../../../src/core/values";
import { calendar, d, recognitionOf } from "./fixtures";

const realistic = [
  "2025-03-05",
  "2025/3/5",
  "2025年3月5日",
  "20250305",
  "2025-02-30",
  "14:30",
  "已办结",
  "已归档",
  "公开",
  "是",
  "否",
  "Y",
  "#N/A",
  "  ",
  "　",
  "¥1,200.50",
  "85%",
  "甲、乙",
  "M1",
  "S1",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constantFrom(...realistic),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
);

test("arbitrary sheets: no throw, input untouched, issues in range and sorted, counts consistent", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: REGISTERS.length - 1 }),
      fc.array(fc.array(cell, { maxLength: 24 }), { maxLength: 25 }),
      fc.constantFrom("zh-CN" as const, "en-US" as const),
      (k, body, lang) => {
        const register = REGISTERS[k] as (typeof REGISTERS)[number];
        const headers = register.columns.map((c) => c.header);
        const values: CellValue[][] = [headers, ...body];
        const before = JSON.stringify(values);
        const report = validateSheets({
          workbook: "p.xlsx",
          sheets: [{ name: register.sheet, values }],
          recognitions: [recognitionOf(register.sheet, register, values)],
          settings: makeSettings(),
          calendar,
          asOf: d("2025-12-31"),
          lang,
        });
        expect(JSON.stringify(values)).toBe(before);
        const sheet = report.sheets[0];
        expect(sheet?.register).toBe(register.id);
        // The table ends at its last row with a value in one of the register's columns (a value further right is not
        // a record); above that, every row with any value counts.
        const mapped = (r: CellValue[]) => r.slice(0, headers.length).some((v) => !isBlankCell(v));
        let end = body.length;
        while (end > 0 && !mapped(body[end - 1] as CellValue[])) end--;
        expect(sheet?.rows).toBe(body.slice(0, end).filter((r) => r.some((v) => !isBlankCell(v))).length);
        const issues = sheet?.issues ?? [];
        for (const i of issues) {
          expect(i.row).toBeGreaterThanOrEqual(1);
          expect(i.row).toBeLessThanOrEqual(body.length + 1);
          expect(headers).toContain(i.column);
          expect(i.code).toMatch(/^(cell|row|fields|calendar)\/[a-z-]+$/i);
          expect(i.message.length).toBeGreaterThan(0);
        }
        for (let n = 1; n < issues.length; n++) {
          const a = issues[n - 1] as (typeof issues)[number];
          const b = issues[n] as (typeof issues)[number];
          if (a.severity === b.severity) expect(a.row).toBeLessThanOrEqual(b.row);
          else expect(a.severity).toBe("error");
        }
        expect(report.summary.errors + report.summary.warnings).toBe(issues.length);
      },
    ),
    { numRuns: 150 },
  );
});
