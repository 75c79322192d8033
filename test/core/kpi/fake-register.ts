/**
 * Test doubles for the KPI core: a RegisterTable over plain row objects (dates as 'YYYY-MM-DD' or
 * 'YYYY-MM-DD HH:mm', booleans as 是/否) and a Settings with REGISTERS.md defaults. They stand in for buildTable and
 * readSettings so each KPI fixture is a few readable rows whose expected values can be worked out by hand.
 */
import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial, parseIso, parseIsoDateTime } from "../../../src/core/dates";
import type { KpiInput } from "../../../src/core/kpi";
import { parameterByKey, registerById } from "../../../src/core/registers";
import type { KpiTargetOverride, Settings, StaffMember } from "../../../src/core/settings-types";
import type { RegisterTable } from "../../../src/core/table-types";

export type Row = Record<string, string | number | boolean | null>;

export function fakeTable(registerId: string, rows: readonly Row[], headerRow = 1): RegisterTable {
  const register = registerById(registerId);
  if (!register) throw new Error(`unknown register ${registerId}`);
  const headers = register.columns.map((c) => c.header);
  const cell = (h: string, i: number) => {
    const v = rows[i]?.[h];
    return v === undefined || v === "" ? null : v;
  };
  const dateTime = (h: string, i: number): number | null => {
    const v = cell(h, i);
    if (typeof v === "number") return v;
    return typeof v === "string" ? parseIsoDateTime(v) : null;
  };
  return {
    register,
    sheet: register.sheet,
    headerRow,
    rowCount: rows.length,
    excelRow: (i) => headerRow + 1 + i,
    columnIndex: (h) => headers.indexOf(h),
    has: (h) => headers.includes(h),
    isBlank: (i) => Object.values(rows[i] ?? {}).every((v) => v === null || v === ""),
    raw: (h, i) => cell(h, i),
    text: (h, i) => {
      const v = cell(h, i);
      return v === null ? null : String(v).trim();
    },
    number: (h, i) => {
      const v = cell(h, i);
      if (typeof v === "number") return v;
      return typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null;
    },
    date: (h, i) => {
      const v = cell(h, i);
      if (typeof v === "number") return Math.floor(v);
      if (typeof v !== "string") return null;
      const dt = parseIso(v) ?? parseIsoDateTime(v);
      return dt === null ? null : Math.floor(dt);
    },
    dateTime,
    bool: (h, i) => {
      const v = cell(h, i);
      if (typeof v === "boolean") return v;
      return v === "是" ? true : v === "否" ? false : null;
    },
    list: (h, i) => {
      const v = cell(h, i);
      return v === null
        ? []
        : String(v)
            .split(/[、,，;；]/)
            .map((s) => s.trim())
            .filter(Boolean);
    },
  };
}

export function fakeSettings(
  opts: {
    params?: Record<string, number>;
    staff?: StaffMember[] | null;
    kpiTargets?: KpiTargetOverride[];
  } = {},
): Settings {
  return {
    number: (key) => {
      if (opts.params && key in opts.params) return opts.params[key] as number;
      const def = parameterByKey.get(key);
      if (!def || typeof def.default !== "number") throw new Error(`no numeric parameter ${key}`);
      return def.default;
    },
    text: (key) => String(parameterByKey.get(key)?.default ?? ""),
    list: (key) => String(parameterByKey.get(key)?.default ?? "").split("、"),
    departments: null,
    staff: opts.staff === undefined ? null : opts.staff,
    holidayOverrides: [],
    kpiTargets: opts.kpiTargets ?? [],
  };
}

export const calendar = createCalendar();

export function kpiInput(
  tables: Record<string, readonly Row[]>,
  opts: { settings?: Settings; asOf?: string; lang?: KpiInput["lang"] } = {},
): KpiInput {
  return {
    tables: new Map(Object.entries(tables).map(([id, rows]) => [id, fakeTable(id, rows)])),
    settings: opts.settings ?? fakeSettings(),
    calendar,
    asOf: isoToSerial(opts.asOf ?? "2026-11-22"),
    lang: opts.lang ?? "zh-CN",
  };
}

export const staff = (name: string, onDuty = true): StaffMember => ({
  name,
  department: "综合办",
  role: "文员",
  onDuty,
});
