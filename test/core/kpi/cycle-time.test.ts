/**
 * K01–K03 over hand-built registers in 2026Q3. Working days follow the official 2026 calendar: 9/25 (Fri) is 中秋节,
 * 9/20 (Sun) is a make-up working day, 6/19 (Fri) is 端午节. Elapsed WD = NETWORKDAYS(a, b) − 1.
 */
import { computeKpi, kpiById, parsePeriod, type KpiDef, type Period } from "../../../src/core/kpi";
import { fakeSettings, kpiInput, type Row } from "./fake-register";

const Q3 = parsePeriod("2026Q3") as Period;
const def = (id: string) => kpiById(id) as KpiDef;

const reimbursements: Row[] = [
  { 报销单号: "BX-01", 提交日期: "2026-09-24", 审批完成日期: "2026-09-28" }, // across 中秋节 + weekend: 1 WD
  { 报销单号: "BX-02", 提交日期: "2026-07-06", 审批完成日期: "2026-07-06" }, // same day: 0
  { 报销单号: "BX-03", 提交日期: "2026-08-03", 审批完成日期: "2026-08-05" }, // 2
  { 报销单号: "BX-04", 提交日期: "2026-06-29", 审批完成日期: "2026-07-01" }, // starts in Q2, ends in Q3: counted, 2
  { 报销单号: "BX-05", 提交日期: "2026-09-28", 审批完成日期: "2026-10-09" }, // ends in Q4: not counted
  { 报销单号: "BX-06", 提交日期: "2026-09-01", 审批完成日期: null }, // still open: not counted
  {},
  { 报销单号: "BX-08", 提交日期: "2026-09-10", 审批完成日期: "2026-09-08" }, // ends before it starts: left out
  { 报销单号: "BX-09", 提交日期: "2026-06-18", 审批完成日期: "2026-06-22" }, // Q2, across 端午节: 1
  { 报销单号: "BX-10", 提交日期: "2026-04-01", 审批完成日期: "2026-04-01" }, // Q2: 0
  { 报销单号: "BX-11", 提交日期: "2026-05-06", 审批完成日期: "2026-05-07" }, // Q2: 1
];

const purchases: Row[] = [
  { 采购单号: "CG-01", 申请日期: "2026-09-18", 下单日期: "2026-09-21", 状态: "已下单" }, // Fri → Mon with make-up Sunday: 2
  { 采购单号: "CG-02", 申请日期: "2026-07-01", 下单日期: "2026-07-07", 状态: "已下单" }, // 4
  { 采购单号: "CG-03", 申请日期: "2026-08-10", 下单日期: "2026-08-12", 状态: "已入库" }, // 2
  { 采购单号: "CG-04", 申请日期: "2026-08-01", 下单日期: "2026-08-20", 状态: "已取消" }, // cancelled: skipped
];

const outgoing: Row[] = [
  { 发文编号: "FW-01", 申请日期: "2026-09-29", 审批日期: "2026-10-08" }, // Q4
  { 发文编号: "FW-02", 申请日期: "2026-09-07", 审批日期: "2026-09-07" }, // 0
  { 发文编号: "FW-03", 申请日期: "2026-09-01", 审批日期: "2026-09-04" }, // 3
];

describe("K02 reimbursement processing time", () => {
  const input = kpiInput({ reimbursements });

  it("averages elapsed working days of rows approved in the period, across a holiday", () => {
    const r = computeKpi(def("K02"), input, Q3);
    // (1 + 0 + 2 + 2) / 4
    expect(r).toMatchObject({ actual: 1.25, n: 4, status: "not-met", target: 1, unit: "workdays", direction: "lower" });
    expect(r.offenders.map((o) => [o.key, o.row, o.value])).toEqual([
      ["BX-03", 4, 2],
      ["BX-04", 5, 2],
    ]);
    expect(r.offenders[0]?.why).toBe("2026-08-03 → 2026-08-05 用时 2 个工作日，超过 1 工作日");
    expect(r.notes).toContain("1 条记录结束日期早于开始日期，未计入");
    expect(r.sources).toEqual([{ sheet: "报销台账", rows: 10 }]);
  });

  it("compares with the previous quarter", () => {
    const r = computeKpi(def("K02"), input, Q3);
    // Q2: (1 + 0 + 1) / 3 = 0.666… → 0.67
    expect(r.previous).toBe(0.67);
    expect(r.change).toBe(0.58);
  });

  it("counts a mean equal to the target as met", () => {
    const tie = kpiInput({
      reimbursements: [
        { 提交日期: "2026-07-06", 审批完成日期: "2026-07-06" },
        { 提交日期: "2026-07-06", 审批完成日期: "2026-07-07" },
        { 提交日期: "2026-07-06", 审批完成日期: "2026-07-08" },
      ],
    });
    expect(computeKpi(def("K02"), tie, Q3)).toMatchObject({ actual: 1, status: "met" });
  });

  it("takes the target from 参数设置, and KPI目标 over it", () => {
    const fromParams = kpiInput(
      { reimbursements },
      { settings: fakeSettings({ params: { "报销处理目标(工作日)": 2 } }) },
    );
    expect(computeKpi(def("K02"), fromParams, Q3)).toMatchObject({ target: 2, status: "met", offenders: [] });
    const fromSheet = kpiInput(
      { reimbursements },
      {
        settings: fakeSettings({
          params: { "报销处理目标(工作日)": 2 },
          kpiTargets: [{ id: "K02", target: 1.2, baseline: null }],
        }),
      },
    );
    expect(computeKpi(def("K02"), fromSheet, Q3)).toMatchObject({ target: 1.2, status: "not-met" });
  });

  it("has no verdict for an empty period or a missing register", () => {
    const empty = computeKpi(def("K02"), input, parsePeriod("2025Q3") as Period);
    expect(empty).toMatchObject({ actual: null, status: "no-data", reasonCode: "no-rows", n: 0, offenders: [] });
    expect(empty.reason).toBe("本期「报销台账」没有审批完成日期落在期内的记录");
    const missing = computeKpi(def("K02"), kpiInput({}, { lang: "en-US" }), Q3);
    expect(missing).toMatchObject({
      status: "no-data",
      reasonCode: "register-missing",
      reason: "The workbook has no recognisable '报销台账' sheet",
    });
  });

  it("reports too small a sample as 数据不足 but keeps the measured value", () => {
    const few = kpiInput({ reimbursements: reimbursements.slice(0, 2) });
    expect(computeKpi(def("K02"), few, Q3)).toMatchObject({
      actual: null,
      measured: 0.5,
      n: 2,
      status: "no-data",
      reasonCode: "below-min-sample",
      reason: "样本 2 条，少于最小样本 3 条",
    });
  });

  it("says which year the calendar lacks instead of guessing working days", () => {
    const future = kpiInput(
      { reimbursements: [{ 提交日期: "2031-03-03", 审批完成日期: "2031-03-05" }] },
      { asOf: "2031-04-01" },
    );
    expect(computeKpi(def("K02"), future, parsePeriod("2031Q1") as Period)).toMatchObject({
      status: "no-data",
      reasonCode: "calendar-coverage",
      reason: expect.stringContaining("2031"),
    });
  });
});

describe("K03 purchase-order processing time", () => {
  it("averages 申请日期 → 下单日期, counts a make-up Sunday as a working day and skips cancelled orders", () => {
    const r = computeKpi(def("K03"), kpiInput({ purchases }), Q3);
    // (2 + 4 + 2) / 3 = 2.666…
    expect(r).toMatchObject({ actual: 2.67, n: 3, status: "met", target: 3 });
    expect(r.offenders.map((o) => o.key)).toEqual(["CG-02"]);
  });
});

describe("K01 approval cycle reduction", () => {
  it("pools reimbursements, purchases and outgoing documents against the 3-WD baseline", () => {
    const r = computeKpi(def("K01"), kpiInput({ reimbursements, purchases, "outgoing-documents": outgoing }), Q3);
    // cycles 1,0,2,2 | 2,4,2 | 0,3 → mean 16/9 = 1.777…; (3 − 1.777…)/3 = 40.74 %
    expect(r).toMatchObject({ actual: 40.7, n: 9, status: "met", target: 30, baseline: 3, unit: "percent" });
    // a row counts against it above 3 × (1 − 30 %) = 2.1 WD
    expect(r.offenders.map((o) => o.key)).toEqual(["CG-02", "FW-03"]);
    expect(r.notes).toEqual(expect.arrayContaining(["实测平均 1.78 个工作日", "基准 3工作日（参数设置）"]));
  });

  it("uses the baseline from KPI目标", () => {
    const settings = fakeSettings({ kpiTargets: [{ id: "k01", target: null, baseline: 2 }] });
    const r = computeKpi(
      def("K01"),
      kpiInput({ reimbursements, purchases, "outgoing-documents": outgoing }, { settings }),
      Q3,
    );
    // (2 − 1.777…)/2 = 11.1 %
    expect(r).toMatchObject({ actual: 11.1, baseline: 2, status: "not-met" });
    expect(r.notes).toContain("基准 2工作日（KPI目标）");
  });

  it("works with the registers the workbook has, and needs at least one", () => {
    const r = computeKpi(def("K01"), kpiInput({ purchases }), Q3);
    // mean 8/3 → (3 − 2.666…)/3 = 11.1 %
    expect(r).toMatchObject({ actual: 11.1, n: 3, sources: [{ sheet: "采购台账", rows: 4 }] });
    expect(computeKpi(def("K01"), kpiInput({}), Q3)).toMatchObject({
      status: "no-data",
      reasonCode: "register-missing",
    });
  });
});
