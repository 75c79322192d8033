/** 满意度汇总 on both adapter paths: the Office.js adapter draws a BarStacked chart, the .xlsx adapter a stacked bar part. */
import JSZip from "jszip";
import { buildSurveySheet, summarise, type SurveyData } from "../../src/core/survey";
import { ExcelWorkbook } from "../../src/excel";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { createExcelFake } from "../support/excel-fake";

const values = [
  "教师",
  "教师",
  "教师",
  "学生",
  "学生",
  "学生",
  "学生",
  "学生",
  "行政",
  "行政",
  "行政",
  "行政",
  "行政",
  "行政",
];
const data: SurveyData = {
  name: "秋季",
  kind: "师生",
  source: "wjx",
  ids: values.map((_, i) => String(i + 1)),
  times: values.map(() => null),
  items: [
    { header: "2、效率", points: 5, overall: false, scores: Float64Array.from(values.map((_, i) => 1 + (i % 5))) },
    { header: "第3题(态度)", points: 5, overall: false, scores: Float64Array.from(values.map(() => 5)) },
    {
      header: "4、总体满意度",
      points: 5,
      overall: true,
      scores: Float64Array.from(values.map((_, i) => (i % 2 ? 4 : 5))),
    },
  ],
  groups: [{ header: "1、身份", values }],
  choices: [],
  comments: [],
  dropped: ["来自IP"],
  redacted: 0,
};
const spec = buildSurveySheet({ summary: summarise(data), lang: "zh-CN", updatedAt: "2026-11-22 10:00" });

test("the sheet: title, dropped columns, item rows, suppression notes, chart over the short-label block", () => {
  expect(spec).toMatchObject({
    name: "满意度汇总",
    protect: true,
    page: { paper: "A4", orientation: "landscape", fitToOnePage: true },
    ifExists: "replace",
  });
  expect(spec.titleRows?.[2]).toEqual(["导入时已删除的身份信息列：来自IP"]);
  // 2、效率: scores 1..5 repeating over 14 → 3,3,3,3,2 → 21.4 % … ; n 14.
  expect(spec.rows?.[0]?.slice(0, 7)).toEqual(["2、效率", 21.4, 21.4, 21.4, 21.4, 14.3, 14]);
  const text = JSON.stringify(spec.rows);
  // 教师 3 is small and alone, so 学生 (5), the next smallest, is hidden with it; 行政 (6) is shown.
  expect(text).toContain("教师：人数少于 5，不公开");
  expect(text).toContain("学生：为防止由总数推算出未公开的组，一并不公开");
  expect(text).toContain("行政：6 人");
  expect(text).not.toMatch(/教师：\d/);
  expect(spec.charts).toEqual([expect.objectContaining({ type: "barStacked", seriesBy: "columns" })]);
  const range = spec.charts?.[0]?.dataRange ?? "";
  const firstRow = Number(/A(\d+):/.exec(range)?.[1]);
  expect(spec.rows?.[firstRow - (spec.headerRow ?? 1) - 1]?.[0]).toBe("题目");
  expect(spec.rows?.[firstRow - (spec.headerRow ?? 1)]?.[0]).toBe("2.效率");
});

test("Office.js path: one BarStacked chart named SurveyDistribution", async () => {
  const fake = createExcelFake({ sheets: [{ name: "Sheet1" }] });
  await new ExcelWorkbook({ run: fake.Excel.run }).ensureSheets([spec]);
  const s = fake.state.sheetByName("满意度汇总");
  expect(s?.charts.map((c) => [c.name, c.type, c.seriesBy])).toEqual([["SurveyDistribution", "BarStacked", "Columns"]]);
  expect(s?.protected).toBe(true);
});

test(".xlsx path: a stacked horizontal bar chart part with cached values", async () => {
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets([spec]);
  expect(wb.unrenderedCharts).toEqual([]);
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const chart = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
  expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
  expect(chart).toContain('<c:orientation val="maxMin"/>');
  expect(chart.match(/<c:ser>/g)).toHaveLength(5);
  expect(chart).toContain("<c:v>2.效率</c:v>");
});
