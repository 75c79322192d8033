/**
 * What LEDGER.WORKDAY / NETWORKDAYS / ISWORKDAY / DEADLINE compute, without Office: argument parsing, the calendar
 * built from the workbook's `节假日调整` and `参数设置` values, and errors as localized messages. functions.ts only
 * fetches the sheet values and turns FunctionInputError into CustomFunctions.Error.
 */
import {
  applyDuration,
  calendarErrorMessage,
  createCalendar,
  describeOverrideProblem,
  parseDateText,
  parseDuration,
  parseHolidayOverrides,
  parseWorkingHours,
  type Calendar,
  type WorkingHours,
} from "../core/calendar";
import { POSTPONE_KEY, postponeOffDay } from "../core/limits";
import type { SerialDateTime } from "../core/dates";
import { translate, type Lang } from "../core/i18n";
import type { CellValue } from "../core/sheet-spec";
import { ARG_NAMES, FUNCTION_MESSAGES } from "./messages";

export const DEFAULT_WORKING_HOURS = "08:30-12:00,14:00-17:30";
const WORKING_HOURS_KEY = "上班时间";

/** A bad argument or an unusable workbook setting, already in the user's language. */
export class FunctionInputError extends Error {
  override name = "FunctionInputError";
}

/** The calendar the functions use, as built from one read of the workbook. */
export interface FunctionContext {
  calendar: Calendar;
  /** '上班时间' text; parsed only when a working-hour limit needs it, so a bad setting breaks only DEADLINE(…, "2工作小时"). */
  workingHoursText: string;
  /** 参数设置 期限遇节假日顺延 (default 是): DEADLINE moves a day or hour limit ending on a day off to the next working day. */
  postponeOffDays?: boolean;
  /** First unusable `节假日调整` row, as a message: every function reports it rather than compute with a silently skipped row. */
  overrideError: ((lang: Lang) => string) | null;
}

/** The `参数设置` value of a key (columns 参数 | 值), or null. */
export function settingValue(values: readonly (readonly CellValue[])[] | null, key: string): string | null {
  if (!values) return null;
  for (let r = 0; r < Math.min(values.length, 10); r++) {
    const header = (values[r] ?? []).map((v) => (typeof v === "string" ? v.replace(/[*\s]/g, "") : ""));
    const k = header.indexOf("参数");
    const v = header.indexOf("值");
    if (k < 0 || v < 0) continue;
    for (const row of values.slice(r + 1)) {
      if (String(row[k] ?? "").trim() === key) {
        const value = row[v];
        return value === null || value === undefined || String(value).trim() === "" ? null : String(value).trim();
      }
    }
    return null;
  }
  return null;
}

/** Builds the functions' context from the two sheets' values (null when a sheet is absent). */
export function buildFunctionContext(
  holidayValues: readonly (readonly CellValue[])[] | null,
  settingsValues: readonly (readonly CellValue[])[] | null,
): FunctionContext {
  const parsed = holidayValues
    ? parseHolidayOverrides(holidayValues)
    : { overrides: [], completeYears: [], problems: [] };
  const firstError = parsed.problems.find((p) => p.severity === "error");
  return {
    calendar: createCalendar(parsed.overrides, { completeYears: parsed.completeYears }),
    workingHoursText: settingValue(settingsValues, WORKING_HOURS_KEY) ?? DEFAULT_WORKING_HOURS,
    postponeOffDays: !["否", "n", "no", "×", "false"].includes(
      (settingValue(settingsValues, POSTPONE_KEY) ?? "是").toLowerCase(),
    ),
    overrideError: firstError ? (lang) => describeOverrideProblem(firstError, lang) : null,
  };
}

function fail(lang: Lang, key: keyof typeof FUNCTION_MESSAGES, params: Record<string, string>): never {
  throw new FunctionInputError(translate(FUNCTION_MESSAGES, lang, key, params));
}

function argName(lang: Lang, arg: keyof typeof ARG_NAMES): string {
  return translate(ARG_NAMES, lang, arg);
}

function isMissing(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A date argument: an Excel serial (a date cell arrives as one) or date text; keeps a time fraction when given. */
export function dateArgument(v: unknown, arg: keyof typeof ARG_NAMES, lang: Lang): SerialDateTime {
  if (isMissing(v)) fail(lang, "missing", { arg: argName(lang, arg) });
  if (typeof v === "number" && Number.isFinite(v) && v >= 1) return v;
  if (typeof v === "string") {
    const text = v.trim();
    if (/^\d+(\.\d+)?$/.test(text) && Number(text) >= 1) return Number(text);
    const parsed = parseDateText(text);
    if (parsed !== null) return parsed;
  }
  return fail(lang, "badDate", { arg: argName(lang, arg), value: String(v) });
}

/** A whole count of days; Excel truncates fractions, so do we. */
export function countArgument(v: unknown, arg: keyof typeof ARG_NAMES, lang: Lang): number {
  if (isMissing(v)) fail(lang, "missing", { arg: argName(lang, arg) });
  const n =
    typeof v === "number" ? v : typeof v === "string" && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isFinite(n)) fail(lang, "badCount", { arg: argName(lang, arg), value: String(v) });
  return Math.trunc(n);
}

/** Runs a calendar computation, turning calendar errors (coverage, working hours) into localized input errors. */
function withCalendar<T>(ctx: FunctionContext, lang: Lang, compute: () => T): T {
  if (ctx.overrideError) throw new FunctionInputError(ctx.overrideError(lang));
  try {
    return compute();
  } catch (e) {
    const message = calendarErrorMessage(e, lang);
    if (message !== null) throw new FunctionInputError(message);
    throw e;
  }
}

export function workday(ctx: FunctionContext, lang: Lang, start: unknown, days: unknown): number {
  const s = dateArgument(start, "start", lang);
  const n = countArgument(days, "days", lang);
  return withCalendar(ctx, lang, () => ctx.calendar.addWorkdays(Math.floor(s), n));
}

export function networkdays(ctx: FunctionContext, lang: Lang, start: unknown, end: unknown): number {
  const a = dateArgument(start, "start", lang);
  const b = dateArgument(end, "end", lang);
  return withCalendar(ctx, lang, () => ctx.calendar.workdaysBetween(Math.floor(a), Math.floor(b)));
}

export function isWorkday(ctx: FunctionContext, lang: Lang, date: unknown): boolean {
  const d = dateArgument(date, "date", lang);
  return withCalendar(ctx, lang, () => ctx.calendar.isWorkday(Math.floor(d)));
}

function workingHours(ctx: FunctionContext, lang: Lang): WorkingHours {
  try {
    return parseWorkingHours(ctx.workingHoursText);
  } catch (e) {
    const detail = calendarErrorMessage(e, lang);
    if (detail === null) throw e;
    return fail(lang, "badHoursSetting", { detail });
  }
}

/**
 * The deadline for a limit such as "3工作日", "5天", "24小时", "2工作小时": a date serial for working days, a serial
 * with a time fraction for the others.
 */
export function deadline(ctx: FunctionContext, lang: Lang, start: unknown, limit: unknown): number {
  const s = dateArgument(start, "start", lang);
  if (isMissing(limit)) fail(lang, "missing", { arg: argName(lang, "limit") });
  const duration = typeof limit === "string" ? parseDuration(limit) : null;
  if (duration === null) return fail(lang, "badLimit", { value: String(limit) });
  const hours = duration.unit === "workhours" ? workingHours(ctx, lang) : { periods: [] };
  return withCalendar(ctx, lang, () => {
    const due = applyDuration(ctx.calendar, hours, s, duration);
    return ctx.postponeOffDays === false ? due : postponeOffDay(ctx.calendar, due, duration.unit);
  });
}
