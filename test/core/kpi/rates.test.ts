/** K05, K08, K09, K10, K13: shares of rows in 2026Q3, with hand-counted numerators and denominators. */
import { computeKpi, kpiById, parsePeriod, type KpiDef, type Period } from "../../../src/core/kpi";
import { fakeSettings, kpiInput, staff, type Row } from "./fake-register";

const Q3 = parsePeriod("2026Q3") as Period;
const def = (id: string) => kpiById(id) as KpiDef;

describe("K05 stocktake accuracy", () => {
  const assets: Row[] = [
    { 资产编号: "ZC-1", 盘点日期: "2026-07-10", 盘点结果: "相符" },
    { 资产编号: "ZC-2", 盘点日期: "2026-08-01", 盘点结果: "相符" },
    { 资产编号: "ZC-3", 盘点日期: "2026-09-30", 盘点结果: "盘亏" },
    { 资产编号: "ZC-4", 盘点日期: "2026-10-01", 盘点结果: "相符" }, // outside
    { 资产编号: "ZC-5", 盘点日期: "2026-08-15", 盘点结果: null }, // no result: not in the sample
    { 资产编号: "ZC-6", 盘点日期: "2026-09-01", 盘点结果: "相符" },
  ];

  it("is 相符 ÷ rows with a result among rows counted in the period", () => {
    const r = computeKpi(def("K05"), kpiInput({ assets }), Q3);
    expect(r).toMatchObject({ actual: 75, n: 4, status: "not-met", target: 99 });
    expect(r.offenders).toEqual([{ sheet: "资产台账", row: 4, key: "ZC-3", why: "盘点结果：盘亏", value: null }]);
  });

  it("meets a lowered target set in KPI目标 at the tie", () => {
    const settings = fakeSettings({ kpiTargets: [{ id: "K05", target: 75, baseline: null }] });
    expect(computeKpi(def("K05"), kpiInput({ assets }, { settings }), Q3)).toMatchObject({ target: 75, status: "met" });
  });
});

describe("K08 staff training coverage", () => {
  const training: Row[] = [
    { 员工姓名: "张三", 培训日期: "2026-08-01", 是否合格: "是" },
    { 员工姓名: "李四", 培训日期: "2026-08-02", 是否合格: "否" },
    { 员工姓名: "李四", 培训日期: "2026-06-30", 是否合格: "是" }, // outside
    { 员工姓名: "赵六", 培训日期: "2026-08-01", 是否合格: "是" }, // not on duty
    { 员工姓名: " 王五 ", 培训日期: "2026-09-30", 是否合格: "是" },
  ];
  const roster = [staff("张三"), staff("李四"), staff("王五"), staff("赵六", false)];

  it("is on-duty staff with a passed training in the period ÷ on-duty staff", () => {
    const r = computeKpi(def("K08"), kpiInput({ training }, { settings: fakeSettings({ staff: roster }) }), Q3);
    expect(r).toMatchObject({ actual: 66.7, n: 3, status: "not-met", target: 100 });
    expect(r.offenders).toEqual([
      { sheet: "人员名单", row: null, key: "李四", why: "在岗，期内无「是否合格=是」的培训记录", value: null },
    ]);
    expect(r.sources).toEqual([
      { sheet: "培训记录", rows: 5 },
      { sheet: "人员名单", rows: 4 },
    ]);
  });

  it("needs the staff list", () => {
    expect(computeKpi(def("K08"), kpiInput({ training }), Q3)).toMatchObject({
      status: "no-data",
      reasonCode: "staff-missing",
    });
    const offDuty = fakeSettings({ staff: [staff("赵六", false)] });
    expect(computeKpi(def("K08"), kpiInput({ training }, { settings: offDuty }), Q3)).toMatchObject({
      reasonCode: "no-staff-on-duty",
    });
  });
});

describe("K09 rectification of internal supervision findings", () => {
  const rectifications: Row[] = [
    { 问题编号: "ZG-1", 来源: "内部监督小组发现", 完成时限: "2026-08-01", 状态: "已完成" },
    { 问题编号: "ZG-2", 来源: "内部监督小组发现", 完成时限: "2026-09-30", 状态: "整改中" },
    { 问题编号: "ZG-3", 来源: "内部监督小组发现", 完成时限: "2026-07-01", 状态: "已完成" },
    { 问题编号: "ZG-4", 来源: "投诉", 完成时限: "2026-08-01", 状态: "整改中" }, // other source
    { 问题编号: "ZG-5", 来源: "内部监督小组发现", 完成时限: "2026-10-01", 状态: "整改中" }, // due in Q4
  ];

  it("is 已完成 ÷ internal findings due in the period", () => {
    const r = computeKpi(def("K09"), kpiInput({ rectifications }), Q3);
    expect(r).toMatchObject({ actual: 66.7, n: 3, status: "not-met" });
    expect(r.offenders.map((o) => [o.key, o.why])).toEqual([["ZG-2", "完成时限 2026-09-30，状态：整改中"]]);
  });

  it("mid-period, counts only findings already due (or closed); open ones not yet due are left out and noted (issue 10 §4)", () => {
    const q4 = parsePeriod("2026Q4") as Period;
    const findings: Row[] = [
      { 问题编号: "ZG-1", 来源: "内部监督小组发现", 完成时限: "2026-10-15", 状态: "已完成" },
      { 问题编号: "ZG-2", 来源: "内部监督小组发现", 完成时限: "2026-12-20", 状态: "整改中" }, // not yet due on 12-02
      { 问题编号: "ZG-3", 来源: "内部监督小组发现", 完成时限: "2026-12-31", 状态: "已完成" }, // closed early: counts
      { 问题编号: "ZG-4", 来源: "内部监督小组发现", 完成时限: "2026-12-02", 状态: "整改中" }, // due today: not late yet
    ];
    const r = computeKpi(def("K09"), kpiInput({ rectifications: findings }, { asOf: "2026-12-02" }), q4);
    expect(r).toMatchObject({ actual: 100, n: 2, status: "met", offenders: [] });
    expect(r.notes).toContain("2 项未到期未完成，未计入");
    const later = computeKpi(def("K09"), kpiInput({ rectifications: findings }, { asOf: "2026-12-21" }), q4);
    expect(later).toMatchObject({ actual: 50, n: 4, status: "not-met" });
  });

  it("meets 100 % when every finding due is closed", () => {
    const closed = rectifications.map((r) => ({ ...r, 状态: "已完成" }));
    expect(computeKpi(def("K09"), kpiInput({ rectifications: closed }), Q3)).toMatchObject({
      actual: 100,
      status: "met",
      offenders: [],
    });
  });
});

describe("K10 information error rate", () => {
  const communications: Row[] = Array.from({ length: 20 }, (_, k) => ({
    信息编号: `XX-${k + 1}`,
    发布时间: `2026-08-${String(k + 1).padStart(2, "0")} 10:00`,
    是否有误: k === 0 ? "是" : k % 2 ? "否" : null, // blank = no error found
  }));
  communications.push({ 信息编号: "XX-21", 发布时间: "2026-10-01 00:30", 是否有误: "是" }); // outside
  communications.push({ 信息编号: "XX-22", 发布时间: null, 是否有误: "是" }); // not released: not counted

  it("meets ≤5 % at exactly 1 error in 20 releases", () => {
    const r = computeKpi(def("K10"), kpiInput({ communications }), Q3);
    expect(r).toMatchObject({ actual: 5, n: 20, status: "met", direction: "lower" });
    expect(r.offenders.map((o) => o.key)).toEqual(["XX-1"]);
  });

  it("misses it with one more error", () => {
    const worse = communications.map((c, k) => (k === 2 ? { ...c, 是否有误: "是" } : c));
    expect(computeKpi(def("K10"), kpiInput({ communications: worse }), Q3)).toMatchObject({
      actual: 10,
      status: "not-met",
    });
  });
});

describe("K13 feedback resolution rate", () => {
  const feedback: Row[] = [
    { 编号: "YJ-1", 接收时间: "2026-09-30 23:30", 是否解决: "是" },
    { 编号: "YJ-2", 接收时间: "2026-07-01 08:00", 是否解决: "是" },
    { 编号: "YJ-3", 接收时间: "2026-06-30 23:59", 是否解决: "否" }, // Q2
    { 编号: "YJ-4", 接收时间: "2026-08-12 09:15", 是否解决: "是" },
    { 编号: "YJ-5", 接收时间: "2026-08-13 09:15", 是否解决: null },
  ];

  it("is 是否解决=是 ÷ rows received in the period, a blank counting as unresolved", () => {
    const r = computeKpi(def("K13"), kpiInput({ feedback }), Q3);
    expect(r).toMatchObject({ actual: 75, n: 4, status: "not-met", target: 90 });
    expect(r.offenders.map((o) => [o.key, o.row, o.why])).toEqual([["YJ-5", 6, "是否解决：（空）"]]);
    // Q2 holds one row: below the minimum sample of 3
    expect(r.previous).toBeNull();
  });
});
