/**
 * What a deadline computation needs besides the rows: the workbook's settings and calendar, the as-of day and the
 * language of messages. Limits are read from settings once per run, not per row.
 */
import { parseWorkingHours, calendarErrorMessage, type Calendar, type WorkingHours } from "../calendar";
import type { Serial } from "../dates";
import type { Lang } from "../i18n";
import type { Settings } from "../settings-types";

export interface DeadlineContext {
  settings: Settings;
  calendar: Calendar;
  /** The day statuses are judged on (a calendar day; the whole day counts as "today"). */
  asOf: Serial;
  lang: Lang;
  /** Parsed `上班时间`, or the reason it could not be parsed (only working-hour limits need it). */
  workingHours: WorkingHours | { error: string };
}

export function createDeadlineContext(
  settings: Settings,
  calendar: Calendar,
  asOf: Serial,
  lang: Lang,
): DeadlineContext {
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

/** A numeric setting of a limit (every limit's key is in the 参数设置 catalogue, so the reader supplies defaults). */
export function settingNumber(settings: Settings, key: string): number {
  return settings.number(key);
}
