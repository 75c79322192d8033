/**
 * Resolving a `CellLocator` (sheet, row, canonical header) to a sheet column: the one rule used by the pane's
 * navigation and by the marks a check puts on cells.
 */
import type { CellValue } from "../core/sheet-spec";

/** What resolving a header needs of a loaded workbook (a `WorkbookContext` has it). */
export interface LocateContext {
  recognition: { recognized: readonly { sheet: string; mapping: Readonly<Record<string, number>> }[] };
  sheets: readonly { name: string; values: readonly (readonly CellValue[])[] }[];
}

/**
 * 1-based sheet column of a canonical header: the recognised mapping, else the header text in the sheet's first five
 * rows (settings sheets), else the row's first cell (a column the sheet lacks: fields/missing; "" for a whole row).
 */
export function sheetColumnOf(ctx: LocateContext, sheet: string, header: string): number {
  if (header === "") return 1;
  const index = ctx.recognition.recognized.find((r) => r.sheet === sheet)?.mapping[header];
  if (index !== undefined) return index + 1;
  const values = ctx.sheets.find((s) => s.name === sheet)?.values ?? [];
  for (const row of values.slice(0, 5)) {
    const k = row.findIndex((v) => typeof v === "string" && v.trim() === header);
    if (k >= 0) return k + 1;
  }
  return 1;
}
