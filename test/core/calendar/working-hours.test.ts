import {
  WorkingHoursError,
  addWorkingHours,
  calendarErrorMessage,
  createCalendar,
  parseWorkingHours,
  workingMinutesBetween,
} from "../../../src/core/calendar";
import { parseIsoDateTime, serialToIsoDateTime } from "../../../src/core/dates";

const cal = createCalendar();
const hours = parseWorkingHours("08:30-12:00,14:00-17:30");
const t = (text: string) => {
  const v = parseIsoDateTime(text);
  if (v === null) throw new Error(`bad test date-time ${text}`);
  return v;
};
const add = (start: string, h: number) => serialToIsoDateTime(addWorkingHours(cal, hours, t(start), h));

describe("parseWorkingHours", () => {
  it("reads periods as minutes of the day, in order", () => {
    expect(hours.periods).toEqual([
      { start: 510, end: 720 },
      { start: 840, end: 1050 },
    ]);
    expect(parseWorkingHours("１４：００－１７：３０，８:30~12:00").periods).toEqual(hours.periods);
  });

  it.each([
    ["", "hoursEmpty"],
    ["8:30-12", "hoursMalformed"],
    ["08:30-25:00", "hoursMalformed"],
    ["12:00-08:30", "hoursEmptyPeriod"],
    ["08:30-12:00,11:00-17:30", "hoursOverlap"],
  ])("rejects %j with %s", (text, key) => {
    let error: unknown;
    try {
      parseWorkingHours(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkingHoursError);
    expect((error as WorkingHoursError).key).toBe(key);
  });

  it("explains an overlap in both languages", () => {
    let error: unknown;
    try {
      parseWorkingHours("08:30-12:00,11:00-17:30");
    } catch (e) {
      error = e;
    }
    expect(calendarErrorMessage(error, "zh-CN")).toBe("上班时段“08:30-12:00”与“11:00-17:30”重叠。");
    expect(calendarErrorMessage(error, "en-US")).toBe("Working periods '08:30-12:00' and '11:00-17:30' overlap.");
  });
});

describe("addWorkingHours (08:30-12:00, 14:00-17:30)", () => {
  it("counts within a morning", () => {
    expect(add("2025-09-29T09:00", 2)).toBe("2025-09-29T11:00");
  });

  it("stops at the end of a period rather than jumping to the next one", () => {
    expect(add("2025-09-29T10:00", 2)).toBe("2025-09-29T12:00");
  });

  it("skips lunch", () => {
    expect(add("2025-09-29T11:00", 2)).toBe("2025-09-29T15:00");
    expect(add("2025-09-29T12:30", 1)).toBe("2025-09-29T15:00");
  });

  it("skips the night", () => {
    expect(add("2025-09-29T17:00", 2)).toBe("2025-09-30T10:00");
    expect(add("2025-09-29T20:00", 2)).toBe("2025-09-30T10:30");
    expect(add("2025-09-29T06:00", 2)).toBe("2025-09-29T10:30");
  });

  it("skips a weekend and works on an official make-up Sunday", () => {
    expect(add("2025-09-26T17:00", 2)).toBe("2025-09-28T10:00"); // Fri → Sun 28 Sep is a make-up working day
    expect(add("2025-09-19T17:00", 2)).toBe("2025-09-22T10:00"); // ordinary weekend
  });

  it("skips a holiday", () => {
    expect(add("2025-09-30T16:30", 3)).toBe("2025-10-09T10:30"); // 1–8 Oct off
    expect(add("2025-10-03T10:00", 1)).toBe("2025-10-09T09:30"); // start on a holiday
  });

  it("spans several days by whole-day jumps", () => {
    expect(add("2025-09-29T08:30", 7 * 3)).toBe("2025-10-09T17:30"); // three full working days: 29, 30 Sep, 9 Oct
    expect(add("2025-09-29T08:30", 7 * 3 + 0.5)).toBe("2025-10-10T09:00");
  });

  it("returns the start unchanged for 0 hours and rejects negative hours", () => {
    expect(add("2025-10-03T10:00", 0)).toBe("2025-10-03T10:00");
    expect(() => add("2025-09-29T09:00", -1)).toThrow(WorkingHoursError);
  });
});

describe("workingMinutesBetween", () => {
  it("counts only working minutes", () => {
    expect(workingMinutesBetween(cal, hours, t("2025-09-29T11:00"), t("2025-09-29T15:00"))).toBe(120);
    expect(workingMinutesBetween(cal, hours, t("2025-09-30T16:30"), t("2025-10-09T10:30"))).toBe(180);
    expect(workingMinutesBetween(cal, hours, t("2025-10-09T10:30"), t("2025-09-30T16:30"))).toBe(-180);
  });

  it("inverts addWorkingHours", () => {
    for (const [start, h] of [
      ["2025-09-26T17:00", 2],
      ["2025-09-30T16:30", 3],
      ["2025-09-29T06:00", 30],
      ["2026-02-12T15:00", 10],
    ] as const) {
      const end = addWorkingHours(cal, hours, t(start), h);
      // From a start outside working time, the count begins at the next period: the inverse still holds.
      expect(workingMinutesBetween(cal, hours, t(start), end)).toBe(h * 60);
    }
  });
});
