/** The Office.js adapter: the port over Excel, its error wording, and the wiring to the real `Excel`/`Office` globals. */
import { pickLang } from "../core/i18n";
import { ExcelWorkbook, type ExcelWorkbookOptions } from "./workbook";

export { ExcelWorkbook, type ExcelWorkbookOptions } from "./workbook";
export { describeExcelError, officeErrorCode, ExcelAdapterError } from "./errors";
export { FEATURE_SETS, type ExcelFeature } from "./requirements";
export type { ChangedRows, OnRows } from "./watch";
export { SETTINGS_SHEET } from "./settings-sheet";

/** The adapter over the real Office.js globals (inside Excel, after `Office.onReady`). */
export function excelWorkbookFromOffice(options: Partial<ExcelWorkbookOptions> = {}): ExcelWorkbook {
  return new ExcelWorkbook({
    run: (batch) => Excel.run(batch),
    // The context handed to our batches is Excel's own RequestContext; the slice type just does not say so.
    runIn: (context, batch) => Excel.run(context as unknown as Excel.RequestContext, batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    createWorkbook: (base64) => Excel.createWorkbook(base64),
    lang: pickLang(Office.context.displayLanguage),
    ...options,
  });
}
