/** One sentence for any failure a page shows: the calendar's own wording, else Excel's (which covers plain errors too). */
import { calendarErrorMessage } from "../../core/calendar";
import type { Lang } from "../../core/i18n";
import { describeExcelError } from "../../excel";

export function errorText(e: unknown, lang: Lang): string {
  return calendarErrorMessage(e, lang) ?? describeExcelError(e, lang);
}
