/**
 * Time-limit parameters of 参数设置 as durations. A value may name its unit ("24小时", "1工作日", "2工作小时", "5天");
 * a plain number is in the unit of the key's name (投诉核实时限(小时) → hours), so existing workbooks keep working.
 * The settings reader has already refused values that do not parse or whose unit the key does not accept, so here a
 * text always parses; the fallback only guards Settings built in code.
 */
import {
  applyDuration,
  CalendarError,
  parseDuration,
  parseWorkingHours,
  type Calendar,
  type Duration,
  type DurationUnit,
  type WorkingHours,
} from "./calendar";
import type { SerialDateTime } from "./dates";
import { translate, defineMessages, type Lang } from "./i18n";
import { message, type Message } from "./i18n/message";
import { PARAMETERS, parameterByKey } from "./registers/settings-sheets";
import type { Settings } from "./settings-types";

/** Keys of 参数设置 that hold a time limit (each accepts a duration with a unit). */
export const LIMIT_KEYS: readonly string[] = PARAMETERS.filter((p) => p.duration !== undefined).map((p) => p.key);

/**
 * The duration a limit key holds. `plainUnit` is the unit of a plain number when the caller's rule names one (the
 * deadline rules carry it as data); otherwise the key's own unit.
 */
export function limitDuration(settings: Settings, key: string, plainUnit?: DurationUnit): Duration {
  const def = parameterByKey.get(key);
  const unit = plainUnit ?? def?.duration?.unit ?? "days";
  const n = settings.number(key);
  if (Number.isFinite(n)) return { unit, amount: n };
  return parseDuration(settings.text(key)) ?? { unit, amount: Number(def?.default ?? 0) };
}

const UNIT_TEXT = defineMessages({
  workdays: { "zh-CN": "{n} 个工作日", "en-US": (p) => `${p.n} working day${p.n === 1 ? "" : "s"}` },
  days: { "zh-CN": "{n} 天", "en-US": (p) => `${p.n} day${p.n === 1 ? "" : "s"}` },
  hours: { "zh-CN": "{n} 小时", "en-US": (p) => `${p.n} hour${p.n === 1 ? "" : "s"}` },
  workhours: { "zh-CN": "{n} 个工作小时", "en-US": (p) => `${p.n} working hour${p.n === 1 ? "" : "s"}` },
});

/** "3 个工作日", "24 小时" / "3 working days", "24 hours": a limit as messages quote it. */
export function durationText(d: Duration, lang: Lang): string {
  return translate(UNIT_TEXT, lang, d.unit, { n: d.amount });
}

/** `durationText` in every language, for a finding rendered when shown. */
export function durationMessage(d: Duration): Message {
  return message(UNIT_TEXT, d.unit, { n: d.amount });
}

const UNIT_NAMES = defineMessages({
  workdays: { "zh-CN": "工作日", "en-US": "working days" },
  days: { "zh-CN": "天", "en-US": "days" },
  hours: { "zh-CN": "小时", "en-US": "hours" },
  workhours: { "zh-CN": "工作小时", "en-US": "working hours" },
});

/** The units a key accepts, for the message refusing another: "工作日、天". */
export function unitNames(units: readonly DurationUnit[], lang: Lang): string {
  return units.map((u) => translate(UNIT_NAMES, lang, u)).join(lang === "zh-CN" ? "、" : ", ");
}

const HOURS_CACHE = new WeakMap<Settings, WorkingHours | null>();

/** The workbook's 上班时间, parsed once per Settings; null when unreadable (the settings reader reported it). */
function workingHoursOf(settings: Settings): WorkingHours | null {
  if (HOURS_CACHE.has(settings)) return HOURS_CACHE.get(settings) ?? null;
  let hours: WorkingHours | null;
  try {
    hours = parseWorkingHours(settings.text("上班时间"));
  } catch (e) {
    if (!(e instanceof CalendarError)) throw e;
    hours = null;
  }
  HOURS_CACHE.set(settings, hours);
  return hours;
}

/**
 * The moment `key`'s limit after `start` ends, for validation rules; null when the limit is in working hours and
 * 上班时间 cannot be read. Day units count from the start's date and give a day; hour units keep the time of day.
 */
export function limitEnd(
  cal: Calendar,
  settings: Settings,
  key: string,
  start: SerialDateTime,
): { end: SerialDateTime; limit: Duration } | null {
  const limit = limitDuration(settings, key);
  const hours = limit.unit === "workhours" ? workingHoursOf(settings) : { periods: [] };
  if (hours === null) return null;
  const from = limit.unit === "workdays" || limit.unit === "days" ? Math.floor(start) : start;
  return { end: moveOffDay(cal, settings, applyDuration(cal, hours, from, limit), limit.unit), limit };
}

/** The 参数设置 switch for limits ending on a day off (default 是). */
export const POSTPONE_KEY = "期限遇节假日顺延";

/**
 * Chinese procedure for periods: a calendar-day or clock-hour limit whose last day is a statutory holiday or rest day
 * ends on the first working day after it (the time of day of an hour limit is kept). A lead before an event
 * (`direction` "before") moves to the last working day before instead: moving it later would shorten the lead the
 * rule exists to guarantee. Working-day and working-hour limits always end on working days and are left alone.
 */
export function moveOffDay(
  cal: Calendar,
  settings: Settings,
  due: SerialDateTime,
  unit: DurationUnit,
  direction: "after" | "before" = "after",
): SerialDateTime {
  return settings.text(POSTPONE_KEY) === "否" ? due : postponeOffDay(cal, due, unit, direction);
}

/** moveOffDay with the switch on (for callers that read 参数设置 themselves, such as LEDGER.DEADLINE). */
export function postponeOffDay(
  cal: Calendar,
  due: SerialDateTime,
  unit: DurationUnit,
  direction: "after" | "before" = "after",
): SerialDateTime {
  if (unit === "workdays" || unit === "workhours") return due;
  const day = Math.floor(due);
  if (cal.isWorkday(day)) return due;
  return cal.addWorkdays(day, direction === "after" ? 1 : -1) + (due - day);
}

/** Whether `limit` gives a moment of day (hour units) rather than a whole day. */
export const isHourLimit = (limit: Duration): boolean => limit.unit === "hours" || limit.unit === "workhours";
