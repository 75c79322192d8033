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

test("Excel draws one small chart per KPI beside its row from the hidden data rows, and the board replaces a protected old one", async () => {
  const fake = createExcelFake({
    sheets: [{ name: "报销台账" }, { name: KPI_BOARD_SHEET, values: [["旧"]], protected: true }],
  });
  const port = new ExcelWorkbook({ run: fake.Excel.run });
  fake.resetStats();
  await refreshKpis(port, ctx, {
    period: parsePeriod("2026Q3") as Period,
    asOf: isoToSerial("2026-11-22"),
    lang: "zh-CN",
    updatedAt: "2026-11-22 10:30",
  });
  expect(fake.stats.records.every((r) => r.failed === null)).toBe(true);
  const s = fake.state.sheetByName(KPI_BOARD_SHEET);
  if (!s) throw new Error("no board");
  expect(fake.state.sheets.map((x) => x.name)).toEqual(["报销台账", KPI_BOARD_SHEET]);
  // K02 on row 9 (0-based 8): (0 + 1 + 2) / 3 = 1 WD, the tie meets the target; the icon code sits beside the words
  expect([s.valueAt(8, 0), s.valueAt(8, 3), s.valueAt(8, 4), s.valueAt(8, 5)]).toEqual(["K02", 1, 1, "达成"]);
  expect(s.numberFormatAt(8, 4)).toBe(";;;");
  expect(s.charts).toHaveLength(14);
  const k02 = s.charts.find((c) => c.name === "kpi-trend-K02");
  expect(k02).toMatchObject({
    type: "Line",
    seriesBy: "Rows",
    title: "K02 报销处理时间",
    titleVisible: false,
    legendVisible: false,
    plotVisibleOnly: false,
  });
  expect(k02?.position).toEqual({ start: "J9", end: "J9" });
  // The chart's range holds the quarter labels under a blank corner, then 实际 and 目标, in rows hidden from view and print
  const m = /!A(\d+):E(\d+)$/.exec(k02?.source ?? "");
  const top = Number(m?.[1]) - 1;
  expect([1, 2, 3, 4].map((c) => s.valueAt(top, c))).toEqual(["2025Q4", "2026Q1", "2026Q2", "2026Q3"]);
  expect([null, ""]).toContain(s.valueAt(top, 0));
  expect([s.valueAt(top + 1, 0), s.valueAt(top + 1, 4), s.valueAt(top + 2, 0), s.valueAt(top + 2, 4)]).toEqual([
    "实际",
    1,
    "目标",
    1,
  ]);
  expect([top, top + 1, top + 2].every((r) => s.hiddenRows.has(r))).toBe(true);
  expect(s.pageLayout.printArea && s.pageLayout.printArea.lastRow).toBeLessThan(top);
  expect(s.conditionalFormats.find((cf) => cf.type === "IconSet")?.iconStyle).toBe("ThreeSymbols");
  expect([s.protected, s.pageLayout.orientation, s.pageLayout.paperSize, s.pageLayout.printTitleRows]).toEqual([
    true,
    "Landscape",
    "A4",
    { first: 7, last: 7 },
  ]);
  expect(s.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
  // The tiles' numbers are named cells
  expect(fake.state.names.get("KPI_MET")?.reference).toBe("='KPI看板'!$A$5");
  expect(s.valueAt(4, 0)).toBe(2); // 达成: K02 and one more
});

test("a second refresh moves the tiles' names instead of failing on names Excel already holds", async () => {
  const fake = createExcelFake({ sheets: [{ name: "报销台账" }] });
  const port = new ExcelWorkbook({ run: fake.Excel.run });
  const opts = {
    period: parsePeriod("2026Q3") as Period,
    asOf: isoToSerial("2026-11-22"),
    lang: "zh-CN" as const,
    updatedAt: "2026-11-22 10:30",
  };
  await refreshKpis(port, ctx, opts);
  await refreshKpis(port, ctx, opts);
  expect([...fake.state.names.keys()].sort()).toEqual(["KPI_COUNT", "KPI_MET", "KPI_NODATA", "KPI_NOTMET"]);
});

test("on Excel before ExcelApi 1.8 the charts are still drawn, without asking to show hidden rows' data, and the notice says so", async () => {
  const fake = createExcelFake({ sheets: [{ name: "报销台账" }] });
  const older = (set: string, version: string) => set === "ExcelApi" && Number(version) < 1.8;
  const port = new ExcelWorkbook({ run: fake.Excel.run, isSetSupported: older, lang: "zh-CN" });
  await refreshKpis(port, ctx, {
    period: parsePeriod("2026Q3") as Period,
    asOf: isoToSerial("2026-11-22"),
    lang: "zh-CN",
    updatedAt: "2026-11-22 10:30",
  });
  const s = fake.state.sheetByName(KPI_BOARD_SHEET);
  expect(s?.charts).toHaveLength(14);
  expect(s?.charts.every((c) => c.plotVisibleOnly !== false)).toBe(true);
  expect(port.notices.join("\n")).toContain("图表显示隐藏行中的数据（需要 ExcelApi 1.8）");
});
