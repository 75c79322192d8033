import fc from "fast-check";
import {
  dayOfWeek,
  isoToSerial,
  minuteOfDay,
  parseIso,
  parseIsoDateTime,
  serialToIso,
  serialToIsoDateTime,
  serialToYmd,
  ymdToSerial,
} from "../../src/core/dates";

describe("Excel serial days", () => {
  it("uses Excel's 1899-12-30 epoch for modern dates", () => {
    expect(ymdToSerial(1900, 3, 1)).toBe(61);
    expect(ymdToSerial(2025, 9, 26)).toBe(45926);
    expect(ymdToSerial(2026, 1, 1)).toBe(46023);
    expect(serialToIso(45926)).toBe("2025-09-26");
  });

  it("knows the weekday without the machine's time zone", () => {
    expect(dayOfWeek(isoToSerial("2025-09-26"))).toBe(5); // Friday
    expect(dayOfWeek(isoToSerial("2026-02-14"))).toBe(6); // Saturday
    expect(dayOfWeek(isoToSerial("2026-02-15"))).toBe(0); // Sunday
  });

  it("rejects text that is not a real calendar day", () => {
    expect(parseIso("2025-02-29")).toBeNull();
    expect(parseIso("2024-02-29")).toBe(ymdToSerial(2024, 2, 29));
    expect(parseIso("2025-13-01")).toBeNull();
    expect(parseIso("2025-9-1")).toBeNull();
    expect(() => isoToSerial("yesterday")).toThrow(RangeError);
  });

  it("round-trips every day between 1900-03-01 and 9999-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const { year, month, day } = serialToYmd(serial);
        expect(ymdToSerial(year, month, day)).toBe(serial);
        expect(isoToSerial(serialToIso(serial))).toBe(serial);
      }),
    );
  });

  it("advances the weekday by one each day", () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2958464 }), (s) => dayOfWeek(s + 1) === (dayOfWeek(s) + 1) % 7));
  });
});

describe("date-times", () => {
  it("formats and parses minutes exactly despite binary fractions", () => {
    const dt = parseIsoDateTime("2026-10-09T14:30");
    expect(dt).not.toBeNull();
    expect(serialToIsoDateTime(dt as number)).toBe("2026-10-09T14:30");
    expect(minuteOfDay(dt as number)).toBe(14 * 60 + 30);
    expect(parseIsoDateTime("2026-10-09 24:00")).toBeNull();
    expect(parseIsoDateTime("2026-10-09")).toBe(isoToSerial("2026-10-09"));
  });

  it("round-trips any minute", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40000, max: 60000 }), fc.integer({ min: 0, max: 1439 }), (day, minute) => {
        const text = serialToIsoDateTime(day + minute / 1440);
        expect(parseIsoDateTime(text)).toBeCloseTo(day + minute / 1440, 9);
        expect(minuteOfDay(day + minute / 1440)).toBe(minute);
      }),
    );
  });
});

describe("Excel's 1900 leap-year bug, on display", () => {
  it("shows serial 1 as 1900-01-01 and serial 60 as 1900-02-29, as Excel does", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(4)).toBe("1900-01-04");
    expect(serialToIso(59)).toBe("1900-02-28");
    expect(serialToIso(60)).toBe("1900-02-29");
    expect(serialToIso(61)).toBe("1900-03-01");
  });

  it("reads the days before 1900-03-01 back to the serials Excel gives them", () => {
    expect(ymdToSerial(1900, 1, 1)).toBe(1);
    expect(ymdToSerial(1900, 2, 28)).toBe(59);
    expect(ymdToSerial(1900, 3, 1)).toBe(61);
    for (let s = 1; s < 60; s++) expect(parseIso(serialToIso(s))).toBe(s);
  });

  it("leaves the arithmetic of real dates alone", () => {
    expect(serialToIso(ymdToSerial(2026, 9, 4))).toBe("2026-09-04");
    expect(ymdToSerial(2026, 1, 1) - ymdToSerial(2025, 12, 31)).toBe(1);
  });
});
