/**
 * The workbook's `节假日调整` sheet (日期* | 类型* 放假/上班/全年完整 | 说明) as calendar overrides. Reads plain cell
 * values, reports every unusable row with its Excel row number and column, and never alters the user's cells.
 *
 * A year without official data counts as covered only when the sheet says its schedule is complete: a marker row with
 * 类型 "全年完整" and the year in 日期 (2027, "2027年" or any date of 2027). The notice import writes that row after the
 * year's rows; a clerk entering a year by hand adds it last. Until then the year's rows still apply, but the calendar
 * keeps refusing the year, so a half-entered Spring Festival never passes for plain working days.
 */
import type { CellValue } from "../sheet-spec";
import { translate, type Lang } from "../i18n";
import { serialToIso, serialToYmd, type Serial } from "../dates";
import { OVERRIDE_YEARS } from "./calendar";
import { parseDateText, toHalfWidth } from "./date-text";
import { CALENDAR_MESSAGES } from "./messages";
import type { HolidayOverride } from "./types";

export const HOLIDAY_SHEET = "节假日调整";

export type OverrideProblemCode =
  "override/no-header" | "override/bad-date" | "override/missing-date" | "override/bad-kind" | "override/duplicate";

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
  /** Years the sheet marks complete (全年完整 rows), ascending: the calendar covers them like official years. */
  completeYears: number[];
  problems: OverrideProblem[];
}

const HEADERS = {
  date: ["日期", "date"],
  kind: ["类型", "kind", "type"],
  note: ["说明", "备注", "note", "notes"],
} as const;

const OFF_WORDS = new Set(["放假", "休息", "休假", "停课", "off", "holiday", "day off"]);
const WORK_WORDS = new Set(["上班", "补班", "调休上班", "工作", "工作日", "work", "workday", "working day"]);
/** 类型 of the row that marks a year's schedule complete; the first is what the import writes and the dropdown offers. */
export const COMPLETE_KIND = "全年完整";
const COMPLETE_WORDS = new Set([COMPLETE_KIND, "完整", "全年已完整", "complete", "year complete"]);

/** Header text without the required-marker '*', spaces and case. */
function headerKey(v: CellValue): string {
  return typeof v === "string" ? toHalfWidth(v).replace(/[*\s]/g, "").toLowerCase() : "";
}

function cellText(v: CellValue): string {
  return v === null ? "" : String(v).trim();
}

function findHeader(
  values: readonly (readonly CellValue[])[],
): { row: number; date: number; kind: number; note: number } | null {
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
  const s =
    typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : typeof v === "string" ? parseDateText(v) : null;
  if (s === null) return null;
  const day = Math.floor(s);
  const year = serialToYmd(day).year;
  // A number far from today's years is a typo (a bare year, an amount), not a holiday adjustment.
  return year >= OVERRIDE_YEARS.min && year <= OVERRIDE_YEARS.max ? day : null;
}

/** The year a marker row names: 2027, "2027", "2027年", or any date in 2027; null when unreadable. */
function toMarkerYear(v: CellValue): number | null {
  // A bare year typed into the date-formatted column arrives as the number 2027 (shown as a date in 1905).
  if (typeof v === "number" && Number.isInteger(v) && v >= OVERRIDE_YEARS.min && v <= OVERRIDE_YEARS.max) return v;
  const m = typeof v === "string" ? /^(\d{4})\s*年?$/.exec(toHalfWidth(v.trim())) : null;
  if (m) {
    const year = Number(m[1]);
    return year >= OVERRIDE_YEARS.min && year <= OVERRIDE_YEARS.max ? year : null;
  }
  const day = toSerial(v);
  return day === null ? null : serialToYmd(day).year;
}

/** Header row and columns of a `节假日调整` sheet (row index 0-based), or null when it has none. */
export function findHolidayHeader(
  values: readonly (readonly CellValue[])[],
): { row: number; date: number; kind: number; note: number } | null {
  return findHeader(values);
}

/** What a 类型 cell says: a day off, a working day, the year-complete marker, or nothing usable (null). */
export function holidayRowKind(v: CellValue): "off" | "work" | "complete" | null {
  const kindText = toHalfWidth(cellText(v)).toLowerCase();
  return OFF_WORDS.has(kindText)
    ? "off"
    : WORK_WORDS.has(kindText)
      ? "work"
      : COMPLETE_WORDS.has(kindText)
        ? "complete"
        : null;
}

/** The year a row belongs to: its date's year, or for a marker row the year it names; null when unreadable. */
export function holidayRowYear(dateCell: CellValue, kindCell: CellValue): number | null {
  if (holidayRowKind(kindCell) === "complete") return toMarkerYear(dateCell);
  const day = toSerial(dateCell);
  return day === null ? null : serialToYmd(day).year;
}

/** Parses the sheet's values (row 0 = Excel row 1). Later rows for the same date win, with a warning. */
export function parseHolidayOverrides(values: readonly (readonly CellValue[])[]): ParsedOverrides {
  const header = findHeader(values);
  if (!header) {
    return {
      overrides: [],
      completeYears: [],
      problems: [{ code: "override/no-header", severity: "error", row: null, column: null, value: "" }],
    };
  }
  const problems: OverrideProblem[] = [];
  const completeYears = new Set<number>();
  const byDate = new Map<Serial, { override: HolidayOverride; row: number }>();
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const excelRow = r + 1;
    const dateCell = row[header.date] ?? null;
    const kindCell = row[header.kind] ?? null;
    const noteCell = header.note >= 0 ? (row[header.note] ?? null) : null;
    if ([dateCell, kindCell, noteCell].every((c) => cellText(c) === "")) continue;
    if (holidayRowKind(kindCell) === "complete") {
      const year = toMarkerYear(dateCell);
      if (year === null) {
        const empty = cellText(dateCell) === "";
        problems.push({
          code: empty ? "override/missing-date" : "override/bad-date",
          severity: "error",
          row: excelRow,
          column: "日期",
          value: cellText(dateCell),
        });
      } else completeYears.add(year);
      continue;
    }
    const date = toSerial(dateCell);
    if (date === null) {
      const empty = cellText(dateCell) === "";
      problems.push({
        code: empty ? "override/missing-date" : "override/bad-date",
        severity: "error",
        row: excelRow,
        column: "日期",
        value: cellText(dateCell),
      });
    }
    const kind = holidayRowKind(kindCell) as "off" | "work" | null;
    if (kind === null)
      problems.push({
        code: "override/bad-kind",
        severity: "error",
        row: excelRow,
        column: "类型",
        value: cellText(kindCell),
      });
    if (date === null || kind === null) continue;
    const note = cellText(noteCell);
    const override: HolidayOverride = note === "" ? { date, kind } : { date, kind, note };
    const earlier = byDate.get(date);
    if (earlier) {
      problems.push({
        code: "override/duplicate",
        severity: "warning",
        row: excelRow,
        column: "日期",
        value: serialToIso(date),
        firstRow: earlier.row,
      });
    }
    byDate.set(date, { override, row: earlier?.row ?? excelRow });
  }
  const overrides = [...byDate.values()].map((e) => e.override).sort((a, b) => a.date - b.date);
  return { overrides, completeYears: [...completeYears].sort((a, b) => a - b), problems };
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
