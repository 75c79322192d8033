import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial } from "../../../src/core/dates";
import {
  computeDeadlines,
  createDeadlineContext,
  overviewSheet,
  planComputedColumns,
  planDueFills,
  type DeadlineItem,
} from "../../../src/core/deadlines";
import type { CellValue } from "../../../src/core/sheet-spec";
import { fakeSettings, fakeTable, type Row } from "./support";

const cal = createCalendar();
const asOf = isoToSerial("2026-11-18");
const HEADERS = ["收文编号", "收文日期", "文件标题", "承办人", "办理期限", "传阅开始日期", "收回日期", "办结日期"];

function setup(rows: (Row | null)[], headers: readonly string[] = HEADERS) {
  const table = fakeTable("incoming-documents", rows, { headers });
  const items = computeDeadlines([table], createDeadlineContext(fakeSettings(), cal, asOf, "zh-CN")).items;
  return { table, items };
}

const ROWS: (Row | null)[] = [
  { 收文编号: "S1", 收文日期: "2026-11-02", 传阅开始日期: "2026-11-02", 办理期限: "2026-11-30" }, // circulation overdue
  { 收文编号: "S2", 收文日期: "2026-11-17", 办理期限: "2026-11-19" }, // handling due soon
  null,
  { 收文编号: "S3", 收文日期: "2026-11-02", 办理期限: "2026-11-10", 办结日期: "2026-11-09" }, // done on time
];

function column(plan: ReturnType<typeof planComputedColumns>, header: string): CellValue[] {
  const block = plan.blocks.find((b) => b.values[0]?.[0] === header);
  if (!block) throw new Error(`no block ${header}`);
  return block.values.map((r) => r[0] as CellValue);
}

describe("computed columns", () => {
  it("appends 截止日期, 期限状态, 逾期工作日 right of the used range, one value per data row, the most pressing deadline", () => {
    const { table, items } = setup(ROWS);
    const plan = planComputedColumns({
      table,
      items,
      headerCells: HEADERS,
      usedColumns: HEADERS.length,
      owned: undefined,
      lang: "zh-CN",
      asOf,
    });
    expect(plan.owned).toEqual({ due: 9, status: 10, late: 11 });
    expect(plan.blocks.map((b) => [b.row, b.column])).toEqual([
      [1, 9],
      [1, 10],
      [1, 11],
    ]);
    expect(column(plan, "截止日期")).toEqual([
      "截止日期",
      isoToSerial("2026-11-05"),
      isoToSerial("2026-11-19"),
      "",
      isoToSerial("2026-11-10"),
    ]);
    expect(column(plan, "期限状态")).toEqual(["期限状态", "已逾期（传阅）", "临期（办理）", "", "已按时完成（办理）"]);
    expect(column(plan, "逾期工作日")).toEqual(["逾期工作日", 9, "", "", ""]);
    expect(plan.blocks[0]?.headerNotes?.[0]).toContain("2026-11-18");
  });

  it("never writes over a user's own 截止日期 column: ours goes under 截止日期(计算)", () => {
    const headers = [...HEADERS, "截止日期"];
    const { table, items } = setup(
      ROWS.map((r) => (r === null ? null : { ...r, 截止日期: "用户自己的值" })),
      headers,
    );
    const plan = planComputedColumns({
      table,
      items,
      headerCells: headers,
      usedColumns: headers.length,
      owned: undefined,
      lang: "zh-CN",
      asOf,
    });
    expect(plan.blocks.map((b) => b.column)).toEqual([10, 11, 12]);
    expect(plan.blocks.every((b) => b.column !== 9)).toBe(true);
    expect(plan.blocks[0]?.values[0]).toEqual(["截止日期(计算)"]);
    expect(plan.owned.due).toBe(10);
  });

  it("skips a column when the user has both names, and reuses the columns it recorded on a later refresh", () => {
    const headers = [...HEADERS, "截止日期", "截止日期(计算)"];
    const { table, items } = setup(ROWS, headers);
    const first = planComputedColumns({
      table,
      items,
      headerCells: headers,
      usedColumns: headers.length,
      owned: undefined,
      lang: "zh-CN",
      asOf,
    });
    expect(first.skipped).toEqual(["截止日期"]);
    expect(first.owned).toEqual({ status: 11, late: 12 });

    const after = [...headers, "期限状态", "逾期工作日", "用户新加的列"];
    const again = planComputedColumns({
      table,
      items,
      headerCells: after,
      usedColumns: after.length,
      owned: first.owned,
      lang: "zh-CN",
      asOf,
    });
    expect(again.owned).toEqual({ status: 11, late: 12 });
    expect(again.blocks.map((b) => b.column)).toEqual([11, 12]);
  });

  it("a recorded column whose header the user changed is theirs now; ours moves to a new column", () => {
    const headers = [...HEADERS, "我的备注", "期限状态", "逾期工作日"];
    const { table, items } = setup(ROWS, headers);
    const plan = planComputedColumns({
      table,
      items,
      headerCells: headers,
      usedColumns: headers.length,
      owned: { due: 9, status: 10, late: 11 },
      lang: "zh-CN",
      asOf,
    });
    expect(plan.owned).toEqual({ due: 12, status: 10, late: 11 });
  });

  it("colours 临期 and 已逾期 rows over the data range from the status column, in the report's language", () => {
    const { table, items } = setup(ROWS);
    const zh = planComputedColumns({
      table,
      items,
      headerCells: HEADERS,
      usedColumns: HEADERS.length,
      owned: undefined,
      lang: "zh-CN",
      asOf,
    });
    expect(zh.conditionalFormats.map((f) => [f.range, f.formula])).toEqual([
      ["A2:K5", '=LEFT($J2,3)="已逾期"'],
      ["A2:K5", '=LEFT($J2,2)="临期"'],
    ]);
    const en = planComputedColumns({
      table,
      items,
      headerCells: HEADERS,
      usedColumns: HEADERS.length,
      owned: undefined,
      lang: "en-US",
      asOf,
    });
    expect(en.conditionalFormats[0]?.formula).toBe('=LEFT($J2,7)="Overdue"');
  });
});

describe("filling blank due dates", () => {
  it("writes the rule's date only into blank 办理期限 cells, in runs of consecutive rows", () => {
    const { table, items } = setup([
      { 收文编号: "S1", 收文日期: "2026-11-16" },
      { 收文编号: "S2", 收文日期: "2026-11-16" },
      { 收文编号: "S3", 收文日期: "2026-11-16", 办理期限: "2026-12-01" },
      { 收文编号: "S4", 收文日期: "2026-11-17", 办理期限: "下周五" },
      { 收文编号: "S5", 收文日期: "2026-11-17" },
    ]);
    const blocks = planDueFills(table, items);
    expect(blocks.map((b) => [b.row, b.column, b.values])).toEqual([
      [2, 5, [[isoToSerial("2026-11-23")], [isoToSerial("2026-11-23")]]],
      [6, 5, [[isoToSerial("2026-11-24")]]],
    ]);
  });

  it("fills a blank 到期日期 of an archive from its retention, never a 永久 one", () => {
    const table = fakeTable("archives", [
      { 档号: "A1", 年度: 2015, 保管期限: "短期", 归档日期: "2016-01-10" },
      { 档号: "A2", 年度: 2015, 保管期限: "永久", 归档日期: "2016-01-10" },
      { 档号: "A3", 年度: 2015, 保管期限: "长期", 归档日期: "2016-01-10", 到期日期: "2050-12-31" },
    ]);
    const items = computeDeadlines([table], createDeadlineContext(fakeSettings(), cal, asOf, "zh-CN")).items;
    expect(planDueFills(table, items).map((b) => [b.row, b.values])).toEqual([[2, [[isoToSerial("2025-12-31")]]]]);
  });
});

describe("期限总览", () => {
  it("lists unfinished items overdue first, with colours, and is replaced on each refresh", () => {
    const { items } = setup(ROWS);
    const spec = overviewSheet(items, asOf, "zh-CN");
    expect(spec).toMatchObject({ name: "期限总览", ifExists: "replace", headerRow: 2 });
    expect(spec.rows?.map((r) => [r[0], r[7], r[9]])).toEqual([
      ["已逾期", "传阅", "S1"],
      ["临期", "办理", "S2"],
      ["未到期", "办理", "S1"],
    ]);
    expect(spec.conditionalFormats?.map((f) => f.formula)).toEqual(['=$A3="已逾期"', '=$A3="临期"']);
    expect(String(spec.titleRows?.[0]?.[0])).toContain("未完成 3 项");
  });

  it("prints one A4 landscape page wide with the header on every page, AutoFilter on it, 责任人 beside the dates", () => {
    const { items } = setup(ROWS);
    const spec = overviewSheet(items, asOf, "zh-CN");
    expect(spec.columns.map((c) => c.header).slice(0, 6)).toEqual([
      "期限状态",
      "逾期工作日",
      "截止日期",
      "截止时刻",
      "责任人",
      "责任部门",
    ]);
    expect(spec.layout?.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      fit: { wide: 1, tall: null },
      titleRows: { first: 2, last: 2 },
    });
    expect(spec.layout?.autoFilter).toBe("A2:M5");
    // Shrunk to one page wide, it stays readable: no more than about 160 characters across.
    expect(spec.columns.reduce((n, c) => n + c.width, 0)).toBeLessThanOrEqual(160);
    expect(overviewSheet(items, asOf, "en-US").columns[4]?.header).toBe("Owner");
  });

  it("carries the run's calendar warnings under the title, so the sheet says what it could not judge (issue 10)", () => {
    const { items } = setup(ROWS);
    const spec = overviewSheet(items, asOf, "zh-CN", ["2027 年的法定节假日安排尚未载入：临期提醒…"]);
    expect(spec.headerRow).toBe(3);
    expect(spec.titleRows?.[1]).toEqual(["2027 年的法定节假日安排尚未载入：临期提醒…"]);
    expect(spec.conditionalFormats?.map((f) => f.formula)).toEqual(['=$A4="已逾期"', '=$A4="临期"']);
  });

  it("shows the time of day of hour limits", () => {
    const table = fakeTable("feedback", [{ 编号: "T1", 接收时间: "2026-11-17 09:15", 类别: "投诉类" }]);
    const items: DeadlineItem[] = computeDeadlines(
      [table],
      createDeadlineContext(fakeSettings(), cal, asOf, "en-US"),
    ).items;
    const spec = overviewSheet(items, asOf, "en-US");
    expect(spec.columns[3]?.header).toBe("Due time");
    expect(spec.rows?.map((r) => [r[0], r[2], r[3]])).toEqual([
      ["Due soon", isoToSerial("2026-11-18"), "09:15"],
      ["Due soon", isoToSerial("2026-11-19"), "09:15"],
    ]);
  });
});
