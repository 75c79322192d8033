/**
 * ExcelJS cell values ↔ the port's CellValue. ExcelJS builds Date objects in UTC from the stored serial, so the serial
 * comes back with UTC arithmetic only; a local-time method here would shift every date by the machine's zone.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/sheet-spec";

const MS_PER_DAY = 86_400_000;
// Days from 1899-12-30 (the serial epoch) to 1970-01-01.
const UNIX_EPOCH_SERIAL = 25569;

export function dateToSerial(d: Date): number {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return Number.NaN;
  // Whole days divide exactly and stay integers; a time of day keeps its fraction (to ExcelJS's millisecond).
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function richText(runs: ReadonlyArray<{ text?: unknown }>): string {
  return runs.map((r) => (typeof r.text === "string" ? r.text : "")).join("");
}

/** What a person sees in the cell, as Office.js `values` would return it: formulas give their cached result. */
export function fromExcelJs(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) {
    const s = dateToSerial(v);
    return Number.isNaN(s) ? null : s;
  }
  if (typeof v !== "object") return null;
  if ("error" in v) return String(v.error);
  if ("richText" in v && Array.isArray(v.richText)) return richText(v.richText);
  if ("formula" in v || "sharedFormula" in v) {
    return fromExcelJs((v as { result?: ExcelJS.CellValue }).result);
  }
  if ("hyperlink" in v) {
    const text = (v as { text?: unknown }).text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text)
      return richText((text as ExcelJS.RichText & { richText: ExcelJS.RichText[] }).richText);
    return String((v as { hyperlink: string }).hyperlink);
  }
  return null;
}

/** The port's value as ExcelJS should store it. Text starting with '=' is a formula, as in Office.js `values`. */
export function toExcelJs(v: CellValue): ExcelJS.CellValue {
  if (v === null || v === "") return null;
  if (typeof v === "string" && v.startsWith("=") && v.length > 1)
    return { formula: v.slice(1) } as ExcelJS.CellFormulaValue;
  return v;
}
