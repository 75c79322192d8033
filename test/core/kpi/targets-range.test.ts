/**
 * Issue 10 §4 (R62): a value typed in KPI目标 is range-checked against its KPI's unit and scale, a second row for the
 * same KPI is refused, and a refused value is never used. And a period that has not begun has no verdict.
 */
import { computeKpi, computeKpis, kpiById, parsePeriod, type KpiDef, type Period } from "../../../src/core/kpi";
import { readSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/sheet-spec";
import { kpiInput } from "./fake-register";

const Q3 = parsePeriod("2026Q3") as Period;
const def = (id: string) => kpiById(id) as KpiDef;
const targets = (rows: CellValue[][], lang: "zh-CN" | "en-US" = "zh-CN") =>
  readSettings([{ name: "KPI目标", values: [["指标编号", "目标值", "基准值", "值"], ...rows] }], lang);

describe("KPI目标 values are checked against the KPI's unit and scale", () => {
  it("a K07 of 7 on the 5-point scale is refused with a located issue, and K07 is 数据不足, not 达成", () => {
    const { settings, issues } = targets([["K07", null, null, 7]]);
    expect(issues).toEqual([
      expect.objectContaining({ sheet: "KPI目标", row: 2, column: "值", code: "cell/maximum", severity: "error" }),
    ]);
    expect(issues[0]?.message).toMatch(/KPI目标 第 2 行“值”.*7.*1–5/);
    const r = computeKpi(def("K07"), kpiInput({}, { settings }), Q3);
    expect(r).toMatchObject({ status: "no-data", actual: null, reasonCode: "target-invalid" });
    expect(r.reason).toMatch(/第 2 行/);
    expect(settings.kpiTargets[0]?.value).toBeNull();
  });

  it("refuses a negative target, an absurd baseline and a percent over 100; the KPI keeps its default", () => {
    const { settings, issues } = targets([
      ["K02", -5, null, null],
      ["K01", null, 1e308, null],
      ["K05", 101, null, null],
      ["K14", null, null, 120],
    ]);
    expect(issues.map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual([
      "cell/minimum@2:目标值",
      "cell/maximum@3:基准值",
      "cell/maximum@4:目标值",
      "cell/maximum@5:值",
    ]);
    const k02 = computeKpi(def("K02"), kpiInput({}, { settings }), Q3);
    expect(k02.target).toBe(1);
    const k01 = computeKpi(def("K01"), kpiInput({}, { settings }), Q3);
    expect(k01.baseline).toBe(3);
    expect(computeKpi(def("K05"), kpiInput({}, { settings }), Q3).target).toBe(99);
    expect(computeKpi(def("K14"), kpiInput({}, { settings }), Q3)).toMatchObject({
      status: "no-data",
      reasonCode: "target-invalid",
    });
  });

  it("accepts values in range, including K14 typed as a percent cell", () => {
    const { settings, issues } = targets([
      ["K07", 4.6, null, 4.8],
      ["K14", null, null, 0.87],
      ["K02", 2, null, null],
      ["K11", null, 36, null],
    ]);
    expect(issues).toEqual([]);
    expect(computeKpi(def("K07"), kpiInput({}, { settings }), Q3)).toMatchObject({
      status: "met",
      actual: 4.8,
      target: 4.6,
    });
  });

  it("a second row for the same KPI is refused, located, and the first row's values are used", () => {
    const { settings, issues } = targets(
      [
        ["K01", 30, 3, null],
        ["K01", 90, 0.5, null],
      ],
      "en-US",
    );
    expect(issues).toEqual([
      expect.objectContaining({ row: 3, column: "指标编号", code: "cell/unique", severity: "error" }),
    ]);
    expect(issues[0]?.message).toMatch(/row 3.*K01.*row 2/);
    expect(settings.kpiTargets).toEqual([{ id: "K01", target: 30, baseline: 3, value: null }]);
  });
});

describe("a period that has not begun on the as-of day", () => {
  it("gives 数据不足 for every KPI with the reason, even a typed satisfaction value", () => {
    const { settings } = targets([["K07", null, null, 4.8]]);
    const q1 = parsePeriod("2027Q1") as Period;
    const results = computeKpis(kpiInput({}, { settings, asOf: "2026-11-18" }), q1);
    for (const r of results) {
      expect(r.status).toBe("no-data");
      expect(r.reasonCode).toBe("period-not-started");
      expect(r.reason).toBe("统计期间 2027-01-01 至 2027-03-31 在数据截至日 2026-11-18 时尚未开始");
    }
  });
});
