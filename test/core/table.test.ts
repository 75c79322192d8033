import { isoToSerial } from "../../src/core/dates";
import { registerById } from "../../src/core/registers";
import type { RegisterDef } from "../../src/core/registers/types";
import { makeSettings } from "../../src/core/settings";
import type { CellValue } from "../../src/core/sheet-spec";
import { buildTable, emptyColumn } from "../../src/core/table";

const meetings = registerById("meetings") as RegisterDef;
const archives = registerById("archives") as RegisterDef;

// Columns in a non-catalogue order, a title row above the header and an extra column the catalogue does not know.
const values: CellValue[][] = [
  ["2025 会议台账"],
  ["会议日期", "会议编号", "备忘", "开始时间", "重要会议", "参会人员", "会议主题"],
  ["2025/3/14", "M1", "x", "09:30", "是", "张三、李四，王五", " 周会 "],
  [null, "", null, null, null, null, null],
  [isoToSerial("2025-03-21") + 0.5, "M2", null, 0.375, "N", null, "月度總結"],
  ["下周", "M3", null, "25:00", "也许", "", null],
];
const mapping = { 会议日期: 0, 会议编号: 1, 开始时间: 3, 重要会议: 4, 参会人员: 5, 会议主题: 6 };
const t = buildTable("会议", values, { register: meetings, headerRow: 2, mapping });

test("rows, Excel row numbers and blank rows", () => {
  expect(t.rowCount).toBe(4);
  expect(t.excelRow(0)).toBe(3);
  expect([0, 1, 2, 3].map((i) => t.isBlank(i))).toEqual([false, true, false, false]);
  expect(t.columnIndex("会议主题")).toBe(6);
  expect(t.has("结束时间")).toBe(false);
  expect(t.columnIndex("结束时间")).toBe(-1);
});

test("a stray value far below, in a column the register does not map, adds no rows; blank rows inside the data stay", () => {
  const rows: (CellValue[] | undefined)[] = [
    ["会议编号", "会议主题"],
    ["M1", "周会"],
    [null, null],
    ["M3", null],
  ];
  const empty: CellValue[] = [];
  for (let r = rows.length; r < 1_048_575; r++) rows.push(r % 2 === 0 ? undefined : empty);
  rows.push([...Array.from({ length: 25 }, () => null), "底"]); // Z1048576
  const far = buildTable("会议", rows, { register: meetings, headerRow: 1, mapping: { 会议编号: 0, 会议主题: 1 } });
  expect(far.rowCount).toBe(3);
  expect([0, 1, 2].map((i) => far.isBlank(i))).toEqual([false, true, false]);
  // The same value in a mapped column is data: the table reaches it.
  const mapped = buildTable("会议", rows, { register: meetings, headerRow: 1, mapping: { 会议编号: 0, 会议主题: 25 } });
  expect(mapped.rowCount).toBe(1_048_575);
});

test("blank-row flags filled block by block match the flags of the whole sheet, whatever order blocks are asked in", () => {
  const rows: CellValue[][] = [["会议编号"], ["M1"], [" \u3000"], [], ["M4"], [null, "\u200b"], ["M6"]];
  const whole = buildTable("会议", rows, { register: meetings, headerRow: 1, mapping: { 会议编号: 0 } }).blankRows();
  expect([...whole]).toEqual([0, 1, 1, 0, 1, 0]);
  const byBlocks = buildTable("会议", rows, { register: meetings, headerRow: 1, mapping: { 会议编号: 0 } });
  const first = byBlocks.blankRowsUpTo(2);
  expect([...first.slice(0, 2)]).toEqual([0, 1]);
  // A later block asked for before the one in between, then an earlier one again: the same array, filled up to there.
  expect(byBlocks.blankRowsUpTo(5)).toBe(first);
  expect(byBlocks.blankRowsUpTo(3)).toBe(first);
  expect(byBlocks.blankRowsUpTo(100)).toBe(first);
  expect([...first]).toEqual([...whole]);
  expect(byBlocks.isBlank(4)).toBe(true);
});

test("typed getters normalise once per column and return null for blank or unreadable cells", () => {
  expect(t.date("会议日期", 0)).toBe(isoToSerial("2025-03-14"));
  expect(t.date("会议日期", 2)).toBe(isoToSerial("2025-03-21"));
  // A date column keeps the day; its date-time is that midnight.
  expect(t.dateTime("会议日期", 2)).toBe(isoToSerial("2025-03-21"));
  expect(t.date("会议日期", 3)).toBeNull();
  expect(t.number("开始时间", 0)).toBeCloseTo(9.5 / 24, 10);
  expect(t.number("开始时间", 3)).toBeNull();
  expect(t.bool("重要会议", 0)).toBe(true);
  expect(t.bool("重要会议", 2)).toBe(false);
  expect(t.bool("重要会议", 3)).toBeNull();
  expect(t.list("参会人员", 0)).toEqual(["张三", "李四", "王五"]);
  expect(t.list("参会人员", 3)).toEqual([]);
  expect(t.text("会议主题", 0)).toBe("周会");
  expect(t.text("会议主题", 2)).toBe("月度總結");
  expect(t.text("会议编号", 1)).toBeNull();
  expect(t.raw("会议主题", 0)).toBe(" 周会 ");
});

test("while validation fills its columns, rows past the filled ones read from the cells, and after, from the columns", () => {
  const filling = buildTable("会议", values, { register: meetings, headerRow: 2, mapping });
  const empty = (header: string, kind: Parameters<typeof emptyColumn>[0]): void =>
    filling.adoptColumn(header, emptyColumn(kind, filling.rowCount));
  empty("会议日期", "num");
  empty("开始时间", "num");
  empty("重要会议", "bool");
  empty("参会人员", "list");
  empty("会议主题", "text");
  filling.settleRows(1);
  // Row 0 is filled: what the (here still empty) column holds.
  expect(filling.date("会议日期", 0)).toBeNull();
  expect(filling.text("会议主题", 0)).toBeNull();
  // Rows 1 on are not: the same values the typed getters give on a table of their own.
  for (const i of [1, 2, 3]) {
    expect(filling.date("会议日期", i)).toBe(t.date("会议日期", i));
    expect(filling.number("开始时间", i)).toBe(t.number("开始时间", i));
    expect(filling.bool("重要会议", i)).toBe(t.bool("重要会议", i));
    expect(filling.list("参会人员", i)).toEqual(t.list("参会人员", i));
    expect(filling.text("会议主题", i)).toBe(t.text("会议主题", i));
  }
  expect(filling.date("会议日期", 2)).toBe(isoToSerial("2025-03-21"));
  filling.settleRows(Number.POSITIVE_INFINITY);
  expect(filling.date("会议日期", 2)).toBeNull();
});

test("enum values are simplified and their aliases resolved", () => {
  const rows: CellValue[][] = [
    ["保管期限", "密级", "状态"],
    ["定期30年", "秘密", "已銷毀"],
    ["永久", "绝密", "丢了"],
  ];
  const a = buildTable(
    "档案",
    rows,
    {
      register: archives,
      headerRow: 1,
      mapping: new Map([
        ["保管期限", 0],
        ["密级", 1],
        ["状态", 2],
      ]),
    },
    { settings: makeSettings() },
  );
  expect(a.text("保管期限", 0)).toBe("长期");
  expect(a.text("状态", 0)).toBe("已销毁");
  expect(a.text("状态", 1)).toBeNull();
  expect(a.text("密级", 0)).toBe("秘密");
  expect(a.text("密级", 1)).toBeNull();
});

test("a column the sheet lacks reads as null everywhere", () => {
  expect(t.date("纪要分发日期", 0)).toBeNull();
  expect(t.text("地点", 0)).toBeNull();
  expect(t.bool("电话确认", 0)).toBeNull();
  expect(t.list("参会人员", 99)).toEqual([]);
  expect(t.raw("地点", 0)).toBeNull();
});

test("a sheet of only a header has no rows", () => {
  const empty = buildTable("会议", [["会议编号"]], { register: meetings, headerRow: 1, mapping: { 会议编号: 0 } });
  expect(empty.rowCount).toBe(0);
});
