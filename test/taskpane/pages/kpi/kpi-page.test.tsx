/** The KPI page's view: cards with status, figures and drill-down rows; the drill-down selects the row through the port. */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { computeKpis } from "../../../../src/app/kpis";
import { isoToSerial } from "../../../../src/core/dates";
import { parsePeriod, type Period } from "../../../../src/core/kpi";
import { KpiCard } from "../../../../src/taskpane/pages/kpi/KpiCard";
import { KpiView } from "../../../../src/taskpane/pages/kpi/KpiView";
import { periodOptions, selectOffender, statusColor } from "../../../../src/taskpane/pages/kpi/view-model";
import { MemoryWorkbook } from "../../../../src/workbook/memory";
import type { WorkbookPort } from "../../../../src/workbook/port";
import { calendar, fakeSettings, fakeTable } from "../../../core/kpi/fake-register";

const asOf = isoToSerial("2026-11-22");
const ctx = {
  tables: new Map([
    [
      "reimbursements",
      fakeTable("reimbursements", [
        { 报销单号: "BX-1", 提交日期: "2026-07-06", 审批完成日期: "2026-07-06" },
        { 报销单号: "BX-2", 提交日期: "2026-07-06", 审批完成日期: "2026-07-09" },
        { 报销单号: "BX-3", 提交日期: "2026-07-06", 审批完成日期: "2026-07-10" },
      ]),
    ],
  ]),
  settings: fakeSettings(),
  calendar,
};
const report = computeKpis(ctx, parsePeriod("2026Q3") as Period, asOf, "zh-CN");
const html = (node: React.ReactElement) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("KPI page", () => {
  it("offers this and earlier quarters, semesters, years and months", () => {
    const ids = periodOptions(asOf, "zh-CN").map((o) => o.id);
    expect(ids).toEqual(["2026Q4", "2026Q3", "2026Q2", "2026Q1", "2026S2", "2026S1", "2026", "2025", "2026-11", "2026-10", "2026-09"]);
    expect(periodOptions(asOf, "en-US")[0]?.label).toBe("Q4 2026 (2026Q4)");
    expect(periodOptions(asOf, "zh-CN")[0]?.label).toMatch(/（2026Q4）$/);
  });

  it("renders one card per KPI with its status", () => {
    const out = html(
      <KpiView lang="zh-CN" periods={periodOptions(asOf, "zh-CN")} periodId="2026Q3" onPeriodChange={() => {}} onWriteBoard={() => {}} onSelectRow={() => {}} report={report} busy={false} error={null} info={null} />
    );
    expect(out.match(/data-kpi="K\d\d"/g)).toHaveLength(14);
    expect(out).toContain('data-kpi="K02" data-status="not-met"');
    expect(out).toContain("K02 报销处理时间");
    expect(out).toContain("实际 2.33 工作日"); // (0 + 3 + 4) / 3
    expect(out).toContain("查看相关记录（2 条）");
    expect(out).toContain("达成 0 · 未达成 2 · 数据不足 12");
  });

  it("lists the rows against a KPI as links to the rows, in English too", () => {
    const en = computeKpis(ctx, parsePeriod("2026Q3") as Period, asOf, "en-US");
    const k02 = en.kpis[1];
    if (!k02) throw new Error("K02 missing");
    const out = html(<KpiCard kpi={k02} lang="en-US" onSelectRow={() => {}} initiallyOpen />);
    expect(out).toContain("报销台账 row 4 BX-3");
    expect(out).toContain("took 4 working days, more than 1 WD");
    expect(out).toContain("Hide");
  });

  it("selects the row in the workbook, and not a staff name that is no sheet row", async () => {
    const calls: unknown[][] = [];
    const port: WorkbookPort = Object.assign(new MemoryWorkbook(), {
      select: async (...args: [string, number, number]) => {
        calls.push(args);
      },
    });
    expect(await selectOffender(port, { sheet: "报销台账", row: 4, key: "BX-3", why: "", value: 4 })).toBe(true);
    expect(await selectOffender(port, { sheet: "人员名单", row: null, key: "李四", why: "", value: null })).toBe(false);
    expect(calls).toEqual([["报销台账", 4, 1]]);
    expect([statusColor("met"), statusColor("not-met"), statusColor("no-data")]).toEqual(["success", "danger", "warning"]);
  });

  it("says why there are no KPIs on a workbook without registers, links to 台账 and offers nothing to write", () => {
    const props = { periods: periodOptions(asOf, "zh-CN"), periodId: "2026Q4", onPeriodChange: () => {}, onWriteBoard: () => {}, onSelectRow: () => {}, onGoRegisters: () => {}, busy: false, error: null, info: null };
    const zh = html(<KpiView lang="zh-CN" report={report} empty {...props} />);
    expect(zh).toContain("工作簿里没有能识别的台账，KPI 无从计算");
    expect(zh).toContain("去「台账」建立或识别台账");
    expect(zh).not.toContain("data-kpi");
    expect(zh).not.toContain("写入 KPI看板");
    expect(html(<KpiView lang="en-US" report={report} empty {...props} />)).toContain("no KPI can be computed");
  });
});
