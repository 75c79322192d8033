/**
 * Issue 10 §3: every time-limit parameter of 参数设置 accepts a duration with a unit ("24小时", "1工作日", "2工作小时",
 * "5天"); plain numbers keep the unit of the key's name. The deadline engine and validation both follow it.
 */
import { createCalendar } from "../../src/core/calendar";
import { isoToSerial } from "../../src/core/dates";
import { computeDeadlines, createDeadlineContext } from "../../src/core/deadlines";
import { limitDuration, LIMIT_KEYS } from "../../src/core/limits";
import { readSettings } from "../../src/core/settings";
import type { CellValue } from "../../src/core/sheet-spec";
import { fakeTable } from "./deadlines/support";
import { check } from "./validate/fixtures";

const params = (rows: CellValue[][], lang: "zh-CN" | "en-US" = "zh-CN") =>
  readSettings([{ name: "参数设置", values: [["参数", "值"], ...rows] }], lang);

describe("limit parameters with units", () => {
  it("reads a unit, keeps plain numbers in the key's unit, and defaults stay as before", () => {
    const { settings, issues } = params([
      ["投诉核实时限(小时)", "2工作小时"],
      ["投诉反馈时限(小时)", "48"],
      ["传阅时限(工作日)", "5天"],
      ["意见反馈时限(工作日)", "24 小时"],
      ["决议跟踪周期(天)", "1工作日"],
    ]);
    expect(issues).toEqual([]);
    expect(limitDuration(settings, "投诉核实时限(小时)")).toEqual({ unit: "workhours", amount: 2 });
    expect(limitDuration(settings, "投诉反馈时限(小时)")).toEqual({ unit: "hours", amount: 48 });
    expect(limitDuration(settings, "传阅时限(工作日)")).toEqual({ unit: "days", amount: 5 });
    expect(limitDuration(settings, "意见反馈时限(工作日)")).toEqual({ unit: "hours", amount: 24 });
    expect(limitDuration(settings, "决议跟踪周期(天)")).toEqual({ unit: "workdays", amount: 1 });
    expect(limitDuration(settings, "会议资料提前(天)")).toEqual({ unit: "days", amount: 3 });
    expect(LIMIT_KEYS).toContain("办理时限(工作日)");
  });

  it("refuses a unit that does not fit the parameter, or an unreadable one, with a located message; the default applies", () => {
    const { settings, issues } = params([
      ["会议通知提前(工作日)", "24小时"], // a lead before a meeting day counts days
      ["报销处理目标(工作日)", "8工作小时"], // a KPI target in working days
      ["投诉核实时限(小时)", "一天"],
    ]);
    expect(issues.map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual([
      "setting/invalid@2:值",
      "setting/invalid@3:值",
      "setting/invalid@4:值",
    ]);
    expect(issues[0]?.message).toContain("工作日、天");
    expect(issues[2]?.message).toContain("24小时");
    expect(limitDuration(settings, "会议通知提前(工作日)")).toEqual({ unit: "workdays", amount: 5 });
    expect(settings.number("报销处理目标(工作日)")).toBe(1);
    expect(limitDuration(settings, "投诉核实时限(小时)")).toEqual({ unit: "hours", amount: 24 });
    expect(params([["投诉核实时限(小时)", "一天"]], "en-US").issues[0]?.message).toMatch(/24小时/);
  });
});

describe("the engine follows the unit", () => {
  const cal = createCalendar();
  it("a complaint limit of 2 working hours, received Fri 16:00, is due Mon 09:00", () => {
    const { settings } = params([["投诉核实时限(小时)", "2工作小时"]]);
    const t = fakeTable("feedback", [{ 编号: "A", 接收时间: "2026-11-20 16:00", 类别: "投诉类" }]);
    const item = computeDeadlines([t], createDeadlineContext(settings, cal, isoToSerial("2026-11-20"), "zh-CN"))
      .items[0];
    expect(item?.rule.id).toBe("complaint-contact");
    expect(item?.due).toBeCloseTo(isoToSerial("2026-11-23") + 9 / 24, 6); // 16:00–17:30 Fri, then 08:30–09:00 Mon
    expect(item?.dueHasTime).toBe(true);
  });

  it("circulation of 5 calendar days from Mon 11-16 is due Sat 11-21 (or the next working day under 顺延)", () => {
    const { settings } = params([
      ["传阅时限(工作日)", "5天"],
      ["期限遇节假日顺延", "否"],
    ]);
    const t = fakeTable("incoming-documents", [{ 收文编号: "S1", 传阅开始日期: "2026-11-16" }]);
    const items = computeDeadlines([t], createDeadlineContext(settings, cal, isoToSerial("2026-11-16"), "zh-CN")).items;
    expect(items.find((i) => i.rule.id === "circulation")?.due).toBe(isoToSerial("2026-11-21"));
  });
});

describe("validation follows the unit too", () => {
  it("row/complaint-contact with 2 working hours: Fri 16:00 → contacted Mon 09:30 is late, Mon 09:00 is not", () => {
    const { settings } = params([["投诉核实时限(小时)", "2工作小时"]]);
    const row = (contact: string) => ({
      编号: "T1",
      接收时间: "2026-11-20 16:00",
      类别: "投诉类",
      内容: "热水",
      核实联系时间: contact,
    });
    const late = check("feedback", [row("2026-11-23 09:30")], { settings }).filter(
      (i) => i.code === "row/complaint-contact",
    );
    expect(late).toHaveLength(1);
    expect(late[0]?.message).toContain("超过投诉核实时限 2 个工作小时（2026-11-23 09:00）");
    expect(
      check("feedback", [row("2026-11-23 09:00")], { settings }).filter((i) => i.code === "row/complaint-contact"),
    ).toEqual([]);
  });

  it("row/circulation-limit with 5 calendar days names the limit in its unit", () => {
    const { settings } = params([["传阅时限(工作日)", "5天"]]);
    const base = {
      收文编号: "S1",
      收文日期: "2026-11-16",
      来文单位: "教育局",
      文件标题: "通知",
      密级: "公开",
      份数: 1,
      办理部门: "办公室",
      传阅开始日期: "2026-11-16",
    };
    const issues = check("incoming-documents", [{ ...base, 收回日期: "2026-11-24" }], {
      settings,
      lang: "en-US",
    }).filter((i) => i.code === "row/circulation-limit");
    expect(issues[0]?.message).toContain("within 5 days of the circulation start");
  });
});
