/** The 期限 page's view model and view: counts, views, grouping, reminders and the jump to a row. */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { computeWorkbookDeadlines } from "../../../../src/app/deadlines";
import { loadContext } from "../../../../src/app/load-context";
import { isoToSerial as d } from "../../../../src/core/dates";
import { reminders, type DeadlineGroup, type DeadlineItem } from "../../../../src/core/deadlines";
import type { CellValue } from "../../../../src/core/sheet-spec";
import { DeadlinesView, type DeadlinesViewProps } from "../../../../src/taskpane/pages/deadlines/DeadlinesView";
import {
  farAheadCount,
  headerCounts,
  selectItem,
  viewGroups,
} from "../../../../src/taskpane/pages/deadlines/view-model";
import { MemoryWorkbook } from "../../../../src/workbook/memory";

const asOf = d("2026-11-18"); // Wednesday
const HEADERS = ["决议编号", "决议事项", "责任部门", "责任人", "完成时限", "状态", "完成日期"];
const row = (
  no: string,
  what: string,
  dept: string,
  person: string | null,
  due: string,
  done: string | null = null,
): CellValue[] => [no, what, dept, person, d(due), done ? "已完成" : "进行中", done ? d(done) : null];

async function workbook() {
  const wb = MemoryWorkbook.withSheets({
    决议追踪台账: [
      HEADERS,
      row("J1", "修订值班制度", "后勤处", "孙强", "2026-11-10"),
      row("J2", "更新门禁", "保卫处", null, "2026-11-18"),
      row("J3", "整理档案", "办公室", "王芳", "2026-11-20"),
      row("J4", "采购投影仪", "后勤处", "孙强", "2026-11-30"),
      row("J5", "年度总结", "办公室", "王芳", "2026-11-12", "2026-11-13"),
    ],
  });
  return loadContext(wb);
}

async function items(): Promise<DeadlineItem[]> {
  return computeWorkbookDeadlines(await workbook(), asOf, "zh-CN").items;
}

const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const keys = (groups: { items: DeadlineItem[] }[]) => groups.map((g) => g.items.map((i) => i.key));

describe("期限 page view model", () => {
  it("counts overdue, due today and due this week for the header", async () => {
    expect(headerCounts(await items(), asOf)).toEqual({ overdue: 1, today: 1, week: 2 });
  });

  it("filters by view and groups by owner or department", async () => {
    const all = await items();
    expect(keys(viewGroups(all, "today", "owner", asOf))).toEqual([["J2"]]);
    expect(keys(viewGroups(all, "week", "owner", asOf))).toEqual([["J2"], ["J3"]]); // 保卫处 before 王芳 in pinyin order
    expect(keys(viewGroups(all, "overdue", "owner", asOf))).toEqual([["J1"]]);
    expect(viewGroups(all, "open", "department", asOf).map((g) => [g.name, g.items.length])).toEqual([
      ["后勤处", 2],
      ["办公室", 1],
      ["保卫处", 1],
    ]);
  });

  it("an item selects its completion cell in the workbook", async () => {
    const j1 = (await items()).find((i) => i.key === "J1") as DeadlineItem;
    const calls: unknown[] = [];
    const port = { select: async (...args: unknown[]) => void calls.push(args) } as unknown as MemoryWorkbook;
    await selectItem(port, await workbook(), j1);
    expect(calls).toEqual([["决议追踪台账", 2, 7]]); // 完成日期 is column G
  });
});

const noop = () => {};
function viewProps(groups: DeadlineGroup[], more: Partial<DeadlinesViewProps> = {}): Omit<DeadlinesViewProps, "lang"> {
  return {
    asOf,
    counts: null,
    view: "open",
    onViewChange: noop,
    groupBy: "owner",
    onGroupByChange: noop,
    groups,
    problems: [],
    onSelect: noop,
    onToggleReminders: noop,
    remindersOpen: false,
    reminders: {
      scope: "due",
      onScopeChange: noop,
      includeFar: false,
      onIncludeFarChange: noop,
      farCount: 0,
      reminders: { header: "", blocks: [], count: 0 },
      onCopyAll: noop,
      onCopyBlock: noop,
    },
    farCount: 0,
    showFar: false,
    onShowFarChange: noop,
    onRefresh: noop,
    fillDue: false,
    onFillDueChange: noop,
    onReload: noop,
    registers: 1,
    busy: false,
    error: null,
    info: null,
    ...more,
  };
}

describe("期限 page view", () => {
  it("shows the counts, groups and items with status and lateness, in both languages", async () => {
    const all = await items();
    const props = viewProps(viewGroups(all, "open", "owner", asOf), { counts: headerCounts(all, asOf) });
    const zh = html(<DeadlinesView lang="zh-CN" {...props} />);
    expect(zh).toContain("截至 2026-11-18：已逾期 1 · 今日到期 1 · 本周到期 2");
    expect(zh.match(/data-item="/g)).toHaveLength(4);
    expect(zh).toContain('data-status="overdue"');
    expect(zh).toContain("决议追踪台账 第 2 行 · 截止 2026-11-10 · 逾期 6 个工作日 · 预警分管领导");
    expect(zh).toContain("复制提醒");
    expect(zh).toContain("同时补填空白的办理期限、到期日期");
    const en = html(<DeadlinesView lang="en-US" {...props} />);
    expect(en).toContain("As of 2026-11-18: 1 overdue · 1 due today · 2 due this week");
    expect(en).toContain("Copy reminders");
    expect(en).toContain("6 working days late");
  });

  it("says one working day in the singular in English", async () => {
    const oneDayLate = (await items()).filter((i) => i.key === "J1").map((i) => ({ ...i, overdueWorkdays: 1 }));
    const props = viewProps(viewGroups(oneDayLate, "open", "owner", asOf));
    expect(html(<DeadlinesView lang="en-US" {...props} />)).toContain("1 working day late");
    expect(html(<DeadlinesView lang="zh-CN" {...props} />)).toContain("逾期 1 个工作日");
  });

  it("at the year end shows the list, the calendar warnings and the located problems (issue 10)", async () => {
    const yearEnd = d("2026-12-31");
    const wb = MemoryWorkbook.withSheets({
      决议追踪台账: [HEADERS, row("J1", "修订值班制度", "后勤处", "孙强", "2026-12-18")],
      收文登记簿: [
        ["收文编号", "收文日期", "来文单位", "文件标题", "密级", "份数", "办理部门", "传阅开始日期", "收回日期"],
        ["SW-9", d("2026-12-29"), "教育局", "决算通知", "公开", 1, "办公室", d("2026-12-29"), null],
      ],
    });
    const result = computeWorkbookDeadlines(await loadContext(wb), yearEnd, "zh-CN");
    const out = html(
      <DeadlinesView
        lang="zh-CN"
        {...viewProps(viewGroups(result.items, "open", "owner", yearEnd), {
          asOf: yearEnd,
          counts: headerCounts(result.items, yearEnd),
          problems: result.problems,
          warnings: result.warnings,
        })}
      />,
    );
    expect(out).toContain('data-item="决议追踪台账');
    expect(out).toContain('data-warning="deadlines/window-incomplete"');
    expect(out).toContain("临期提醒（1 个工作日）只能确定到 2027-01-01");
    expect(out).toContain("“收文登记簿”第 2 行“传阅开始日期”列（传阅）");
  });

  it("says so when a view is empty", () => {
    expect(html(<DeadlinesView lang="zh-CN" {...viewProps([], { view: "today" })} />)).toContain(
      "「今日」中没有事项。",
    );
  });

  it("says which registers are missing, offers 台账 and writes nothing when no register has deadlines", () => {
    const props = viewProps([], { view: "overdue", onGoRegisters: noop });
    const zh = html(<DeadlinesView lang="zh-CN" {...props} registers={0} />);
    expect(zh).toContain("工作簿里没有带期限的台账");
    expect(zh).toContain("去「台账」建立或识别台账");
    expect(zh).not.toContain("写入期限列");
    expect(zh).not.toContain("没有事项");
    expect(html(<DeadlinesView lang="en-US" {...props} registers={0} />)).toContain("no register with deadlines");
    // While the workbook is read the write button waits.
    expect(html(<DeadlinesView lang="zh-CN" {...props} registers={null} />)).toMatch(
      /<button[^>]*disabled=""[^>]*>写入期限列/,
    );
  });

  it("leaves items due more than a year ahead out of 全部未完成 until asked, and offers to show them", async () => {
    const wb = MemoryWorkbook.withSheets({
      决议追踪台账: [
        HEADERS,
        row("J1", "修订值班制度", "后勤处", "孙强", "2026-11-10"),
        row("J9", "档案移交", "办公室", "黄磊", "2056-06-30"),
      ],
    });
    const all = computeWorkbookDeadlines(await loadContext(wb), asOf, "zh-CN").items;
    expect(farAheadCount(all, asOf)).toBe(1);
    expect(keys(viewGroups(all, "open", "owner", asOf))).toEqual([["J1"]]);
    expect(
      keys(viewGroups(all, "open", "owner", asOf, true))
        .flat()
        .sort(),
    ).toEqual(["J1", "J9"]);
    const out = html(
      <DeadlinesView lang="zh-CN" {...viewProps(viewGroups(all, "open", "owner", asOf), { farCount: 1 })} />,
    );
    expect(out).toContain("显示一年以后才到期的 1 项");
  });

  it("shows the reminders panel: the header, one block per person with its own copy button", async () => {
    const all = await items();
    const r = reminders(all, "due", asOf, "zh-CN");
    const props = viewProps(viewGroups(all, "open", "owner", asOf), {
      remindersOpen: true,
      reminders: { ...viewProps([]).reminders, reminders: r },
    });
    const zh = html(<DeadlinesView lang="zh-CN" {...props} />);
    expect(zh).toMatch(/role="region"[^>]*aria-label="复制提醒"/);
    expect(zh).toContain(r.header);
    expect(zh).toContain("@孙强：");
    expect(zh).toContain('aria-label="复制给 孙强 的提醒"');
    expect(zh).toContain("复制全部（2 人）");
    expect(zh).toContain(">已逾期和临期<");
    const en = html(<DeadlinesView lang="en-US" {...viewProps([], { remindersOpen: true })} />);
    expect(en).toContain("Nothing to remind anyone about in this scope.");
    expect(en).toMatch(/<button[^>]*disabled=""[^>]*>Copy all \(0 people\)/);
  });
});
