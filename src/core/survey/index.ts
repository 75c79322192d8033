/** Satisfaction surveys: read an export's shape, its responses, their statistics, the register rows and the sheet. */
export type * from "./types";
export { planSurvey, columnsByRole } from "./plan";
export type { PlanOptions } from "./plan";
export { readSurvey, splitChoices } from "./data";
export {
  summarise,
  summaryJson,
  overallScores,
  overallItemOf,
  MIN_GROUP_FLOOR,
  DEFAULT_MIN_GROUP,
  COMMENT_GROUP_MIN,
} from "./summary";
export type { SummaryOptions } from "./summary";
export { itemStats, t975 } from "./stats";
export { parseQuestionHeader, shortLabel, detectSource } from "./headers";
export { MAPPING_KEY, POSITION_PREFIX, parseMapping, formatMapping, mergeMapping, reversedPair } from "./mapping";
export type { ScoreMapping } from "./mapping";
export { SurveyError, SURVEY_MESSAGES, surveyMsg } from "./messages";
export type { SurveyErrorCode } from "./messages";
export { registerRows, planRegisterWrite, surveysFromTable, REGISTER_HEADERS } from "./store";
export { buildSurveySheet, SURVEY_SUMMARY_SHEET } from "./sheet";
export { KNOWN_SCALES, looksLikePii, isIdentityHeader } from "./vocab";
export { surveyKpi } from "./kpi";
export type { SurveyKpiValue } from "./kpi";
