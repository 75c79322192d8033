/** The 期限 page's view model and view: counts, views, grouping, reminders and the jump to a row. */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { computeWorkbookDeadlines } from "../../../../src/app/deadlines";
import { loadContext } from "../../../../src/app/load-context";
import { isoToSerial as d } from "../../../../src/core/dates";
import type { DeadlineItem } from "../../../../src/core/deadlines";
import type { CellValue } from "../../../../src/core/sheet-spec";
import { DeadlinesView } from "../../../../src/taskpane/pages/deadlines/DeadlinesView";
import { headerCounts, reminderOf, selectItem, viewGroups } from "../../../../src/taskpane/pages/deadlines/view-model";
import { MemoryWorkbook } from "../../../../src/workbook/memory";

const asOf = d("2026-11-18"); // Wednesday
const HEADERS = ["决议编号", "决议事项", "责任部门", "责任人", "完成时限", "状态", "完成日期"];
const row = (no: string, what: string, dept: string, person: string | null, due: string, done: string | null = null): CellValue[] => [
  no, what, dept, person, d(due), done ? "已完成" : "进行中", done ? d(done) : null,
];

async function items(): Promise<DeadlineItem[]> {
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
  return computeWorkbookDeadlines(await loadContext(wb), asOf, "zh-CN").items;
}

const html = (node: React.ReactElement) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
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

  it("copies one reminder line per shown item", async () => {
    const text = reminderOf(viewGroups(await items(), "open", "owner", asOf), "zh-CN");
    expect(text.split("\n")).toEqual([
      "孙强 · 决议落实 J1 《修订值班制度》 · 截止 2026-11-10 · 逾期 6 个工作日",
      "保卫处 · 决议落实 J2 《更新门禁》 · 截止 2026-11-18 · 临期",
      "王芳 · 决议落实 J3 《整理档案》 · 截止 2026-11-20 · 未到期",
      "孙强 · 决议落实 J4 《采购投影仪》 · 截止 2026-11-30 · 未到期",
    ]);
  });

  it("an item selects its completion cell in the workbook", async () => {
    const j1 = (await items()).find((i) => i.key === "J1") as DeadlineItem;
    const calls: unknown[] = [];
    const port = { select: async (...args: unknown[]) => void calls.push(args) } as unknown as MemoryWorkbook;
    await selectItem(port, j1);
    expect(calls).toEqual([["决议追踪台账", 2, 7]]); // 完成日期 is column G
  });
});

describe("期限 page view", () => {
  it("shows the counts, groups and items with status and lateness, in both languages", async () => {
    const all = await items();
    const props = {
      asOf,
      counts: headerCounts(all, asOf),
      view: "open" as const,
      onViewChange: () => {},
      groupBy: "owner" as const,
      onGroupByChange: () => {},
      groups: viewGroups(all, "open", "owner", asOf),
      problems: [],
      onSelect: () => {},
      onCopy: () => {},
      onRefresh: () => {},
      fillDue: false,
      onFillDueChange: () => {},
      onReload: () => {},
      registers: 1,
      busy: false,
      error: null,
      info: null,
    };
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
    const props = { asOf, counts: null, view: "open" as const, onViewChange: () => {}, groupBy: "owner" as const, onGroupByChange: () => {}, problems: [], onSelect: () => {}, onCopy: () => {}, onRefresh: () => {}, fillDue: false, onFillDueChange: () => {}, onReload: () => {}, registers: 1, busy: false, error: null, info: null };
    const groups = viewGroups(oneDayLate, "open", "owner", asOf);
    expect(html(<DeadlinesView lang="en-US" groups={groups} {...props} />)).toContain("1 working day late");
    expect(html(<DeadlinesView lang="zh-CN" groups={groups} {...props} />)).toContain("逾期 1 个工作日");
  });

  it("says so when a view is empty", () => {
    const out = html(
      <DeadlinesView lang="zh-CN" asOf={asOf} counts={null} view="today" onViewChange={() => {}} groupBy="owner" onGroupByChange={() => {}} groups={[]} problems={[]} onSelect={() => {}} onCopy={() => {}} onRefresh={() => {}} fillDue={false} onFillDueChange={() => {}} onReload={() => {}} registers={1} busy={false} error={null} info={null} />
    );
    expect(out).toContain("「今日」中没有事项。");
  });

  it("says which registers are missing, offers 台账 and writes nothing when no register has deadlines", () => {
    const props = { asOf, counts: null, view: "overdue" as const, onViewChange: () => {}, groupBy: "owner" as const, onGroupByChange: () => {}, groups: [], problems: [], onSelect: () => {}, onCopy: () => {}, onRefresh: () => {}, fillDue: false, onFillDueChange: () => {}, onReload: () => {}, onGoRegisters: () => {}, busy: false, error: null, info: null };
    const zh = html(<DeadlinesView lang="zh-CN" registers={0} {...props} />);
    expect(zh).toContain("工作簿里没有带期限的台账");
    expect(zh).toContain("去「台账」建立或识别台账");
    expect(zh).not.toContain("写入期限列");
    expect(zh).not.toContain("没有事项");
    const en = html(<DeadlinesView lang="en-US" registers={0} {...props} />);
    expect(en).toContain("no register with deadlines");
    // While the workbook is read the write button waits.
    const reading = html(<DeadlinesView lang="zh-CN" registers={null} {...props} />);
    expect(reading).toMatch(/<button[^>]*disabled=""[^>]*>写入期限列/);
  });
});
