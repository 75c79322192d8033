/**
 * K07 and K14 from the 满意度调查 register: each respondent's overall score (the overall item, else the mean of their
 * scored answers) over the responses of one kind (师生 / 员工) submitted in a period. K07 is their mean; K14 the % at
 * or above 满意阈值(分).
 */
import type { RegisterTable } from "../table-types";
import { surveysFromTable } from "./store";
import { overallScores } from "./summary";
import type { SurveyKind } from "./types";

export interface SurveyKpiValue {
  value: number;
  /** Respondents with an overall score in the period. */
  n: number;
  surveys: string[];
}

export function surveyKpi(
  table: RegisterTable,
  kind: SurveyKind,
  inPeriod: (serial: number | null) => boolean,
  measure: { kind: "mean" } | { kind: "share-at-least"; threshold: number },
): SurveyKpiValue | null {
  let n = 0;
  let sum = 0;
  let atLeast = 0;
  const surveys: string[] = [];
  for (const data of surveysFromTable(table)) {
    if (data.kind !== kind) continue;
    const scores = overallScores(data);
    let used = false;
    data.times.forEach((t, i) => {
      const s = scores[i] as number;
      if (s !== s || !inPeriod(t)) return;
      used = true;
      n++;
      sum += s;
      if (measure.kind === "share-at-least" && s >= measure.threshold) atLeast++;
    });
    if (used) surveys.push(data.name);
  }
  if (n === 0) return null;
  return { value: measure.kind === "mean" ? sum / n : (atLeast * 100) / n, n, surveys };
}
