import { isoToSerial } from "../../src/core/dates";
import { PARAMETERS, SETTINGS_SHEETS } from "../../src/core/registers";
import { DEFAULT_SETTINGS, readSettings } from "../../src/core/settings";
import type { CellValue } from "../../src/core/sheet-spec";

const sheet = (name: string, values: CellValue[][]) => ({ name, values });

describe("参数设置", () => {
  test("absent sheets give the defaults of REGISTERS.md", () => {
    const { settings, issues } = readSettings([]);
    expect(issues).toEqual([]);
    expect(settings.number("报销会计直批上限(元)")).toBe(500);
    expect(settings.number("简化采购上限(元)")).toBe(1000);
    expect(settings.number("传阅时限(工作日)")).toBe(3);
    expect(settings.number("投诉反馈时限(小时)")).toBe(48);
    expect(settings.number("长期保管年限")).toBe(30);
    expect(settings.number("短期保管年限")).toBe(10);
    expect(settings.text("上班时间")).toBe("08:30-12:00,14:00-17:30");
    expect(settings.list("密级列表")).toEqual(["公开", "内部", "秘密", "机密"]);
    expect(settings.departments).toBeNull();
    expect(settings.staff).toBeNull();
    expect(settings.holidayOverrides).toEqual([]);
    expect(settings.kpiTargets).toEqual([]);
  });

  test("the 21 keys of REGISTERS.md plus the documented extensions are known with their defaults", () => {
    // Extensions: 办理时限, issue 10's 期限遇节假日顺延, 会前提前适用类型, 纸张单位换算; 学期开始日期; the surveys' 评分映射;
    // the forms' 学校名称. Issue 17 §3 appends the sources' remaining time limits (docs/deadlines.md), each citing its source ids.
    const issue17 = [
      "会议申请提前(工作日)",
      "会议预演提前(天)",
      "纪要签字时限(小时)",
      "初步响应时限(小时)",
      "分派时限(工作日)",
      "进度反馈周期(工作日)",
      "紧急进度反馈周期(工作日)",
      "配合回复时限(工作日)",
      "收文登记时限(工作日)",
    ];
    expect(PARAMETERS.map((p) => p.key)).toHaveLength(28 + issue17.length);
    expect(PARAMETERS.slice(21, 28).map((p) => p.key)).toEqual([
      "办理时限(工作日)",
      "期限遇节假日顺延",
      "会前提前适用类型",
      "纸张单位换算",
      "学期开始日期",
      "评分映射",
      "学校名称",
    ]);
    expect(PARAMETERS.slice(28).map((p) => p.key)).toEqual(issue17);
    for (const key of issue17) expect(PARAMETERS.find((p) => p.key === key)?.source?.length).toBeGreaterThan(0);
    for (const p of PARAMETERS) {
      if (p.kind === "number") expect(DEFAULT_SETTINGS.number(p.key)).toBe(p.default);
      else expect(DEFAULT_SETTINGS.text(p.key)).toBe(p.kind === "list" ? String(p.default) : p.default);
    }
  });

  test("values override defaults; numeric text, a title row and a marked header are accepted", () => {
    const { settings, issues } = readSettings([
      sheet("参数设置", [
        ["综合办参数"],
        ["参数*", "值", "说明"],
        ["传阅时限(工作日)", "５", ""],
        ["简化采购上限(元)", 2000, ""],
        ["密级列表", "公开，内部；绝密", ""],
        ["上班时间", "08:00-12:00，14:30-18:00", ""],
      ]),
    ]);
    expect(issues).toEqual([]);
    expect(settings.number("传阅时限(工作日)")).toBe(5);
    expect(settings.number("简化采购上限(元)")).toBe(2000);
    expect(settings.list("密级列表")).toEqual(["公开", "内部", "绝密"]);
    expect(settings.text("上班时间")).toBe("08:00-12:00，14:30-18:00");
  });

  test("bad values are reported with sheet, row and column, and the default is used", () => {
    const { settings, issues } = readSettings([
      sheet("参数设置", [
        ["参数", "值"],
        ["传阅时限(工作日)", "三天"],
        ["会议通知提前(工作日)", 2.5],
        ["报销会计直批上限(元)", -1],
        ["上班时间", "早八晚五"],
        ["不存在的参数", 1],
        ["传阅时限(工作日)", 4],
      ]),
    ]);
    expect(issues.map((i) => `${i.code}@${i.sheet}!${i.row}:${i.column}`)).toEqual([
      "setting/invalid@参数设置!2:值",
      "setting/invalid@参数设置!3:值",
      "setting/invalid@参数设置!4:值",
      "setting/invalid@参数设置!5:值",
      "setting/unknown@参数设置!6:参数",
      "setting/duplicate@参数设置!7:参数",
    ]);
    // A time limit may carry a unit (issue 10 §3), so the message says how to write one.
    expect(issues[0]?.message).toBe(
      "参数设置 第 2 行“传阅时限(工作日)”的值“三天”不是有效时限（可填数字，或带单位的时长，如 24小时、1工作日、2工作小时、5天；此项可用的单位：工作日、天、小时、工作小时），已按默认值 3 处理",
    );
    expect(issues[2]?.message).toBe(
      "参数设置 第 4 行“报销会计直批上限(元)”的值“-1”不是有效数字（不小于 0），已按默认值 500 处理",
    );
    expect(settings.number("传阅时限(工作日)")).toBe(3);
    expect(settings.number("会议通知提前(工作日)")).toBe(5);
    expect(settings.number("报销会计直批上限(元)")).toBe(500);
    expect(settings.text("上班时间")).toBe("08:30-12:00,14:00-17:30");
  });

  test("上班时间 is judged by the calendar's working-hours parser, with its reason in the message", () => {
    const { settings, issues } = readSettings([
      sheet("参数设置", [
        ["参数", "值"],
        ["上班时间", "08:00-12:00,11:00-13:00"],
      ]),
    ]);
    expect(issues.map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual(["setting/invalid@2:值"]);
    expect(issues[0]?.message).toContain("08:00-12:00,11:00-13:00");
    expect(issues[0]?.message).toContain("11:00-13:00");
    expect(settings.text("上班时间")).toBe("08:30-12:00,14:00-17:30");
    const ok = readSettings([
      sheet("参数设置", [
        ["参数", "值"],
        ["上班时间", "８:００-１２:００、14:00-18:00"],
      ]),
    ]);
    expect(ok.issues).toEqual([]);
  });

  test("messages in en-US", () => {
    const { issues } = readSettings(
      [
        sheet("参数设置", [
          ["参数", "值"],
          ["报销会计直批上限(元)", "x"],
          ["传阅时限(工作日)", "x"],
        ]),
      ],
      "en-US",
    );
    expect(issues[0]?.message).toContain("is not a valid number");
    expect(issues[1]?.message).toContain("is not a valid time limit");
  });

  test("a sheet without the header is reported, not guessed", () => {
    const { issues } = readSettings([sheet("参数设置", [["名称?", "x"]])]);
    expect(issues.map((i) => i.code)).toEqual(["fields/missing"]);
  });
});

test("部门 with a header but no names yet restricts nothing (as when 设置 has just created it)", () => {
  expect(readSettings([sheet("部门", [["部门"]])]).settings.departments).toBeNull();
  expect(readSettings([sheet("部门", [["部门"], [null], ["  "]])]).settings.departments).toBeNull();
});

test("部门: the list, with repeated names reported", () => {
  const { settings, issues } = readSettings([sheet("部门", [["部门"], ["教务处"], [" 总务处 "], [null], ["教务处"]])]);
  expect(settings.departments).toEqual(["教务处", "总务处"]);
  expect(issues.map((i) => `${i.code}@${i.row}`)).toEqual(["cell/unique@5"]);
});

test("人员名单: staff with department, post and on-duty flag", () => {
  const { settings, issues } = readSettings([
    sheet("人员名单", [
      ["姓名*", "部门", "岗位", "在岗"],
      ["赵会计", "财务室", "会计", "是"],
      ["钱主任", "综合办", "主任", "否"],
      ["孙文员", null, "文员", null],
      [null, "综合办", "文员", "是"],
      ["李四", null, null, "也许"],
    ]),
  ]);
  expect(settings.staff).toEqual([
    { name: "赵会计", department: "财务室", role: "会计", onDuty: true },
    { name: "钱主任", department: "综合办", role: "主任", onDuty: false },
    { name: "孙文员", department: null, role: "文员", onDuty: true },
    { name: "李四", department: null, role: null, onDuty: true },
  ]);
  expect(issues.map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual(["cell/required@5:姓名", "cell/type@6:在岗"]);
});

test("节假日调整 → holiday overrides, problems with row and column", () => {
  const { settings, issues } = readSettings([
    sheet("节假日调整", [
      ["日期", "类型", "说明"],
      ["2025-03-07", "放假", "校庆"],
      [isoToSerial("2025-03-08"), "上班", "补课"],
      ["2025-02-30", "放假", ""],
    ]),
  ]);
  expect(settings.holidayOverrides).toEqual([
    { date: isoToSerial("2025-03-07"), kind: "off", note: "校庆" },
    { date: isoToSerial("2025-03-08"), kind: "work", note: "补课" },
  ]);
  expect(issues.map((i) => `${i.code}@${i.sheet}!${i.row}:${i.column}`)).toEqual(["cell/type@节假日调整!4:日期"]);
  expect(issues[0]?.message).toContain("2025-02-30");
});

test("节假日调整 → the years its 全年完整 rows mark complete", () => {
  const { settings, issues } = readSettings([
    sheet("节假日调整", [
      ["日期", "类型", "说明"],
      ["2027-01-01", "放假", "元旦"],
      ["2027年", "全年完整", ""],
    ]),
  ]);
  expect(issues).toEqual([]);
  expect(settings.holidayCompleteYears).toEqual([2027]);
  expect(readSettings([]).settings.holidayCompleteYears).toEqual([]);
});

test("KPI目标: targets, baselines and an optional value; unknown ids reported", () => {
  const { settings, issues } = readSettings([
    sheet("KPI目标", [
      ["指标编号", "目标值", "基准值", "满意度"],
      ["K01", 30, 3, null],
      ["k7", null, null, 4.6],
      ["K99", 1, 1, null],
      ["K02", "快", null, null],
    ]),
  ]);
  expect(settings.kpiTargets).toEqual([
    { id: "K01", target: 30, baseline: 3, value: null },
    { id: "K07", target: null, baseline: null, value: 4.6 },
    { id: "K02", target: null, baseline: null, value: null },
  ]);
  expect(issues.map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual(["cell/enum@4:指标编号", "cell/type@5:目标值"]);
});

test("the settings sheets of REGISTERS.md are declared with their columns", () => {
  expect(SETTINGS_SHEETS.map((s) => [s.sheet, s.columns.map((c) => c.header)])).toEqual([
    ["参数设置", ["参数", "值", "说明"]],
    ["部门", ["部门"]],
    ["人员名单", ["姓名", "部门", "岗位", "在岗"]],
    ["节假日调整", ["日期", "类型", "说明"]],
    ["KPI目标", ["指标编号", "目标值", "基准值", "值"]],
  ]);
  expect(SETTINGS_SHEETS[0]?.rows).toHaveLength(PARAMETERS.length);
});

describe("学期开始日期 (semester starts, an extension for KPI semesters)", () => {
  const params = (value: string) => [
    {
      name: "参数设置",
      values: [
        ["参数", "值", "说明"],
        ["学期开始日期", value, ""],
      ],
    },
  ];

  it("defaults to 02-01、09-01 and reads a school's own starts", () => {
    expect(readSettings([]).settings.text("学期开始日期")).toBe("02-01、09-01");
    const { settings, issues } = readSettings(params("02-20、09-01"));
    expect(settings.text("学期开始日期")).toBe("02-20、09-01");
    expect(issues).toEqual([]);
  });

  it("reports an unreadable value on its row and falls back to the default", () => {
    const { settings, issues } = readSettings(params("开学第一天"), "zh-CN");
    expect(settings.text("学期开始日期")).toBe("02-01、09-01");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: "参数设置", row: 2, column: "值", code: "setting/invalid" });
    expect(issues[0]?.message).toContain("02-01、09-01");
  });
});
