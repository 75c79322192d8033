import fc from "fast-check";
import { daysInMonth, ymdToSerial } from "../../../src/core/dates";
import { parseDate, parseDateTime, parseTime } from "../../../src/core/values";
import type { Parsed } from "../../../src/core/values";

const day = (y: number, m: number, d: number) => ymdToSerial(y, m, d);
const value = <T>(p: Parsed<T>): T => {
  if (p.kind !== "ok") throw new Error(`expected ok, got ${JSON.stringify(p)}`);
  return p.value;
};
const minutes = (h: number, m: number) => (h * 60 + m) / 1440;

describe("parseDate", () => {
  it("reads every text form of REGISTERS.md as the same day", () => {
    const want = day(2025, 3, 5);
    for (const text of [
      "2025-03-05",
      "2025/3/5",
      "2025.3.5",
      "2025年3月5日",
      "20250305",
      "2025-3-5",
      "2025 年 3 月 5 日",
      "2025年3月5号",
      "2025年03月05",
    ]) {
      expect([text, value(parseDate(text))]).toEqual([text, want]);
    }
  });
  it("reads full-width digits and separators", () => {
    expect(value(parseDate("２０２５－０３－０５"))).toBe(day(2025, 3, 5));
    expect(value(parseDate("２０２５年３月５日"))).toBe(day(2025, 3, 5));
  });
  it("keeps the day of a text with a time", () => {
    expect(value(parseDate("2025-03-05 00:00:00"))).toBe(day(2025, 3, 5));
    expect(value(parseDate("2025/3/5 14:30"))).toBe(day(2025, 3, 5));
  });
  it("reads Excel serials, keeping the day of a serial with a fraction", () => {
    expect(value(parseDate(45721))).toBe(45721);
    expect(value(parseDate(45721.75))).toBe(45721);
    expect(value(parseDate(45722 - 1e-12))).toBe(45722);
    expect(value(parseDate(1))).toBe(1);
    expect(value(parseDate(2958465))).toBe(2958465);
  });
  it("reads a whole number typed as YYYYMMDD", () => {
    expect(value(parseDate(20250305))).toBe(day(2025, 3, 5));
  });
  it("refuses days that are not on the calendar, saying so", () => {
    for (const bad of ["2025-02-30", "2025/2/29", "2025年13月1日", "20250230", 20250230]) {
      expect([bad, parseDate(bad)]).toEqual([bad, { kind: "error", expected: "date", problem: "not-a-day" }]);
    }
    expect(value(parseDate("2024-02-29"))).toBe(day(2024, 2, 29));
  });
  it("refuses other text, numbers out of range, booleans and mixed separators", () => {
    for (const bad of [
      "明天",
      "2025-03",
      "25/3/5",
      "3/5/2025",
      "2025/3-5",
      "2025-03-051",
      "45721",
      "2025-03-05Z",
      "2025-03-05T14:30Z",
      0,
      -3,
      3000000,
      true,
      "2025-03-05 abc",
    ]) {
      expect([bad, parseDate(bad)]).toEqual([bad, { kind: "error", expected: "date", problem: "unreadable" }]);
    }
  });
  it("treats empty cells as blank and reports Excel errors as such", () => {
    expect(parseDate(null)).toEqual({ kind: "blank" });
    expect(parseDate("  ")).toEqual({ kind: "blank" });
    expect(parseDate("#N/A")).toEqual({ kind: "error", expected: "date", problem: "excel-error" });
  });
  it("gives back the same serial for any valid day in any accepted form (property)", () => {
    const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
    const fw = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          fc.pre(d <= daysInMonth(y, m));
          const serial = day(y, m, d);
          const forms = [
            `${y}-${pad(m)}-${pad(d)}`,
            `${y}-${m}-${d}`,
            `${y}/${m}/${d}`,
            `${y}.${m}.${d}`,
            `${y}年${m}月${d}日`,
            `${y}${pad(m)}${pad(d)}`,
            fw(`${y}-${pad(m)}-${pad(d)}`),
            `${y}-${pad(m)}-${pad(d)} 00:00:00`,
          ];
          for (const f of forms) expect([f, value(parseDate(f))]).toEqual([f, serial]);
          if (serial <= 2958465) expect(value(parseDate(serial))).toBe(serial);
        },
      ),
    );
  });
});

describe("parseDateTime", () => {
  const base = day(2025, 3, 5);
  it("reads date and time in the usual forms", () => {
    const want = base + minutes(14, 30);
    for (const text of [
      "2025-03-05 14:30",
      "2025-03-05T14:30",
      "2025/3/5 14:30:00",
      "2025年3月5日 14:30",
      "2025年3月5日14:30",
      "2025/3/5 下午2:30",
      "2025/3/5 2:30 PM",
      "2025/3/5 2:30pm",
      "2025-03-05 14时30分",
      "２０２５－０３－０５　１４：３０",
    ]) {
      expect([text, value(parseDateTime(text))]).toEqual([text, want]);
    }
  });
  it("keeps seconds", () => {
    expect(value(parseDateTime("2025-03-05 14:30:15"))).toBeCloseTo(base + (14 * 3600 + 30 * 60 + 15) / 86400, 10);
  });
  it("reads a date alone as midnight, and serials with their fraction", () => {
    expect(value(parseDateTime("2025-03-05"))).toBe(base);
    expect(value(parseDateTime("2025年3月5日"))).toBe(base);
    expect(value(parseDateTime(base + 0.25))).toBe(base + 0.25);
  });
  it("reads 12 AM as midnight and 12 PM / 中午12点 as noon", () => {
    expect(value(parseDateTime("2025-03-05 12:00 AM"))).toBe(base);
    expect(value(parseDateTime("2025-03-05 12:00 PM"))).toBe(base + 0.5);
    expect(value(parseDateTime("2025-03-05 中午12点"))).toBe(base + 0.5);
    expect(value(parseDateTime("2025-03-05 上午9:05"))).toBe(base + minutes(9, 5));
  });
  it("refuses impossible times and days, and a time of day without a date", () => {
    expect(parseDateTime("2025-03-05 25:00")).toEqual({ kind: "error", expected: "datetime", problem: "not-a-time" });
    expect(parseDateTime("2025-03-05 13:00 AM")).toEqual({
      kind: "error",
      expected: "datetime",
      problem: "not-a-time",
    });
    expect(value(parseDateTime("2025-03-05 13:00 PM"))).toBe(base + minutes(13, 0));
    expect(parseDateTime("2025-02-30 10:00")).toEqual({ kind: "error", expected: "datetime", problem: "not-a-day" });
    expect(parseDateTime(0.5)).toEqual({ kind: "error", expected: "datetime", problem: "unreadable" });
    expect(parseDateTime("14:30")).toEqual({ kind: "error", expected: "datetime", problem: "unreadable" });
    expect(parseDateTime("2025-03-05 14")).toEqual({ kind: "error", expected: "datetime", problem: "unreadable" });
  });
});

describe("parseTime", () => {
  it("reads times as fractions of a day", () => {
    expect(value(parseTime("14:30"))).toBe(minutes(14, 30));
    expect(value(parseTime("14:30:00"))).toBe(minutes(14, 30));
    expect(value(parseTime("8:05"))).toBe(minutes(8, 5));
    expect(value(parseTime("下午2:30"))).toBe(minutes(14, 30));
    expect(value(parseTime("下午14:30"))).toBe(minutes(14, 30));
    expect(value(parseTime("14：30"))).toBe(minutes(14, 30));
    expect(value(parseTime("9点"))).toBe(minutes(9, 0));
    expect(value(parseTime(0.5))).toBe(0.5);
    expect(value(parseTime(0))).toBe(0);
  });
  it("refuses numbers outside a day and out-of-range text", () => {
    expect(parseTime(1)).toEqual({ kind: "error", expected: "time", problem: "unreadable" });
    expect(parseTime(-0.1)).toEqual({ kind: "error", expected: "time", problem: "unreadable" });
    expect(parseTime("上午14:30")).toEqual({ kind: "error", expected: "time", problem: "not-a-time" });
    expect(parseTime("24:00")).toEqual({ kind: "error", expected: "time", problem: "not-a-time" });
    expect(parseTime("14:61")).toEqual({ kind: "error", expected: "time", problem: "not-a-time" });
    expect(parseTime("14:3")).toEqual({ kind: "error", expected: "time", problem: "unreadable" });
    expect(parseTime("2025-03-05 14:30")).toEqual({ kind: "error", expected: "time", problem: "unreadable" });
    expect(parseTime("")).toEqual({ kind: "blank" });
  });
});
