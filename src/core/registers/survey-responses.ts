/**
 * 满意度调查: imported survey responses, stored long — one row per respondent × question — so surveys with different
 * questions coexist in one register under fixed headers (a wide sheet would need a column per question of every
 * survey). Identity columns never reach it (src/core/survey/plan.ts drops them on import). Key: 调查名称 + 答卷编号 +
 * 题目, which makes re-importing the same export idempotent. docs/surveys.md describes the columns.
 */
import { T, col } from "./kit";
import type { RegisterDef } from "./types";

export const SURVEY_RESPONSES_SHEET = "满意度调查";
const SURVEY_QUESTION_TYPES = ["评分", "单选", "多选", "文本"] as const;

export const surveyResponses: RegisterDef = {
  id: "survey-responses",
  sheet: SURVEY_RESPONSES_SHEET,
  en: "Survey responses",
  tableName: "SurveyResponses",
  key: ["调查名称", "答卷编号", "题目"],
  columns: [
    col("调查名称", "Survey", T.text(), { required: true, width: 20 }),
    col("类型", "Kind", T.enumOf(["师生", "员工"]), { required: true }),
    col("答卷编号", "Response id", T.text(), { required: true, width: 10 }),
    col("提交时间", "Submitted", T.datetime()),
    col("题目", "Question", T.text(), { required: true, width: 36 }),
    col("题型", "Question type", T.enumOf([...SURVEY_QUESTION_TYPES]), { required: true }),
    col("分值", "Score", T.decimal({ min: 1, max: 7 })),
    col("量表", "Scale points", T.int(2, 7)),
    col("答案", "Answer", T.text(), { width: 24 }),
    col("总体题", "Overall item", T.bool()),
    col("来源", "Source", T.enumOf(["wjx", "forms", "generic"])),
  ],
  // Scores within their scale (R62; scales of 2–7 points) and no respondent identity stored (R63, src/core/survey).
  source: ["R62", "R63"],
  rules: [],
};
