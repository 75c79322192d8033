import type { CellValue, ChartSpec } from "../../../src/core/sheet-spec";
import { drawableRange, plotOf, sheetRef } from "../../../src/xlsx/charts/plot";

const chart = (over: Partial<ChartSpec>): ChartSpec => ({
  name: "c",
  title: "t",
  type: "line",
  dataRange: "B2:D4",
  seriesBy: "rows",
  anchor: { cell: "H1", widthCols: 4, heightRows: 8 },
  ...over,
});

/** B2:D4 = [corner, Q1, Q2] / [实际, 1, '—'] / [目标, 2, true] */
const grid: Record<string, CellValue> = { C2: "Q1", D2: "Q2", B3: "实际", C3: 1, D3: "—", B4: "目标", C4: 2, D4: true };
const valueAt = (row: number, column: number): CellValue => grid[`${String.fromCharCode(64 + column)}${row}`] ?? null;

describe("plotOf", () => {
  test("rows: first row categories, each further row a series named by its first cell; text is a gap", () => {
    expect(plotOf(chart({}), "看板", valueAt)).toEqual({
      categories: ["Q1", "Q2"],
      categoriesRef: "'看板'!$C$2:$D$2",
      series: [
        { name: "实际", nameRef: "'看板'!$B$3", values: [1, null], valuesRef: "'看板'!$C$3:$D$3" },
        { name: "目标", nameRef: "'看板'!$B$4", values: [2, null], valuesRef: "'看板'!$C$4:$D$4" },
      ],
    });
  });

  test("columns: the same range transposed", () => {
    const p = plotOf(chart({ seriesBy: "columns" }), "S", valueAt);
    expect(p.categories).toEqual(["实际", "目标"]);
    expect(p.categoriesRef).toBe("'S'!$B$3:$B$4");
    expect(p.series.map((s) => [s.name, s.values, s.valuesRef])).toEqual([
      ["Q1", [1, 2], "'S'!$C$3:$C$4"],
      ["Q2", [null, null], "'S'!$D$3:$D$4"],
    ]);
  });
});

test("sheetRef quotes the name and doubles an apostrophe", () => {
  expect(sheetRef("Tom's 表", { top: 1, left: 27, bottom: 3, right: 28 })).toBe("'Tom''s 表'!$AA$1:$AB$3");
});

test("drawableRange refuses what cannot make a chart: one row, one column, a bad range or anchor", () => {
  expect(drawableRange(chart({}))).toEqual({ top: 2, left: 2, bottom: 4, right: 4 });
  expect(drawableRange(chart({ dataRange: "B2:D2" }))).toBeNull();
  expect(drawableRange(chart({ dataRange: "B2:B9" }))).toBeNull();
  expect(drawableRange(chart({ dataRange: "Sheet1!B2:D4" }))).toBeNull();
  expect(drawableRange(chart({ anchor: { cell: "H1", widthCols: 0, heightRows: 8 } }))).toBeNull();
  expect(drawableRange(chart({ type: "pie" as ChartSpec["type"] }))).toBeNull();
});
