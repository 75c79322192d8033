/** 概览: the big numbers from a real workbook, cards that open their pages, the extension slot, and the empty state. */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { computeWorkbookDeadlines } from "../../../../src/app/deadlines";
import { loadContext } from "../../../../src/app/load-context";
import { isoToSerial } from "../../../../src/core/dates";
import { countByStatus } from "../../../../src/core/deadlines";
import type { ValidationReport } from "../../../../src/core/validate";
import { demoWorkbook } from "../../../../src/taskpane/shell/demo-workbook";
import { OverviewView } from "../../../../src/taskpane/pages/overview/OverviewView";
import { needsCheck, overviewCards, overviewFigures } from "../../../../src/taskpane/pages/overview/view-model";
import { MemoryWorkbook } from "../../../../src/workbook/memory";

const asOf = isoToSerial("2026-11-20");
const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const noop = () => undefined;
const check = (errors: number, warnings: number): ValidationReport => ({
  workbook: "w",
  asOf: "2026-11-20",
  sheets: errors + warnings === 0 ? [] : [{ sheet: "收文登记簿", register: "incoming-documents", rows: 9, issues: [] }],
  unrecognized: [],
  summary: { errors, warnings },
});

describe("概览 view model", () => {
  it("counts overdue and due-soon items and unmet KPIs of the demo workbook, each card opening its page", async () => {
    const ctx = await loadContext(await demoWorkbook());
    const figures = overviewFigures(ctx, asOf, "zh-CN");
    const counts = countByStatus(computeWorkbookDeadlines(ctx, asOf, "zh-CN").items);
    expect(figures.overdue).toBe(counts.overdue);
    expect(figures.dueSoon).toBe(counts["due-soon"]);
    expect(figures.overdue).toBeGreaterThan(0);
    expect(figures.kpi?.total).toBe(14);
    expect(figures.kpi?.notMet).toBeGreaterThan(0);
    const cards = overviewCards(figures, check(3, 2), { ctx, asOf, lang: "zh-CN", sources: [] });
    expect(cards.map((c) => [c.id, c.page])).toEqual([
      ["errors", "validate"],
      ["overdue", "deadlines"],
      ["due-soon", "deadlines"],
      ["kpi-not-met", "kpi"],
    ]);
    expect(cards[0]).toEqual(expect.objectContaining({ value: 3, detail: { key: "warnings", params: { n: 2 } } }));
  });

  it("shows no error count before a check and adds the cards other pages contribute, leaving out those with nothing to count", async () => {
    const ctx = await loadContext(await demoWorkbook());
    const figures = overviewFigures(ctx, asOf, "zh-CN");
    const label = { "zh-CN": "整改未销号", "en-US": "Open rectifications" };
    const cards = overviewCards(figures, null, {
      ctx,
      asOf,
      lang: "zh-CN",
      sources: [
        { id: "rectification-open", page: "rectifications", label, tone: "danger", count: () => 4 },
        { id: "absent", page: "x", label, tone: "warning", count: () => null },
      ],
    });
    expect(cards[0]?.value).toBeNull();
    expect(cards.at(-1)).toEqual(
      expect.objectContaining({ id: "rectification-open", page: "rectifications", value: 4 }),
    );
    expect(cards.some((c) => c.id === "absent")).toBe(false);
  });

  it("checks again on opening when the last check found no register, and shows no 错误 0 from it", async () => {
    const ctx = await loadContext(await demoWorkbook());
    const figures = overviewFigures(ctx, asOf, "zh-CN");
    const nothing = check(0, 0);
    expect(needsCheck(null)).toBe(true);
    expect(needsCheck(nothing)).toBe(true);
    expect(overviewCards(figures, nothing, { ctx, asOf, lang: "zh-CN", sources: [] })[0]?.value).toBeNull();
    const real = { ...nothing, sheets: [{ sheet: "收文登记簿", register: "incoming-documents", rows: 3, issues: [] }] };
    expect(needsCheck(real)).toBe(false);
    expect(overviewCards(figures, real, { ctx, asOf, lang: "zh-CN", sources: [] })[0]?.value).toBe(0);
  });

  it("has no deadline or KPI figure for a workbook without registers", async () => {
    const ctx = await loadContext(
      MemoryWorkbook.withSheets({
        Sheet1: [
          ["姓名", "电话"],
          ["王芳", "123"],
        ],
      }),
    );
    const figures = overviewFigures(ctx, asOf, "zh-CN");
    expect(figures).toEqual({ registers: 0, overdue: null, dueSoon: null, kpi: null });
    expect(overviewCards(figures, null, { ctx, asOf, lang: "zh-CN", sources: [] }).map((c) => c.id)).toEqual([
      "errors",
    ]);
  });
});

describe("概览 view", () => {
  const props = {
    asOf: "2026-11-20",
    empty: false,
    checking: false,
    onOpen: noop,
    onRecheck: noop,
    busy: false,
    error: null,
  };
  const cards = [
    { id: "errors", page: "validate", label: "errors" as const, value: 3, tone: "danger" as const },
    { id: "overdue", page: "deadlines", label: "overdue" as const, value: 0, tone: "danger" as const },
    {
      id: "x",
      page: "x",
      label: { "zh-CN": "整改未销号", "en-US": "Open rectifications" },
      value: 2,
      tone: "danger" as const,
    },
  ];

  it("renders a button per card named by its label and number, and the last check's time", () => {
    const zh = html(<OverviewView lang="zh-CN" cards={cards} lastCheckAt="2026-11-20 09:30" {...props} />);
    expect(zh).toContain('aria-label="错误 3"');
    expect(zh).toContain('aria-label="已逾期 0"');
    expect(zh).toContain('aria-label="整改未销号 2"');
    expect(zh).toContain("上次检查：2026-11-20 09:30");
    const en = html(<OverviewView lang="en-US" cards={cards} lastCheckAt={null} {...props} />);
    expect(en).toContain('aria-label="Errors: 3"');
    expect(en).toContain('aria-label="Open rectifications: 2"');
    expect(en).toContain("Not checked yet");
  });

  it("shows … on the error card while the first check runs", () => {
    const out = html(
      <OverviewView lang="zh-CN" cards={[{ ...cards[0]!, value: null }]} lastCheckAt={null} {...props} checking />,
    );
    expect(out).toContain('aria-label="错误 …"');
    expect(out).toContain("正在检查…");
  });

  it("replaces the cards by what is missing and the way to 台账 on a workbook without registers", () => {
    const zh = html(<OverviewView lang="zh-CN" cards={cards} lastCheckAt={null} {...props} empty />);
    expect(zh).toContain("还没有能识别的台账");
    expect(zh).toContain("去「台账」建立或识别台账");
    expect(zh).not.toContain("data-card");
    expect(html(<OverviewView lang="en-US" cards={cards} lastCheckAt={null} {...props} empty />)).toContain(
      "Go to Registers",
    );
  });
});
