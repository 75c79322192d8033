/**
 * The generated sheets' names in refresh order, for recognition and validation (loadContext). The registry
 * (derived-sheets.ts) has one entry per name; a test keeps the two in step. Apart from the registry so that loading a
 * workbook does not load every builder.
 */
import {
  DEADLINE_OVERVIEW_SHEET,
  KPI_BOARD_SHEET,
  RECTIFICATION_SHEET,
  SURVEY_SUMMARY_SHEET,
} from "../core/derived-sheet-names";

export const DERIVED_SHEET_NAMES: readonly string[] = [
  DEADLINE_OVERVIEW_SHEET,
  KPI_BOARD_SHEET,
  RECTIFICATION_SHEET,
  SURVEY_SUMMARY_SHEET,
];
