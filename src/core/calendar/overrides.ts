/**
 * The workbook's `节假日调整` sheet (日期* | 类型* 放假/上班 | 说明) as calendar overrides. Reads plain cell values,
 * reports every unusable row with its Excel row number and column, and never alters the user's cells.
 */
import type { CellValue } from "../sheet-spec";
import { translate, type Lang } from "../i18n";
import { serialToIso, serialToYmd, type Serial } from "../dates";
import { OVERRIDE_YEARS } from "./calendar";
import { parseDateText, toHalfWidth } from "./date-text";
import { CALENDAR_MESSAGES } from "./messages";
import type { HolidayOverride } from "./types";

export const HOLIDAY_SHEET = "节假日调整";

export type OverrideProblemCode = "override/no-header" | "override/bad-date" | "override/missing-date" | "override/bad-kind" | "override/duplicate";

export interface OverrideProblem {
  code: OverrideProblemCode;
  severity: "error" | "warning";
  /** Excel row number (1-based); null for a sheet-level problem. */
  row: number | null;
  /** Canonical header of the column ('日期', '类型'); null for a sheet-level problem. */
  column: string | null;
  /** The offending cell as text, for the message. */
  value: string;
  firstRow?: number;
}

export interface ParsedOverrides {
  overrides: HolidayOverride[];
  problems: OverrideProblem[];
}

const HEADERS = {
  date: ["日期", "date"],
  kind: ["类型", "kind", "type"],
  note: ["说明", "备注", "note", "notes"],
} as const;

const OFF_WORDS = new Set(["放假", "休息", "休假", "停课", "off", "holiday", "day off"]);
const WORK_WORDS = new Set(["上班", "补班", "调休上班", "工作", "工作日", "work", "workday", "working day"]);

/** Header text without the required-marker '*', spaces and case. */
function headerKey(v: CellValue): string {
  return typeof v === "string" ? toHalfWidth(v).replace(/[*\s]/g, "").toLowerCase() : "";
}

function cellText(v: CellValue): string {
  return v === null ? "" : String(v).trim();
}

function findHeader(values: readonly (readonly CellValue[])[]): { row: number; date: number; kind: number; note: number } | null {
  // A title row or two may sit above the header, as in the generated templates.
  for (let r = 0; r < Math.min(values.length, 10); r++) {
    const keys = (values[r] ?? []).map(headerKey);
    const date = keys.findIndex((k) => (HEADERS.date as readonly string[]).includes(k));
    const kind = keys.findIndex((k) => (HEADERS.kind as readonly string[]).includes(k));
    if (date >= 0 && kind >= 0) {
      return { row: r, date, kind, note: keys.findIndex((k) => (HEADERS.note as readonly string[]).includes(k)) };
    }
  }
  return null;
}

function toSerial(v: CellValue): Serial | null {
  const s = typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : typeof v === "string" ? parseDateText(v) : null;
  if (s === null) return null;
  const day = Math.floor(s);
  const year = serialToYmd(day).year;
  // A number far from today's years is a typo (a bare year, an amount), not a holiday adjustment.
  return year >= OVERRIDE_YEARS.min && year <= OVERRIDE_YEARS.max ? day : null;
}

/** Parses the sheet's values (row 0 = Excel row 1). Later rows for the same date win, with a warning. */
export function parseHolidayOverrides(values: readonly (readonly CellValue[])[]): ParsedOverrides {
  const header = findHeader(values);
  if (!header) {
    return { overrides: [], problems: [{ code: "override/no-header", severity: "error", row: null, column: null, value: "" }] };
  }
  const problems: OverrideProblem[] = [];
  const byDate = new Map<Serial, { override: HolidayOverride; row: number }>();
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const excelRow = r + 1;
    const dateCell = row[header.date] ?? null;
    const kindCell = row[header.kind] ?? null;
    const noteCell = header.note >= 0 ? (row[header.note] ?? null) : null;
    if ([dateCell, kindCell, noteCell].every((c) => cellText(c) === "")) continue;
    const date = toSerial(dateCell);
    if (date === null) {
      const empty = cellText(dateCell) === "";
      problems.push({ code: empty ? "override/missing-date" : "override/bad-date", severity: "error", row: excelRow, column: "日期", value: cellText(dateCell) });
    }
    const kindText = toHalfWidth(cellText(kindCell)).toLowerCase();
    const kind = OFF_WORDS.has(kindText) ? "off" : WORK_WORDS.has(kindText) ? "work" : null;
    if (kind === null) problems.push({ code: "override/bad-kind", severity: "error", row: excelRow, column: "类型", value: cellText(kindCell) });
    if (date === null || kind === null) continue;
    const note = cellText(noteCell);
    const override: HolidayOverride = note === "" ? { date, kind } : { date, kind, note };
    const earlier = byDate.get(date);
    if (earlier) {
      problems.push({ code: "override/duplicate", severity: "warning", row: excelRow, column: "日期", value: serialToIso(date), firstRow: earlier.row });
    }
    byDate.set(date, { override, row: earlier?.row ?? excelRow });
  }
  const overrides = [...byDate.values()].map((e) => e.override).sort((a, b) => a.date - b.date);
  return { overrides, problems };
}

const PROBLEM_KEYS = {
  "override/no-header": "overrideNoHeader",
  "override/bad-date": "overrideBadDate",
  "override/missing-date": "overrideMissingDate",
  "override/bad-kind": "overrideBadKind",
  "override/duplicate": "overrideDuplicate",
} as const;

/** A problem as a sentence naming the sheet, row and column, in the user's language. */
export function describeOverrideProblem(p: OverrideProblem, lang: Lang, sheet = HOLIDAY_SHEET): string {
  return translate(CALENDAR_MESSAGES, lang, PROBLEM_KEYS[p.code], {
    sheet,
    row: p.row ?? "",
    column: p.column ?? "",
    value: p.value,
    firstRow: p.firstRow ?? "",
  });
}
