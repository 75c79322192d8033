/**
 * Register rows as CSV cells, with formula injection neutralised (OWASP): a cell starting with `=`, `+`, `-`, `@`,
 * tab or carriage return is written as text with a leading `'`, so a spreadsheet opening the CSV shows it instead
 * of running it. Dates are written as YYYY-MM-DD, so the CSV reads the same in any locale.
 */
import { serialToIso, serialToIsoDateTime } from "../dates";
import type { CellValue } from "../sheet-spec";
import type { SheetTable } from "../table";

const DANGEROUS = /^[=+\-@\t\r]/;

/** One cell's CSV text. */
export function csvCell(v: CellValue): string {
  if (v === null) return "";
  const s = typeof v === "boolean" ? (v ? "是" : "否") : String(v);
  return DANGEROUS.test(s) ? `'${s}` : s;
}

/** The header and data rows of a register sheet as CSV text cells (blank rows left out, the totals row excluded). */
export function registerCsvRows(t: SheetTable): string[][] {
  const cols = t.register.columns.filter((c) => t.has(c.header));
  const out: string[][] = [cols.map((c) => c.header)];
  for (let i = 0; i < t.rowCount; i++) {
    if (t.isBlank(i)) continue;
    out.push(
      cols.map((c) => {
        const raw = t.raw(c.header, i) as CellValue;
        if (typeof raw === "number" && c.type.kind === "date") {
          const d = t.date(c.header, i);
          if (d !== null) return serialToIso(d);
        }
        if (typeof raw === "number" && c.type.kind === "datetime") {
          const d = t.dateTime(c.header, i);
          if (d !== null) return serialToIsoDateTime(d).replace("T", " ");
        }
        return csvCell(raw ?? null);
      }),
    );
  }
  return out;
}
