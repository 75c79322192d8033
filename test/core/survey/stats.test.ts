/** Hand-computed statistics for every known scale, skipped answers, groups with suppression, multi-select, comments. */
import type { CellValue } from "../../../src/core/sheet-spec";
import { itemStats, planSurvey, readSurvey, summarise, t975, type SurveyData } from "../../../src/core/survey";

const sheet = (rows: CellValue[][]) => ({ name: "Sheet1", values: rows });
const column = (header: string, answers: CellValue[]) => [[header], ...answers.map((a) => [a])];

function statsOf(header: string, answers: CellValue[]) {
  // Two columns so the header row has two filled cells; the first is an id.
  const rows = column(header, answers).map((r, i) => [i === 0 ? "序号" : i, ...r]);
  const s = sheet(rows);
  const plan = planSurvey(s, { file: "t.csv" });
  return summarise(readSurvey(s, plan, { file: "t.csv", name: "t", kind: "师生" }), { groupBy: "" }).items[0];
}

// Scores 5,4,3,2,1,5: n 6, mean 20/6 = 3.333, SD √((80 − 6·(10/3)²)/5) = √2.6667 = 1.633,
// CI 3.3333 ± 2.5706·1.63299/√6 = ± 1.71373 → [1.62, 5.05], top-2 3/6 = 50.0 %.
const FIVE = {
  n: 6,
  mean: 3.333,
  sd: 1.633,
  ci95: [1.62, 5.05],
  top2: 50,
  dist: { "1": 1, "2": 1, "3": 1, "4": 1, "5": 2 },
};

test.each([
  ["非常满意…非常不满意", ["非常满意", "满意", "一般", "不满意", "非常不满意", "非常满意"]],
  ["很满意…很不满意", ["很满意", "比较满意", "基本满意", "不太满意", "很不满意", "很满意"]],
  ["非常同意…非常不同意", ["非常同意", "同意", "一般", "不同意", "非常不同意", "非常同意"]],
  ["numbers 1–5", [5, 4, 3, 2, 1, 5]],
  ["numbers 1–5 as text", ["5", "4", "3", "2", "1", "5"]],
  ["full-width and spaced", ["非常满意 ", "满意", "一般", "不满意", "非常不满意", " 非常满意"]],
])("%s", (_name, answers) => {
  expect(statsOf("2、您对服务效率的满意度", answers)).toMatchObject({ scale: 5, ...FIVE });
});

test("numbers 1–7: 7,6,5,4,1 → mean 4.6, SD √5.3 = 2.302, top-2 (6 and 7) 40 %", () => {
  expect(statsOf("3、评分", [7, 6, 5, 4, 1])).toMatchObject({
    scale: 7,
    n: 5,
    mean: 4.6,
    sd: 2.302,
    top2: 40,
    dist: { "1": 1, "7": 1, "6": 1, "5": 1, "4": 1, "3": 0, "2": 0 },
  });
});

test("(跳过), (空), （跳过） and blanks are left out of n", () => {
  const s = statsOf("2、效率", ["非常满意", "(跳过)", "满意", "(空)", "", null, "（跳过）", "满意"]);
  // 5, 4, 4: mean 4.333, SD √((57 − 3·18.778)/2) = √0.3333 = 0.577, top-2 100 %.
  expect(s).toMatchObject({ n: 3, mean: 4.333, sd: 0.577, top2: 100 });
});

test("the issue's example: 7×3, 24×4, 26×5 → n 57, mean 4.333, SD 0.69, CI [4.15, 4.52], top-2 87.7", () => {
  const scores = Float64Array.from([...Array(7).fill(3), ...Array(24).fill(4), ...Array(26).fill(5)]);
  expect(itemStats("2、效率", 5, scores)).toMatchObject({
    n: 57,
    mean: 4.333,
    sd: 0.69,
    ci95: [4.15, 4.52],
    top2: 87.7,
    dist: { "1": 0, "2": 0, "3": 7, "4": 24, "5": 26 },
  });
});

test("t quantiles: table below 31 degrees of freedom, expansion above", () => {
  expect(t975(1)).toBeCloseTo(12.706, 3);
  expect(t975(56)).toBeCloseTo(2.0032, 4);
  expect(t975(1000)).toBeCloseTo(1.9623, 4);
});

function grouped(sizes: Record<string, number>): SurveyData {
  const values: string[] = [];
  for (const [g, n] of Object.entries(sizes)) for (let i = 0; i < n; i++) values.push(g);
  return {
    name: "s",
    kind: "师生",
    source: "generic",
    ids: values.map((_, i) => String(i + 1)),
    times: values.map(() => null),
    items: [
      {
        header: "5、总体满意度",
        points: 5,
        overall: true,
        scores: Float64Array.from(values.map((_, i) => (i % 2 ? 4 : 5))),
      },
    ],
    groups: [{ header: "1、您的身份", values }],
    choices: [],
    comments: [{ header: "7、建议", values: values.map((v, i) => `${v}意见${i}`) }],
    dropped: [],
    redacted: 0,
  };
}

describe("groups and suppression (最小公开人数 5)", () => {
  const shown = (s: ReturnType<typeof summarise>) => s.groups.map((g) => [g.value, g.suppressed ? g.reason : g.n]);

  test("one small group: it and the next smallest are hidden (complementary), no statistic or size shown", () => {
    const s = summarise(grouped({ 教师: 20, 学生: 8, 家长: 2, 行政: 12 }));
    expect(shown(s)).toEqual([
      ["教师", 20],
      ["学生", "complementary"],
      ["家长", "size"],
      ["行政", 12],
    ]);
    const hidden = s.groups.find((g) => g.value === "家长");
    expect(hidden).toEqual({ by: "1、您的身份", value: "家长", n: null, suppressed: true, reason: "size" });
  });

  test("two small groups: both hidden for size, the others shown", () => {
    const s = summarise(grouped({ 教师: 20, 学生: 3, 家长: 4 }));
    expect(shown(s)).toEqual([
      ["教师", 20],
      ["学生", "size"],
      ["家长", "size"],
    ]);
  });

  test("all groups small: all hidden", () => {
    expect(shown(summarise(grouped({ 教师: 4, 学生: 2 })))).toEqual([
      ["教师", "size"],
      ["学生", "size"],
    ]);
  });

  test("最小公开人数 below the floor of 3 is raised to 3", () => {
    const s = summarise(grouped({ 教师: 20, 学生: 3, 家长: 2 }), { minGroupSize: 1 });
    expect(s.minGroupSize).toBe(3);
    // 学生 (3) reaches the floor, so only 家长 is small and 学生, the next smallest, is hidden with it.
    expect(shown(s)).toEqual([
      ["教师", 20],
      ["学生", "complementary"],
      ["家长", "size"],
    ]);
  });

  test("a shown group carries its item statistics: 教师 10 → five 5s and five 4s", () => {
    const s = summarise(grouped({ 教师: 10, 学生: 10 }));
    const g = s.groups[0];
    expect(g?.suppressed === false && g.items[0]).toMatchObject({ n: 10, mean: 4.5, top2: 100 });
  });

  test("comment texts only for shown groups of 10 or more", () => {
    const s = summarise(grouped({ 教师: 12, 学生: 9, 行政: 6 }));
    expect(s.commentTexts.map((c) => [c.group, c.texts.length])).toEqual([["教师", 12]]);
    expect(s.comments).toEqual([{ item: "7、建议", count: 27 }]);
  });

  test("without groups, comment texts need 10 respondents", () => {
    expect(summarise(grouped({ 教师: 9 }), { groupBy: "" }).commentTexts).toEqual([]);
    expect(summarise(grouped({ 教师: 10 }), { groupBy: "" }).commentTexts).toHaveLength(1);
  });
});

test("no overall item: each respondent's mean over the scored items", () => {
  const s = sheet([
    ["序号", "2、效率", "3、态度"],
    [1, 5, 4], // 4.5
    [2, 3, 3], // 3
    [3, 4, "(跳过)"], // 4
  ]);
  const data = readSurvey(s, planSurvey(s, { file: "t.csv" }), { file: "t.csv", name: "t", kind: "员工" });
  // mean (4.5 + 3 + 4)/3 = 3.833; ≥ 4 for two of three → 66.7 %.
  expect(summarise(data).overall).toEqual({ item: null, mean: 3.833, top2: 66.7, basis: "respondent-mean" });
});
