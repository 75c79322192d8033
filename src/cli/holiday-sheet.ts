/**
 * Reads a workbook's `节假日调整` sheet for the calendar commands' --holidays-sheet option, as the plain 2-D values the
 * core parser takes. ExcelJS builds dates as UTC Date objects from the stored serial, so they go back to serials with
 * UTC arithmetic only; a local-time read here would move every override by the machine's zone.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../core/sheet-spec";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569; // 1970-01-01 as an Excel serial

function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof v !== "object") return null;
  if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return plain((v as { result?: ExcelJS.CellValue }).result);
  if ("error" in v) return String(v.error);
  if ("text" in v && typeof v.text === "string") return v.text;
  return null;
}

/** The sheet's values from A1 (row 0 = Excel row 1), or null when the workbook has no such sheet. */
export async function readSheetValues(file: string, sheetName: string): Promise<CellValue[][] | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) return null;
  const values: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plain(cell.value);
    });
    values[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(values, (r) => r ?? []);
}
