/** The pane's frame rendered to markup: tabs from the registry, the demo banner, language, and the page's props. */
import { lazy } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { App } from "../../../src/taskpane/shell/App";
import { PaneProvider } from "../../../src/taskpane/shell/PaneContext";
import { PAGES, type PageEntry } from "../../../src/taskpane/pages";
import type { Host } from "../../../src/taskpane/shell/host";
import { MemoryWorkbook } from "../../../src/workbook/memory";

const host = (inExcel: boolean, lang: Host["lang"]): Host => ({
  port: new MemoryWorkbook(),
  inExcel,
  lang,
  watchChanges: null,
  chartsAvailable: true,
});
const clock = { today: () => "2026-11-20", now: () => "2026-11-20 09:00" };

describe("pane frame", () => {
  it("registers the pages in order, 概览 first (the page the pane opens on), each with both labels", () => {
    expect(PAGES.map((p) => [p.id, p.label["zh-CN"]])).toEqual([
      ["overview", "概览"],
      ["calculator", "计算器"],
      ["registers", "台账"],
      ["validate", "检查"],
      ["deadlines", "期限"],
      ["kpi", "KPI"],
      ["survey", "调查"],
      ["rectification", "整改"],
      ["forms", "表单"],
    ]);
    for (const p of PAGES) expect(p.label["en-US"]).toMatch(/^[A-Z]/);
  });

  it("shows tabs, the demo banner outside Excel and the switch to the other language", () => {
    const html = renderToStaticMarkup(
      <PaneProvider host={host(false, "zh-CN")} clock={clock}>
        <App />
      </PaneProvider>,
    );
    expect(html).toContain("综合办台账助手");
    expect(html).toContain("不在 Excel 中：正在使用演示工作簿");
    expect(html).toMatch(/role="tablist"[^>]*aria-label="功能页"/);
    expect(html.match(/role="tab"/g)).toHaveLength(PAGES.length);
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>[^]*?概览/);
    expect(html).toContain(">English<");
    expect(html).toContain('role="tabpanel"');
  });

  it("hides the banner in Excel and speaks English when the host says so", () => {
    const html = renderToStaticMarkup(
      <PaneProvider host={host(true, "en-US")} clock={clock}>
        <App />
      </PaneProvider>,
    );
    expect(html).not.toContain("demo workbook");
    expect(html).toContain("School Office Ledger");
    expect(html).toContain(">中文<");
    expect(html).toContain("Calculator");
  });

  it("hands the first page the port, language and clock of the pane", () => {
    const seen: unknown[] = [];
    const probe: PageEntry = {
      id: "probe",
      label: { "zh-CN": "探针", "en-US": "Probe" },
      component: lazy(async () => ({ default: () => null })),
      preload: async () => undefined,
    };
    const Direct = (p: { lang: string; today: () => string }) => {
      seen.push([p.lang, p.today()]);
      return <span>probe-page</span>;
    };
    // A lazy page renders its fallback on the server; a ready component shows what the shell passes.
    const ready = { ...probe, component: Direct as unknown as PageEntry["component"] };
    const html = renderToStaticMarkup(
      <PaneProvider host={host(true, "en-US")} clock={clock}>
        <App pages={[ready]} />
      </PaneProvider>,
    );
    expect(html).toContain("probe-page");
    expect(seen).toEqual([["en-US", "2026-11-20"]]);
    const pending = renderToStaticMarkup(
      <PaneProvider host={host(true, "en-US")} clock={clock}>
        <App pages={[probe]} />
      </PaneProvider>,
    );
    expect(pending).toContain("Opening…");
  });
});
