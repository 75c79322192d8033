import { isoToSerial, serialToIso } from "../../../src/core/dates";
import { DEFAULT_SEMESTER_STARTS } from "../../../src/core/kpi/periods";
import { cycleText, nominalDays, offDayMove, parseCycle } from "../../../src/core/recurrence/cycle";

const days = (text: string, from: string, to: string) =>
  nominalDays(
    parseCycle(text) ??
      (() => {
        throw new Error(text);
      })(),
    isoToSerial(from),
    isoToSerial(to),
    DEFAULT_SEMESTER_STARTS,
  ).map(serialToIso);

describe("周期 texts", () => {
  it.each([
    ["每周一", { kind: "weekly", weekday: 1 }],
    ["每周日", { kind: "weekly", weekday: 0 }],
    ["每星期五", { kind: "weekly", weekday: 5 }],
    ["every Monday", { kind: "weekly", weekday: 1 }],
    ["每两周", { kind: "biweekly" }],
    ["every two weeks", { kind: "biweekly" }],
    ["每月末", { kind: "month-end" }],
    ["end of each month", { kind: "month-end" }],
    ["每月15日", { kind: "month-day", day: 15 }],
    ["每月１５号", { kind: "month-day", day: 15 }],
    ["day 15 of each month", { kind: "month-day", day: 15 }],
    ["每季度末", { kind: "quarter-end" }],
    ["end of each quarter", { kind: "quarter-end" }],
    ["每学期初", { kind: "semester-start" }],
    ["start of each semester", { kind: "semester-start" }],
    ["每学期末", { kind: "semester-end" }],
    ["end of each semester", { kind: "semester-end" }],
    ["每年12月31日", { kind: "yearly", month: 12, day: 31 }],
    ["every year on 12-31", { kind: "yearly", month: 12, day: 31 }],
    ["yearly on December 31", { kind: "yearly", month: 12, day: 31 }],
  ])("reads %s", (text, cycle) => {
    expect(parseCycle(text)).toEqual(cycle);
  });

  it.each(["每周八", "每月32日", "每年2月29日", "每年13月1日", "经常", "", "monthly-ish"])("refuses %s", (text) => {
    expect(parseCycle(text)).toBeNull();
  });

  it("writes each cycle back in both languages", () => {
    for (const text of ["每周一", "每两周", "每月末", "每月15日", "每季度末", "每学期初", "每学期末", "每年12月31日"]) {
      const c = parseCycle(text);
      expect(c && cycleText(c, "zh-CN")).toBe(text);
      expect(c && parseCycle(cycleText(c, "en-US"))).toEqual(c);
    }
  });

  it("opening duties move forward over a day off, closing ones back", () => {
    expect(offDayMove({ kind: "weekly", weekday: 1 })).toBe("next");
    expect(offDayMove({ kind: "semester-start" })).toBe("next");
    expect(offDayMove({ kind: "month-end" })).toBe("previous");
    expect(offDayMove({ kind: "semester-end" })).toBe("previous");
    expect(offDayMove({ kind: "yearly", month: 12, day: 31 })).toBe("previous");
  });
});

describe("nominal days", () => {
  it("weekly, monthly and quarterly", () => {
    expect(days("每周一", "2026-11-25", "2026-12-15")).toEqual(["2026-11-30", "2026-12-07", "2026-12-14"]);
    expect(days("每月末", "2026-01-15", "2026-03-31")).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
    // 每月31日 falls on the last day of a shorter month.
    expect(days("每月31日", "2026-02-01", "2026-04-30")).toEqual(["2026-02-28", "2026-03-31", "2026-04-30"]);
    expect(days("每季度末", "2026-01-01", "2026-12-31")).toEqual([
      "2026-03-31",
      "2026-06-30",
      "2026-09-30",
      "2026-12-31",
    ]);
  });

  it("semesters follow 学期开始日期; a semester ends the day before the next starts", () => {
    expect(days("每学期初", "2026-01-01", "2026-12-31")).toEqual(["2026-02-01", "2026-09-01"]);
    expect(days("每学期末", "2026-01-01", "2026-12-31")).toEqual(["2026-01-31", "2026-08-31"]);
    const late = nominalDays({ kind: "semester-start" }, isoToSerial("2026-01-01"), isoToSerial("2026-12-31"), [
      { month: 2, day: 20 },
      { month: 9, day: 1 },
    ]).map(serialToIso);
    expect(late).toEqual(["2026-02-20", "2026-09-01"]);
  });

  it("every two weeks counts Mondays from the week each semester starts in", () => {
    // 2026-09-01 is a Tuesday: its week's Monday 08-31, then every 14 days.
    expect(days("每两周", "2026-08-25", "2026-10-01")).toEqual(["2026-08-31", "2026-09-14", "2026-09-28"]);
  });
});
