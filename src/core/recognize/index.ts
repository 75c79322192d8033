/** Sheet recognition: header-row detection, header matching, scoring and confirmable column mappings. */
export { recognizeSheet, recognizeWorkbook, toColumnMapping } from "./recognize";
export type { WorkbookSheet } from "./recognize";
export { normalizeHeader, withoutUnit } from "./header";
export { HEADER_SCAN_ROWS, findHeaderRow } from "./header-row";
export { columnLetter } from "./column-letter";
export { LISTS_SHEET, isSettingsSheet, settingsSheetOf } from "./settings-sheets";
export { RECOGNIZE_MESSAGES, recognitionNotes, unrecognizedMessage } from "./messages";
export type {
  ColumnMapping,
  ConfirmedColumn,
  DuplicateColumn,
  ExtraColumn,
  Recognition,
  RecognitionBasis,
  SheetRows,
  WorkbookRecognition,
} from "./types";
