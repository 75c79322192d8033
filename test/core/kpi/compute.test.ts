import { registerById } from "../../../src/core/registers";
/** The whole set: every KPI present with a verdict or a reason, the manual satisfaction values, the trend block. */
import {
  computeKpi,
  computeKpis,
  computeTrends,
  KPIS,
  kpiById,
  kpiRegisters,
  lastQuarters,
  parsePeriod,
  type KpiDef,
  type Period,
} from "../../../src/core/kpi";
import { fakeSettings, kpiInput } from "./fake-register";

const Q3 = parsePeriod("2026Q3") as Period;
const def = (id: string) => kpiById(id) as KpiDef;

describe("computeKpis", () => {
  it("returns K01…K14 in order, each with a reason when it has no data", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const results = computeKpis(kpiInput({}, { lang }), Q3);
      expect(results.map((r) => r.id)).toEqual(
        Array.from({ length: 14 }, (_, i) => `K${String(i + 1).padStart(2, "0")}`),
      );
      for (const r of results) {
        expect(r.status).toBe("no-data");
        expect(r.actual).toBeNull();
        expect(r.reason).toEqual(expect.any(String));
        // No placeholder left unfilled in either language
        expect(r.reason).not.toMatch(/\{\w+\}/);
      }
      expect(results.find((r) => r.id === "K02")?.name).toBe(
        lang === "zh-CN" ? "报销处理时间" : "Reimbursement processing time",
      );
    }
  });

  it("gives every definition a name in both languages and a sane target", () => {
    for (const k of KPIS) {
      expect(k.name["zh-CN"]).not.toBe("");
      expect(k.name["en-US"]).not.toBe("");
      expect(k.target).toBeGreaterThan(0);
    }
  });

  it("names the registers each KPI reads (the ones whose date column places a row in a period)", () => {
    const needs = Object.fromEntries(KPIS.map((k) => [k.id, kpiRegisters(k)]));
    expect(needs.K01).toEqual(["reimbursements", "purchases", "outgoing-documents"]);
    expect(needs.K05).toEqual(["assets"]);
    expect(needs.K07).toEqual([]);
    expect(needs.K14).toEqual([]);
    for (const k of KPIS)
      for (const id of kpiRegisters(k))
        expect(registerById(id)?.columns.some((c) => c.header === k.periodColumns[id])).toBe(true);
  });
});

describe("K07 and K14 read the value typed into KPI目标", () => {
  it("K07 meets 4.5 at the tie and says where the value comes from", () => {
    const settings = fakeSettings({ kpiTargets: [{ id: "K07", target: null, baseline: null, value: 4.5 }] });
    const r = computeKpi(def("K07"), kpiInput({}, { settings }), Q3);
    expect(r).toMatchObject({ actual: 4.5, status: "met", n: 1, previous: null, unit: "score" });
    expect(r.notes[0]).toMatch(/KPI目标/);
    expect(computeKpi(def("K07"), kpiInput({}), Q3)).toMatchObject({
      status: "no-data",
      reasonCode: "manual-value-unset",
    });
  });

  it("K14 reads a percent cell (0.87) or a number (80)", () => {
    const at = (value: number) =>
      computeKpi(
        def("K14"),
        kpiInput({}, { settings: fakeSettings({ kpiTargets: [{ id: "K14", target: null, baseline: null, value }] }) }),
        Q3,
      );
    expect(at(0.87)).toMatchObject({ actual: 87, status: "met" });
    expect(at(80)).toMatchObject({ actual: 80, status: "not-met" });
  });
});

describe("computeTrends", () => {
  it("gives each KPI's value over the last four quarters", () => {
    const reimbursements = [
      { 提交日期: "2026-01-05", 审批完成日期: "2026-01-07" },
      { 提交日期: "2026-02-02", 审批完成日期: "2026-02-04" },
      { 提交日期: "2026-03-02", 审批完成日期: "2026-03-03" },
      { 提交日期: "2026-07-06", 审批完成日期: "2026-07-06" },
      { 提交日期: "2026-07-07", 审批完成日期: "2026-07-07" },
      { 提交日期: "2026-07-08", 审批完成日期: "2026-07-09" },
    ];
    const settings = fakeSettings({ kpiTargets: [{ id: "K07", target: 4.6, baseline: null, value: 4.2 }] });
    const trends = computeTrends(kpiInput({ reimbursements }, { settings }), lastQuarters(Q3, 4));
    expect(trends.find((t) => t.id === "K02")).toEqual({ id: "K02", target: 1, values: [null, 1.67, null, 0.33] });
    // a typed-in value has no history: shown only in the latest quarter
    expect(trends.find((t) => t.id === "K07")).toEqual({ id: "K07", target: 4.6, values: [null, null, null, 4.2] });
  });
});
