/**
 * The rectification status on hand-computed fixtures. Calendar facts used (official 2025/2026 arrangements):
 * National Day 2025: 10-01…10-08 off, make-up working Sunday 09-28 and Saturday 10-11.
 * Spring Festival 2026: 02-15…02-23 off, make-up working Saturdays 02-14 and 02-28.
 * overdueWorkdays = NETWORKDAYS(完成时限, as-of) − 1.
 */
import fc from "fast-check";
import { isoToSerial, serialToIso } from "../../../src/core/dates";
import { parsePeriod, type Period } from "../../../src/core/kpi";
import {
  computeRectificationStatus,
  rectificationToJson,
  weeklyReport,
  type RectificationStatus,
} from "../../../src/core/rectification";
import type { StaffMember } from "../../../src/core/settings-types";
import { calendar, fakeSettings, fakeTable, type Row } from "../kpi/fake-register";

const staff: StaffMember[] = [
  { name: "周主任", department: "综合办", role: "主任", onDuty: true },
  { name: "王分管", department: "教务处", role: "分管领导", onDuty: true },
  { name: "陈分管", department: "总务处", role: "分管领导", onDuty: true },
  { name: "旧主任", department: "综合办", role: "主任", onDuty: false },
];

function status(
  rows: Row[],
  asOf: string,
  period = "2025Q4",
  more: Record<string, Row[]> = {},
  params?: Record<string, number>,
): RectificationStatus {
  const tables = new Map([
    ["rectifications", fakeTable("rectifications", rows)],
    ...Object.entries(more).map(([id, r]) => [id, fakeTable(id, r)] as const),
  ]);
  return computeRectificationStatus({
    tables,
    settings: fakeSettings({ staff, params }),
    calendar,
    asOf: isoToSerial(asOf),
    period: parsePeriod(period) as Period,
    lang: "zh-CN",
  });
}

const open = (key: string, due: string, extra: Row = {}): Row => ({
  问题编号: key,
  来源: "内部监督小组发现",
  发现日期: "2025-09-01",
  责任部门: "教务处",
  责任人: "李敏",
  完成时限: due,
  状态: "整改中",
  问题描述: `问题${key}`,
  ...extra,
});

describe("escalation boundaries around National Day 2025 (make-up working days 09-28 and 10-11 count)", () => {
  it("4/5 working days late as of 2025-10-14", () => {
    const s = status([open("A", "2025-10-09"), open("B", "2025-09-30")], "2025-10-14");
    // A: 10-09, 10-10, 10-11 (Sat, make-up), 10-13, 10-14 = 5 → 4 late; B adds 09-30 → 5 late.
    expect(s.items.map((x) => [x.key, x.overdueWorkdays, x.escalation])).toEqual([
      ["A", 4, "urge"],
      ["B", 5, "warn-leader"],
    ]);
  });

  it("19/20 working days late as of 2025-10-31", () => {
    const s = status([open("C", "2025-09-29"), open("D", "2025-09-28")], "2025-10-31");
    // Oct 9–31 holds 18 working days (10-11 included). C: 09-29, 09-30 + 18 = 20 → 19; D adds Sunday 09-28 → 20.
    expect(s.items.map((x) => [x.key, x.overdueWorkdays, x.escalation])).toEqual([
      ["C", 19, "warn-leader"],
      ["D", 20, "report-director"],
    ]);
  });
});

describe("escalation boundaries around Spring Festival 2026", () => {
  it("4/5 as of 2026-02-27", () => {
    const s = status([open("E", "2026-02-14"), open("F", "2026-02-13")], "2026-02-27", "2026Q1");
    // E: 02-14 (Sat, make-up), 02-24…02-27 = 5 → 4; F adds 02-13 → 5.
    expect(s.items.map((x) => [x.key, x.overdueWorkdays, x.escalation])).toEqual([
      ["E", 4, "urge"],
      ["F", 5, "warn-leader"],
    ]);
  });

  it("19/20 as of 2026-03-13", () => {
    const s = status([open("G", "2026-02-10"), open("H", "2026-02-09")], "2026-03-13", "2026Q1");
    // G: 02-10…02-14 = 5, 02-24…02-28 = 5 (02-28 make-up), 03-02…03-06 = 5, 03-09…03-13 = 5 → 20 → 19; H → 20.
    expect(s.items.map((x) => [x.key, x.overdueWorkdays, x.escalation])).toEqual([
      ["G", 19, "warn-leader"],
      ["H", 20, "report-director"],
    ]);
  });
});

describe("the escalation person", () => {
  it("is the 分管领导 of the department, else the first one, and the on-duty 主任", () => {
    const s = status(
      [
        open("A", "2025-09-30"),
        open("B", "2025-09-30", { 责任部门: "保卫处" }),
        open("C", "2025-09-28"),
        open("D", "2025-10-30"),
      ],
      "2025-10-31",
    );
    expect(s.overdue.map((x) => [x.key, x.escalation, x.escalateTo])).toEqual([
      ["C", "report-director", "周主任"],
      ["A", "warn-leader", "王分管"],
      ["B", "warn-leader", "王分管"],
      ["D", "urge", null],
    ]);
  });
});

describe("every state, the counts and the rates", () => {
  // As of Friday 2025-10-31, Q4 2025.
  const rows: Row[] = [
    {
      问题编号: "ZG-1",
      来源: "师生反映",
      发现日期: "2025-10-20",
      责任部门: "总务处",
      责任人: "张三",
      完成时限: "2025-11-10",
      状态: "待分派",
    },
    {
      问题编号: "ZG-2",
      来源: "内部监督小组发现",
      发现日期: "2025-10-13",
      责任部门: "总务处",
      责任人: "张三",
      完成时限: "2025-10-31",
      状态: "整改中",
      最近跟踪日期: "2025-10-22",
    },
    {
      问题编号: "ZG-3",
      来源: "师生反映",
      发现日期: "2025-09-01",
      责任部门: "教务处",
      责任人: "李敏",
      完成时限: "2025-10-30",
      状态: "待验收",
    },
    {
      问题编号: "ZG-4",
      来源: "师生反映",
      发现日期: "2025-08-01",
      责任部门: "教务处",
      责任人: "李敏",
      完成时限: "2025-09-01",
      状态: "退回整改",
      最近跟踪日期: "2025-10-27",
      问题描述: "实验室通风设备长期故障影响教学",
    },
    {
      问题编号: "ZG-5",
      来源: "内部监督小组发现",
      发现日期: "2025-09-01",
      责任部门: "总务处",
      完成时限: "2025-10-15",
      状态: "已完成",
      完成确认日期: "2025-10-14",
    },
    {
      问题编号: "ZG-6",
      来源: "内部监督小组发现",
      发现日期: "2025-06-01",
      责任部门: "教务处",
      完成时限: "2025-07-15",
      状态: "已完成",
      完成确认日期: "2025-07-10",
    },
    {
      问题编号: "ZG-7",
      来源: "会议决议",
      发现日期: "2025-05-01",
      责任部门: "教务处",
      完成时限: "2025-06-30",
      状态: "纳入长期计划",
    },
  ];
  const s = status(rows, "2025-10-31");

  it("counts each state and the summary", () => {
    expect(rectificationToJson(s).byStatus).toEqual({
      待分派: 1,
      整改中: 1,
      待验收: 1,
      退回整改: 1,
      已完成: 2,
      纳入长期计划: 1,
    });
    // Open = 4 (待分派, 整改中, 待验收, 退回整改); overdue = ZG-3 (due 10-30) and ZG-4; ZG-2 is due on the as-of day.
    expect(s.summary).toEqual({
      total: 7,
      open: 4,
      overdue: 2,
      closed: 2,
      longTerm: 1,
      closedInPeriod: 1,
      openedInPeriod: 2,
      closureRate: 33.3,
    });
  });

  it("rates per department and source: closed ÷ (total − long-term)", () => {
    expect(s.byDepartment).toEqual([
      { department: "教务处", total: 4, open: 2, overdue: 2, closed: 1, longTerm: 1, closureRate: 33.3 },
      { department: "总务处", total: 3, open: 2, overdue: 0, closed: 1, longTerm: 0, closureRate: 33.3 },
    ]);
    expect(s.bySource.map((x) => [x.source, x.total, x.closed, x.closureRate])).toEqual([
      ["师生反映", 3, 0, 0],
      ["内部监督小组发现", 3, 2, 66.7],
      ["会议决议", 1, 0, null],
    ]);
  });

  it("next follow-up = (最近跟踪日期, else 发现日期) + 7 days, late before the as-of day", () => {
    expect(rectificationToJson(s).nextFollowUp).toEqual({
      "ZG-1": "2025-10-27",
      "ZG-2": "2025-10-29",
      "ZG-3": "2025-09-08",
      "ZG-4": "2025-11-03",
    });
    // By Sunday 11-02: ZG-3 (late), ZG-1 (late), ZG-2 (late); ZG-4 on Monday 11-03 is next week's.
    expect(s.followUpsThisWeek.map((x) => [x.key, x.followUpLate])).toEqual([
      ["ZG-3", true],
      ["ZG-1", true],
      ["ZG-2", true],
    ]);
    expect(status(rows, "2025-10-31", "2025Q4", {}, { "决议跟踪周期(天)": 14 }).items[0]?.nextFollowUp).toBe(
      isoToSerial("2025-11-03"),
    );
  });

  it("ages open items in working days since found", () => {
    // ZG-1: 10-20…10-31 = 10 → 9; ZG-2: 10-13…10-31 = 15 → 14; ZG-3 and ZG-4 found before September's end: > 20.
    expect(s.items.filter((x) => x.phase === "open").map((x) => x.ageWorkdays)).toEqual([9, 14, 40, 61]);
    expect(s.ageing).toEqual({ "0-5": 0, "6-20": 2, ">20": 2 });
  });

  it("orders the overdue list worst first", () => {
    expect(s.overdue.map((x) => [x.key, x.overdueWorkdays])).toEqual([
      ["ZG-4", 40],
      ["ZG-3", 1],
    ]);
  });

  it("shows K09 beside the rates (internal findings due in Q4: ZG-5 closed; ZG-2, open, is due on the as-of day)", () => {
    // K09 leaves out an open finding not yet late — due on the as-of day counts as not yet late, as in deadlines and
    // K12 (issue 10 §4) — so only ZG-5 is judged.
    expect(s.k09).toMatchObject({ actual: 100, target: 100, status: "met", n: 1 });
  });

  it("trends open at week end and closed in the week over 12 weeks", () => {
    expect(s.weeks).toHaveLength(12);
    const last = s.weeks[11]!;
    expect(last.start).toBe(isoToSerial("2025-10-27"));
    expect([last.open, last.closed]).toEqual([4, 0]);
    const w = s.weeks.find((x) => x.start === isoToSerial("2025-10-13"))!;
    // Week 10-13…10-19: ZG-5 closed on 10-14; open at Sunday: ZG-2, ZG-3, ZG-4.
    expect([w.open, w.closed]).toEqual([3, 1]);
  });

  it("writes the weekly report with counts, overdue per department and escalations", () => {
    const text = weeklyReport(s, "zh-CN");
    expect(text.split("\n")).toEqual([
      "【整改周报】截至 2025-10-31",
      "未完成 4 项，其中已逾期 2 项；本期销号 1 项；销号率 33.3%",
      "逾期事项（按部门）：",
      "教务处（2 项）：",
      "· ZG-4 李敏 《实验室通风设备长期故障影响教学》 完成时限 2025-09-01，逾期 40 个工作日",
      "· ZG-3 李敏 完成时限 2025-10-30，逾期 1 个工作日",
      "需升级：",
      "· 报办公室负责人（周主任）：ZG-4",
    ]);
    expect(weeklyReport(s, "en-US")).toContain("Report to the office director (周主任): ZG-4");
  });
});

describe("bad data", () => {
  it("lists an unknown state, a missing 完成时限 and a confirmation before discovery, and still counts", () => {
    const s = status(
      [
        open("A", "2025-10-01", { 状态: "搁置" }),
        open("B", "", {}),
        {
          问题编号: "C",
          发现日期: "2025-10-10",
          完成确认日期: "2025-10-01",
          状态: "已完成",
          责任部门: "教务处",
          完成时限: "2025-10-20",
        },
        open("D", "2025-10-01", { 状态: "" }),
      ],
      "2025-10-31",
    );
    expect(s.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "状态", "rectification/unknown-state"],
      [3, "完成时限", "rectification/missing-due"],
      [4, "完成确认日期", "rectification/confirmed-before-found"],
      [5, "状态", "rectification/unknown-state"],
    ]);
    expect(s.problems[0]?.message).toContain("“问题整改台账”第 2 行：状态“搁置”");
    expect(s.summary).toMatchObject({ total: 4, open: 1, closed: 1, overdue: 0 });
    expect(s.byDepartment.find((d) => d.department === "教务处")?.total).toBe(4);
  });

  it("makes a year without calendar data a located problem", () => {
    const s = status([open("A", "2027-01-15", { 发现日期: "2026-12-20" })], "2027-03-01", "2027Q1");
    expect(s.items[0]).toMatchObject({ overdue: true, overdueWorkdays: null, escalation: null });
    expect(s.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, "完成时限", "calendar/coverage"]]);
    expect(s.problems[0]?.message).toContain("2027");
  });

  it("has an empty status without 问题整改台账", () => {
    const s = computeRectificationStatus({
      tables: new Map(),
      settings: fakeSettings(),
      calendar,
      asOf: isoToSerial("2025-10-31"),
      period: parsePeriod("2025Q4") as Period,
      lang: "zh-CN",
    });
    expect([s.sheet, s.summary.total, s.summary.closureRate, s.sections]).toEqual([null, 0, null, []]);
  });
});

describe("sections from other registers", () => {
  it("gathers open complaints, resolutions and cross-department items with their overdue counts", () => {
    const s = status([], "2025-10-31", "2025Q4", {
      feedback: [
        {
          编号: "TS-1",
          接收时间: "2025-10-20 09:00",
          类别: "投诉类",
          内容: "食堂",
          是否解决: "是",
          结果反馈时间: "2025-10-21 09:00",
        },
        { 编号: "TS-2", 接收时间: "2025-10-20 09:00", 类别: "投诉类", 内容: "宿舍" },
        { 编号: "TS-3", 接收时间: "2025-10-30 09:00", 类别: "建议类", 内容: "图书馆", 是否解决: "否" },
      ],
      resolutions: [
        { 决议编号: "JY-1", 决议事项: "a", 责任部门: "教务处", 完成时限: "2025-10-20", 状态: "进行中" },
        {
          决议编号: "JY-2",
          决议事项: "b",
          责任部门: "教务处",
          完成时限: "2025-10-20",
          状态: "已完成",
          完成日期: "2025-10-19",
        },
      ],
      coordination: [
        {
          事项编号: "XT-1",
          事项: "c",
          牵头部门: "总务处",
          开始日期: "2025-10-01",
          完成时限: "2025-11-20",
          状态: "已延期",
        },
      ],
    });
    expect(
      rectificationToJson(s).sections.map(({ register, total, open, overdue }) => ({ register, total, open, overdue })),
    ).toEqual([
      { register: "feedback", total: 3, open: 2, overdue: 1 },
      { register: "resolutions", total: 2, open: 1, overdue: 1 },
      // XT-1 has no 最近进展日期 since it began on 10-01: its 2-WD progress report (T63, issue 17) is overdue.
      { register: "coordination", total: 1, open: 1, overdue: 1 },
    ]);
    // JY-1: 10-20 … 10-31 = 10 working days → 9 late.
    expect(s.sections[1]?.items[0]).toMatchObject({ key: "JY-1", department: "教务处", overdueWorkdays: 9 });
  });
});

describe("list order on many rows (the board's sort, both of its ways)", () => {
  // Due days within a few weeks (many ties: the counting sort) and spread over ten years, all with calendar data (few
  // ties: the packed sort, past 4 days an item).
  it.each([
    ["close together", 30],
    ["far apart", 3_600],
  ])("overdue worst first and follow-ups by day, ties in row order, with due days %s", (_label, spread) => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ due: fc.nat(spread), follow: fc.nat(40) }), { minLength: 0, maxLength: 60 }),
        (specs) => {
          const base = isoToSerial("2015-01-01");
          const asOf = base + spread + 1;
          const rows = specs.map((x, i) =>
            open(`Z${i}`, serialToIso(base + x.due), {
              发现日期: serialToIso(base),
              最近跟踪日期: serialToIso(asOf - x.follow),
            }),
          );
          const s = status(rows, serialToIso(asOf));
          const byDue = specs
            .map((x, i) => ({ key: `Z${i}`, due: x.due, i }))
            .sort((a, b) => a.due - b.due || a.i - b.i)
            .map((x) => x.key);
          expect(s.overdue.map((x) => x.key)).toEqual(byDue);
          const follow = s.items
            .filter((x) => s.followUpsThisWeek.includes(x))
            .map((x, i) => ({ key: x.key, day: x.nextFollowUp as number, i }))
            .sort((a, b) => a.day - b.day || a.i - b.i)
            .map((x) => x.key);
          expect(s.followUpsThisWeek.map((x) => x.key)).toEqual(follow);
        },
      ),
      { numRuns: 40 },
    );
  });
});
