/** The KPI看板 spec on its own: a grid that fits A4 landscape at 100%, a chart per row, a hidden data area, explanations. */
import { isoToSerial } from "../../../src/core/dates";
import {
  buildKpiBoard,
  computeKpis,
  computeTrends,
  lastQuarters,
  parsePeriod,
  type KpiResult,
  type Period,
} from "../../../src/core/kpi";
import { resolveLayout } from "../../../src/workbook/sheet-layout";
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
  it("prints about 130 characters wide (one A4 landscape page at 100%) and keeps 记录数 and 数据来源 off the page", () => {
    const layout = board("zh-CN").spec.layout;
    const printed = (layout?.columnWidths ?? []).filter((w) => w.column <= 10).reduce((n, w) => n + w.width, 0);
    expect(printed).toBeLessThanOrEqual(132);
    expect(layout?.print?.area).toMatch(/^A1:J\d+$/);
    expect(layout?.print?.titleRows).toEqual({ first: 7, last: 7 });
    // Rows tall enough for a chart, but the fourteen KPIs still fit two pages: a row never grows past 42 pt
    expect(Math.max(...(layout?.rowHeights ?? []).map((h) => h.height))).toBeLessThanOrEqual(42);
  });

  it("puts one compact chart in each KPI's row, plotting hidden rows below the printed area", () => {
    const { spec, layout } = board("en-US");
    const resolved = resolveLayout(spec.name, spec.layout ?? {});
    const lastPrinted = resolved.printArea?.bottom ?? 0;
    const hidden = (spec.layout?.hiddenRows ?? [])[0];
    expect(spec.charts).toHaveLength(14);
    (spec.charts ?? []).forEach((c, k) => {
      expect(c.anchor).toEqual({ cell: `J${layout.firstKpiRow + k}`, widthCols: 1, heightRows: 1 });
      expect(c).toMatchObject({ compact: true, dataHidden: true, seriesBy: "rows" });
      const top = Number(/^A(\d+):/.exec(c.dataRange)?.[1]);
      expect(top).toBeGreaterThan(lastPrinted);
      expect(top).toBeGreaterThanOrEqual(hidden?.first ?? Infinity);
      expect(top + 2).toBeLessThanOrEqual(hidden?.last ?? 0);
    });
  });

  it("writes the charts note only when the host cannot draw charts", () => {
    const texts = (b: ReturnType<typeof board>) =>
      (b.spec.layout?.values ?? []).flatMap((v) => v.values.flat()).filter((v): v is string => typeof v === "string");
    expect(texts(board("en-US", true)).some((t) => t.startsWith("Charts: this sheet was generated from a file"))).toBe(
      true,
    );
    expect(texts(board("en-US", false)).some((t) => t.startsWith("Charts:"))).toBe(false);
  });

  it("explains a negative reduction rate in one line, in both languages", () => {
    const k12: KpiResult = {
      id: "K12",
      name: "跨部门延误减少率",
      unit: "percent",
      direction: "higher",
      target: 30,
      baseline: 25,
      actual: -100,
      status: "not-met",
      n: 4,
      previous: 100,
      change: -200,
      measured: null,
      reasonCode: null,
      reason: null,
      notes: ["实测延误率 50%"],
      offenders: [],
      sources: [],
    };
    const note = (lang: "zh-CN" | "en-US") => {
      const { spec, layout } = buildKpiBoard({
        period: Q3,
        asOf: isoToSerial("2026-11-22"),
        updatedAt: "x",
        lang,
        results: [k12],
        trends: [],
        quarters: [],
        chartsUnavailable: false,
      });
      const rows = spec.layout?.values?.find((v) => v.at === `A${layout.firstKpiRow}`)?.values;
      return String(rows?.[0]?.[8]);
    };
    expect(note("zh-CN")).toBe("负值表示不降反升：比基准高 100%；实测延误率 50%");
    expect(note("en-US")).toMatch(/^A negative value means it rose instead: 100% above the baseline/);
  });

  it("shows tiles with the three counts and the total, named for formulas", () => {
    const { spec } = board("zh-CN");
    expect(spec.layout?.names?.map((n) => n.name)).toEqual(["KPI_Met", "KPI_NotMet", "KPI_NoData", "KPI_Count"]);
    const tiles = spec.layout?.values?.find((v) => v.at === "A4")?.values;
    expect(tiles?.[0]?.filter((x) => x !== null)).toEqual(["达成", "未达成", "数据不足", "指标总数"]);
    const numbers = (tiles?.[1] ?? []).filter((x): x is number => typeof x === "number");
    expect(numbers[3]).toBe(14);
    expect(numbers[0]! + numbers[1]! + numbers[2]!).toBe(14);
  });
});
