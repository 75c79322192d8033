import { createCalendar } from "../../../src/core/calendar";
import { makeSettings } from "../../../src/core/settings";
import { isoToSerial } from "../../../src/core/dates";
import {
  computeDeadlines,
  createDeadlineContext,
  deadlinesFor,
  deadlinesToJson,
  type DeadlineRule,
} from "../../../src/core/deadlines";
import { fakeSettings, fakeTable, type Row } from "./support";

const cal = createCalendar();
const ctx = (asOf: string, settings: Record<string, number | string> = {}, lang: "zh-CN" | "en-US" = "zh-CN") =>
  createDeadlineContext(fakeSettings(settings), cal, isoToSerial(asOf), lang);

describe("the JSON report", () => {
  it("has exactly the issue's fields (plus the documented additions) in workbook order", () => {
    const t = fakeTable(
      "incoming-documents",
      [
        {
          收文编号: "SW-2026-031",
          收文日期: "2026-09-28",
          文件标题: "关于国庆值班安排的通知",
          办理部门: "办公室",
          承办人: "王芳",
          传阅开始日期: "2026-09-28",
        },
      ],
      { headers: ["收文编号", "收文日期", "文件标题", "办理部门", "承办人", "传阅开始日期", "收回日期"] },
    );
    const json = deadlinesToJson(computeDeadlines([t], ctx("2026-10-12")), "zh-CN");
    expect(json).toEqual({
      asOf: "2026-10-12",
      items: [
        {
          sheet: "收文登记簿",
          row: 2,
          key: "SW-2026-031",
          deadline: "circulation",
          label: "传阅",
          start: "2026-09-28",
          // Mon 09-28 + 3 WD: 09-29, 09-30, then 10-08 after the National Day break.
          due: "2026-10-08",
          done: null,
          status: "overdue",
          // NETWORKDAYS(10-08, 10-12) counts 10-08, 10-09, 10-10 (make-up Saturday), 10-12 = 4; minus 1.
          overdueWorkdays: 3,
          owner: "王芳",
          ownerDepartment: "办公室",
          escalation: "urge",
          subject: "关于国庆值班安排的通知",
          register: "incoming-documents",
        },
      ],
    });
  });

  it("labels follow the language", () => {
    const t = fakeTable("resolutions", [{ 决议编号: "JY-1", 完成时限: "2026-11-30", 责任人: "孙强" }]);
    expect(deadlinesToJson(computeDeadlines([t], ctx("2026-11-20", {}, "en-US")), "en-US").items[0]?.label).toBe(
      "Resolution",
    );
  });
});

describe("which rows carry which deadlines", () => {
  it("complaint hours apply to 投诉类 only; the working-day reply to 建议类 and 咨询类", () => {
    const t = fakeTable("feedback", [
      { 编号: "A", 接收时间: "2026-11-16 09:00", 类别: "投诉类" },
      { 编号: "B", 接收时间: "2026-11-16 09:00", 类别: "建议类" },
      { 编号: "C", 接收时间: "2026-11-16 09:00", 类别: "咨询类" },
      { 编号: "D", 接收时间: "2026-11-16 09:00", 类别: null },
    ]);
    const got = computeDeadlines([t], ctx("2026-11-16")).items.map((i) => `${i.key}:${i.rule.id}`);
    // Suggestions and enquiries also get the 48-h first response (T53, issue 17); complaints have their 24-h contact.
    expect(got).toEqual([
      "A:complaint-contact",
      "A:complaint-result",
      "B:feedback-reply",
      "B:initial-response",
      "C:feedback-reply",
      "C:initial-response",
    ]);
  });

  it("a visit settled on the spot has no reply deadline; one not settled does", () => {
    const t = fakeTable("visitors", [
      { 来访编号: "V1", 来访日期: "2026-11-16", 当场解决: "是", 答复时限: "2026-11-18" },
      { 来访编号: "V2", 来访日期: "2026-11-16", 当场解决: "否", 答复时限: "2026-11-18" },
    ]);
    expect(computeDeadlines([t], ctx("2026-11-16")).items.map((i) => i.key)).toEqual(["V2"]);
  });

  it("cancelled meetings, returned claims, cancelled purchases and deferred problems drop out", () => {
    const tables = [
      fakeTable("meetings", [{ 会议编号: "M1", 会议日期: "2026-11-30", 状态: "已取消" }]),
      fakeTable("reimbursements", [
        { 报销单号: "R1", 费用发生日期: "2026-11-02", 提交日期: "2026-11-03", 状态: "已退回" },
      ]),
      fakeTable("purchases", [{ 采购单号: "P1", 申请日期: "2026-11-02", 状态: "已取消" }]),
      fakeTable("rectifications", [
        { 问题编号: "Q1", 发现日期: "2026-11-02", 完成时限: "2026-11-10", 状态: "纳入长期计划" },
      ]),
    ];
    expect(computeDeadlines(tables, ctx("2026-11-20")).items.map((i) => `${i.key}:${i.rule.id}`)).toEqual([
      "R1:reimbursement-submission",
    ]);
  });

  it("a row whose status says finished but has no done date yields no item (validation reports the missing date)", () => {
    const tables = [
      fakeTable("resolutions", [
        { 决议编号: "J1", 完成时限: "2026-09-30", 状态: "已完成" },
        { 决议编号: "J2", 完成时限: "2026-09-30", 状态: "已完成", 完成日期: "2026-10-09" },
        { 决议编号: "J3", 完成时限: "2026-09-30", 状态: "进行中" },
      ]),
      fakeTable("purchases", [{ 采购单号: "P1", 申请日期: "2026-11-02", 状态: "已下单" }]),
    ];
    const got = computeDeadlines(tables, ctx("2026-11-20")).items.map((i) => `${i.key}:${i.status}`);
    expect(got).toEqual(["J2:done-late", "J3:overdue"]);
  });

  it("the weekly follow-up stops once a problem is closed", () => {
    const t = fakeTable("rectifications", [
      { 问题编号: "Q1", 发现日期: "2026-11-02", 完成时限: "2026-11-30", 状态: "整改中" },
      { 问题编号: "Q2", 发现日期: "2026-11-02", 完成时限: "2026-11-30", 状态: "已完成", 完成确认日期: "2026-11-10" },
    ]);
    const got = computeDeadlines([t], ctx("2026-11-20")).items.map((i) => `${i.key}:${i.rule.id}:${i.status}`);
    expect(got).toEqual(["Q1:rectification:open", "Q1:follow-up:overdue", "Q2:rectification:done-on-time"]);
  });

  it("rows without a start date, blank rows and rows without any due date give no item", () => {
    const t = fakeTable("incoming-documents", [
      { 收文编号: "S1", 收文日期: null, 传阅开始日期: null },
      null,
      { 收文编号: "S2", 收文日期: "2026-11-16" },
    ]);
    const got = computeDeadlines([t], ctx("2026-11-16")).items.map((i) => `${i.key}:${i.rule.id}:${i.row}`);
    expect(got).toEqual(["S2:handling:4"]);
  });

  it("a sheet without a rule's done column does not get that rule (no flood of false overdue items)", () => {
    const t = fakeTable(
      "incoming-documents",
      [{ 收文编号: "S1", 收文日期: "2026-01-05", 传阅开始日期: "2026-01-05" }],
      {
        headers: ["收文编号", "收文日期", "传阅开始日期", "办理期限", "办结日期"],
      },
    );
    expect(computeDeadlines([t], ctx("2026-11-16")).items.map((i) => i.rule.id)).toEqual(["handling"]);
  });
});

describe("as of a past day", () => {
  const rows: Row[] = [
    { 收文编号: "S1", 传阅开始日期: "2026-11-02", 收回日期: "2026-11-09" },
    { 收文编号: "S2", 传阅开始日期: "2026-11-10" },
  ];
  const headers = ["收文编号", "传阅开始日期", "收回日期"];

  it("a completion recorded after the as-of day had not happened yet", () => {
    const got = (asOf: string) =>
      computeDeadlines([fakeTable("incoming-documents", rows, { headers })], ctx(asOf)).items.map(
        (i) => `${i.key}:${i.status}`,
      );
    expect(got("2026-11-06")).toEqual(["S1:overdue"]); // due 11-05, returned only on 11-09; S2 not started yet
    expect(got("2026-11-09")).toEqual(["S1:done-late"]);
    expect(got("2026-11-10")).toEqual(["S1:done-late", "S2:open"]);
  });

  it("a lead before a later meeting is already running; the minutes clock starts at the meeting", () => {
    const t = fakeTable("meetings", [{ 会议编号: "M1", 会议日期: "2026-12-07" }]);
    // Notice due WORKDAY(12-07, −5) = 11-30; materials 12-04; the application (T30) WORKDAY(12-07, −3) = 12-02.
    expect(computeDeadlines([t], ctx("2026-12-01")).items.map((i) => `${i.rule.id}:${i.status}`)).toEqual([
      "meeting-notice:overdue",
      "meeting-materials:open",
      "meeting-application:due-soon",
    ]);
  });
});

describe("settings", () => {
  it("override the limits", () => {
    const t = fakeTable("incoming-documents", [{ 收文编号: "S1", 传阅开始日期: "2026-11-16" }]);
    const due = (settings: Record<string, number>) =>
      deadlinesToJson(computeDeadlines([t], ctx("2026-11-16", settings)), "zh-CN").items.find(
        (i) => i.deadline === "circulation",
      )?.due;
    expect(due({})).toBe("2026-11-19");
    expect(due({ "传阅时限(工作日)": 5 })).toBe("2026-11-23");
  });

  it("临期提醒 widens the due-soon window", () => {
    const t = fakeTable("resolutions", [{ 决议编号: "J1", 完成时限: "2026-11-25" }]);
    const status = (n: number) => computeDeadlines([t], ctx("2026-11-20", { "临期提醒(工作日)": n })).items[0]?.status;
    expect(status(1)).toBe("open");
    expect(status(3)).toBe("due-soon");
  });
});

describe("problems", () => {
  it("a row in a year the calendar does not cover is a problem naming sheet and row; the others are judged", () => {
    const t = fakeTable("incoming-documents", [
      { 收文编号: "S1", 传阅开始日期: "2026-11-16" },
      { 收文编号: "S2", 传阅开始日期: "2027-03-01" },
    ]);
    const r = computeDeadlines([t], ctx("2026-11-20"));
    expect(r.items.map((i) => i.key)).toEqual(["S1"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ sheet: "收文登记簿", row: 3, deadline: "circulation" });
    expect(r.problems[0]?.message).toContain("第 3 行");
    expect(r.problems[0]?.message).toContain("2027");
  });

  it("unreadable working hours only affect working-hour limits, with the reason", () => {
    const rules: DeadlineRule[] = [
      {
        ...(deadlinesFor("feedback")[0] as DeadlineRule),
        id: "by-working-hours",
        limit: { kind: "after", unit: "workhours", setting: "投诉核实时限(小时)" },
      },
      deadlinesFor("feedback")[1] as DeadlineRule,
    ];
    const t = fakeTable("feedback", [{ 编号: "A", 接收时间: "2026-11-16 09:00", 类别: "投诉类" }]);
    const r = computeDeadlines([t], ctx("2026-11-16", { 上班时间: "八点到五点" }), rules);
    expect(r.items.map((i) => i.rule.id)).toEqual(["complaint-result"]);
    expect(r.problems.map((p) => p.deadline)).toEqual(["by-working-hours"]);
    expect(r.problems[0]?.message).toContain("上班时间");
  });

  it("办理时限, a setting this feature adds, has its default even though 参数设置 does not list it", () => {
    const t = fakeTable("incoming-documents", [{ 收文编号: "S1", 收文日期: "2026-11-16" }]);
    expect(deadlinesToJson(computeDeadlines([t], ctx("2026-11-16")), "zh-CN").items[0]?.due).toBe("2026-11-23");
  });

  it("an unreadable 办理期限 is left to validation: no deadline is invented over it", () => {
    const t = fakeTable("incoming-documents", [{ 收文编号: "S1", 收文日期: "2026-11-16", 办理期限: "下周五" }]);
    expect(computeDeadlines([t], ctx("2026-11-16")).items.filter((i) => i.rule.id === "handling")).toEqual([]);
  });

  it("custom rules can be passed in (rules are data)", () => {
    const rule: DeadlineRule = {
      id: "archive-by",
      register: "incoming-documents",
      label: { "zh-CN": "归档", "en-US": "Filing" },
      start: ["办结日期"],
      limit: { kind: "after", unit: "days", setting: "决议跟踪周期(天)" },
      done: "归档日期",
      owners: ["承办人"],
      departments: [],
      source: [],
    };
    const t = fakeTable("incoming-documents", [{ 收文编号: "S1", 办结日期: "2026-11-02" }]);
    expect(
      deadlinesToJson(computeDeadlines([t], ctx("2026-11-20"), [rule]), "zh-CN").items.map((i) => [
        i.deadline,
        i.due,
        i.status,
      ]),
    ).toEqual([["archive-by", "2026-11-09", "overdue"]]);
  });
});

describe("the owner's department", () => {
  const claim = {
    报销单号: "BX-1",
    申请人: "黄磊",
    部门: "德育处",
    费用发生日期: "2026-11-09",
    提交日期: "2026-11-10",
    审批人: "赵敏",
  };

  it("is the person's own department from 人员名单, not the applicant's department on the row", () => {
    const settings = makeSettings(undefined, undefined, [
      { name: "赵敏", department: "财务室", role: "会计", onDuty: true },
    ]);
    const approval = computeDeadlines(
      [fakeTable("reimbursements", [claim])],
      createDeadlineContext(settings, cal, isoToSerial("2026-11-20"), "zh-CN"),
    ).items.find((i) => i.rule.id === "reimbursement-processing");
    expect(approval).toMatchObject({ owner: "赵敏", ownerDepartment: "财务室" });
  });

  it("falls back to the row's department column when 人员名单 does not list the person", () => {
    const approval = computeDeadlines([fakeTable("reimbursements", [claim])], ctx("2026-11-20")).items.find(
      (i) => i.rule.id === "reimbursement-processing",
    );
    expect(approval).toMatchObject({ owner: "赵敏", ownerDepartment: "德育处" });
  });
});
