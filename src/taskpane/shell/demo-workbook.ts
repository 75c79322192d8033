/**
 * The workbook the pane shows outside Excel: the sheets of templates/demo.xlsx built from the same source
 * (scripts/demo-specs.ts: every register and settings sheet with the demo term's rows, the KPI目标 values the office
 * enters by hand, and the deliberate mistakes), so validation, deadlines and KPIs show what the file computes.
 */
import { demoSpecs } from "../../../scripts/demo-specs";
import type { SheetSpec } from "../../core/sheet-spec";
import { MemoryWorkbook } from "../../workbook/memory";

export function demoSheetSpecs(): SheetSpec[] {
  return demoSpecs().specs;
}

export async function demoWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.ensureSheets(demoSheetSpecs());
  return wb;
}
