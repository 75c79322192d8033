/** The survey use cases on the memory workbook: import, idempotence, mapping kept in 参数设置, nothing written on failure. */
import { importSurvey, refreshSurveySummary } from "../../src/app/survey";
import { loadContext } from "../../src/app/load-context";
import type { CellValue } from "../../src/core/sheet-spec";
import { SurveyError } from "../../src/core/survey";
import { MemoryWorkbook } from "../../src/workbook/memory";

const EXPORT: CellValue[][] = [
  ["序号", "提交答卷时间", "来自IP", "1、您的身份", "2、服务质量", "3、总体满意度"],
  [1, "2026/10/8 9:00", "10.9.9.1", "教师", "很好", 5],
  [2, "2026/10/8 9:10", "10.9.9.2", "教师", "较好", 4],
  [3, "2026/10/8 9:20", "10.9.9.3", "学生", "一般", 4],
];
const options = {
  file: "x.csv",
  name: "秋季调查",
  kind: "师生" as const,
  lang: "zh-CN" as const,
  updatedAt: "2026-11-22 10:00",
};

function snapshot(wb: MemoryWorkbook) {
  return (
    JSON.stringify(wb.sheetNames().map((n) => [n, wb.appliedSpec(n)?.name ?? null])) +
    JSON.stringify(wb.settingsSnapshot())
  );
}

test("an unconfirmed vocabulary refuses the import and writes nothing", async () => {
  const wb = MemoryWorkbook.withSheets({ 说明: [["x"]] });
  const before = snapshot(wb);
  await expect(
    importSurvey(wb, await loadContext(wb), { name: "Sheet1", values: EXPORT }, options),
  ).rejects.toBeInstanceOf(SurveyError);
  expect(snapshot(wb)).toBe(before);
  expect(wb.sheetNames()).toEqual(["说明"]);
});

test("a confirmed mapping imports, is kept in 参数设置 评分映射, and a second import changes nothing", async () => {
  const wb = MemoryWorkbook.withSheets({
    参数设置: [
      ["参数", "值", "说明"],
      ["最小公开人数", 3, ""],
    ],
  });
  const mapping = new Map(Object.entries({ 很好: 5, 较好: 4, 一般: 3, 较差: 2, 很差: 1 }));
  const first = await importSurvey(
    wb,
    await loadContext(wb),
    { name: "Sheet1", values: EXPORT },
    { ...options, mapping },
  );
  expect(first).toMatchObject({ added: 9, updated: 0, unchanged: 0, mappingStored: true });
  expect(first.summary.items.map((i) => [i.item, i.mean])).toEqual([
    ["2、服务质量", 4],
    ["3、总体满意度", 4.333],
  ]);
  // 最小公开人数 3 from the workbook: 教师 (2) and 学生 (1) both hidden.
  expect(first.summary.groups.every((g) => g.suppressed)).toBe(true);
  expect(wb.cell("参数设置", 3, 1)).toBe("评分映射");
  expect(wb.cell("参数设置", 3, 2)).toBe("很好=5；较好=4；一般=3；较差=2；很差=1");
  expect(wb.sheetNames()).toEqual(expect.arrayContaining(["满意度调查", "满意度汇总"]));
  expect(wb.appliedSpec("满意度汇总")).toMatchObject({ protect: true, page: { paper: "A4" } });
  expect(wb.charts("满意度汇总")).toEqual([expect.objectContaining({ type: "barStacked", seriesBy: "columns" })]);
  const register = JSON.stringify(
    Array.from({ length: 12 }, (_, r) => Array.from({ length: 11 }, (_, c) => wb.cell("满意度调查", r + 1, c + 1))),
  );
  expect(register).not.toContain("10.9.9");

  // The workbook now holds the mapping: a second import needs no confirmation and adds nothing.
  const second = await importSurvey(wb, await loadContext(wb), { name: "Sheet1", values: EXPORT }, options);
  expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 9, mappingStored: false });
});

test("refreshSurveySummary summarises a chosen survey from the register alone", async () => {
  const wb = MemoryWorkbook.withSheets({});
  const mapping = new Map(Object.entries({ 很好: 5, 较好: 4, 一般: 3 }));
  await importSurvey(wb, await loadContext(wb), { name: "Sheet1", values: EXPORT }, { ...options, mapping });
  await importSurvey(
    wb,
    await loadContext(wb),
    { name: "Sheet1", values: EXPORT },
    { ...options, name: "员工调查", kind: "员工", mapping },
  );
  const r = await refreshSurveySummary(wb, await loadContext(wb), {
    lang: "en-US",
    updatedAt: "2026-11-22",
    survey: "秋季调查",
  });
  expect(r?.surveys).toEqual(["秋季调查", "员工调查"]);
  expect(r?.summary).toMatchObject({ survey: "秋季调查", kind: "师生", respondents: 3 });
  expect(wb.cell("满意度汇总", 1, 1)).toBe("Satisfaction summary — 秋季调查 (teachers and students)");
  await expect(
    refreshSurveySummary(wb, await loadContext(wb), { lang: "zh-CN", updatedAt: "x", survey: "无此调查" }),
  ).rejects.toMatchObject({ code: "no-survey" });
});

test("the overall item the user picks is the one 总体题 marks in the register", async () => {
  const wb = MemoryWorkbook.withSheets({});
  const mapping = new Map(Object.entries({ 很好: 5, 较好: 4, 一般: 3 }));
  const r = await importSurvey(
    wb,
    await loadContext(wb),
    { name: "Sheet1", values: EXPORT },
    { ...options, mapping, overallItem: "2、服务质量" },
  );
  expect(r.summary.overall).toMatchObject({ item: "2、服务质量", mean: 4 });
  const rows = Array.from({ length: 10 }, (_, i) => [
    wb.cell("满意度调查", i + 2, 5),
    wb.cell("满意度调查", i + 2, 10),
  ]);
  expect(rows.filter(([, overall]) => overall === "是").map(([item]) => item)).toEqual([
    "2、服务质量",
    "2、服务质量",
    "2、服务质量",
  ]);
});

test("K14: % of 员工 respondents whose overall score reaches 满意阈值(分), in the period; KPI目标's value otherwise", async () => {
  const { computeKpis, resolvePeriod } = await import("../../src/app/kpis");
  const { isoToSerial } = await import("../../src/core/dates");
  const wb = MemoryWorkbook.withSheets({
    参数设置: [
      ["参数", "值", "说明"],
      ["满意阈值(分)", 5, ""],
    ],
    KPI目标: [
      ["指标编号", "目标值", "基准值", "值"],
      ["K14", null, null, 0.9],
    ],
  });
  const mapping = new Map(Object.entries({ 很好: 5, 较好: 4, 一般: 3 }));
  await importSurvey(
    wb,
    await loadContext(wb),
    { name: "Sheet1", values: EXPORT },
    { ...options, kind: "员工", mapping },
  );
  const asOf = isoToSerial("2026-11-22");
  const ctx = await loadContext(wb);
  const k14 = (period: string) =>
    computeKpis(ctx, resolvePeriod(period, asOf), asOf, "zh-CN").kpis.find((k) => k.id === "K14");
  // Overall 5, 4, 4 with a threshold of 5: one of three.
  expect(k14("2026Q4")).toMatchObject({ actual: 33.3, n: 3, status: "not-met" });
  expect(k14("2026Q4")?.notes[0]).toContain("由满意度调查台账计算");
  // No responses in 2026Q3: the typed 0.9 is read as 90 %, and the note says it is the typed value.
  expect(k14("2026Q3")).toMatchObject({ actual: 90, status: "met" });
  expect(k14("2026Q3")?.notes[0]).toContain("KPI目标");
});
