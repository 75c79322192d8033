/** Export shapes: 问卷星 (按文本 / 按序号), Forms, generic; header parsing; privacy; mappings; bad input. */
import type { CellValue } from "../../../src/core/sheet-spec";
import {
  parseMapping,
  parseQuestionHeader,
  planSurvey,
  readSurvey,
  reversedPair,
  summarise,
  SurveyError,
} from "../../../src/core/survey";

const sheet = (values: CellValue[][]) => ({ name: "Sheet1", values });
const WJX_HEAD = [
  "序号",
  "提交答卷时间",
  "所用时间",
  "来源",
  "来源详情",
  "来自IP",
  "1、您的身份",
  "2、您对综合办公室服务效率的满意度",
  "第3题(服务态度)",
  "第3题(办事流程)",
  "4、您看重哪些方面？（多选）",
  "5、意见建议",
];
const wjxRow = (
  i: number,
  who: string,
  a: CellValue,
  b: CellValue,
  c: CellValue,
  multi: string,
  comment: string,
): CellValue[] => [
  i,
  `2026/10/${i + 1} 9:00:00`,
  "30秒",
  "微信",
  "http://wjx.cn/x",
  `10.1.1.${i}(上海)`,
  who,
  a,
  b,
  c,
  multi,
  comment,
];

test("问卷星 按文本: metadata, identity, matrix items, multi-select, comments", () => {
  const s = sheet([
    WJX_HEAD,
    wjxRow(1, "教师", "非常满意", "很满意", 5, "效率┋态度", "很好"),
    wjxRow(2, "学生", "满意", "比较满意", 4, "效率", "(跳过)"),
    wjxRow(3, "教师", "(跳过)", "基本满意", 3, "(跳过)", "打印机坏了"),
  ]);
  const plan = planSurvey(s, { file: "123_满意度_按文本_3_3.csv" });
  expect(plan.source).toBe("wjx");
  expect(plan.columns.map((c) => [c.header, c.role, c.scale?.id ?? null])).toEqual([
    ["序号", "id", null],
    ["提交答卷时间", "time", null],
    ["所用时间", "ignored", null],
    ["来源", "ignored", null],
    ["来源详情", "dropped", null],
    ["来自IP", "dropped", null],
    ["1、您的身份", "group", null],
    ["2、您对综合办公室服务效率的满意度", "item", "satisfied"],
    ["第3题(服务态度)", "item", "very-satisfied"],
    ["第3题(办事流程)", "item", "numeric"],
    ["4、您看重哪些方面？（多选）", "choice", null],
    ["5、意见建议", "comment", null],
  ]);
  expect(plan.dropped).toEqual(["来源详情", "来自IP"]);
  const data = readSurvey(s, plan, { file: "f", name: "秋季", kind: "师生" });
  expect(data.ids).toEqual(["1", "2", "3"]);
  expect(data.times[0]).toBeCloseTo(46297.375, 6); // 2026-10-02 09:00
  const sum = summarise(data);
  expect(sum.choices).toEqual([{ item: "4、您看重哪些方面？（多选）", options: { 效率: 2, 态度: 1 } }]);
  expect(sum.comments).toEqual([{ item: "5、意见建议", count: 2 }]);
  expect(sum.items[0]).toMatchObject({ n: 2, mean: 4.5 });
});

test("matrix and numbered headers", () => {
  expect(parseQuestionHeader("第8题(服务态度)")).toEqual({ number: 8, text: "第8题(服务态度)", sub: "服务态度" });
  expect(parseQuestionHeader("8（服务态度）")).toEqual({ number: 8, text: "8（服务态度）", sub: "服务态度" });
  expect(parseQuestionHeader("2、您对服务效率的满意度")).toEqual({
    number: 2,
    text: "您对服务效率的满意度",
    sub: null,
  });
  expect(parseQuestionHeader("Overall satisfaction")).toEqual({
    number: null,
    text: "Overall satisfaction",
    sub: null,
  });
});

test("问卷星 按序号: numbers are positions; the proposed mapping (1 → 5 …) must be confirmed", () => {
  const s = sheet([
    ["序号", "提交答卷时间", "1、效率", "2、总体满意度"],
    [1, "2026/10/8 9:00", 1, 2],
    [2, "2026/10/8 9:10", 2, 1],
    [3, "2026/10/8 9:20", 5, 3],
  ]);
  const plan = planSurvey(s, { file: "123_调查_按序号_3_3.xlsx" });
  expect(plan.proposals).toEqual([
    {
      kind: "position",
      columns: ["1、效率", "2、总体满意度"],
      scores: { 序号1: 5, 序号2: 4, 序号3: 3, 序号4: 2, 序号5: 1 },
    },
  ]);
  expect(() => readSurvey(s, plan, { file: "f", name: "n", kind: "师生" })).toThrow(SurveyError);
  const mapping = parseMapping("序号1=5；序号2=4；序号3=3；序号4=2；序号5=1").mapping;
  const confirmed = planSurvey(s, { file: "123_调查_按序号_3_3.xlsx", mapping });
  expect(confirmed.proposals).toEqual([]);
  const data = readSurvey(s, confirmed, { file: "f", name: "n", kind: "师生", mapping });
  expect([...(data.items[0]?.scores ?? [])]).toEqual([5, 4, 1]);
  expect(summarise(data).overall).toMatchObject({ item: "2、总体满意度", mean: 4 }); // 4, 5, 3
});

test("an unknown vocabulary is proposed from its words and read once confirmed", () => {
  const s = sheet([
    ["序号", "2、服务质量"],
    [1, "很好"],
    [2, "较好"],
    [3, "较差"],
    [4, "一般"],
  ]);
  const plan = planSurvey(s, { file: "x.csv" });
  expect(plan.proposals).toEqual([
    { kind: "vocabulary", columns: ["2、服务质量"], scores: { 很好: 5, 较好: 4, 较差: 2, 一般: 3 } },
  ]);
  const mapping = new Map(Object.entries({ 很好: 5, 较好: 4, 一般: 3, 较差: 2, 很差: 1 }));
  const data = readSurvey(s, planSurvey(s, { file: "x.csv", mapping }), {
    file: "x.csv",
    name: "n",
    kind: "师生",
    mapping,
  });
  expect(summarise(data).items[0]).toMatchObject({ n: 4, mean: 3.5 });
});

test("direction check: a mapping where the better word scores lower is refused", () => {
  expect(
    reversedPair(
      new Map([
        ["满意", 1],
        ["不满意", 5],
      ]),
    ),
  ).toEqual(["满意", "不满意"]);
  expect(
    reversedPair(
      new Map([
        ["很好", 5],
        ["较差", 2],
      ]),
    ),
  ).toBeNull();
  expect(parseMapping("很好=5；坏=九").bad).toEqual(["坏=九"]);
});

test("Microsoft Forms: ID / Start time / Completion time / Email / Name dropped or ignored, ';' multi-select", () => {
  const s = sheet([
    [
      "ID",
      "Start time",
      "Completion time",
      "Email",
      "Name",
      "Your role",
      "Efficiency",
      "Overall satisfaction",
      "Services used",
    ],
    [1, 46303.4, 46303.41, "a@school.cn", "Ann", "Teacher", 5, 4, "Printing;Meetings;"],
    [2, 46303.5, 46303.51, "b@school.cn", "Bob", "Student", 3, 5, "Printing;"],
  ]);
  const plan = planSurvey(s, { file: "Survey(1-2).xlsx" });
  expect(plan.source).toBe("forms");
  expect(plan.dropped).toEqual(["Email", "Name"]);
  const data = readSurvey(s, plan, { file: "f", name: "n", kind: "员工" });
  const sum = summarise(data);
  expect(sum.overall).toMatchObject({ item: "Overall satisfaction", mean: 4.5 });
  expect(sum.choices[0]?.options).toEqual({ Printing: 2, Meetings: 1 });
  expect(data.times[0]).toBeCloseTo(46303.41, 6);
});

test("privacy: a free-text column of phone numbers is dropped; a comment with an e-mail is withheld", () => {
  const s = sheet([
    ["序号", "2、满意度", "3、方便时留个电话吗", "4、建议"],
    [1, 5, "13800138000", "请联系 li@example.com"],
    [2, 4, "010-66668888", "多开窗口"],
    [3, 4, "(跳过)", "(跳过)"],
    [4, 4, "(跳过)", "办事快"],
    [5, 3, "(跳过)", "态度好"],
  ]);
  const plan = planSurvey(s, { file: "x.csv" });
  expect(plan.columns.map((c) => [c.header, c.role, c.reason ?? null])).toContainEqual([
    "3、方便时留个电话吗",
    "dropped",
    "pii",
  ]);
  const data = readSurvey(s, plan, { file: "x.csv", name: "n", kind: "师生" });
  expect(data.redacted).toBe(1);
  expect(JSON.stringify(data)).not.toMatch(/13800138000|66668888|li@example/);
});

describe("bad input is refused with its location", () => {
  const code = (values: CellValue[][]) => {
    try {
      planSurvey(sheet(values), { file: "x.csv" });
    } catch (e) {
      if (e instanceof SurveyError) return [e.code, e.describe("zh-CN"), e.describe("en-US")];
    }
    return null;
  };
  test("empty", () => expect(code([])?.[0]).toBe("empty"));
  test("header only", () =>
    expect(code([["序号", "2、满意度"]])?.slice(0, 2)).toEqual([
      "no-rows",
      "x.csv，工作表“Sheet1”：第 1 行是表头，但下面没有答卷",
    ]));
  test("no header row", () => {
    const [c, zh, en] =
      code([
        [1, "非常满意", "满意"],
        [2, "满意", "一般"],
      ]) ?? [];
    expect(c).toBe("no-header");
    expect(zh).toContain("第 1 行");
    expect(en).toContain("row 1");
  });
  test("no scored column", () =>
    expect(
      code([
        ["序号", "建议"],
        [1, "多开窗口"],
        [2, "延长时间"],
      ])?.[0],
    ).toBe("no-scored"));
  test("a column mixing two scales names the column and both words", () => {
    const [c, zh, en] =
      code([
        ["序号", "2、满意度"],
        [1, "非常满意"],
        [2, "很满意"],
      ]) ?? [];
    expect(c).toBe("mixed-scale");
    expect(zh).toBe("x.csv，工作表“Sheet1”，B 列“2、满意度”混用了两种量表：“非常满意”与“很满意”。请分开导出或统一答案");
    expect(en).toContain("column B '2、满意度' mixes two scales");
  });
  test("numbers mixed with words", () =>
    expect(
      code([
        ["序号", "2、满意度"],
        [1, 5],
        [2, "满意"],
      ])?.[0],
    ).toBe("mixed-scale"));
});

test("Tencent 问卷 / generic: 编号, 开始/结束答题时间, IP and location columns, '1. 题目' headers", () => {
  const s = sheet([
    [
      "编号",
      "开始答题时间",
      "结束答题时间",
      "答题时长",
      "地理位置",
      "IP",
      "1. 您的年级",
      "2. 您对办事效率是否满意",
      "3. 总体评价",
    ],
    ["101", "2026-10-08 09:00:00", "2026-10-08 09:02:00", "120秒", "上海", "10.2.2.2", "高一", "非常满意", "很满意"],
    ["102", "2026-10-08 10:00:00", "2026-10-08 10:05:00", "300秒", "上海", "10.2.2.3", "高二", "满意", "比较满意"],
  ]);
  const plan = planSurvey(s, { file: "腾讯问卷.xlsx" });
  expect(plan.source).toBe("generic");
  expect(plan.columns.map((c) => c.role)).toEqual([
    "id",
    "ignored",
    "time",
    "ignored",
    "ignored",
    "dropped",
    "group",
    "item",
    "item",
  ]);
  const data = readSurvey(s, plan, { file: "f", name: "n", kind: "师生" });
  expect(data.ids).toEqual(["101", "102"]);
  // "总体评价" names the overall item.
  expect(summarise(data).overall).toMatchObject({ item: "3. 总体评价", mean: 4.5, basis: "item" });
});
