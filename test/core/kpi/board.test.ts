/** The KPI看板 spec on its own: columns sized to their text, charts clear of the table, the charts note only when asked. */
import { isoToSerial } from "../../../src/core/dates";
import { buildKpiBoard, computeKpis, computeTrends, lastQuarters, parsePeriod, textWidth, type Period } from "../../../src/core/kpi";
import { kpiInput } from "./fake-register";

const Q3 = parsePeriod("2026Q3") as Period;

function board(lang: "zh-CN" | "en-US", chartsUnavailable = false) {
  const input = kpiInput({ reimbursements: [{ 提交日期: "2026-07-06", 审批完成日期: "2026-07-07" }] }, { lang });
  const quarters = lastQuarters(Q3, 4);
  return buildKpiBoard({
    period: Q3,
    asOf: isoToSerial("2026-11-22"),
    updatedAt: "2026-11-22 10:30",
    lang,
    results: computeKpis(input, Q3),
    trends: computeTrends(input, quarters),
    quarters,
    chartsUnavailable,
  });
}

describe("buildKpiBoard", () => {
  it("sizes the KPI name column to the longest name in the sheet's language", () => {
    const en = board("en-US").spec;
    const nameWidth = en.columns[1]?.width ?? 0;
    expect(en.columns[1]?.header).toBe("KPI");
    expect(nameWidth).toBeGreaterThanOrEqual(textWidth("Internal supervision findings rectified"));
    expect(board("zh-CN").spec.columns[1]?.width).toBeLessThan(nameWidth);
  });

  it("anchors the fourteen charts right of the table, two across, without overlapping", () => {
    const { spec } = board("zh-CN");
    const anchors = (spec.charts ?? []).map((c) => c.anchor.cell);
    expect(anchors).toHaveLength(14);
    expect(anchors.slice(0, 4)).toEqual(["N1", "R1", "N8", "R8"]);
    expect(new Set(anchors).size).toBe(14);
    expect(spec.columns).toHaveLength(12); // A–L; M stays empty between table and charts
  });

  it("writes the charts note only when the host cannot draw charts", () => {
    const texts = (b: ReturnType<typeof board>) => (b.spec.rows ?? []).flat().filter((v): v is string => typeof v === "string");
    expect(texts(board("en-US", true)).some((t) => t.startsWith("Charts: this sheet was generated from a file"))).toBe(true);
    expect(texts(board("en-US", false)).some((t) => t.startsWith("Charts:"))).toBe(false);
  });
});
