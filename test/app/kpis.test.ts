/** refreshKpis writes KPI看板 through the port: one row per KPI, status icons, trend block and charts that plot it. */
import { computeKpis, refreshKpis, resolvePeriod, PeriodError, semesterStartsOf } from "../../src/app/kpis";
import { isoToSerial } from "../../src/core/dates";
import { KPI_BOARD_SHEET, parsePeriod, type Period } from "../../src/core/kpi";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { fakeSettings, fakeTable, calendar, type Row } from "../core/kpi/fake-register";

const asOf = isoToSerial("2026-11-22");
const Q3 = parsePeriod("2026Q3") as Period;

const reimbursements: Row[] = [
  { 报销单号: "BX-1", 提交日期: "2026-07-06", 审批完成日期: "2026-07-06" },
  { 报销单号: "BX-2", 提交日期: "2026-07-06", 审批完成日期: "2026-07-07" },
  { 报销单号: "BX-3", 提交日期: "2026-07-06", 审批完成日期: "2026-07-09" }, // 3 WD
  { 报销单号: "BX-4", 提交日期: "2026-04-06", 审批完成日期: "2026-04-06" },
  { 报销单号: "BX-5", 提交日期: "2026-04-07", 审批完成日期: "2026-04-07" },
  { 报销单号: "BX-6", 提交日期: "2026-04-08", 审批完成日期: "2026-04-09" },
];

const ctx = {
  tables: new Map([["reimbursements", fakeTable("reimbursements", reimbursements)]]),
  settings: fakeSettings({ kpiTargets: [{ id: "K07", target: null, baseline: null, value: 4.6 }] }),
  calendar,
};

describe("computeKpis", () => {
  it("reports the period with ISO bounds and all fourteen KPIs", () => {
    const report = computeKpis(ctx, Q3, asOf, "zh-CN");
    expect(report.period).toEqual({ id: "2026Q3", start: "2026-07-01", end: "2026-09-30" });
    expect(report.kpis).toHaveLength(14);
    // (0 + 1 + 3) / 3 = 1.33; Q2 (0 + 0 + 1) / 3 = 0.33
    expect(report.kpis[1]).toMatchObject({ id: "K02", actual: 1.33, status: "not-met", previous: 0.33, change: 1 });
  });
});

describe("K08 drill-down", () => {
  it("points each untrained staff member at their row of 人员名单", () => {
    const training = fakeTable("training", [{ 员工姓名: "张三", 培训日期: "2026-08-01", 是否合格: "是" }]);
    const staffCtx = {
      tables: new Map([["training", training]]),
      settings: fakeSettings({ staff: ["张三", "李四", "王五"].map((name) => ({ name, department: null, role: null, onDuty: true })) }),
      calendar,
      sheets: [{ name: "人员名单", values: [["人员名单"], ["姓名*", "部门"], ["张三", "综合办"], [" 李四 ", "综合办"], ["王五", "财务室"]] }],
    };
    const k08 = computeKpis(staffCtx, Q3, asOf, "zh-CN").kpis[7];
    expect(k08?.offenders.map((o) => [o.key, o.sheet, o.row])).toEqual([
      ["李四", "人员名单", 4],
      ["王五", "人员名单", 5],
    ]);
  });
});

describe("resolvePeriod", () => {
  it("defaults to the quarter containing as-of and rejects nonsense", () => {
    expect(resolvePeriod(undefined, asOf).id).toBe("2026Q4");
    expect(resolvePeriod("2026-09", asOf).id).toBe("2026-09");
    expect(() => resolvePeriod("2026Q9", asOf)).toThrow(PeriodError);
  });

  it("keeps the default semesters when 参数设置 has no 学期开始日期", () => {
    expect(semesterStartsOf(fakeSettings())).toEqual([
      { month: 2, day: 1 },
      { month: 9, day: 1 },
    ]);
  });
});

describe("refreshKpis", () => {
  it("replaces KPI看板 with the KPI rows, a numeric icon column and one chart per KPI", async () => {
    const port = MemoryWorkbook.withSheets({ [KPI_BOARD_SHEET]: [["stale"]] });
    const result = await refreshKpis(port, ctx, { period: Q3, asOf, lang: "zh-CN", updatedAt: "2026-11-22 10:30", chartsUnavailable: true });
    expect(result.charts).toBe(14);
    const cell = (r: number, c: number) => port.cell(KPI_BOARD_SHEET, r, c);
    expect(cell(1, 1)).toBe("KPI看板 — 2026年第3季度");
    expect(String(cell(3, 1))).toContain("更新于 2026-11-22 10:30");
    expect([cell(4, 1), cell(4, 2), cell(4, 5), cell(4, 6)]).toEqual(["编号", "指标", "实际", "状态"]);
    // K02 on row 6: target text, actual, status text and code, previous, change, sample, source
    expect([cell(6, 1), cell(6, 4), cell(6, 5), cell(6, 6), cell(6, 7), cell(6, 8), cell(6, 9), cell(6, 10), cell(6, 11)]).toEqual([
      "K02",
      "≤ 1 工作日",
      1.33,
      "未达成",
      -1,
      0.33,
      1,
      3,
      "报销台账 6 行",
    ]);
    // K07 typed in KPI目标: met, with the note saying where it comes from
    expect([cell(11, 1), cell(11, 5), cell(11, 6), cell(11, 7)]).toEqual(["K07", 4.6, "达成", 1]);
    expect(String(cell(11, 12))).toContain("KPI目标");
    // K05 without its register: 数据不足 with the reason
    expect([cell(9, 6), cell(9, 7), cell(9, 12)]).toEqual(["数据不足", 0, "工作簿中没有可识别的「资产台账」"]);

    const spec = port.appliedSpec(KPI_BOARD_SHEET);
    expect(spec).toMatchObject({ protect: true, ifExists: "replace", page: { orientation: "landscape", fitToOnePage: true, paper: "A4" } });
    expect(port.conditionalFormats(KPI_BOARD_SHEET)[0]).toEqual({
      range: "G5:G18",
      kind: "iconSet",
      iconSet: { style: "3Symbols", thresholds: [1, 0] },
    });

    // Each chart plots quarter labels, actuals and targets that are really in the sheet, under a row naming the KPI;
    // K01–K07 sit in columns B–F, K08–K14 beside them in H–L.
    const block = (id: string, first: number) => {
      const chart = port.charts(KPI_BOARD_SHEET).find((c) => c.name === `kpi-trend-${id}`);
      const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(chart?.dataRange ?? "");
      expect(m?.[1]?.charCodeAt(0)).toBe(64 + first);
      expect(m?.[3]?.charCodeAt(0)).toBe(64 + first + 4);
      const top = Number(m?.[2]);
      expect(Number(m?.[4])).toBe(top + 2);
      const rowAt = (r: number) => [0, 1, 2, 3, 4].map((c) => cell(r, first + c));
      return [cell(top - 1, first), rowAt(top), rowAt(top + 1), rowAt(top + 2)];
    };
    expect(block("K02", 2)).toEqual([
      "K02 报销处理时间（工作日）",
      [null, "2025Q4", "2026Q1", "2026Q2", "2026Q3"],
      ["实际", null, null, 0.33, 1.33],
      ["目标", 1, 1, 1, 1],
    ]);
    expect(block("K09", 8)).toEqual([
      "K09 内部监督问题整改率（%）",
      [null, "2025Q4", "2026Q1", "2026Q2", "2026Q3"],
      ["实际", null, null, null, null],
      ["目标", 100, 100, 100, 100],
    ]);
  });

  it("says in the sheet that charts appear after a refresh in Excel when the host cannot draw them", async () => {
    const text = async (chartsUnavailable: boolean) => {
      const port = new MemoryWorkbook();
      await refreshKpis(port, ctx, { period: Q3, asOf, lang: "zh-CN", chartsUnavailable });
      const all: string[] = [];
      for (let r = 19; r <= 22; r++) all.push(String(port.cell(KPI_BOARD_SHEET, r, 2) ?? ""));
      return all.join("\n");
    };
    expect(await text(true)).toContain("刷新 KPI看板 后即显示");
    expect(await text(false)).not.toContain("刷新 KPI看板 后即显示");
  });
});
