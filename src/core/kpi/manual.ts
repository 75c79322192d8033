/**
 * K07 (teacher/student satisfaction, points out of 5) and K14 (staff satisfaction, percent satisfied) read the value
 * the office types into the 满意度 column of KPI目标 until survey import lands; the note says so on every run. The
 * value has no period, so it has no previous-period comparison and a sample of 1 (the one value entered).
 */
import { msg, noData } from "./measure-helpers";
import type { MeasureArgs, Measurement } from "./types";

function manualValue(id: "K07" | "K14", toUnit: (v: number) => number): (args: MeasureArgs) => Measurement {
  return ({ input, targets }) => {
    const sources = [{ sheet: "KPI目标", rows: input.settings.kpiTargets.length }];
    const note = msg(input.lang, "note-manual");
    // The reason already says where to type the value; the note would repeat it.
    const refused = targets.refused.find((r) => r.column === "值");
    if (targets.value === null && refused) return noData("target-invalid", sources, { message: refused.message });
    if (targets.value === null) return noData("manual-value-unset", sources, { id });
    return { actual: toUnit(targets.value), n: 1, noData: null, offenders: [], sources, notes: [note] };
  };
}

export const teacherStudentSatisfaction = manualValue("K07", (v) => v);

/** A percent cell typed as 87% arrives as 0.87; a value of at most 1 is read as a fraction (nobody reports 1 %). */
export const staffSatisfaction = manualValue("K14", (v) => (v <= 1 ? v * 100 : v));
