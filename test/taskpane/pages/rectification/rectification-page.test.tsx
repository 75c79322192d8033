/**
 * The 整改 page: its view model (filters, order, weekly report of what is shown, the jump to a row), its view, and
 * 记录跟踪's use case — today's date into 最近跟踪日期 of the chosen rows and nothing else.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { loadContext } from "../../../../src/app/load-context";
import {
  computeWorkbookRectification,
  FollowUpColumnMissingError,
  recordFollowUps,
} from "../../../../src/app/rectification";
import { isoToSerial as d } from "../../../../src/core/dates";
import { parsePeriod, type Period } from "../../../../src/core/kpi";
import type { CellValue } from "../../../../src/core/sheet-spec";
import {
  RectificationView,
  type RectificationViewProps,
} from "../../../../src/taskpane/pages/rectification/RectificationView";
import {
  filterItems,
  itemId,
  listOrder,
  selectItem,
  weeklyReportOf,
} from "../../../../src/taskpane/pages/rectification/view-model";
import { MemoryWorkbook } from "../../../../src/workbook/memory";

const asOf = d("2025-10-31");
const HEADERS = [
  "问题编号",
  "来源",
  "问题描述",
  "发现日期",
  "责任部门",
  "责任人",
  "整改措施",
  "完成时限",
  "最近跟踪日期",
  "状态",
  "完成确认人",
  "完成确认日期",
];
const SHEET: CellValue[][] = [
  HEADERS,
  [
    "ZG-1",
    "内部监督小组发现",
    "食堂卫生",
    d("2025-09-01"),
    "总务处",
    "张伟",
    "检查",
    d("2025-09-29"),
    d("2025-10-20"),
    "整改中",
    null,
    null,
  ],
  [
    "ZG-2",
    "师生反映",
    "图书馆",
    d("2025-10-09"),
    "教务处",
    "李敏",
    "延长",
    d("2025-10-31"),
    null,
    "待验收",
    null,
    null,
  ],
  [
    "ZG-3",
    "师生反映",
    "成绩",
    d("2025-08-01"),
    "教务处",
    "李敏",
    "规范",
    d("2025-09-01"),
    null,
    "退回整改",
    null,
    null,
  ],
  [
    "ZG-4",
    "内部监督小组发现",
    "消防",
    d("2025-09-10"),
    "总务处",
    "张伟",
    "清理",
    d("2025-10-10"),
    null,
    "已完成",
    "周主任",
    d("2025-10-11"),
  ],
];
const workbook = () =>
  MemoryWorkbook.withSheets({
    问题整改台账: SHEET.map((r) => [...r]),
    人员名单: [
      ["姓名", "部门", "岗位", "在岗"],
      ["周主任", "综合办", "主任", "是"],
    ],
  });

async function status() {
  const wb = workbook();
  const ctx = await loadContext(wb);
  return { wb, ctx, s: computeWorkbookRectification(ctx, parsePeriod("2025Q4") as Period, asOf, "zh-CN") };
}

const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("整改 page view model", () => {
  it("filters by department and state, overdue first and worst first", async () => {
    const { s } = await status();
    const keys = (xs: { key: string | null }[]) => xs.map((x) => x.key);
    expect(keys(filterItems(s.items, "", "open").sort(listOrder))).toEqual(["ZG-3", "ZG-1", "ZG-2"]);
    expect(keys(filterItems(s.items, "教务处", "all").sort(listOrder))).toEqual(["ZG-3", "ZG-2"]);
    expect(keys(filterItems(s.items, "", "overdue"))).toEqual(["ZG-1", "ZG-3"]);
    expect(keys(filterItems(s.items, "总务处", "state:已完成"))).toEqual(["ZG-4"]);
  });

  it("copies a weekly report of what the filters show", async () => {
    const { s } = await status();
    const text = weeklyReportOf(s, filterItems(s.items, "教务处", "open"), "zh-CN");
    expect(text.split("\n")).toEqual([
      "【整改周报】截至 2025-10-31",
      "未完成 3 项，其中已逾期 2 项；本期销号 1 项；销号率 25.0%",
      "逾期事项（按部门）：",
      "教务处（1 项）：",
      "· ZG-3 李敏 《成绩》 完成时限 2025-09-01，逾期 40 个工作日",
      "需升级：",
      "· 报办公室负责人（周主任）：ZG-3",
    ]);
  });

  it("selects the item's 状态 cell", async () => {
    const { wb, ctx, s } = await status();
    await selectItem(wb, ctx, ctx.tables.get("rectifications"), s.items[2]!);
    expect(wb.selection).toEqual({ sheet: "问题整改台账", row: 4, column: 10 });
  });
});

describe("整改 page view", () => {
  const props = (over: Partial<RectificationViewProps>): RectificationViewProps => ({
    lang: "zh-CN",
    status: null,
    periods: [{ id: "2025Q4", label: "2025年第4季度（2025Q4）" }],
    periodId: "2025Q4",
    onPeriodChange: () => {},
    department: "",
    onDepartmentChange: () => {},
    state: "open",
    onStateChange: () => {},
    shown: [],
    selected: new Set(),
    onToggle: () => {},
    onSelect: () => {},
    onCopy: () => {},
    onWriteSheet: () => {},
    onRecord: () => {},
    confirming: null,
    onConfirmRecord: () => {},
    onCancelRecord: () => {},
    onReload: () => {},
    busy: false,
    error: null,
    info: null,
    ...over,
  });

  it("shows the figures, K09, the tables and the items with their escalation", async () => {
    const { s } = await status();
    const shown = filterItems(s.items, "", "open").sort(listOrder);
    const out = html(<RectificationView {...props({ status: s, shown, selected: new Set([itemId(shown[0]!)]) })} />);
    expect(out).toMatch(/data-figure="open".*>3<.*未完成/);
    expect(out).toMatch(/data-figure="overdue".*>2<.*已逾期/);
    expect(out).toContain("25.0%");
    expect(out).toContain("K09 内部监督发现问题整改率 100.0%（目标 100%）");
    expect(out).toContain("按责任部门");
    // ZG-2 found 10-09: 10-09…10-31 = 18 working days (10-11 included) → 17; ZG-1 and ZG-3 older than 20 working days; all three follow-ups fall by Sunday.
    expect(out).toContain("未完成账龄：0–5 个工作日 0 项，6–20 个 1 项，20 个以上 2 项 · 本周待跟踪 3 项");
    expect(out.match(/data-item="问题整改台账!\d+"/g)).toEqual([
      'data-item="问题整改台账!4"',
      'data-item="问题整改台账!2"',
      'data-item="问题整改台账!3"',
    ]);
    expect(out).toContain("逾期 40 个工作日 · 报办公室负责人 → 周主任");
    expect(out).toContain("显示 3 项，已选 1 项");
  });

  it("asks before 记录跟踪 writes, in English too", async () => {
    const { s } = await status();
    const out = html(
      <RectificationView {...props({ lang: "en-US", status: s, confirming: { count: 2, date: "2025-10-31" } })} />,
    );
    expect(out).toContain(
      "Write 2025-10-31 into 最近跟踪日期 (last follow-up) of the 2 selected rows, and change nothing else?",
    );
    expect(out).toContain("Write it");
  });

  it("says so when the workbook has no 问题整改台账", async () => {
    const wb = MemoryWorkbook.withSheets({ Sheet1: [["a"]] });
    const s = computeWorkbookRectification(await loadContext(wb), parsePeriod("2025Q4") as Period, asOf, "zh-CN");
    expect(html(<RectificationView {...props({ status: s })} />)).toContain("工作簿中没有“问题整改台账”");
  });
});

describe("记录跟踪 (recordFollowUps)", () => {
  it("writes today into 最近跟踪日期 of the chosen rows and changes nothing else", async () => {
    const { wb, ctx, s } = await status();
    const [before] = await wb.readSheets(["问题整改台账"]);
    const out = await recordFollowUps(wb, ctx, [s.items[1]!, s.items[2]!], d("2025-11-03"));
    expect(out).toEqual({ written: [3, 4], moved: [] });
    const [after] = await wb.readSheets(["问题整改台账"]);
    const changed: string[] = [];
    before!.values.forEach((row, r) =>
      row.forEach((v, c) => v !== after!.values[r]![c] && changed.push(`${r + 1}:${HEADERS[c]}`)),
    );
    expect(changed).toEqual(["3:最近跟踪日期", "4:最近跟踪日期"]);
    expect(after!.values[2]![8]).toBe(d("2025-11-03"));
    expect(await wb.listSheets()).toHaveLength(2);
  });

  it("skips a row that holds another problem since the page read it", async () => {
    const { wb, ctx, s } = await status();
    await wb.writeBlocks([{ sheet: "问题整改台账", row: 3, column: 1, values: [["ZG-9"]] }]);
    const out = await recordFollowUps(wb, ctx, [s.items[1]!, s.items[0]!], d("2025-11-03"));
    expect(out).toEqual({ written: [2], moved: [{ row: 3, key: "ZG-2" }] });
  });

  it("refuses when the sheet has no 最近跟踪日期 column", async () => {
    const wb = MemoryWorkbook.withSheets({ 问题整改台账: SHEET.map((r) => r.filter((_, c) => c !== 8)) });
    const ctx = await loadContext(wb);
    const s = computeWorkbookRectification(ctx, parsePeriod("2025Q4") as Period, asOf, "zh-CN");
    await expect(recordFollowUps(wb, ctx, [s.items[0]!], asOf)).rejects.toBeInstanceOf(FollowUpColumnMissingError);
  });
});
