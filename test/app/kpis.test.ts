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
      settings: fakeSettings({
        staff: ["张三", "李四", "王五"].map((name) => ({ name, department: null, role: null, onDuty: true })),
      }),
      calendar,
      sheets: [
        {
          name: "人员名单",
          values: [["人员名单"], ["姓名*", "部门"], ["张三", "综合办"], [" 李四 ", "综合办"], ["王五", "财务室"]],
        },
      ],
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
  it("replaces KPI看板 with tiles, one row per KPI with an icon code hidden behind its icon, and one small chart per KPI", async () => {
    const port = MemoryWorkbook.withSheets({ [KPI_BOARD_SHEET]: [["stale"]] });
    const result = await refreshKpis(port, ctx, {
      period: Q3,
      asOf,
      lang: "zh-CN",
      updatedAt: "2026-11-22 10:30",
      chartsUnavailable: true,
    });
    expect(result.charts).toBe(14);
    const cell = (r: number, c: number) => port.cell(KPI_BOARD_SHEET, r, c);
    expect(cell(1, 1)).toBe("KPI看板 — 2026年第3季度");
    expect(String(cell(3, 1))).toContain("更新于 2026-11-22 10:30");
    expect([cell(4, 1), cell(4, 3), cell(4, 7), cell(4, 10)]).toEqual(["达成", "未达成", "数据不足", "指标总数"]);
    const count = (s: string) => result.kpis.filter((k) => k.status === s).length;
    expect([cell(5, 1), cell(5, 3), cell(5, 7), cell(5, 10)]).toEqual([
      count("met"),
      count("not-met"),
      count("no-data"),
      14,
    ]);
    expect([cell(7, 1), cell(7, 2), cell(7, 4), cell(7, 6)]).toEqual(["编号", "指标", "实际", "状态"]);
    // K02 on row 9: name with unit, target text, actual, status code and text, previous, change, records, source
    expect([
      cell(9, 1),
      cell(9, 2),
      cell(9, 3),
      cell(9, 4),
      cell(9, 5),
      cell(9, 6),
      cell(9, 7),
      cell(9, 8),
      cell(9, 11),
      cell(9, 12),
    ]).toEqual(["K02", "报销处理时间（工作日）", "≤ 1 工作日", 1.33, -1, "未达成", 0.33, 1, 3, "报销台账 6 行"]);
    expect(port.numberFormat(KPI_BOARD_SHEET, 9, 5)).toBe(";;;"); // the code is there for the icon set, not to be read
    // K07 typed in KPI目标: met, with the note saying where it comes from
    expect([cell(14, 1), cell(14, 4), cell(14, 5), cell(14, 6)]).toEqual(["K07", 4.6, 1, "达成"]);
    expect(String(cell(14, 9))).toContain("KPI目标");
    // K05 without its register: 数据不足 with the reason
    expect([cell(12, 5), cell(12, 6), cell(12, 9)]).toEqual([0, "数据不足", "工作簿中没有可识别的「资产台账」"]);

    const spec = port.appliedSpec(KPI_BOARD_SHEET);
    expect(spec).toMatchObject({ protect: true, ifExists: "replace" });
    expect(spec?.layout?.print).toEqual({
      area: "A1:J24",
      orientation: "landscape",
      paper: "A4",
      fit: { wide: 1, tall: null },
      titleRows: { first: 7, last: 7 },
    });
    expect(port.conditionalFormats(KPI_BOARD_SHEET)[0]).toEqual({
      range: "E8:E21",
      kind: "iconSet",
      iconSet: { style: "3Symbols", thresholds: [1, 0] },
    });

    // Each chart sits in its KPI's row and plots quarter labels, actuals and targets that are really in the sheet, in
    // rows hidden from view and from print.
    const hidden = new Set(
      (spec?.layout?.hiddenRows ?? []).flatMap((h) =>
        Array.from({ length: h.last - h.first + 1 }, (_, i) => h.first + i),
      ),
    );
    const block = (id: string, row: number) => {
      const chart = port.charts(KPI_BOARD_SHEET).find((c) => c.name === `kpi-trend-${id}`);
      expect(chart).toMatchObject({
        anchor: { cell: `J${row}`, widthCols: 1, heightRows: 1 },
        compact: true,
        dataHidden: true,
      });
      const m = /^A(\d+):E(\d+)$/.exec(chart?.dataRange ?? "");
      const top = Number(m?.[1]);
      expect(Number(m?.[2])).toBe(top + 2);
      expect([top, top + 1, top + 2].every((r) => hidden.has(r))).toBe(true);
      const rowAt = (r: number) => [1, 2, 3, 4, 5].map((c) => cell(r, c));
      return [rowAt(top), rowAt(top + 1), rowAt(top + 2)];
    };
    expect(block("K02", 9)).toEqual([
      [null, "2025Q4", "2026Q1", "2026Q2", "2026Q3"],
      ["实际", null, null, 0.33, 1.33],
      ["目标", 1, 1, 1, 1],
    ]);
    expect(block("K09", 16)).toEqual([
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
      for (let r = 22; r <= 25; r++) all.push(String(port.cell(KPI_BOARD_SHEET, r, 1) ?? ""));
      return all.join("\n");
    };
    expect(await text(true)).toContain("刷新 KPI看板 后即显示");
    expect(await text(false)).not.toContain("刷新 KPI看板 后即显示");
  });
});
