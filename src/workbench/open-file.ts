/**
 * Opening a picked file in the workbench and naming the saved copy. A browser gets bytes and a name, never a path, and
 * cannot write the file back: the processed workbook is offered as a download beside the original. Loaded when a file
 * is picked, so the workbench's first download holds no workbook library.
 */
import { defineMessages, translate, type Lang } from "../core/i18n";
import { WorkbookReadError } from "../xlsx/read-error";
import { XlsxWorkbook } from "../xlsx/workbook";
import { WORKBENCH_MESSAGES } from "./messages";

/**
 * The largest file the workbench opens. Measured in headless Chromium with the JS heap capped at 4 GB: a 300,000-row
 * 收文登记簿 (17 MB) opened, checked and saved in 35 s with about 800 MB of heap; the heap grows with the rows, and the
 * biggest sheet part must also fit in one JavaScript string. Past this size the tab risks running out of memory,
 * which the browser reports as a crashed page with nothing saved, so the file is refused first (the CLI has no limit).
 */
export const MAX_FILE_MB = 20;

export type OpenOutcome = { ok: true; workbook: XlsxWorkbook } | { ok: false; message: string };

/** Why a picked file is refused before reading it, or null. */
export function refuseBeforeReading(name: string, size: number, lang: Lang): string | null {
  if (!/\.xlsx$/i.test(name)) return translate(WORKBENCH_MESSAGES, lang, "notXlsx", { file: name });
  if (size > MAX_FILE_MB * 1024 * 1024) {
    return translate(WORKBENCH_MESSAGES, lang, "tooBig", { size: (size / 1024 / 1024).toFixed(1), limit: MAX_FILE_MB });
  }
  return null;
}

const FALLBACK = defineMessages({
  unreadable: {
    "zh-CN": "无法读取 {file}，请确认它是 .xlsx 工作簿",
    "en-US": "Cannot read {file}; make sure it is a .xlsx workbook",
  },
});

/** The workbook in `bytes`, or the one-line reason (the CLI's wording: .xls, encrypted, damaged …) naming the file. */
export async function openPickedFile(bytes: Uint8Array, name: string, lang: Lang): Promise<OpenOutcome> {
  const refused = refuseBeforeReading(name, bytes.byteLength, lang);
  if (refused !== null) return { ok: false, message: refused };
  try {
    return { ok: true, workbook: await XlsxWorkbook.fromBuffer(bytes, { fileName: name }) };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { ok: false, message: e.describe(lang) };
    return { ok: false, message: translate(FALLBACK, lang, "unreadable", { file: name }) };
  }
}
