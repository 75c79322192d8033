/**
 * Every deadline at a long-holiday boundary of 2024–2026 (Spring Festival, Qingming, Labour Day, Dragon Boat,
 * Mid-Autumn, National Day), with the official make-up working weekends counted as working days.
 */
import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial } from "../../../src/core/dates";
import {
  computeDeadlines,
  createDeadlineContext,
  deadlinesToJson,
  type DeadlineItemJson,
  type DeadlineRule,
} from "../../../src/core/deadlines";
import { fakeSettings, fakeTable, type Row } from "./support";

const cal = createCalendar();

function items(
  registerId: string,
  rows: Row[],
  asOf: string,
  settings: Record<string, number | string> = {},
): DeadlineItemJson[] {
  const ctx = createDeadlineContext(fakeSettings(settings), cal, isoToSerial(asOf), "zh-CN");
  const result = computeDeadlines([fakeTable(registerId, rows)], ctx);
  expect(result.problems).toEqual([]);
  return deadlinesToJson(result, "zh-CN").items;
}

function one(
  registerId: string,
  deadline: string,
  row: Row,
  asOf: string,
  settings: Record<string, number | string> = {},
): DeadlineItemJson {
  const found = items(registerId, [row], asOf, settings).filter((i) => i.deadline === deadline);
  expect(found).toHaveLength(1);
  return found[0] as DeadlineItemJson;
}

describe("收文 circulation (传阅时限 3 WD)", () => {
  const doc = (start: string, back: string | null = null): Row => ({
    收文编号: "SW-1",
    收文日期: start,
    文件标题: "关于节前安全检查的通知",
    承办人: "王芳",
    办理部门: "教务处",
    传阅开始日期: start,
    收回日期: back,
  });

  it("counts the make-up Sunday before National Day 2025: started Fri 09-26, due Tue 09-30", () => {
    // 2025-09-28 (Sun) is an official working day; 10-01…10-08 are off. Issue 5 quotes 10-09, which forgets 09-28.
    expect(one("incoming-documents", "circulation", doc("2025-09-26"), "2025-09-26").due).toBe("2025-09-30");
  });

  it("jumps the whole National Day break: started Mon 2025-09-29, due Fri 10-10, not 10-01", () => {
    expect(one("incoming-documents", "circulation", doc("2025-09-29"), "2025-09-29").due).toBe("2025-10-10");
  });

  it("jumps Spring Festival 2025 (make-up Sun 01-26 counts): started Fri 01-24, due Wed 02-05", () => {
    const item = one("incoming-documents", "circulation", doc("2025-01-24", "2025-02-06"), "2025-02-10");
    expect(item).toMatchObject({ due: "2025-02-05", done: "2025-02-06", status: "done-late", overdueWorkdays: 1 });
  });

  it("starts counting after a start date that is itself a holiday (2024-10-03 → 10-10)", () => {
    // 10-01…10-07 off; the first working day after the start is 10-08, then 10-09, 10-10.
    expect(one("incoming-documents", "circulation", doc("2024-10-03"), "2024-10-03").due).toBe("2024-10-10");
  });
});

describe("收文 handling (办理期限)", () => {
  it("uses the row's own 办理期限 and reports overdue working days across Qingming 2026", () => {
    const row: Row = { 收文编号: "SW-2", 收文日期: "2026-03-30", 办理期限: "2026-04-03", 承办人: "李雷" };
    // Due Fri 04-03; 04-04…04-06 off; as of Thu 04-09: NETWORKDAYS(04-03, 04-09) − 1 = 4 − 1 = 3.
    expect(one("incoming-documents", "handling", row, "2026-04-09")).toMatchObject({
      due: "2026-04-03",
      status: "overdue",
      overdueWorkdays: 3,
    });
  });

  it("falls back to 办理时限 (5 WD) when 办理期限 is blank, across Qingming 2024 and its make-up Sunday", () => {
    // 2024-04-04…06 off, 04-07 (Sun) worked: Wed 04-03 + 5 WD = 04-07, 08, 09, 10, 11.
    const row: Row = { 收文编号: "SW-3", 收文日期: "2024-04-03", 承办人: "李雷" };
    expect(one("incoming-documents", "handling", row, "2024-04-03").due).toBe("2024-04-11");
  });
});

describe("会议 leads and minutes", () => {
  const meeting = (date: string, extra: Row = {}): Row => ({
    会议编号: "HY-1",
    会议主题: "学期工作部署",
    会议日期: date,
    主持人: "张主任",
    记录人: "赵敏",
    ...extra,
  });

  it("notice 5 WD before a meeting right after Labour Day 2024 counts the make-up Sunday 04-28", () => {
    // Meeting Mon 05-06; 05-01…05-05 off; back: 04-30, 04-29, 04-28 (Sun, worked), 04-26, 04-25.
    expect(one("meetings", "meeting-notice", meeting("2024-05-06"), "2024-04-20").due).toBe("2024-04-25");
  });

  it("materials 3 calendar days before; landing in the National Day break, they are due the working day before it (顺延)", () => {
    // 10-05 is off; 09-30 (Mon) is the last working day before it, so the 3-day lead is kept (issue 10 §3).
    expect(one("meetings", "meeting-materials", meeting("2024-10-08"), "2024-09-30").due).toBe("2024-09-30");
    expect(
      one("meetings", "meeting-materials", meeting("2024-10-08"), "2024-09-30", { 期限遇节假日顺延: "否" }).due,
    ).toBe("2024-10-05");
  });

  it("minutes draft 2 WD after a meeting before Dragon Boat 2024 (Mon 06-10 off)", () => {
    const item = one("meetings", "minutes-draft", meeting("2024-06-07", { 纪要初稿日期: "2024-06-12" }), "2024-06-14");
    expect(item).toMatchObject({ due: "2024-06-12", done: "2024-06-12", status: "done-on-time", owner: "赵敏" });
  });

  it("the chair owns the item when no minute-taker is named", () => {
    expect(one("meetings", "minutes-draft", meeting("2024-06-07", { 记录人: null }), "2024-06-07").owner).toBe(
      "张主任",
    );
  });
});

describe("决议 完成时限", () => {
  it("counts overdue working days across National Day 2026: due Wed 09-30, as of Fri 10-09 → 2", () => {
    const row: Row = {
      决议编号: "JY-1",
      决议事项: "修订值班制度",
      责任部门: "后勤处",
      责任人: "孙强",
      完成时限: "2026-09-30",
      状态: "进行中",
    };
    expect(one("resolutions", "resolution", row, "2026-10-09")).toMatchObject({
      start: null,
      due: "2026-09-30",
      status: "overdue",
      overdueWorkdays: 2,
      escalation: "urge",
    });
  });
});

describe("来访 答复时限", () => {
  it("a reply after Spring Festival 2025 is late by the working days between", () => {
    const row: Row = {
      来访编号: "LF-1",
      来访日期: "2025-01-20",
      来访人: "家长",
      接待人: "周静",
      当场解决: "否",
      答复时限: "2025-01-27",
      实际答复日期: "2025-02-05",
    };
    // 01-28…02-04 off: NETWORKDAYS(01-27, 02-05) − 1 = 2 − 1 = 1.
    expect(one("visitors", "visitor-reply", row, "2025-02-10")).toMatchObject({
      status: "done-late",
      overdueWorkdays: 1,
      owner: "周静",
    });
  });
});

describe("报销 submission and processing", () => {
  it("submission 5 WD after an expense before Spring Festival 2026 (Sat 02-14 worked, 02-15…02-23 off)", () => {
    const row: Row = {
      报销单号: "BX-1",
      申请人: "陈晨",
      部门: "教务处",
      费用发生日期: "2026-02-12",
      提交日期: "2026-02-26",
      审批人: "会计A",
    };
    expect(one("reimbursements", "reimbursement-submission", row, "2026-03-02")).toMatchObject({
      due: "2026-02-26",
      status: "done-on-time",
    });
  });

  it("processing 1 WD after a submission on the Friday before Qingming 2026 is due Tue 04-07", () => {
    const row: Row = {
      报销单号: "BX-2",
      申请人: "陈晨",
      部门: "教务处",
      费用发生日期: "2026-04-01",
      提交日期: "2026-04-03",
      审批人: "会计A",
    };
    expect(one("reimbursements", "reimbursement-processing", row, "2026-04-07")).toMatchObject({
      due: "2026-04-07",
      status: "due-soon",
      owner: "会计A",
    });
  });
});

describe("采购 processing target", () => {
  it("3 WD after a request on the eve of Labour Day 2026 is Fri 05-08", () => {
    const row: Row = { 采购单号: "CG-1", 申请部门: "总务处", 申请人: "刘洋", 申请日期: "2026-04-30", 物品名称: "A4纸" };
    expect(one("purchases", "purchase-processing", row, "2026-05-11")).toMatchObject({
      due: "2026-05-08",
      status: "overdue",
      overdueWorkdays: 2,
      owner: "刘洋",
    });
  });
});

describe("问题整改 完成时限 and weekly follow-up", () => {
  const problem = (extra: Row): Row => ({
    问题编号: "ZG-1",
    问题描述: "食堂排队过长",
    发现日期: "2026-09-21",
    责任部门: "后勤处",
    状态: "整改中",
    ...extra,
  });

  it("完成时限 on the last day before National Day 2026, still open on 10-12 → 4 WD overdue", () => {
    // NETWORKDAYS(09-30, 10-12) counts 09-30, 10-08, 10-09, 10-10 (Sat, make-up) and 10-12 = 5; minus 1 → 4.
    const item = one("rectifications", "rectification", problem({ 完成时限: "2026-09-30" }), "2026-10-12");
    expect(item).toMatchObject({
      due: "2026-09-30",
      status: "overdue",
      overdueWorkdays: 4,
      owner: "后勤处",
      ownerDepartment: "后勤处",
    });
  });

  it("follow-up 7 calendar days after the last check; inside the holiday it moves to the first working day after (顺延)", () => {
    const row = problem({ 完成时限: "2026-12-31", 最近跟踪日期: "2026-09-28" });
    expect(one("rectifications", "follow-up", row, "2026-10-08")).toMatchObject({
      start: "2026-09-28",
      due: "2026-10-08",
      status: "due-soon",
    });
    const item = one("rectifications", "follow-up", row, "2026-10-08", { 期限遇节假日顺延: "否" });
    // Without 顺延: due 10-05 (a holiday); 10-08 is the first working day after it → 1 working day late (issue 10 §3).
    expect(item).toMatchObject({
      start: "2026-09-28",
      due: "2026-10-05",
      done: null,
      status: "overdue",
      overdueWorkdays: 1,
    });
  });

  it("follow-up counts from discovery when never followed up", () => {
    expect(one("rectifications", "follow-up", problem({ 完成时限: "2026-12-31" }), "2026-09-22").due).toBe(
      "2026-09-28",
    );
  });
});

describe("投诉与意见: clock hours and working days", () => {
  const complaint = (received: string, extra: Row = {}): Row => ({
    编号: "TS-1",
    接收时间: received,
    类别: "投诉类",
    内容: "宿舍热水不稳定",
    责任人: "吴刚",
    ...extra,
  });

  it("contact within 24 h and result within 48 h run through the National Day holiday and end after it (顺延)", () => {
    const rows = items("feedback", [complaint("2025-09-30 16:00")], "2025-09-30");
    // 2025-10-01 … 10-08 are off: both limits end on 10-09 at the time of day they would have ended.
    expect(rows.map((i) => [i.deadline, i.start, i.due])).toEqual([
      ["complaint-contact", "2025-09-30T16:00", "2025-10-09T16:00"],
      ["complaint-result", "2025-09-30T16:00", "2025-10-09T16:00"],
    ]);
    const plain = items("feedback", [complaint("2025-09-30 16:00")], "2025-09-30", { 期限遇节假日顺延: "否" });
    expect(plain.map((i) => [i.deadline, i.start, i.due])).toEqual([
      ["complaint-contact", "2025-09-30T16:00", "2025-10-01T16:00"],
      ["complaint-result", "2025-09-30T16:00", "2025-10-02T16:00"],
    ]);
  });

  it("24 h across a night and a weekend without 顺延: Fri 18:30 → Sat 18:30; a minute late is late", () => {
    const off = { 期限遇节假日顺延: "否" };
    const item = one(
      "feedback",
      "complaint-contact",
      complaint("2026-11-20 18:30", { 核实联系时间: "2026-11-21 18:31" }),
      "2026-11-23",
      off,
    );
    expect(item).toMatchObject({
      due: "2026-11-21T18:30",
      done: "2026-11-21T18:31",
      status: "done-late",
      overdueWorkdays: 0,
    });
    const onTime = one(
      "feedback",
      "complaint-contact",
      complaint("2026-11-20 18:30", { 核实联系时间: "2026-11-21 18:30" }),
      "2026-11-23",
      off,
    );
    expect(onTime.status).toBe("done-on-time");
    // With 顺延 (the default) the limit ends Monday 18:30.
    expect(one("feedback", "complaint-contact", complaint("2026-11-20 18:30"), "2026-11-20").due).toBe(
      "2026-11-23T18:30",
    );
  });

  it("a suggestion received late on the Friday before Mid-Autumn 2024 is answered 3 WD after its date (Sat 09-14 worked)", () => {
    const row: Row = {
      编号: "YJ-1",
      接收时间: "2024-09-13 17:45",
      类别: "建议类",
      内容: "增加图书馆开放时间",
      责任人: "吴刚",
    };
    expect(one("feedback", "feedback-reply", row, "2024-09-13")).toMatchObject({
      start: "2024-09-13T17:45",
      due: "2024-09-19",
    });
  });

  it("working-hour limits (T13: 2 工作小时, a rule an office can add) skip lunch, nights and holidays", () => {
    const rule: DeadlineRule = {
      id: "enquiry-response",
      register: "feedback",
      label: { "zh-CN": "咨询响应", "en-US": "Enquiry response" },
      start: ["接收时间"],
      limit: { kind: "after", unit: "workhours", setting: "投诉核实时限(小时)" },
      done: "核实联系时间",
      owners: ["责任人"],
      departments: [],
      source: ["T13"],
    };
    const due = (received: string) => {
      const ctx = createDeadlineContext(
        fakeSettings({ "投诉核实时限(小时)": 2 }),
        cal,
        isoToSerial("2024-10-08"),
        "zh-CN",
      );
      return deadlinesToJson(computeDeadlines([fakeTable("feedback", [complaint(received)])], ctx, [rule]), "zh-CN")
        .items[0]?.due;
    };
    expect(due("2024-09-13 11:30")).toBe("2024-09-13T15:30"); // 30 min before lunch, 90 after 14:00
    expect(due("2024-09-13 17:00")).toBe("2024-09-14T10:00"); // 30 min, then Sat 09-14 is a make-up working day
    expect(due("2024-09-13 12:30")).toBe("2024-09-13T16:00"); // received at lunch: the clock starts at 14:00
    expect(due("2024-09-30 16:30")).toBe("2024-10-08T09:30"); // 1 h, then the National Day break
  });
});

describe("跨部门事项 完成时限", () => {
  it("due just before Dragon Boat 2025 (05-31…06-02 off), as of Tue 06-03 → 1 WD overdue", () => {
    const row: Row = {
      事项编号: "XT-1",
      事项: "运动会场地协调",
      牵头部门: "体育组",
      开始日期: "2025-05-20",
      完成时限: "2025-05-30",
    };
    // NETWORKDAYS(05-30, 06-03) = 05-30, 06-03 = 2 → 1; owner falls back to the lead department.
    expect(one("coordination", "coordination", row, "2025-06-03")).toMatchObject({
      status: "overdue",
      overdueWorkdays: 1,
      owner: "体育组",
    });
  });
});

describe("档案 到期日期 (retention appraisal)", () => {
  const archive = (extra: Row): Row => ({
    档号: "DA-1",
    题名: "2015年度行政文件",
    归档类别: "行政管理类",
    归档日期: "2016-01-15",
    ...extra,
  });

  it("短期 (10 years) from the end of the archive year falls due 2025-12-31, 长期 30 years", () => {
    expect(one("archives", "appraisal", archive({ 年度: 2015, 保管期限: "短期" }), "2025-12-30").due).toBe(
      "2025-12-31",
    );
    expect(one("archives", "appraisal", archive({ 年度: 2015, 保管期限: "长期" }), "2025-12-30").due).toBe(
      "2045-12-31",
    );
  });

  it("the row's own 到期日期 wins (an appraisal that extended retention); 永久 never falls due", () => {
    expect(
      one("archives", "appraisal", archive({ 年度: 2015, 保管期限: "短期", 到期日期: "2030-12-31" }), "2026-01-05").due,
    ).toBe("2030-12-31");
    expect(items("archives", [archive({ 年度: 2015, 保管期限: "永久" })], "2026-01-05")).toEqual([]);
  });

  it("a file past retention over New Year 2026 is overdue until destroyed", () => {
    // Due Wed 2025-12-31; 2026-01-01…03 off, 01-04 (Sun) worked: NETWORKDAYS(12-31, 01-05) = 12-31, 01-04, 01-05 = 3 → 2.
    expect(one("archives", "appraisal", archive({ 年度: 2015, 保管期限: "短期" }), "2026-01-05")).toMatchObject({
      status: "overdue",
      overdueWorkdays: 2,
    });
  });
});

describe("every long holiday of 2024–2026: 3 working days from the last working day before the break", () => {
  // Hand-counted from the State Council's notices (make-up working days included); each agrees with chinese-days.
  const cases: Array<[string, string, string]> = [
    ["2024 春节", "2024-02-09", "2024-02-20"], // Sun 02-18 worked
    ["2024 清明", "2024-04-03", "2024-04-09"], // Sun 04-07 worked
    ["2024 劳动节", "2024-04-30", "2024-05-08"],
    ["2024 端午", "2024-06-07", "2024-06-13"],
    ["2024 中秋", "2024-09-13", "2024-09-19"], // Sat 09-14 worked
    ["2024 国庆", "2024-09-30", "2024-10-10"],
    ["2025 春节", "2025-01-27", "2025-02-07"],
    ["2025 清明", "2025-04-03", "2025-04-09"],
    ["2025 劳动节", "2025-04-30", "2025-05-08"],
    ["2025 端午", "2025-05-30", "2025-06-05"],
    ["2025 国庆中秋", "2025-09-30", "2025-10-11"], // Sat 10-11 worked
    ["2026 春节", "2026-02-13", "2026-02-25"], // Sat 02-14 worked
    ["2026 清明", "2026-04-03", "2026-04-09"],
    ["2026 劳动节", "2026-04-30", "2026-05-08"],
    ["2026 端午", "2026-06-18", "2026-06-24"],
    ["2026 中秋", "2026-09-24", "2026-09-30"],
    ["2026 国庆", "2026-09-30", "2026-10-10"], // Sat 10-10 worked
  ];

  it.each(cases)(
    "%s: started %s, due %s — due soon on the last working day before it, overdue the next",
    (_name, start, due) => {
      const row: Row = { 收文编号: "SW-1", 传阅开始日期: start, 承办人: "王芳" };
      expect(one("incoming-documents", "circulation", row, start)).toMatchObject({ due, status: "open" });
      const dayBefore = cal.addWorkdays(isoToSerial(due), -1);
      const ctxOn = (day: number) => createDeadlineContext(fakeSettings(), cal, day, "zh-CN");
      const statusOn = (day: number) =>
        computeDeadlines([fakeTable("incoming-documents", [row])], ctxOn(day)).items.find(
          (i) => i.rule.id === "circulation",
        )?.status;
      expect(statusOn(dayBefore)).toBe("due-soon");
      expect(statusOn(isoToSerial(due))).toBe("due-soon");
      expect(statusOn(cal.addWorkdays(isoToSerial(due), 1))).toBe("overdue");
    },
  );
});
