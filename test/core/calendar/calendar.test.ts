import {
  CalendarCoverageError,
  calendarErrorMessage,
  createCalendar,
  officialYears,
  type HolidayOverride,
} from "../../../src/core/calendar";
import { isoToSerial as s, serialToIso, ymdToSerial } from "../../../src/core/dates";

const cal = createCalendar();

/** The year a CalendarCoverageError names, or what else happened. */
function coverageYear(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e instanceof CalendarCoverageError ? e.year : e;
  }
  return "no error";
}
const workday = (d: string, n: number) => serialToIso(cal.addWorkdays(s(d), n));

describe("official data coverage", () => {
  it("covers every year 2004–2026 and nothing after", () => {
    const years = Array.from({ length: 23 }, (_, i) => 2004 + i);
    expect(officialYears()).toEqual(years);
    expect(cal.coveredYears()).toEqual(years);
  });
});

describe("WORKDAY (start excluded)", () => {
  it.each([
    ["2025-09-26", 5, "2025-10-10"], // across National Day + Mid-autumn 2025
    ["2025-01-24", 3, "2025-02-05"], // across Spring Festival 2025, 26 Jan (Sun) make-up day
    ["2025-04-25", 1, "2025-04-27"], // Sunday make-up day before Labour Day
    ["2026-02-13", 1, "2026-02-14"], // Saturday make-up day
    ["2026-02-12", 3, "2026-02-24"], // Spring Festival 2026: 15–23 Feb off
    ["2026-09-18", 1, "2026-09-20"], // Sunday make-up day before National Day 2026
    ["2026-09-30", 1, "2026-10-08"],
    ["2024-09-13", 1, "2024-09-14"], // Saturday make-up day before Mid-autumn 2024
    ["2025-12-31", 1, "2026-01-04"], // across New Year, into the next year's data
  ])("WORKDAY(%s, %i) = %s", (d, n, expected) => {
    expect(workday(d, n)).toBe(expected);
  });

  it("goes back for negative n", () => {
    expect(workday("2025-10-10", -5)).toBe("2025-09-26");
    expect(workday("2026-02-24", -1)).toBe("2026-02-14");
    expect(workday("2026-01-04", -1)).toBe("2025-12-31");
  });

  it("returns the start itself for n = 0, even on a holiday", () => {
    expect(workday("2025-10-01", 0)).toBe("2025-10-01");
  });

  it("counts from a holiday as Excel does (the start is excluded, not moved)", () => {
    expect(workday("2025-10-01", 1)).toBe("2025-10-09");
    expect(workday("2025-10-05", -1)).toBe("2025-09-30");
  });

  it("truncates a fractional day count and ignores a time of day on the start", () => {
    expect(serialToIso(cal.addWorkdays(s("2025-09-26") + 0.75, 5.9))).toBe("2025-10-10");
  });
});

describe("NETWORKDAYS (both ends included)", () => {
  it.each([
    ["2025-09-01", "2025-10-31", 41],
    ["2026-02-01", "2026-02-28", 16],
    ["2025-01-01", "2025-12-31", 248],
    ["2026-09-01", "2026-10-31", 40],
  ])("NETWORKDAYS(%s, %s) = %i", (a, b, expected) => {
    expect(cal.workdaysBetween(s(a), s(b))).toBe(expected);
  });

  it("is negative when the end precedes the start", () => {
    expect(cal.workdaysBetween(s("2025-10-31"), s("2025-09-01"))).toBe(-41);
  });

  it("counts a single working day as 1 and a single holiday as 0", () => {
    expect(cal.workdaysBetween(s("2025-10-09"), s("2025-10-09"))).toBe(1);
    expect(cal.workdaysBetween(s("2025-10-03"), s("2025-10-03"))).toBe(0);
  });
});

describe("corrections to the bundled data", () => {
  it("makes Saturday 2005-12-31 a New Year make-up working day, as the 2006 notice (国办发明电〔2005〕35号) says", () => {
    expect(cal.isWorkday(s("2005-12-31"))).toBe(true);
    expect(cal.holidayName(s("2005-12-31"), "zh-CN")).toBe("元旦调休上班");
    expect(cal.holidayName(s("2005-12-31"), "en-US")).toBe("New Year's Day make-up working day");
    // 1–3 January 2006 off, so the last working day of 2005 is that Saturday
    expect(workday("2005-12-30", 1)).toBe("2005-12-31");
    expect(workday("2005-12-31", 1)).toBe("2006-01-04");
    expect(cal.workdaysBetween(s("2005-12-26"), s("2006-01-06"))).toBe(9);
  });
});

describe("isWorkday and holidayName", () => {
  it("knows holidays, make-up weekends and ordinary days", () => {
    expect(cal.isWorkday(s("2025-10-01"))).toBe(false);
    expect(cal.isWorkday(s("2025-09-28"))).toBe(true); // Sunday make-up day
    expect(cal.isWorkday(s("2025-09-27"))).toBe(false); // ordinary Saturday
    expect(cal.isWorkday(s("2025-09-29"))).toBe(true);
  });

  it("names holidays and make-up days in both languages", () => {
    expect(cal.holidayName(s("2026-02-14"), "zh-CN")).toBe("春节调休上班");
    expect(cal.holidayName(s("2026-02-14"), "en-US")).toBe("Spring Festival make-up working day");
    expect(cal.holidayName(s("2025-10-01"), "zh-CN")).toBe("国庆节");
    expect(cal.holidayName(s("2025-10-01"), "en-US")).toBe("National Day");
    expect(cal.holidayName(s("2025-04-04"), "zh-CN")).toBe("清明节");
    expect(cal.holidayName(s("2025-09-27"), "zh-CN")).toBeNull();
    expect(cal.holidayName(s("2025-09-29"), "en-US")).toBeNull();
  });
});

describe("coverage", () => {
  const uncovered = 2030;

  it("refuses a year without data instead of guessing Mon–Fri", () => {
    const d = ymdToSerial(uncovered, 3, 4);
    expect(coverageYear(() => cal.isWorkday(d))).toBe(uncovered);
    expect(coverageYear(() => cal.holidayName(d, "zh-CN"))).toBe(uncovered);
    const e = new CalendarCoverageError(uncovered);
    expect(calendarErrorMessage(e, "zh-CN")).toBe(
      `${uncovered} 年的法定节假日安排尚未载入。请导入国务院办公厅关于 ${uncovered} 年部分节假日安排的通知（任务窗格“计算器”页的“导入国务院节假日通知”，或 ledger calendar import-notice），或更新加载项。`,
    );
    expect(e.message).toBe(calendarErrorMessage(e, "zh-CN"));
    expect(calendarErrorMessage(e, "en-US")).toMatch(
      new RegExp(`^The official holiday schedule for ${uncovered} is not loaded`),
    );
    expect(calendarErrorMessage(new Error("other"), "zh-CN")).toBeNull();
  });

  it("refuses to run past the last covered year and names the first missing one", () => {
    expect(coverageYear(() => cal.addWorkdays(s("2026-12-30"), 5))).toBe(2027);
    expect(coverageYear(() => cal.workdaysBetween(s("2026-12-01"), s("2027-01-10")))).toBe(2027);
    expect(coverageYear(() => cal.addWorkdays(s("2004-01-05"), -10))).toBe(2003);
    expect(coverageYear(() => cal.workdaysBetween(s("2003-12-01"), s("2004-01-10")))).toBe(2003);
  });

  it("stays inside the last covered year when the answer is there", () => {
    expect(workday("2026-12-30", 1)).toBe("2026-12-31");
  });

  it("returns a non-working day's 0-step WORKDAY without consulting coverage", () => {
    expect(cal.addWorkdays(ymdToSerial(uncovered, 1, 1), 0)).toBe(ymdToSerial(uncovered, 1, 1));
  });

  it("rejects non-numeric input instead of producing NaN", () => {
    expect(() => cal.addWorkdays(Number.NaN, 1)).toThrow(RangeError);
    expect(() => cal.addWorkdays(s("2025-01-02"), Number.NaN)).toThrow(RangeError);
    expect(() => cal.workdaysBetween(s("2025-01-02"), Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("overrides", () => {
  it("turns an official weekday into a day off and a Saturday into a working day", () => {
    const overrides: HolidayOverride[] = [
      { date: s("2025-09-29"), kind: "off", note: "校庆放假" },
      { date: s("2025-09-27"), kind: "work" },
    ];
    const c = createCalendar(overrides);
    expect(c.isWorkday(s("2025-09-29"))).toBe(false);
    expect(c.isWorkday(s("2025-09-27"))).toBe(true);
    expect(c.holidayName(s("2025-09-29"), "zh-CN")).toBe("校庆放假");
    expect(c.holidayName(s("2025-09-27"), "zh-CN")).toBe("上班（节假日调整）");
    expect(c.holidayName(s("2025-09-27"), "en-US")).toBe("Working day (holiday adjustments)");
    // From Fri 26 Sep: Sat 27 (override), Sun 28 (official make-up day), Mon 29 now off, Tue 30.
    expect(serialToIso(c.addWorkdays(s("2025-09-26"), 1))).toBe("2025-09-27");
    expect(serialToIso(c.addWorkdays(s("2025-09-26"), 3))).toBe("2025-09-30");
    expect(c.workdaysBetween(s("2025-09-01"), s("2025-10-31"))).toBe(41);
    // the base calendar is untouched
    expect(cal.isWorkday(s("2025-09-29"))).toBe(true);
  });

  it("wins over official data in both directions", () => {
    const c = createCalendar([
      { date: s("2025-10-01"), kind: "work", note: "值班" },
      { date: s("2025-09-28"), kind: "off" },
    ]);
    expect(c.isWorkday(s("2025-10-01"))).toBe(true);
    expect(c.isWorkday(s("2025-09-28"))).toBe(false);
    expect(c.holidayName(s("2025-10-01"), "zh-CN")).toBe("值班");
    expect(c.holidayName(s("2025-09-28"), "en-US")).toBe("Day off (holiday adjustments)");
  });

  it("applies rows of a year without data but keeps the year uncovered until the workbook marks it complete", () => {
    // A single "2027-01-01 放假" row once made all of 2027 plain Mon–Fri, hiding the week after the Spring Festival.
    const oneRow = createCalendar([{ date: ymdToSerial(2027, 1, 1), kind: "off", note: "元旦" }]);
    expect(oneRow.coveredYears()).not.toContain(2027);
    expect(coverageYear(() => oneRow.isWorkday(ymdToSerial(2027, 2, 10)))).toBe(2027);
    expect(coverageYear(() => oneRow.addWorkdays(s("2026-12-31"), 1))).toBe(2027);
    expect(coverageYear(() => oneRow.holidayName(ymdToSerial(2027, 1, 1), "zh-CN"))).toBe(2027);
    let partial: unknown;
    try {
      oneRow.isWorkday(ymdToSerial(2027, 3, 1));
    } catch (e) {
      partial = e;
    }
    // The message names the rows already there and how to complete the year.
    expect(calendarErrorMessage(partial, "zh-CN")).toContain("1 条");
    expect(calendarErrorMessage(partial, "zh-CN")).toContain("全年完整");
    expect(calendarErrorMessage(partial, "zh-CN")).toContain("import-notice");
    expect(calendarErrorMessage(partial, "en-US")).toContain("1 row");
  });

  it("covers a year the workbook marks complete: Mon–Fri plus its overrides", () => {
    const overrides: HolidayOverride[] = [
      { date: ymdToSerial(2027, 1, 1), kind: "off", note: "元旦" },
      { date: ymdToSerial(2027, 2, 6), kind: "work", note: "春节调休上班" }, // a Saturday
      ...[8, 9, 10, 11, 12].map((day) => ({ date: ymdToSerial(2027, 2, day), kind: "off" as const, note: "春节" })),
    ];
    const c = createCalendar(overrides, { completeYears: [2027] });
    expect(c.coveredYears()).toContain(2027);
    expect(serialToIso(c.addWorkdays(s("2026-12-31"), 1))).toBe("2027-01-04");
    expect(serialToIso(c.addWorkdays(ymdToSerial(2027, 2, 5), 1))).toBe("2027-02-06");
    expect(serialToIso(c.addWorkdays(ymdToSerial(2027, 2, 6), 1))).toBe("2027-02-15");
    expect(c.holidayName(ymdToSerial(2027, 2, 9), "zh-CN")).toBe("春节");
    expect(c.isWorkday(ymdToSerial(2027, 6, 1))).toBe(true);
    expect(() => c.isWorkday(ymdToSerial(2028, 1, 3))).toThrow(CalendarCoverageError);
  });

  it("keeps an unmarked year between covered ones uncovered", () => {
    const c = createCalendar([{ date: ymdToSerial(2028, 5, 2), kind: "off" }], { completeYears: [2028] });
    expect(c.coveredYears().slice(-2)).toEqual([2026, 2028]);
    expect(c.isWorkday(ymdToSerial(2028, 5, 3))).toBe(true);
    expect(() => c.isWorkday(ymdToSerial(2027, 5, 3))).toThrow(CalendarCoverageError);
    expect(coverageYear(() => c.addWorkdays(s("2026-12-31"), 300))).toBe(2027);
    expect(coverageYear(() => c.addWorkdays(ymdToSerial(2028, 1, 3), -5))).toBe(2027);
    expect(coverageYear(() => c.workdaysBetween(s("2026-12-01"), ymdToSerial(2028, 2, 1)))).toBe(2027);
  });

  it("rejects a complete year outside the plausible range", () => {
    expect(() => createCalendar([], { completeYears: [27] })).toThrow(RangeError);
  });

  it("lets a later override for the same date win", () => {
    const c = createCalendar([
      { date: s("2025-09-29"), kind: "off" },
      { date: s("2025-09-29"), kind: "work", note: "改为上班" },
    ]);
    expect(c.isWorkday(s("2025-09-29"))).toBe(true);
    expect(c.holidayName(s("2025-09-29"), "zh-CN")).toBe("改为上班");
  });

  it("rejects override dates that are not plausible day serials", () => {
    expect(() => createCalendar([{ date: 2025, kind: "off" }])).toThrow(RangeError);
    expect(() => createCalendar([{ date: s("2025-09-29") + 0.5, kind: "off" }])).toThrow(RangeError);
  });
});
