/**
 * Sheets the add-in writes itself and replaces on every refresh. They are neither registers nor settings, so
 * recognition sets them apart instead of listing them as "unrecognised" in every check after a refresh.
 */
export const KPI_BOARD_SHEET = "KPI看板";
export const DEADLINE_OVERVIEW_SHEET = "期限总览";
export const SURVEY_SUMMARY_SHEET = "满意度汇总";

const GENERATED: ReadonlySet<string> = new Set([KPI_BOARD_SHEET, DEADLINE_OVERVIEW_SHEET, SURVEY_SUMMARY_SHEET]);

export function isGeneratedSheet(name: string): boolean {
  return GENERATED.has(name.trim());
}
