import fc from "fast-check";
import {
  createCalendar,
  workdayAtLeast,
  workdaysLate,
  workdaysLateSoFar,
  CalendarCoverageError,
} from "../../../src/core/calendar";
import { isoToSerial as s } from "../../../src/core/dates";

const cal = createCalendar();

describe("workdaysLate: working days after the due day up to the judged day", () => {
  it("counts the first working day after a due day in the Spring Festival break (issue 10 §3)", () => {
    // 2026 Spring Festival: 02-15 … 02-23 off, 02-24 (Tue) the first working day after it.
    expect(workdaysLate(cal, s("2026-02-15"), s("2026-02-24"))).toBe(1);
    expect(workdaysLate(cal, s("2026-02-20"), s("2026-02-24"))).toBe(1);
    expect(workdaysLate(cal, s("2026-02-23"), s("2026-02-24"))).toBe(1);
    expect(workdaysLate(cal, s("2026-02-21"), s("2026-02-23"))).toBe(0);
  });

  it("equals NETWORKDAYS(due, day) − 1 whenever the due day is a working day", () => {
    for (const [due, day] of [
      ["2026-11-20", "2026-11-23"],
      ["2025-09-30", "2025-10-16"],
      ["2026-01-05", "2026-12-31"],
      ["2026-11-20", "2026-11-20"],
    ] as const) {
      expect(workdaysLate(cal, s(due), s(day))).toBe(cal.workdaysBetween(s(due), s(day)) - 1);
    }
  });

  it("is 0 up to the due day, counts Saturdays made working days, and counts Mon–Fri before 2004", () => {
    expect(workdaysLate(cal, s("2026-11-20"), s("2026-11-19"))).toBe(0);
    // 2026-10-10 (Sat) is a make-up working day after National Day.
    expect(workdaysLate(cal, s("2026-10-08"), s("2026-10-10"))).toBe(2);
    expect(workdaysLate(cal, s("2003-12-29"), s("2004-01-05"))).toBe(4);
  });

  it("refuses a span reaching a year without data; the tolerant form counts what is known and says where it stopped", () => {
    expect(() => workdaysLate(cal, s("2026-12-30"), s("2027-01-04"))).toThrow(CalendarCoverageError);
    expect(workdaysLateSoFar(cal, s("2026-12-30"), s("2027-01-04"))).toEqual({
      days: 1,
      complete: false,
      missingYear: 2027,
      countedUntil: s("2026-12-31"),
    });
    expect(workdaysLateSoFar(cal, s("2027-01-05"), s("2027-02-10"))).toEqual({
      days: 0,
      complete: false,
      missingYear: 2027,
      countedUntil: s("2027-01-05"),
    });
    expect(workdaysLateSoFar(cal, s("2026-12-01"), s("2026-12-04"))).toEqual({
      days: 3,
      complete: true,
      missingYear: null,
      countedUntil: s("2026-12-04"),
    });
  });
});

describe("workdayAtLeast: a lower bound of WORKDAY beyond the covered years", () => {
  it("is WORKDAY itself inside the calendar", () => {
    expect(workdayAtLeast(cal, s("2026-11-20"), 1)).toEqual({
      day: s("2026-11-23"),
      complete: true,
      missingYear: null,
    });
  });

  it("counts the known working days, then one calendar day per remaining one", () => {
    // As of Thu 2026-12-31: nothing known after it, so 1 WD is at least 2027-01-01.
    expect(workdayAtLeast(cal, s("2026-12-31"), 1)).toEqual({
      day: s("2027-01-01"),
      complete: false,
      missingYear: 2027,
    });
    // As of Tue 12-29 with 3 WD: 12-30 and 12-31 are known, the third at least 2027-01-01.
    expect(workdayAtLeast(cal, s("2026-12-29"), 3)).toEqual({
      day: s("2027-01-01"),
      complete: false,
      missingYear: 2027,
    });
    expect(workdayAtLeast(cal, s("2027-01-04"), 2)).toEqual({
      day: s("2027-01-06"),
      complete: false,
      missingYear: 2027,
    });
  });
});

describe("workdaysLate properties", () => {
  const FIRST = s("2004-01-01");
  const LAST = s("2026-12-31");
  const day = fc.integer({ min: FIRST, max: LAST });

  it("equals NETWORKDAYS(due, day) − 1 for a working due day, and NETWORKDAYS(due, day) for a day off", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (due, gap) => {
        const until = Math.min(LAST, due + gap);
        const n = cal.workdaysBetween(due, until);
        return workdaysLate(cal, due, until) === (cal.isWorkday(due) ? n - 1 : n);
      }),
    );
  });

  it("the tolerant form counts exactly the known span and says where it stopped", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: s("2026-10-01"), max: s("2027-03-31") }),
        fc.integer({ min: 0, max: 120 }),
        (due, gap) => {
          const soFar = workdaysLateSoFar(cal, due, due + gap);
          const known = soFar.countedUntil <= due ? 0 : workdaysLate(cal, due, soFar.countedUntil);
          return (
            soFar.days === known &&
            soFar.countedUntil <= due + gap &&
            soFar.complete === (soFar.countedUntil === due + gap)
          );
        },
      ),
    );
  });
});
