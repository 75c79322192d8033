import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial, parseIsoDateTime, serialToIso } from "../../../src/core/dates";
import {
  computeDeadlines,
  createDeadlineContext,
  deadlinesToJson,
  INCIDENT_RULES,
  nextIncidentSteps,
} from "../../../src/core/deadlines";
import { fakeSettings, fakeTable } from "./support";

const cal = createCalendar();
const ctx = (asOf: string, lang: "zh-CN" | "en-US" = "zh-CN") =>
  createDeadlineContext(fakeSettings(), cal, isoToSerial(asOf), lang);
const BASE = { 事件编号: "E1", 事件概要: "实验室漏水", 发生时间: "2026-12-03 09:00", 级别: "一般", 负责人: "张主任" };
const incident = (row: Record<string, string | null>) => fakeTable("incidents", [{ ...BASE, ...row }]);
const json = (asOf: string, row: Record<string, string | null>) =>
  deadlinesToJson(computeDeadlines([incident(row)], ctx(asOf)), "zh-CN").items;
const find = (asOf: string, row: Record<string, string | null>, id: string) =>
  json(asOf, row).filter((i) => i.deadline === id);

describe("the emergency response chain (T64–T70)", () => {
  it("every rule cites its source", () => {
    expect(Object.fromEntries(INCIDENT_RULES.map((r) => [r.id, r.source]))).toEqual({
      "incident-contact": ["T64"],
      "incident-report": ["T65", "T70"],
      "incident-plan": ["T66"],
      "incident-control": ["T68"],
      "incident-progress": ["T67", "T70"],
      "incident-review": ["T69"],
    });
  });

  it("T64: contact within 30 minutes — 09:25 keeps it, 09:45 breaks it", () => {
    expect(find("2026-12-03", { 联系时间: "2026-12-03 09:25" }, "incident-contact")[0]).toMatchObject({
      due: "2026-12-03T09:30",
      done: "2026-12-03T09:25",
      status: "done-on-time",
    });
    expect(find("2026-12-03", { 联系时间: "2026-12-03 09:45" }, "incident-contact")[0]).toMatchObject({
      status: "done-late",
    });
  });

  it("T65: report within 1 hour", () => {
    expect(find("2026-12-03", { 上报时间: "2026-12-03 10:00" }, "incident-report")[0]).toMatchObject({
      due: "2026-12-03T10:00",
      status: "done-on-time",
    });
    expect(find("2026-12-03", { 上报时间: "2026-12-03 10:01" }, "incident-report")[0]).toMatchObject({
      status: "done-late",
    });
  });

  it("T66: plan within 2 hours; T68: under control within 2 hours", () => {
    expect(find("2026-12-03", { 方案时间: "2026-12-03 10:59" }, "incident-plan")[0]).toMatchObject({
      due: "2026-12-03T11:00",
      status: "done-on-time",
    });
    expect(find("2026-12-03", { 方案时间: "2026-12-03 11:30" }, "incident-plan")[0]).toMatchObject({
      status: "done-late",
    });
    expect(find("2026-12-03", { 控制时间: "2026-12-03 10:30" }, "incident-control")[0]).toMatchObject({
      status: "done-on-time",
    });
    // Not recorded by the next day: overdue.
    expect(find("2026-12-04", {}, "incident-control")[0]).toMatchObject({ status: "overdue", done: null });
  });

  it("T67: a progress report every 4 hours while open, each counted from the previous one", () => {
    const items = find("2026-12-03", { 进展记录: "2026-12-03 12:30、2026-12-03 17:00" }, "incident-progress");
    expect(items.map((i) => [i.due, i.done, i.status])).toEqual([
      ["2026-12-03T13:00", "2026-12-03T12:30", "done-on-time"],
      ["2026-12-03T16:30", "2026-12-03T17:00", "done-late"],
      ["2026-12-03T21:00", null, "due-soon"],
    ]);
    expect(items[0]).toMatchObject({ cycle: "每4小时" });
  });

  it("no progress report is owed once the incident ended before it fell due", () => {
    expect(
      find("2026-12-03", { 进展记录: "2026-12-03 12:30", 结束时间: "2026-12-03 15:00" }, "incident-progress").map(
        (i) => i.done,
      ),
    ).toEqual(["2026-12-03T12:30"]);
    // Ended after the next report fell due without one: that report was missed.
    expect(find("2026-12-04", { 结束时间: "2026-12-03 15:00" }, "incident-progress")).toEqual([
      expect.objectContaining({ due: "2026-12-03T13:00", status: "overdue" }),
    ]);
  });

  it("T69: review within 3 working days after the end", () => {
    // Thursday 12-03 + 3 working days = Tuesday 12-08.
    expect(
      find("2026-12-08", { 结束时间: "2026-12-03 15:00", 复盘日期: "2026-12-08" }, "incident-review")[0],
    ).toMatchObject({ due: "2026-12-08", status: "done-on-time" });
    expect(find("2026-12-10", { 结束时间: "2026-12-03 15:00", 复盘日期: null }, "incident-review")[0]).toMatchObject({
      due: "2026-12-08",
      status: "overdue",
      overdueWorkdays: 2,
    });
    // Not yet ended: no review is due.
    expect(find("2026-12-10", {}, "incident-review")).toEqual([]);
  });

  it("an incident after the as-of day is not judged", () => {
    expect(json("2026-12-02", {})).toEqual([]);
  });
});

describe("the pane's next step of an open incident", () => {
  const at = (text: string) => parseIsoDateTime(text) as number;
  const items = (row: Record<string, string | null>) => computeDeadlines([incident(row)], ctx("2026-12-03")).items;

  it("is the earliest unfinished step, with the minutes left counted from the clock", () => {
    const steps = nextIncidentSteps(items({ 联系时间: "2026-12-03 09:10" }), at("2026-12-03 09:35"));
    expect(steps).toHaveLength(1);
    expect(steps[0]?.item.rule.id).toBe("incident-report");
    expect(steps[0]?.minutesLeft).toBe(25);
    expect(steps[0]?.escalate).toBe(false);
    // Later the same minute count goes negative: late.
    expect(nextIncidentSteps(items({ 联系时间: "2026-12-03 09:10" }), at("2026-12-03 10:05"))[0]?.minutesLeft).toBe(-5);
  });

  it("says to escalate once the control step is past its 2 hours (T68)", () => {
    const steps = nextIncidentSteps(
      items({ 联系时间: "2026-12-03 09:10", 上报时间: "2026-12-03 09:50", 方案时间: "2026-12-03 10:30" }),
      at("2026-12-03 11:10"),
    );
    expect(steps[0]).toMatchObject({ minutesLeft: -10, escalate: true });
    expect(steps[0]?.item.rule.id).toBe("incident-control");
  });

  it("leaves ended incidents out", () => {
    expect(nextIncidentSteps(items({ 结束时间: "2026-12-03 10:00" }), at("2026-12-03 09:35"))).toEqual([]);
    expect(serialToIso(isoToSerial("2026-12-03"))).toBe("2026-12-03");
  });
});
