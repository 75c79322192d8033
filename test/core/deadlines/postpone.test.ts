/**
 * Issue 10 §3: 期限遇节假日顺延 (default 是). A calendar-day or clock-hour limit whose last day is a day off ends on the
 * first working day after it; a lead before a meeting that lands on a day off moves to the working day before it, so
 * the lead is never shortened.
 */
import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial as s, serialToIso, serialToIsoDateTime } from "../../../src/core/dates";
import { computeDeadlines, createDeadlineContext } from "../../../src/core/deadlines";
import { readSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/sheet-spec";
import { check } from "../validate/fixtures";
import { fakeTable } from "./support";

const cal = createCalendar();
const settingsWith = (rows: CellValue[][]) =>
  readSettings([{ name: "参数设置", values: [["参数", "值"], ...rows] }]).settings;
const dueOf = (table: ReturnType<typeof fakeTable>, rule: string, asOf: string, rows: CellValue[][] = []) => {
  const item = computeDeadlines([table], createDeadlineContext(settingsWith(rows), cal, s(asOf), "zh-CN")).items.find(
    (i) => i.rule.id === rule,
  );
  if (!item) throw new Error(`no ${rule} item`);
  return item.dueHasTime ? serialToIsoDateTime(item.due) : serialToIso(item.due);
};

describe("期限遇节假日顺延", () => {
  it("is on by default and documented as a 参数设置 key", () => {
    const { settings, issues } = readSettings([
      {
        name: "参数设置",
        values: [
          ["参数", "值"],
          ["期限遇节假日顺延", "否"],
        ],
      },
    ]);
    expect(issues).toEqual([]);
    expect(settings.text("期限遇节假日顺延")).toBe("否");
    expect(readSettings([]).settings.text("期限遇节假日顺延")).toBe("是");
  });

  it("the 7-day follow-up due on a National Day holiday moves to the first working day after it", () => {
    // Last check 2026-09-28 + 7 days = 10-05 (holiday); 10-08 is the first working day.
    const t = fakeTable("rectifications", [
      { 问题编号: "Q1", 发现日期: "2026-09-01", 完成时限: "2026-12-31", 状态: "整改中", 最近跟踪日期: "2026-09-28" },
    ]);
    expect(dueOf(t, "follow-up", "2026-09-30")).toBe("2026-10-08");
    expect(dueOf(t, "follow-up", "2026-09-30", [["期限遇节假日顺延", "否"]])).toBe("2026-10-05");
  });

  it("a 24 h complaint limit ending on a Saturday ends at the same time on Monday", () => {
    const t = fakeTable("feedback", [{ 编号: "T1", 接收时间: "2026-11-20 10:00", 类别: "投诉类" }]);
    expect(dueOf(t, "complaint-contact", "2026-11-20")).toBe("2026-11-23T10:00");
    expect(dueOf(t, "complaint-contact", "2026-11-20", [["期限遇节假日顺延", "否"]])).toBe("2026-11-21T10:00");
    // 48 h from Thursday 10:00 ends Saturday → Monday.
    const thu = fakeTable("feedback", [{ 编号: "T2", 接收时间: "2026-11-19 10:00", 类别: "投诉类" }]);
    expect(dueOf(thu, "complaint-result", "2026-11-19")).toBe("2026-11-23T10:00");
  });

  it("meeting materials 3 days before a Tuesday meeting (a Saturday) are due the Friday before, never later", () => {
    const t = fakeTable("meetings", [
      { 会议编号: "M1", 会议主题: "月度总结会", 会议类型: "月度总结会", 会议日期: "2026-11-24", 主持人: "张主任" },
    ]);
    expect(dueOf(t, "meeting-materials", "2026-11-16")).toBe("2026-11-20");
    expect(dueOf(t, "meeting-materials", "2026-11-16", [["期限遇节假日顺延", "否"]])).toBe("2026-11-21");
  });

  it("working-day limits and the user's own due dates are unchanged", () => {
    const t = fakeTable("resolutions", [{ 决议编号: "J1", 完成时限: "2026-11-22" }]); // a Sunday, typed by the user
    expect(dueOf(t, "resolution", "2026-11-16")).toBe("2026-11-22");
  });

  it("validation judges complaints and materials by the same moved limits", () => {
    const row = {
      编号: "T1",
      接收时间: "2026-11-20 10:00",
      类别: "投诉类",
      内容: "热水",
      核实联系时间: "2026-11-23 09:00",
    };
    expect(check("feedback", [row]).filter((i) => i.code === "row/complaint-contact")).toEqual([]);
    const off = settingsWith([["期限遇节假日顺延", "否"]]);
    expect(check("feedback", [row], { settings: off }).filter((i) => i.code === "row/complaint-contact")).toHaveLength(
      1,
    );
    const meeting = {
      会议编号: "M1",
      会议主题: "月度总结会",
      会议日期: "2026-11-24",
      主持人: "张主任",
      资料分发日期: "2026-11-21",
    };
    expect(check("meetings", [meeting]).filter((i) => i.code === "row/materials-lead")).toHaveLength(1);
    expect(check("meetings", [meeting], { settings: off }).filter((i) => i.code === "row/materials-lead")).toEqual([]);
  });
});
