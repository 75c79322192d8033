/**
 * Issue 17 §3: the deadline rules for the sources' remaining limits, each with a row that breaks it (overdue or done
 * late) and a row that keeps it. Dates are in November 2026 (Mon 11-16 … Fri 11-20, Mon 11-23).
 */
import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial, serialToIsoDateTime } from "../../../src/core/dates";
import {
  computeDeadlines,
  createDeadlineContext,
  DEADLINE_RULES,
  type DeadlineItem,
} from "../../../src/core/deadlines";
import { fakeSettings, fakeTable, type Row } from "./support";

const cal = createCalendar();
const run = (
  register: string,
  rows: Row[],
  asOf: string,
  settings: Record<string, number | string> = {},
  headers?: readonly string[],
): DeadlineItem[] =>
  computeDeadlines(
    [fakeTable(register, rows, headers ? { headers } : {})],
    createDeadlineContext(fakeSettings(settings), cal, isoToSerial(asOf), "zh-CN"),
  ).items;
const of = (items: DeadlineItem[], id: string) =>
  items.filter((i) => i.rule.id === id).map((i) => `${i.key}:${i.status}`);
const dueOf = (items: DeadlineItem[], id: string, key: string) => {
  const it = items.find((i) => i.rule.id === id && i.key === key);
  return it
    ? it.dueHasTime
      ? serialToIsoDateTime(it.due).replace("T", " ")
      : serialToIsoDateTime(it.due).slice(0, 10)
    : null;
};

describe("会议台账", () => {
  const meeting = { 会议主题: "月度总结会", 会议类型: "月度总结会", 主持人: "张主任" };

  it("T30: the application is due 3 WD before the meeting", () => {
    const items = run(
      "meetings",
      [
        { ...meeting, 会议编号: "A", 会议日期: "2026-11-23" },
        { ...meeting, 会议编号: "B", 会议日期: "2026-11-23", 申请日期: "2026-11-18" },
      ],
      "2026-11-19",
    );
    expect(dueOf(items, "meeting-application", "A")).toBe("2026-11-18");
    expect(of(items, "meeting-application")).toEqual(["A:overdue", "B:done-on-time"]);
    expect(
      of(
        run("meetings", [{ ...meeting, 会议编号: "C", 会议日期: "2026-11-23", 申请日期: "2026-11-19" }], "2026-11-19"),
        "meeting-application",
      ),
    ).toEqual(["C:done-late"]);
  });

  it("T33: an important meeting is rehearsed the day before; other meetings are not asked", () => {
    const rows = [
      { ...meeting, 会议编号: "A", 会议日期: "2026-11-20", 重要会议: "是" },
      { ...meeting, 会议编号: "B", 会议日期: "2026-11-20", 重要会议: "是", 预演日期: "2026-11-19" },
      { ...meeting, 会议编号: "C", 会议日期: "2026-11-20", 重要会议: "否" },
    ];
    const items = run("meetings", rows, "2026-11-20");
    expect(dueOf(items, "meeting-rehearsal", "A")).toBe("2026-11-19");
    expect(of(items, "meeting-rehearsal")).toEqual(["A:overdue", "B:done-on-time"]);
    // A rehearsal due on a Sunday moves to the Friday before (a lead is never shortened).
    expect(
      dueOf(
        run("meetings", [{ ...meeting, 会议编号: "D", 会议日期: "2026-11-23", 重要会议: "是" }], "2026-11-18"),
        "meeting-rehearsal",
        "D",
      ),
    ).toBe("2026-11-20");
  });

  it("T37: the minutes are signed within 24 h of the meeting's end (the day's end without an end time)", () => {
    const rows = [
      { ...meeting, 会议编号: "A", 会议日期: "2026-11-17", 结束时间: 0.5 },
      { ...meeting, 会议编号: "B", 会议日期: "2026-11-17", 结束时间: 0.5, 纪要签字时间: "2026-11-18 11:00" },
      { ...meeting, 会议编号: "C", 会议日期: "2026-11-17", 纪要签字时间: "2026-11-18 20:00" },
      { ...meeting, 会议编号: "D", 会议日期: "2026-11-17", 结束时间: 0.5, 纪要签字时间: "2026-11-18 15:00" },
    ];
    const items = run("meetings", rows, "2026-11-19");
    expect(dueOf(items, "minutes-signed", "A")).toBe("2026-11-18 12:00");
    expect(dueOf(items, "minutes-signed", "C")).toBe("2026-11-18 23:59");
    expect(of(items, "minutes-signed")).toEqual(["A:overdue", "B:done-on-time", "C:done-on-time", "D:done-late"]);
  });

  it("a sheet without the new columns gets none of the new items (older registers stay as they were)", () => {
    const headers = [
      "会议编号",
      "会议主题",
      "会议类型",
      "会议日期",
      "主持人",
      "重要会议",
      "通知发送日期",
      "资料分发日期",
      "纪要初稿日期",
    ];
    const items = run(
      "meetings",
      [{ ...meeting, 会议编号: "A", 会议日期: "2026-11-23", 重要会议: "是" }],
      "2026-11-19",
      {},
      headers,
    );
    expect(
      items
        .map((i) => i.rule.id)
        .filter((id) => ["meeting-application", "meeting-rehearsal", "minutes-signed"].includes(id)),
    ).toEqual([]);
  });
});

describe("投诉与意见登记", () => {
  it("T53: suggestions and enquiries get a first response within 48 h; complaints keep their 24-h contact", () => {
    const rows: Row[] = [
      { 编号: "A", 接收时间: "2026-11-16 09:00", 类别: "建议类", 内容: "x" },
      { 编号: "B", 接收时间: "2026-11-16 09:00", 类别: "咨询类", 内容: "x", 初步响应时间: "2026-11-18 09:00" },
      { 编号: "C", 接收时间: "2026-11-16 09:00", 类别: "投诉类", 内容: "x" },
    ];
    const items = run("feedback", rows, "2026-11-19", { "初步响应时限(小时)": "48" });
    expect(dueOf(items, "initial-response", "A")).toBe("2026-11-18 09:00");
    expect(of(items, "initial-response")).toEqual(["A:overdue", "B:done-on-time"]);
  });
});

describe("问题整改台账", () => {
  const base = { 来源: "师生反映", 问题描述: "走廊灯不亮", 责任部门: "总务处", 完成时限: "2026-12-31" };

  it("T62: dispatched within 1 WD of discovery; a row past 待分派 without the date gives no item", () => {
    const rows = [
      { ...base, 问题编号: "A", 发现日期: "2026-11-16", 状态: "待分派" },
      { ...base, 问题编号: "B", 发现日期: "2026-11-16", 状态: "整改中", 整改措施: "换灯", 分派日期: "2026-11-17" },
      { ...base, 问题编号: "C", 发现日期: "2026-11-16", 状态: "整改中", 整改措施: "换灯" },
    ];
    const items = run("rectifications", rows, "2026-11-19");
    expect(dueOf(items, "dispatch", "A")).toBe("2026-11-17");
    expect(of(items, "dispatch")).toEqual(["A:overdue", "B:done-on-time"]);
  });

  it("R52: an urgent problem is followed up every working day, instead of weekly", () => {
    const rows = [
      {
        ...base,
        问题编号: "A",
        发现日期: "2026-11-16",
        状态: "整改中",
        整改措施: "换灯",
        紧急程度: "高",
        最近跟踪日期: "2026-11-17",
      },
      {
        ...base,
        问题编号: "B",
        发现日期: "2026-11-16",
        状态: "整改中",
        整改措施: "换灯",
        紧急程度: "高",
        最近跟踪日期: "2026-11-19",
      },
      {
        ...base,
        问题编号: "C",
        发现日期: "2026-11-16",
        状态: "整改中",
        整改措施: "换灯",
        紧急程度: "中",
        最近跟踪日期: "2026-11-17",
      },
    ];
    const items = run("rectifications", rows, "2026-11-19");
    expect(of(items, "follow-up-urgent")).toEqual(["A:overdue", "B:due-soon"]);
    expect(of(items, "follow-up")).toEqual(["C:open"]);
    // The cadence is 参数设置's: every 3 working days as the office may choose.
    expect(
      of(run("rectifications", rows.slice(0, 1), "2026-11-19", { "紧急进度反馈周期(工作日)": 3 }), "follow-up-urgent"),
    ).toEqual(["A:due-soon"]);
  });
});

describe("跨部门事项台账", () => {
  const base = {
    事项: "运动会筹备",
    牵头部门: "办公室",
    开始日期: "2026-11-16",
    完成时限: "2026-12-31",
    状态: "进行中",
  };

  it("T08: a named supporting department replies within 1 WD", () => {
    const rows = [
      { ...base, 事项编号: "A", 配合部门: "教务处" },
      { ...base, 事项编号: "B", 配合部门: "教务处、总务处", 配合回复日期: "2026-11-17" },
      { ...base, 事项编号: "C" },
    ];
    const items = run("coordination", rows, "2026-11-19");
    expect(of(items, "support-reply")).toEqual(["A:overdue", "B:done-on-time"]);
    expect(items.find((i) => i.rule.id === "support-reply")?.owner).toBe("教务处");
  });

  it("T63: progress every 2 WD, every working day when urgent; the clock restarts at each report", () => {
    const rows = [
      { ...base, 事项编号: "A", 最近进展日期: "2026-11-16" },
      { ...base, 事项编号: "B", 最近进展日期: "2026-11-18" },
      { ...base, 事项编号: "C", 紧急程度: "高", 最近进展日期: "2026-11-17" },
      { ...base, 事项编号: "D", 紧急程度: "高", 最近进展日期: "2026-11-19" },
      { ...base, 事项编号: "E", 最近进展日期: "2026-11-16", 状态: "已完成", 完成日期: "2026-11-17", 发起方确认: "是" },
    ];
    const items = run("coordination", rows, "2026-11-19");
    expect(of(items, "progress")).toEqual(["A:overdue", "B:due-soon"]);
    expect(of(items, "progress-urgent")).toEqual(["C:overdue", "D:due-soon"]);
    const headers = ["事项编号", "事项", "牵头部门", "开始日期", "完成时限", "状态"];
    expect(of(run("coordination", rows, "2026-11-19", {}, headers), "progress")).toEqual([]);
  });
});

test("every new rule cites its source ids", () => {
  const cited = Object.fromEntries(DEADLINE_RULES.map((r) => [`${r.register}/${r.id}`, r.source]));
  expect(cited).toMatchObject({
    "meetings/meeting-application": ["T30", "R18"],
    "meetings/meeting-rehearsal": ["T33", "R20"],
    "meetings/minutes-signed": ["T37", "R22"],
    "feedback/initial-response": ["T53", "R48"],
    "rectifications/dispatch": ["T62", "R51"],
    "rectifications/follow-up-urgent": ["R52"],
    "coordination/support-reply": ["T08"],
    "coordination/progress": ["T63"],
    "coordination/progress-urgent": ["T63", "R52"],
    "incoming-documents/handling": [],
  });
});
