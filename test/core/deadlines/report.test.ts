import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial } from "../../../src/core/dates";
import {
  computeDeadlines,
  countByStatus,
  createDeadlineContext,
  groupItems,
  inView,
  reminderLine,
  reminderText,
  byAttention,
  type DeadlineItem,
} from "../../../src/core/deadlines";
import { fakeSettings, fakeTable } from "./support";

const cal = createCalendar();
const asOf = isoToSerial("2026-11-18"); // a Wednesday

function sample(lang: "zh-CN" | "en-US" = "zh-CN"): DeadlineItem[] {
  const t = fakeTable("resolutions", [
    {
      决议编号: "J1",
      决议事项: "修订值班制度并报校长办公会审议通过后印发全校执行，同时组织全员培训与考核",
      责任部门: "后勤处",
      责任人: "孙强",
      完成时限: "2026-11-10",
    },
    { 决议编号: "J2", 决议事项: "更新门禁", 责任部门: "保卫处", 完成时限: "2026-11-18" },
    { 决议编号: "J3", 决议事项: "整理档案", 责任部门: "办公室", 责任人: "王芳", 完成时限: "2026-11-22" },
    { 决议编号: "J4", 决议事项: "采购投影仪", 责任部门: "后勤处", 责任人: "孙强", 完成时限: "2026-11-30" },
    {
      决议编号: "J5",
      决议事项: "年度总结",
      责任部门: "办公室",
      责任人: "王芳",
      完成时限: "2026-11-12",
      完成日期: "2026-11-13",
    },
    { 决议编号: "J6", 决议事项: "布置会场", 责任部门: "办公室", 责任人: "王芳", 完成时限: "2026-11-17" },
  ]);
  return computeDeadlines([t], createDeadlineContext(fakeSettings(), cal, asOf, lang)).items;
}

const keys = (items: readonly DeadlineItem[]) => items.map((i) => i.key);

describe("views of the 期限 page", () => {
  it("today, this week (to Sunday), overdue and all open", () => {
    const items = sample();
    expect(keys(items.filter((i) => inView(i, "today", asOf)))).toEqual(["J2"]);
    expect(keys(items.filter((i) => inView(i, "week", asOf)))).toEqual(["J2", "J3"]);
    expect(keys(items.filter((i) => inView(i, "overdue", asOf)))).toEqual(["J1", "J6"]);
    expect(keys(items.filter((i) => inView(i, "open", asOf)))).toEqual(["J1", "J2", "J3", "J4", "J6"]);
  });

  it("counts by status", () => {
    expect(countByStatus(sample())).toEqual({
      overdue: 2,
      "due-soon": 1,
      open: 2,
      "done-late": 1,
      moot: 0,
      "done-on-time": 0,
    });
  });
});

describe("attention order and groups", () => {
  it("puts the latest overdue first, then due soon, open by due date, finished last", () => {
    expect(keys([...sample()].sort(byAttention))).toEqual(["J1", "J6", "J2", "J3", "J4", "J5"]);
  });

  it("groups by owner (the department when no one is named), groups with overdue items first", () => {
    const groups = groupItems(sample(), "owner");
    expect(groups.map((g) => [g.name, g.overdue, keys(g.items)])).toEqual([
      ["孙强", 1, ["J1", "J4"]],
      ["王芳", 1, ["J6", "J3", "J5"]],
      ["保卫处", 0, ["J2"]],
    ]);
  });

  it("groups by department", () => {
    expect(groupItems(sample(), "department").map((g) => g.name)).toEqual(["办公室", "后勤处", "保卫处"]);
  });
});

describe("reminders", () => {
  it("one line per item: owner, what, due date, days late (subjects shortened)", () => {
    const j1 = sample().find((i) => i.key === "J1") as DeadlineItem;
    expect(reminderLine(j1, "zh-CN")).toBe(
      "孙强 · 决议落实 J1 《修订值班制度并报校长办公会审议通过后印发全校执行，同时组织全…》 · 截止 2026-11-10 · 逾期 6 个工作日",
    );
    const en = sample("en-US").find((i) => i.key === "J2") as DeadlineItem;
    expect(reminderLine(en, "en-US")).toBe("保卫处 · Resolution J2 “更新门禁” · due 2026-11-18 · Due soon");
  });

  it("lists items in attention order, one per line", () => {
    const text = reminderText(
      sample().filter((i) => inView(i, "open", asOf)),
      "zh-CN",
    );
    expect(text.split("\n").map((l) => l.split(" · ")[1]?.split(" ")[1])).toEqual(["J1", "J6", "J2", "J3", "J4"]);
  });
});
