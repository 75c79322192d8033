/**
 * The names of the sheets the add-in generates, each written by its feature's builder (registered in
 * src/app/derived-sheets.ts). They live in this leaf module so that recognition, which every face loads first, can
 * set them apart without loading the builders (and their libraries) into the task pane's first download.
 */
export const DEADLINE_OVERVIEW_SHEET = "期限总览";
export const KPI_BOARD_SHEET = "KPI看板";
export const RECTIFICATION_SHEET = "整改状态";
export const SURVEY_SUMMARY_SHEET = "满意度汇总";
