/**
 * K07 (teacher/student satisfaction, points out of 5) and K14 (staff satisfaction, percent satisfied). Where the
 * 满意度调查 register holds responses of the KPI's kind submitted in the period, the value is computed from them
 * (src/core/survey/kpi.ts); otherwise the value typed into KPI目标 is the fallback. The note says which was used.
 * The typed value has no period, so it has no previous-period comparison and a sample of 1 (the one value entered).
 */
import { surveyKpi } from "../survey/kpi";
import { msg, noData } from "./measure-helpers";
import { inPeriod } from "./periods";
import type { MeasureArgs, Measurement } from "./types";

const SURVEY_REGISTER = "survey-responses";

function satisfaction(id: "K07" | "K14", toUnit: (v: number) => number): (args: MeasureArgs) => Measurement {
  return ({ input, targets, period }) => {
    const table = input.tables.get(SURVEY_REGISTER);
    const measured = table
      ? surveyKpi(
          table,
          id === "K07" ? "师生" : "员工",
          (d) => inPeriod(period, d),
          id === "K07"
            ? { kind: "mean" }
            : { kind: "share-at-least", threshold: input.settings.number("满意阈值(分)") },
        )
      : null;
    if (table && measured) {
      const note = msg(input.lang, "note-survey", { surveys: measured.surveys.join("、"), n: measured.n });
      return {
        actual: measured.value,
        n: measured.n,
        noData: null,
        offenders: [],
        sources: [{ sheet: table.sheet, rows: measured.n }],
        notes: [note],
      };
    }
    const sources = [{ sheet: "KPI目标", rows: input.settings.kpiTargets.length }];
    const note = msg(input.lang, "note-manual");
    // The reason already says where to type the value; the note would repeat it.
    const refused = targets.refused.find((r) => r.column === "值");
    if (targets.value === null && refused) return noData("target-invalid", sources, { message: refused.message });
    if (targets.value === null) return noData("manual-value-unset", sources, { id });
    return { actual: toUnit(targets.value), n: 1, noData: null, offenders: [], sources, notes: [note] };
  };
}

export const teacherStudentSatisfaction = satisfaction("K07", (v) => v);

/** A percent cell typed as 87% arrives as 0.87; a value of at most 1 is read as a fraction (nobody reports 1 %). */
export const staffSatisfaction = satisfaction("K14", (v) => (v <= 1 ? v * 100 : v));
