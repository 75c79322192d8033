/** K04, K06, K11, K12: reductions against a baseline, reported in percent (higher is better). */
import { computeKpi, kpiById, parsePeriod, type KpiDef, type Period } from "../../../src/core/kpi";
import { fakeSettings, kpiInput, type Row } from "./fake-register";
import { readSettings } from "../../../src/core/settings";

const Q3 = parsePeriod("2026Q3") as Period;
const def = (id: string) => kpiById(id) as KpiDef;
const targets = (id: string, baseline: number | null, target: number | null = null) =>
  fakeSettings({ kpiTargets: [{ id, target, baseline }] });

describe("K04 procurement cost reduction", () => {
  const purchases: Row[] = [
    { 采购单号: "CG-1", 下单日期: "2026-07-03", 数量: 10, "单价(元)": 9, "参考单价(元)": 10 }, // saves exactly 10 %
    { 采购单号: "CG-2", 下单日期: "2026-08-03", 数量: 5, "单价(元)": 20, "参考单价(元)": 20 }, // saves 0 %
    { 采购单号: "CG-3", 下单日期: "2026-09-03", 数量: 2, "单价(元)": 40, "参考单价(元)": 50 }, // saves 20 %
    { 采购单号: "CG-4", 下单日期: "2026-09-04", 数量: 1, "单价(元)": 100 }, // no reference price
    { 采购单号: "CG-5", 下单日期: "2026-09-05", 数量: 1, "单价(元)": 1, "参考单价(元)": 100, 状态: "已取消" },
    { 采购单号: "CG-6", 下单日期: "2026-10-05", 数量: 1, "单价(元)": 1, "参考单价(元)": 100 }, // Q4
  ];

  it("weighs each price against its reference by quantity and meets the target at the tie", () => {
    const r = computeKpi(def("K04"), kpiInput({ purchases }), Q3);
    // Σ ref×qty = 100 + 100 + 100 = 300, Σ price×qty = 90 + 100 + 80 = 270 → 10.0 %
    expect(r).toMatchObject({ actual: 10, n: 3, status: "met", target: 10 });
    expect(r.offenders.map((o) => [o.key, o.why])).toEqual([["CG-2", "单价 20 元，参考单价 20 元，降低 0%，未达 10%"]]);
    expect(r.notes).toContain("1 条记录缺参考单价，未计入");
  });

  it("says so when no purchase has a reference price", () => {
    const bare = purchases.map((p) => ({ ...p, "参考单价(元)": null }));
    expect(computeKpi(def("K04"), kpiInput({ purchases: bare }), Q3)).toMatchObject({
      status: "no-data",
      reasonCode: "no-reference-price",
    });
  });
});

describe("K06 paper use year on year", () => {
  const stock: Row[] = [
    { 日期: "2026-07-05", 物品名称: "A4打印纸", 类别: "纸张", 出库数量: 40 },
    { 日期: "2026-09-30", 物品名称: "A4打印纸", 类别: "纸张", 出库数量: 50 },
    { 日期: "2026-08-01", 物品名称: "A4打印纸", 类别: "纸张", 入库数量: 200 }, // a receipt, not use
    { 日期: "2026-08-02", 物品名称: "中性笔", 类别: "文具", 出库数量: 30 }, // not paper
    { 日期: "2025-08-01", 物品名称: "A4打印纸", 类别: "纸张", 出库数量: 100 }, // same period last year
    { 日期: "2025-10-01", 物品名称: "A4打印纸", 类别: "纸张", 出库数量: 999 }, // last year, other quarter
  ];

  it("compares paper issued in the period with the same period last year", () => {
    const r = computeKpi(def("K06"), kpiInput({ stock }), Q3);
    // (100 − 90) / 100 = 10 %
    expect(r).toMatchObject({ actual: 10, n: 2, status: "met", target: 5 });
    expect(r.notes).toContain("本期纸张出库 90，去年同期 100");
    expect(r.previous).toBeNull(); // 2026Q2 has no paper issues
  });

  it("falls back to the KPI目标 baseline only when last year has no data", () => {
    const thisYear = stock.filter((s) => !String(s.日期).startsWith("2025"));
    expect(computeKpi(def("K06"), kpiInput({ stock: thisYear }), Q3)).toMatchObject({
      status: "no-data",
      reasonCode: "no-last-year",
    });
    const r = computeKpi(def("K06"), kpiInput({ stock: thisYear }, { settings: targets("K06", 95) }), Q3);
    // (95 − 90) / 95 = 5.26 %
    expect(r).toMatchObject({ actual: 5.3, status: "met" });
    // lists the period's paper issues, largest first, when the target is missed
    const missed = computeKpi(def("K06"), kpiInput({ stock: thisYear }, { settings: targets("K06", 92) }), Q3);
    expect(missed).toMatchObject({ actual: 2.2, status: "not-met" });
    expect(missed.offenders.map((o) => [o.row, o.value])).toEqual([
      [3, 50],
      [2, 40],
    ]);
  });
});

describe("K11 transmission time reduction", () => {
  const communications: Row[] = [
    { 信息编号: "XX-1", 产生时间: "2026-08-03 08:00", 发布时间: "2026-08-03 10:00" }, // 2 h
    { 信息编号: "XX-2", 产生时间: "2026-08-04 08:00", 发布时间: "2026-08-04 12:00" }, // 4 h
    { 信息编号: "XX-3", 产生时间: "2026-09-30 22:00", 发布时间: "2026-10-01 01:00" }, // released in Q4
    { 信息编号: "XX-4", 产生时间: "2026-06-30 23:00", 发布时间: "2026-07-01 02:00" }, // 3 h, released in Q3
  ];

  it("needs a baseline in hours and shows the measured mean meanwhile", () => {
    const r = computeKpi(def("K11"), kpiInput({ communications }), Q3);
    expect(r).toMatchObject({ status: "no-data", reasonCode: "baseline-unset", actual: null, n: 3 });
    expect(r.reason).toBe("未设置基准值：请在「KPI目标」表填写 K11 的基准值（小时）");
    expect(r.notes).toContain("实测平均 3 小时");
  });

  it("is (基准 − mean hours) / 基准 with a baseline", () => {
    const r = computeKpi(def("K11"), kpiInput({ communications }, { settings: targets("K11", 4) }), Q3);
    // (4 − 3) / 4 = 25 %; a release counts against it above 4 × 0.8 = 3.2 h
    expect(r).toMatchObject({ actual: 25, status: "met", baseline: 4 });
    expect(r.offenders.map((o) => o.key)).toEqual(["XX-2"]);
    expect(computeKpi(def("K11"), kpiInput({ communications }, { settings: targets("K11", 3.5) }), Q3)).toMatchObject({
      actual: 14.3,
      status: "not-met",
    });
  });
});

describe("K12 cross-department delay reduction", () => {
  const coordination: Row[] = [
    { 事项编号: "XT-1", 完成时限: "2026-08-01", 完成日期: "2026-07-30", 状态: "已完成" },
    { 事项编号: "XT-2", 完成时限: "2026-08-15", 完成日期: "2026-08-20", 状态: "已完成" }, // late
    { 事项编号: "XT-3", 完成时限: "2026-09-10", 完成日期: null, 状态: "进行中" }, // open past due
    { 事项编号: "XT-4", 完成时限: "2026-09-20", 完成日期: "2026-09-20", 状态: "已完成" }, // on the day
    { 事项编号: "XT-5", 完成时限: "2026-10-05", 完成日期: null, 状态: "进行中" }, // due in Q4
  ];

  it("is the reduction of the delay rate against the baseline rate", () => {
    const r = computeKpi(def("K12"), kpiInput({ coordination }, { settings: targets("K12", 80) }), Q3);
    // 2 of 4 delayed = 50 %; (80 − 50) / 80 = 37.5 %
    expect(r).toMatchObject({ actual: 37.5, n: 4, status: "met" });
    expect(r.offenders.map((o) => [o.key, o.why])).toEqual([
      ["XT-2", "完成时限 2026-08-15，完成日期 2026-08-20"],
      ["XT-3", "完成时限 2026-09-10 已过，尚未完成"],
    ]);
  });

  it("leaves out open items not yet due as of the run", () => {
    const r = computeKpi(
      def("K12"),
      kpiInput({ coordination }, { settings: targets("K12", 80), asOf: "2026-09-05" }),
      Q3,
    );
    // XT-3 is not yet due on 9/5: 1 of 3 delayed = 33.3 %; (80 − 33.33) / 80 = 58.3 %
    expect(r).toMatchObject({ actual: 58.3, n: 3 });
    expect(r.notes).toContain("1 项未到期未完成，未计入");
  });

  it("needs a baseline", () => {
    const r = computeKpi(def("K12"), kpiInput({ coordination }), Q3);
    expect(r).toMatchObject({ status: "no-data", reasonCode: "baseline-unset" });
    expect(r.notes).toContain("实测延误率 50%");
  });
});

describe("K06 with paper counted in different units (issue 10 §4)", () => {
  const stock: Row[] = [
    { 日期: "2026-07-05", 物品名称: "A4打印纸", 类别: "纸张", 单位: "包", 出库数量: 90 },
    { 日期: "2026-09-30", 物品名称: "A4打印纸", 类别: "纸张", 单位: "箱", 出库数量: 1 },
    { 日期: "2025-08-01", 物品名称: "A4打印纸", 类别: "纸张", 单位: "包", 出库数量: 100 },
  ];
  const withParams = (rows: (string | number)[][]) =>
    readSettings([{ name: "参数设置", values: [["参数", "值"], ...rows] }]).settings;

  it("does not add 90 包 and 1 箱 up to 91: without a conversion K06 is 数据不足 with the reason", () => {
    const r = computeKpi(def("K06"), kpiInput({ stock }), Q3);
    expect(r).toMatchObject({ status: "no-data", actual: null, reasonCode: "mixed-units" });
    expect(r.reason).toContain("包、箱");
    expect(r.reason).toContain("纸张单位换算");
  });

  it("converts through 参数设置 纸张单位换算 (1箱=5包): 95 包 against 100 包 last year", () => {
    const r = computeKpi(def("K06"), kpiInput({ stock }, { settings: withParams([["纸张单位换算", "1箱=5包"]]) }), Q3);
    expect(r).toMatchObject({ actual: 5, status: "met", n: 2 });
    expect(r.notes).toContain("本期纸张出库 95，去年同期 100");
    expect(r.notes.some((n) => n.includes("1 箱 = 5 包"))).toBe(true);
  });

  it("one unit throughout needs no conversion; an unreadable conversion is a located setting issue", () => {
    const boxes = stock.map((s) => ({ ...s, 单位: "箱" }));
    expect(computeKpi(def("K06"), kpiInput({ stock: boxes }), Q3)).toMatchObject({ actual: 9, status: "met" });
    const { issues } = readSettings([
      {
        name: "参数设置",
        values: [
          ["参数", "值"],
          ["纸张单位换算", "一箱五包"],
        ],
      },
    ]);
    expect(issues.map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual(["setting/invalid@2:值"]);
  });
});
