import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial, serialToIso } from "../../../src/core/dates";
import {
  computeDeadlines,
  createDeadlineContext,
  deadlinesToJson,
  reminders,
  remindersText,
} from "../../../src/core/deadlines";
import { registerSheetSpec } from "../../../src/core/templates";
import { registerById } from "../../../src/core/registers";
import { fakeSettings, fakeTable } from "./support";

const cal = createCalendar();
const ctx = (asOf: string, settings: Record<string, number | string> = {}, lang: "zh-CN" | "en-US" = "zh-CN") =>
  createDeadlineContext(fakeSettings(settings), cal, isoToSerial(asOf), lang);
const duties = (rows: Parameters<typeof fakeTable>[1]) => fakeTable("recurring-duties", rows);
const log = (rows: Parameters<typeof fakeTable>[1]) => fakeTable("recurring-log", rows);
const summary = (
  asOf: string,
  tables: Parameters<typeof computeDeadlines>[0],
  settings: Record<string, number | string> = {},
) =>
  computeDeadlines(tables, ctx(asOf, settings)).items.map(
    (i) => `${i.subject} ${serialToIso(i.due)} ${i.status}${i.done === null ? "" : ` ${serialToIso(i.done)}`}`,
  );

describe("recurring duties as deadline items", () => {
  it("a duty never recorded: the last occurrence is overdue and the next one is listed (T21)", () => {
    const t = duties([{ 事项: "部门周会", 周期: "每周一", 责任人: "王芳", 说明: "T21：每周一召开部门周会" }]);
    // 2026-12-03 is a Thursday.
    expect(summary("2026-12-03", [t])).toEqual(["部门周会 2026-11-30 overdue", "部门周会 2026-12-07 open"]);
    const item = computeDeadlines([t], ctx("2026-12-03")).items[0];
    expect(item?.rule.source).toEqual(["T21"]);
    expect(item?.owner).toBe("王芳");
  });

  it("a 周期工作记录 row closes the occurrence nearest to it; tracking starts at the first one closed", () => {
    const t = duties([{ 事项: "部门周会", 周期: "每周一", 说明: "T21" }]);
    const l = log([
      { 事项: "部门周会", 日期: "2026-11-16", 完成人: "王芳" },
      // Held a day late: closes that week's, late.
      { 事项: "部门周会", 日期: "2026-12-01", 完成人: "王芳" },
    ]);
    expect(summary("2026-12-03", [t, l])).toEqual([
      "部门周会 2026-11-16 done-on-time 2026-11-16",
      "部门周会 2026-11-23 overdue",
      "部门周会 2026-11-30 done-late 2026-12-01",
      "部门周会 2026-12-07 open",
    ]);
  });

  it("a log row of another duty, or dated after the as-of day, closes nothing", () => {
    const t = duties([{ 事项: "部门周会", 周期: "每周一" }]);
    const l = log([
      { 事项: "月度总结会", 日期: "2026-11-30" },
      { 事项: "部门周会", 日期: "2026-12-07" },
    ]);
    expect(summary("2026-12-03", [t, l])).toEqual(["部门周会 2026-11-30 overdue", "部门周会 2026-12-07 open"]);
  });

  it("最近完成日期 on the duty closes its occurrence too", () => {
    const t = duties([{ 事项: "月度总结会", 周期: "每月末", 最近完成日期: "2026-11-27" }]);
    expect(summary("2026-12-03", [t])).toEqual([
      "月度总结会 2026-11-30 done-on-time 2026-11-27",
      "月度总结会 2026-12-31 open",
    ]);
  });

  it("a closing duty on a day off moves to the previous working day, an opening one to the next", () => {
    // 2026-10-31 is a Saturday: the month-end summary is due Friday 10-30.
    expect(summary("2026-10-29", [duties([{ 事项: "月度总结会", 周期: "每月末" }])]).at(-1)).toMatch(
      /^月度总结会 2026-10-30 /,
    );
    // Monday 10-05 is in the National Day holiday (10-01…10-07): the weekly meeting moves to Thursday 10-08.
    expect(summary("2026-10-02", [duties([{ 事项: "部门周会", 周期: "每周一" }])]).at(-1)).toMatch(
      /^部门周会 2026-10-08 /,
    );
    // 2026-02-01 is a Sunday: the semester opens Monday 02-02; 2026-01-31 (Saturday) ends it on Friday 01-30.
    expect(summary("2026-01-20", [duties([{ 事项: "需求清单更新", 周期: "每学期初" }])]).at(-1)).toMatch(
      /^需求清单更新 2026-02-02 /,
    );
    expect(summary("2026-01-20", [duties([{ 事项: "资产全面盘点", 周期: "每学期末" }])]).at(-1)).toMatch(
      /^资产全面盘点 2026-01-30 /,
    );
  });

  it("semester boundaries come from 学期开始日期", () => {
    const t = duties([{ 事项: "需求清单更新", 周期: "每学期初" }]);
    expect(summary("2026-02-10", [t], { 学期开始日期: "03-02、09-01" }).at(-1)).toBe("需求清单更新 2026-03-02 open");
    // 02-20 falls in the 2026 Spring Festival break: the semester opens on the next working day.
    expect(summary("2026-02-10", [t], { 学期开始日期: "02-20、09-01" }).at(-1)).toBe("需求清单更新 2026-02-24 open");
  });

  it("提前提醒 makes the next occurrence due soon that many working days ahead", () => {
    const t = duties([{ 事项: "年度总结与实施报告", 周期: "每年12月31日", 提前提醒: 10 }]);
    expect(summary("2026-12-03", [t]).at(-1)).toBe("年度总结与实施报告 2026-12-31 open");
    expect(summary("2026-12-17", [t]).at(-1)).toBe("年度总结与实施报告 2026-12-31 due-soon");
  });

  it("an unreadable 周期 gives no item (validation reports it)", () => {
    expect(summary("2026-12-03", [duties([{ 事项: "例会", 周期: "经常" }])])).toEqual([]);
  });

  it("JSON items carry the cycle; reminders and the per-person blocks list the duty", () => {
    const t = duties([{ 事项: "部门周会", 周期: "每周一", 责任人: "王芳" }]);
    const result = computeDeadlines([t], ctx("2026-12-03"));
    const json = deadlinesToJson(result, "zh-CN");
    expect(json.items[0]).toMatchObject({
      deadline: "recurring-duty",
      label: "例行工作",
      due: "2026-11-30",
      status: "overdue",
      cycle: "每周一",
      register: "recurring-duties",
    });
    const text = remindersText(reminders(result.items, "due", isoToSerial("2026-12-03"), "zh-CN"));
    expect(text).toContain("@王芳：");
    expect(text).toContain("例行工作 《部门周会》");
    const en = deadlinesToJson(computeDeadlines([t], ctx("2026-12-03", {}, "en-US")), "en-US");
    expect(en.items[0]).toMatchObject({ label: "Recurring duty", cycle: "every Monday" });
  });
});

describe("the 周期工作 template", () => {
  it("starts with the sources' duties, each citing its source id in 说明", () => {
    const spec = registerSheetSpec(registerById("recurring-duties")!);
    const rows = spec.rows ?? [];
    const cited = new Set(rows.flatMap((r) => String(r[6]).match(/T\d{2}/g) ?? []));
    for (const id of [
      "T21",
      "T22",
      "T23",
      "T24",
      "T25",
      "T26",
      "T27",
      "T28",
      "T29",
      "T41",
      "T49",
      "T60",
      "T61",
      "T71",
      "T74",
      "T79",
      "T82",
      "T83",
      "T85",
    ])
      expect(cited).toContain(id);
    // Every pre-filled 周期 is readable, so the template's duties all become deadlines.
    const t = duties(
      rows.map((r) => ({ 事项: r[0] as string, 周期: r[1] as string, 提前提醒: r[2] as number, 说明: r[6] as string })),
    );
    const items = computeDeadlines([t], ctx("2026-12-03")).items;
    expect(new Set(items.map((i) => i.subject)).size).toBe(rows.length);
  });
});
