import { translate, type Lang, type MessageParams } from "../i18n";
import { CALENDAR_MESSAGES, type CalendarMessageKey } from "./messages";

/**
 * A calendar error that knows its message key, so each face can show it in the user's language. `message` holds the
 * zh-CN text (the default language) for logs and for callers that do not translate.
 */
export class CalendarError extends Error {
  constructor(
    readonly key: CalendarMessageKey,
    readonly params: MessageParams = {},
  ) {
    super(translate(CALENDAR_MESSAGES, "zh-CN", key, params));
    this.name = "CalendarError";
  }
}

/**
 * A computation touched a year with neither official data nor a workbook schedule marked complete. Guessing Mon–Fri
 * there would give confident wrong deadlines around the next Spring Festival, so the calendar refuses instead.
 * `overrideRows` counts the year's 节假日调整 rows already entered, so the message can say the year is incomplete.
 */
export class CalendarCoverageError extends CalendarError {
  constructor(
    readonly year: number,
    readonly overrideRows = 0,
  ) {
    super(overrideRows > 0 ? "coveragePartial" : "coverage", { year, n: overrideRows });
    this.name = "CalendarCoverageError";
  }
}

/** Malformed working hours ('上班时间'). */
export class WorkingHoursError extends CalendarError {
  constructor(key: CalendarMessageKey, params: MessageParams) {
    super(key, params);
    this.name = "WorkingHoursError";
  }
}

/** The message of a calendar error in the given language; null when `e` is not a calendar error. */
export function calendarErrorMessage(e: unknown, lang: Lang): string | null {
  return e instanceof CalendarError ? translate(CALENDAR_MESSAGES, lang, e.key, e.params) : null;
}
