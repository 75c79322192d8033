/** refreshKpis through the Office.js adapter (over the typed Excel fake): the board, its icon set and its native charts. */
import { refreshKpis } from "../../src/app/kpis";
import { isoToSerial } from "../../src/core/dates";
import { KPI_BOARD_SHEET, parsePeriod, type Period } from "../../src/core/kpi";
import { ExcelWorkbook } from "../../src/excel";
import { createExcelFake } from "../support/excel-fake";
import { calendar, fakeSettings, fakeTable } from "../core/kpi/fake-register";

const ctx = {
  tables: new Map([
    [
      "reimbursements",
      fakeTable("reimbursements", [
        { 报销单号: "BX-1", 提交日期: "2026-07-06", 审批完成日期: "2026-07-06" },
        { 报销单号: "BX-2", 提交日期: "2026-07-06", 审批完成日期: "2026-07-07" },
        { 报销单号: "BX-3", 提交日期: "2026-07-06", 审批完成日期: "2026-07-08" },
      ]),
    ],
  ]),
  settings: fakeSettings(),
  calendar,
};

test("Excel draws one line chart per KPI from the trend block, and the board replaces a protected old one", async () => {
  const fake = createExcelFake({ sheets: [{ name: "报销台账" }, { name: KPI_BOARD_SHEET, values: [["旧"]], protected: true }] });
  const port = new ExcelWorkbook({ run: fake.Excel.run });
  fake.resetStats();
  await refreshKpis(port, ctx, { period: parsePeriod("2026Q3") as Period, asOf: isoToSerial("2026-11-22"), lang: "zh-CN", updatedAt: "2026-11-22 10:30" });
  expect(fake.stats.records.every((r) => r.failed === null)).toBe(true);
  const s = fake.state.sheetByName(KPI_BOARD_SHEET);
  if (!s) throw new Error("no board");
  expect(fake.state.sheets.map((x) => x.name)).toEqual(["报销台账", KPI_BOARD_SHEET]);
  // K02 on row 6 (0-based 5): (0 + 1 + 2) / 3 = 1 WD, the tie meets the target
  expect([s.valueAt(5, 0), s.valueAt(5, 4), s.valueAt(5, 5), s.valueAt(5, 6)]).toEqual(["K02", 1, "达成", 1]);
  expect(s.charts).toHaveLength(14);
  const k02 = s.charts.find((c) => c.name === "kpi-trend-K02");
  expect(k02).toMatchObject({ type: "Line", seriesBy: "Rows", title: "K02 报销处理时间" });
  // The chart's range holds the quarter labels under a blank corner, then 实际 and 目标
  const m = /!B(\d+):F(\d+)$/.exec(k02?.source ?? "");
  const top = Number(m?.[1]) - 1;
  expect([1, 2, 3, 4].map((c) => s.valueAt(top, 1 + c))).toEqual(["2025Q4", "2026Q1", "2026Q2", "2026Q3"]);
  expect([null, ""]).toContain(s.valueAt(top, 1));
  expect(s.valueAt(top - 1, 1)).toBe("K02 报销处理时间（工作日）");
  expect([s.valueAt(top + 1, 1), s.valueAt(top + 1, 5), s.valueAt(top + 2, 1), s.valueAt(top + 2, 5)]).toEqual(["实际", 1, "目标", 1]);
  expect(s.conditionalFormats.find((cf) => cf.type === "IconSet")?.iconStyle).toBe("ThreeSymbols");
  expect([s.protected, s.pageLayout?.orientation]).toEqual([true, "Landscape"]);
});
