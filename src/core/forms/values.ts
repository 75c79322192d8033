/**
 * Cell values between a register row and a form: what a form prints for a row, and what an imported field writes
 * into the register (normalised: dates as serials, amounts as numbers, 是/否, lists joined with 、), so a row that
 * goes out on a form and comes back is the row it was.
 */
import type { ColumnDef } from "../registers/types";
import type { CellValue } from "../sheet-spec";
import type { RegisterTable } from "../table-types";
import { parseCell, type CellTypedValue, type ParseContext } from "../values";

/** A typed value as the cell that holds it. */
export function cellOfTyped(def: ColumnDef, v: CellTypedValue): CellValue {
  if (typeof v === "boolean") return v ? "是" : "否";
  if (Array.isArray(v)) return v.join("、");
  return v;
}

/**
 * The cell to write for a raw value: its normalised form when it parses, the raw value itself otherwise (validation
 * has refused it then, so it is never written), null for a blank.
 */
export function normalisedCell(def: ColumnDef, raw: unknown, ctx?: ParseContext): CellValue {
  const p = parseCell(def.type, raw, ctx);
  if (p.kind === "blank") return null;
  if (p.kind === "error")
    return typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? raw : null;
  return cellOfTyped(def, p.value);
}

/** Comparable text of a raw value for "same value?" (a date typed as text equals the same date as a serial). */
export function comparable(def: ColumnDef, raw: unknown, ctx?: ParseContext): string {
  const p = parseCell(def.type, raw, ctx);
  if (p.kind === "blank") return "";
  if (p.kind === "error") return `!${String(raw).trim()}`;
  const v = p.value;
  if (typeof v === "number") return String(Math.round(v * 1e6) / 1e6);
  return Array.isArray(v) ? v.join("、") : String(v);
}

/** What a form prints for data row i of the register: each field's normalised cell. */
export function rowValues(
  t: RegisterTable,
  i: number,
  headers: readonly string[],
  ctx?: ParseContext,
): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const h of headers) {
    const def = t.register.columns.find((c) => c.header === h);
    if (!def || !t.has(h)) continue;
    out.set(h, normalisedCell(def, t.raw(h, i), ctx));
  }
  return out;
}
