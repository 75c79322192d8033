/** Reminders by person: the header with day and scope, one 「@name：」 block per owner, scopes, and far-ahead items. */
import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial } from "../../../src/core/dates";
import {
  computeDeadlines,
  createDeadlineContext,
  isFarAhead,
  reminderBlockText,
  reminders,
  remindersText,
  type DeadlineItem,
} from "../../../src/core/deadlines";
import { fakeSettings, fakeTable } from "./support";

const asOf = isoToSerial("2026-11-18"); // a Wednesday

function sample(lang: "zh-CN" | "en-US" = "zh-CN"): DeadlineItem[] {
  const t = fakeTable("resolutions", [
    { 决议编号: "J1", 决议事项: "修订值班制度", 责任部门: "后勤处", 责任人: "孙强", 完成时限: "2026-11-10" },
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
    { 决议编号: "J7", 决议事项: "校史档案移交", 责任部门: "办公室", 责任人: "黄磊", 完成时限: "2056-06-30" },
  ]);
  return computeDeadlines([t], createDeadlineContext(fakeSettings(), createCalendar(), asOf, lang)).items;
}

describe("reminders by person", () => {
  it("covers 已逾期 and 临期 by default: a dated header, then one block per owner, most urgent first", () => {
    const r = reminders(sample(), "due", asOf, "zh-CN");
    expect(r.count).toBe(3);
    expect(remindersText(r)).toBe(
      [
        "期限提醒（2026-11-18（星期三），已逾期和临期，共 3 项）",
        "",
        "@孙强：\n1. 决议落实 J1 《修订值班制度》 · 截止 2026-11-10 · 逾期 6 个工作日",
        "",
        "@王芳：\n1. 决议落实 J6 《布置会场》 · 截止 2026-11-17 · 逾期 1 个工作日",
        "",
        "@保卫处：\n1. 决议落实 J2 《更新门禁》 · 截止 2026-11-18 · 临期",
      ].join("\n"),
    );
    expect(reminderBlockText(r, r.blocks[1]!)).toBe(
      "期限提醒（2026-11-18（星期三），已逾期和临期，共 3 项）\n@王芳：\n1. 决议落实 J6 《布置会场》 · 截止 2026-11-17 · 逾期 1 个工作日",
    );
  });

  it("offers the other scopes, and keeps items due more than a year ahead out of 全部未完成 unless asked", () => {
    const items = sample();
    const keys = (r: ReturnType<typeof reminders>) => r.blocks.flatMap((b) => b.items.map((i) => i.key));
    expect(keys(reminders(items, "overdue", asOf, "zh-CN"))).toEqual(["J1", "J6"]);
    expect(keys(reminders(items, "week", asOf, "zh-CN"))).toEqual(["J2", "J3"]);
    expect(
      isFarAhead(
        items.find((i) => i.key === "J7")!,
        asOf,
      ),
    ).toBe(true);
    const open = reminders(items, "open", asOf, "zh-CN");
    expect(keys(open).sort()).toEqual(["J1", "J2", "J3", "J4", "J6"]);
    const all = reminders(items, "open", asOf, "zh-CN", { includeFar: true });
    expect(keys(all)).toContain("J7");
    expect(all.header).toContain("全部未完成（含一年以后到期）");
    expect(all.blocks.find((b) => b.owner === "黄磊")?.text).toMatch(/^@黄磊：\n1\. /);
  });

  it("speaks English with singular and plural", () => {
    const r = reminders(sample("en-US"), "overdue", asOf, "en-US");
    expect(r.header).toBe("Deadline reminders (2026-11-18, overdue, 2 items)");
    expect(r.blocks[0]?.text).toBe("@孙强:\n1. Resolution J1 “修订值班制度” · due 2026-11-10 · 6 working days late");
    expect(reminders(sample("en-US"), "week", isoToSerial("2026-11-19"), "en-US").header).toMatch(/, 1 item\)$/);
  });
});
