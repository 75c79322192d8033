/**
 * What a deadline computation needs besides the rows: the workbook's settings and calendar, the as-of day and the
 * language of messages. Limits are read from settings once per run, not per row.
 */
import { parseWorkingHours, calendarErrorMessage, type Calendar, type WorkingHours } from "../calendar";
import type { Serial } from "../dates";
import type { Lang } from "../i18n";
import type { Settings } from "../settings-types";

/**
 * Settings this feature reads that the `参数设置` catalogue does not (yet) list, with their defaults. 办理时限 has no
 * number in the sources (DOMAIN §9.9); five working days (one working week) is only used to fill a blank 办理期限
 * when the user asks for it.
 */
export const DEADLINE_SETTING_DEFAULTS: Readonly<Record<string, number>> = {
  "办理时限(工作日)": 5,
};

export interface DeadlineContext {
  settings: Settings;
  calendar: Calendar;
  /** The day statuses are judged on (a calendar day; the whole day counts as "today"). */
  asOf: Serial;
  lang: Lang;
  /** Parsed `上班时间`, or the reason it could not be parsed (only working-hour limits need it). */
  workingHours: WorkingHours | { error: string };
}

export function createDeadlineContext(settings: Settings, calendar: Calendar, asOf: Serial, lang: Lang): DeadlineContext {
  let workingHours: DeadlineContext["workingHours"];
  try {
    workingHours = parseWorkingHours(settings.text("上班时间"));
  } catch (e) {
    const reason = calendarErrorMessage(e, lang);
    if (reason === null) throw e;
    workingHours = { error: reason };
  }
  return { settings, calendar, asOf: Math.floor(asOf), lang, workingHours };
}

/**
 * A numeric setting of a limit. Keys this feature adds (DEADLINE_SETTING_DEFAULTS) fall back to their default when the
 * workbook's Settings does not know them: the catalogue's reader refuses keys outside REGISTERS.md.
 */
export function settingNumber(settings: Settings, key: string): number {
  const fallback = DEADLINE_SETTING_DEFAULTS[key];
  if (fallback === undefined) return settings.number(key);
  try {
    const n = settings.number(key);
    return Number.isFinite(n) ? n : fallback;
  } catch {
    return fallback;
  }
}
