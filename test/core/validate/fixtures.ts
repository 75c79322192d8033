/** Builders for validation tests: a register sheet from a header and rows, recognised by its exact canonical headers. */
import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial } from "../../../src/core/dates";
import { registerById } from "../../../src/core/registers";
import type { RegisterDef } from "../../../src/core/registers/types";
import { makeSettings } from "../../../src/core/settings";
import type { Settings } from "../../../src/core/settings-types";
import type { CellValue } from "../../../src/core/sheet-spec";
import { runValidation, type SheetRecognition, type ValidateInput } from "../../../src/core/validate";

export const calendar = createCalendar();
export const d = isoToSerial;

export function reg(id: string): RegisterDef {
  const r = registerById(id);
  if (!r) throw new Error(`no register ${id}`);
  return r;
}

/** Header row + rows given as header → value objects (only the listed headers become columns). */
export function sheetOf(
  register: RegisterDef,
  rows: readonly Record<string, CellValue>[],
  headers?: readonly string[],
): CellValue[][] {
  const cols = headers ?? register.columns.map((c) => c.header);
  return [[...cols], ...rows.map((r) => cols.map((h) => (h in r ? (r[h] as CellValue) : null)))];
}

export function recognitionOf(
  sheet: string,
  register: RegisterDef,
  values: CellValue[][],
  headerRow = 1,
): SheetRecognition {
  const header = values[headerRow - 1] ?? [];
  const mapping = new Map<string, number>();
  const duplicates: { header: string; columns: number[] }[] = [];
  header.forEach((h, i) => {
    if (typeof h !== "string") return;
    if (!register.columns.some((c) => c.header === h)) return;
    if (mapping.has(h)) {
      const dup = duplicates.find((x) => x.header === h);
      if (dup) dup.columns.push(i);
      else duplicates.push({ header: h, columns: [mapping.get(h) as number, i] });
    } else mapping.set(h, i);
  });
  const missing = register.columns.filter((c) => c.required && !mapping.has(c.header)).map((c) => c.header);
  return { sheet, register, headerRow, mapping, missing, duplicates };
}

export interface CheckOptions {
  settings?: Settings;
  asOf?: string;
  lang?: ValidateInput["lang"];
  headers?: readonly string[];
  others?: readonly { id: string; rows: readonly Record<string, CellValue>[] }[];
}

/** Validates one register sheet (plus optional other registers) and returns its issues. */
export function check(id: string, rows: readonly Record<string, CellValue>[], opts: CheckOptions = {}) {
  const register = reg(id);
  const values = sheetOf(register, rows, opts.headers);
  const sheets = [{ name: register.sheet, values }];
  const recognitions = [recognitionOf(register.sheet, register, values)];
  for (const o of opts.others ?? []) {
    const r = reg(o.id);
    const v = sheetOf(r, o.rows);
    sheets.push({ name: r.sheet, values: v });
    recognitions.push(recognitionOf(r.sheet, r, v));
  }
  const run = runValidation({
    workbook: "test.xlsx",
    sheets,
    recognitions,
    settings: opts.settings ?? makeSettings(),
    calendar,
    asOf: d(opts.asOf ?? "2025-12-31"),
    lang: opts.lang ?? "zh-CN",
  });
  const report = run.report.sheets.find((s) => s.sheet === register.sheet);
  if (!report) throw new Error("sheet not in report");
  return report.issues;
}

/** Codes of the issues, as 'code@row:column' strings, for compact assertions. */
export const codes = (issues: readonly { code: string; row: number; column: string }[]): string[] =>
  issues.map((i) => `${i.code}@${i.row}:${i.column}`);
