/**
 * The notice import's preview and outcome as the view shows them: the parsed rows with weekday and labels, or the
 * parser's sentence when the text is not a notice. Writing goes through the app use case (importHolidayNotice), the
 * same one `ledger calendar import-notice --into` calls, behind the pane's write.
 */
import {
  calendarErrorMessage,
  NoticeError,
  noticeToJson,
  parseHolidayNotice,
  type HolidayNotice,
} from "../../../core/calendar";
import { translate, type Lang } from "../../../core/i18n";
import { importHolidayNotice, type NoticeImportResult } from "../../../app/import-holiday-notice";
import type { WriteWithPreview } from "../../shell/writes";
import { NOTICE_MESSAGES } from "./messages";
import { weekdayName } from "./view-model";

export interface NoticePreviewRow {
  date: string;
  weekday: string;
  kind: "放假" | "上班";
  kindLabel: string;
  name: string;
}

export type NoticePreview =
  | {
      ok: true;
      notice: HolidayNotice;
      summary: string;
      rows: NoticePreviewRow[];
    }
  | { ok: false; message: string };

export function previewNotice(text: string, lang: Lang): NoticePreview {
  let notice: HolidayNotice;
  try {
    notice = parseHolidayNotice(text);
  } catch (e) {
    if (!(e instanceof NoticeError)) throw e;
    return { ok: false, message: calendarErrorMessage(e, lang) as string };
  }
  const json = noticeToJson(notice);
  const rows = notice.rows.map((r, i) => {
    const j = json.rows[i] as (typeof json.rows)[number];
    return {
      date: j.date,
      weekday: weekdayName(r.date, lang),
      kind: j.kind,
      kindLabel: translate(NOTICE_MESSAGES, lang, j.kind === "放假" ? "off" : "work"),
      name: j.name,
    };
  });
  const off = rows.filter((r) => r.kind === "放假").length;
  const summary = translate(NOTICE_MESSAGES, lang, "summary", {
    year: notice.year,
    off,
    work: rows.length - off,
    n: rows.length,
  });
  return { ok: true, notice, summary, rows };
}

/** What was written, as the sentences the pane shows after confirming. */
export function describeImport(result: NoticeImportResult, lang: Lang): string[] {
  const t = (key: keyof typeof NOTICE_MESSAGES, p?: Record<string, string | number>): string =>
    translate(NOTICE_MESSAGES, lang, key, p);
  const lines = [
    t("written", {
      sheet: result.sheet,
      year: result.year,
      n: result.written,
      replaced: result.replaced,
    }),
  ];
  if (result.created) lines.push(t("created"));
  if (result.keptOnNoticeDates.length > 0)
    lines.push(
      t("kept", {
        rows: result.keptOnNoticeDates.join(lang === "zh-CN" ? "、" : ", "),
      }),
    );
  return lines;
}

/**
 * Writes the previewed notice into 节假日调整. The page's preview (its rows, the sheet named on the button) and its
 * 「写入「节假日调整」」 are the confirmation, so the shell does not ask again; the write can be undone. Null: not written.
 */
export function writeNotice(
  write: WriteWithPreview,
  notice: HolidayNotice,
  lang: Lang,
): Promise<NoticeImportResult | null> {
  return write(translate(NOTICE_MESSAGES, lang, "confirm"), (p) => importHolidayNotice(p, notice), { confirmed: true });
}
