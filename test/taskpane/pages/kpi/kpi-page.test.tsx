/** The KPI page's view: cards with status, figures and drill-down rows; the drill-down selects the row through the port. */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { computeKpis, refreshKpis } from "../../../../src/app/kpis";
import { isoToSerial } from "../../../../src/core/dates";
import { parsePeriod, type Period } from "../../../../src/core/kpi";
import { KpiCard } from "../../../../src/taskpane/pages/kpi/KpiCard";
import { KpiView } from "../../../../src/taskpane/pages/kpi/KpiView";
import {
  periodOptions,
  selectOffender,
  sortedKpis,
  statusColor,
  trendOf,
  writeBoardAndShow,
} from "../../../../src/taskpane/pages/kpi/view-model";
import { KPI_BOARD_SHEET } from "../../../../src/core/kpi";
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
const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("KPI page", () => {
  it("offers this and earlier quarters, semesters, years and months", () => {
    const ids = periodOptions(asOf, "zh-CN").map((o) => o.id);
    expect(ids).toEqual([
      "2026Q4",
      "2026Q3",
      "2026Q2",
      "2026Q1",
      "2026S2",
      "2026S1",
      "2026",
      "2025",
      "2026-11",
      "2026-10",
      "2026-09",
    ]);
    expect(periodOptions(asOf, "en-US")[0]?.label).toBe("Q4 2026 (2026Q4)");
    expect(periodOptions(asOf, "zh-CN")[0]?.label).toMatch(/（2026Q4）$/);
  });

  it("renders one card per KPI with its status", () => {
    const out = html(
      <KpiView
        lang="zh-CN"
        periods={periodOptions(asOf, "zh-CN")}
        periodId="2026Q3"
        onPeriodChange={() => {}}
        onWriteBoard={() => {}}
        onSelectRow={() => {}}
        report={report}
        busy={false}
        error={null}
        info={null}
      />,
    );
    expect(out.match(/data-kpi="K\d\d"/g)).toHaveLength(14);
    expect(out).toContain('data-kpi="K02" data-status="not-met"');
    expect(out).toContain(">报销处理时间<");
    expect(out).not.toMatch(/>K\d\d /); // the codes stay in data attributes, not in what people read
    expect(out).toContain("实际 2.33 工作日"); // (0 + 3 + 4) / 3
    expect(out).toContain("查看相关记录（2 条）");
    expect(out).not.toContain("样本");
    // Status tiles on top, then the cards not met first.
    expect(out).toContain('aria-label="达成 0 项"');
    expect(out).toContain('aria-label="未达成 2 项"');
    expect(out).toContain('aria-label="数据不足 12 项"');
    const order = [...out.matchAll(/data-kpi="(K\d\d)" data-status="([a-z-]+)"/g)].map((m) => m[2]);
    expect(order.slice(0, 2)).toEqual(["not-met", "not-met"]);
    expect(order.slice(2).every((s) => s === "no-data")).toBe(true);
  });

  it("lists the rows against a KPI as links to the rows, in English too", () => {
    const en = computeKpis(ctx, parsePeriod("2026Q3") as Period, asOf, "en-US");
    const k02 = en.kpis[1];
    if (!k02) throw new Error("K02 missing");
    const out = html(<KpiCard kpi={k02} lang="en-US" onSelectRow={() => {}} initiallyOpen />);
    expect(out).toContain("报销台账 row 4 BX-3");
    expect(out).toContain("took 4 working days, more than 1 working days");
    expect(out).not.toMatch(/\bWD\b/);
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
    expect([statusColor("met"), statusColor("not-met"), statusColor("no-data")]).toEqual([
      "success",
      "danger",
      "informative",
    ]);
  });

  it("says why there are no KPIs on a workbook without registers, links to 台账 and offers nothing to write", () => {
    const props = {
      periods: periodOptions(asOf, "zh-CN"),
      periodId: "2026Q4",
      onPeriodChange: () => {},
      onWriteBoard: () => {},
      onSelectRow: () => {},
      onGoRegisters: () => {},
      busy: false,
      error: null,
      info: null,
    };
    const zh = html(<KpiView lang="zh-CN" report={report} empty {...props} />);
    expect(zh).toContain("工作簿里没有能识别的台账，KPI 无从计算");
    expect(zh).toContain("去「台账」建立或识别台账");
    expect(zh).not.toContain("data-kpi");
    expect(zh).not.toContain("写入 KPI看板");
    expect(html(<KpiView lang="en-US" report={report} empty {...props} />)).toContain("no KPI can be computed");
  });

  it("points ↑/↓ against 上期 and says whether that is better for the KPI's direction", () => {
    expect(trendOf({ change: 0.5, direction: "lower" })).toEqual({ arrow: "↑", better: false });
    expect(trendOf({ change: -2, direction: "lower" })).toEqual({ arrow: "↓", better: true });
    expect(trendOf({ change: 3, direction: "higher" })).toEqual({ arrow: "↑", better: true });
    expect(trendOf({ change: 0, direction: "higher" })).toEqual({ arrow: "→", better: null });
    expect(trendOf({ change: null, direction: "higher" })).toBeNull();
    const k02 = report.kpis[1]!;
    const worse = html(<KpiCard kpi={{ ...k02, previous: 1.5, change: 0.83 }} lang="zh-CN" onSelectRow={() => {}} />);
    expect(worse).toMatch(/上期 1\.5 工作日<span[^>]*aria-label="比上期变差"[^>]*> ↑<\/span>/);
    expect(
      html(<KpiCard kpi={{ ...k02, previous: 3, change: -0.67 }} lang="en-US" onSelectRow={() => {}} />),
    ).toContain('aria-label="better than the previous period"');
  });

  it("sorts not met first, then met, then no data, keeping catalogue order within each", () => {
    const kpis = report.kpis.map((k, i) => ({ ...k, status: (["met", "not-met", "no-data"] as const)[i % 3] }));
    const sorted = sortedKpis(kpis);
    expect(sorted.map((k) => k.status)).toEqual([
      ...Array(5).fill("not-met"),
      ...Array(5).fill("met"),
      ...Array(4).fill("no-data"),
    ]);
    expect(sorted.slice(0, 2).map((k) => k.id)).toEqual(["K02", "K05"]);
  });

  it("brings KPI看板 to the front after writing it, and a failed select does not turn the write into a failure", async () => {
    const port = MemoryWorkbook.withSheets({ 报销台账: [["报销单号"]] });
    const write = () => refreshKpis(port, ctx, { period: parsePeriod("2026Q3") as Period, asOf, lang: "zh-CN" });
    expect(await port.getActiveSheet()).toBe("报销台账");
    await writeBoardAndShow(port, write);
    expect(await port.getActiveSheet()).toBe(KPI_BOARD_SHEET);
    const stubborn: WorkbookPort = Object.assign(new MemoryWorkbook(), {
      select: async () => Promise.reject(new Error("no")),
    });
    await expect(
      writeBoardAndShow(stubborn, async () => stubborn.ensureSheets([{ name: "x", columns: [], ifExists: "keep" }])),
    ).resolves.toBeUndefined();
    await expect(writeBoardAndShow(port, async () => Promise.reject(new Error("write failed")))).rejects.toThrow(
      "write failed",
    );
    // A write the user cancelled in the preview (null) leaves the active sheet where it was.
    await port.select("报销台账", 1, 1);
    await expect(writeBoardAndShow(port, async () => null)).resolves.toBeNull();
    expect(await port.getActiveSheet()).toBe("报销台账");
  });
});
