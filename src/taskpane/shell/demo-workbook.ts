/**
 * The workbook the pane shows outside Excel: every register and settings sheet from the templates, filled with the
 * demo term's rows (scripts/demo-data.ts, the same rows as templates/demo.xlsx, deliberate mistakes included), so
 * validation, deadlines and KPIs all have something to show in a plain browser.
 */
import { DEMO_DEPARTMENTS, DEMO_HOLIDAY_OVERRIDES, DEMO_ROWS, DEMO_STAFF } from "../../../scripts/demo-data";
import { REGISTERS } from "../../core/registers";
import type { CellValue, SheetSpec } from "../../core/sheet-spec";
import { workbookTemplateSpecs } from "../../core/templates";
import { MemoryWorkbook } from "../../workbook/memory";

export function demoSheetSpecs(): SheetSpec[] {
  const specs = workbookTemplateSpecs(undefined, { departments: DEMO_DEPARTMENTS, staff: DEMO_STAFF.map((r) => String(r[0])) });
  const settingsRows: Record<string, CellValue[][]> = {
    部门: DEMO_DEPARTMENTS.map((d) => [d]),
    人员名单: DEMO_STAFF,
    节假日调整: DEMO_HOLIDAY_OVERRIDES,
  };
  return specs.map((spec): SheetSpec => {
    const settings = settingsRows[spec.name];
    if (settings) return { ...spec, rows: settings };
    const register = REGISTERS.find((r) => r.sheet === spec.name);
    const rows = register ? DEMO_ROWS[register.id] : undefined;
    if (!rows) return spec;
    return { ...spec, rows: rows.map((r) => spec.columns.map((c) => r.values[c.header] ?? null)) };
  });
}

export async function demoWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.ensureSheets(demoSheetSpecs());
  return wb;
}
