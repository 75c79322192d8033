/**
 * Test doubles for the deadline core: a RegisterTable over plain rows (dates written as 'YYYY-MM-DD', date-times as
 * 'YYYY-MM-DD HH:mm', booleans as 是/否) and Settings with the catalogue's defaults plus overrides.
 */
import { parseIso, parseIsoDateTime } from "../../../src/core/dates";
import { makeSettings } from "../../../src/core/settings";
import { registerById } from "../../../src/core/registers";
import type { RegisterDef } from "../../../src/core/registers/types";
import type { Settings } from "../../../src/core/settings-types";
import type { RegisterTable } from "../../../src/core/table-types";

export type Row = Record<string, string | number | boolean | null>;

export function register(id: string): RegisterDef {
  const r = registerById(id);
  if (!r) throw new Error(`no register ${id}`);
  return r;
}

/**
 * A table whose header row is row 1 and whose columns are `headers` (default: every catalogue column), so a test can
 * leave a column out of the sheet entirely.
 */
export function fakeTable(
  registerId: string,
  rows: readonly (Row | null)[],
  opts: { headers?: readonly string[]; sheet?: string; headerRow?: number } = {},
): RegisterTable {
  const def = register(registerId);
  const headers = opts.headers ?? def.columns.map((c) => c.header);
  const headerRow = opts.headerRow ?? 1;
  const index = new Map(headers.map((h, i) => [h, i]));
  const raw = (h: string, i: number): unknown => (index.has(h) ? (rows[i]?.[h] ?? null) : null);
  const str = (h: string, i: number): string | null => {
    const v = raw(h, i);
    if (v === null || v === undefined) return null;
    const s = String(v).trim();
    return s === "" ? null : s;
  };
  return {
    register: def,
    sheet: opts.sheet ?? def.sheet,
    headerRow,
    rowCount: rows.length,
    excelRow: (i) => headerRow + 1 + i,
    columnIndex: (h) => index.get(h) ?? -1,
    has: (h) => index.has(h),
    isBlank: (i) => rows[i] === null || Object.values(rows[i] as Row).every((v) => v === null || v === ""),
    raw,
    text: str,
    number: (h, i) => {
      const v = raw(h, i);
      return typeof v === "number" ? v : null;
    },
    date: (h, i) => {
      const v = str(h, i);
      if (v === null) return null;
      const dt = parseIsoDateTime(v);
      return dt === null ? null : Math.floor(dt);
    },
    dateTime: (h, i) => {
      const v = str(h, i);
      return v === null ? null : (parseIsoDateTime(v) ?? parseIso(v));
    },
    bool: (h, i) => {
      const v = str(h, i);
      return v === "是" ? true : v === "否" ? false : null;
    },
    list: (h, i) => (str(h, i) ?? "").split(/[、,，;；]/).filter((x) => x !== ""),
  };
}

/** The real Settings over explicit parameter values (unknown keys throw, as they do for a read workbook). */
export function fakeSettings(overrides: Record<string, number | string> = {}): Settings {
  return makeSettings(new Map(Object.entries(overrides)));
}
