import fc from "fast-check";
import { createCalendar, type HolidayOverride } from "../../../src/core/calendar";
import { ymdToSerial } from "../../../src/core/dates";
import { naiveIsWorkday, naiveNetworkdays, naiveWorkday } from "./reference";

const cal = createCalendar();
// Start days leave room for ±60 working days (±120 calendar days) inside the covered 2004–2026 span.
const FIRST = ymdToSerial(2004, 6, 1);
const LAST = ymdToSerial(2026, 8, 31);
const day = fc.integer({ min: FIRST, max: LAST });
const workingDay = day.filter((d) => cal.isWorkday(d));
const steps = fc.integer({ min: 1, max: 60 });

describe("calendar properties", () => {
  it("NETWORKDAYS(d, WORKDAY(d, n)) = n + 1 for a working day d", () => {
    fc.assert(fc.property(workingDay, steps, (d, n) => cal.workdaysBetween(d, cal.addWorkdays(d, n)) === n + 1));
  });

  it("WORKDAY is strictly increasing in n and lands on working days", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 59 }), (d, n) => {
        const a = cal.addWorkdays(d, n);
        const b = cal.addWorkdays(d, n + 1);
        return b > a && (n === 0 || cal.isWorkday(a)) && (n + 1 === 0 || cal.isWorkday(b));
      }),
    );
  });

  it("WORKDAY is monotone in the start day", () => {
    fc.assert(
      fc.property(day, day, steps, (a, b, n) => (a <= b ? cal.addWorkdays(a, n) <= cal.addWorkdays(b, n) : true)),
    );
  });

  it("going back n working days undoes going forward for a working day", () => {
    fc.assert(fc.property(workingDay, steps, (d, n) => cal.addWorkdays(cal.addWorkdays(d, n), -n) === d));
  });

  it("agrees with a day-by-day reference for WORKDAY, NETWORKDAYS and isWorkday", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), fc.integer({ min: -120, max: 120 }), (d, n, span) => {
        return (
          cal.addWorkdays(d, n) === naiveWorkday(d, n) &&
          cal.workdaysBetween(d, d + span) === naiveNetworkdays(d, d + span) &&
          cal.isWorkday(d) === naiveIsWorkday(d)
        );
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with the reference when overrides are applied", () => {
    const override = fc.record({
      date: fc.integer({ min: ymdToSerial(2025, 1, 1), max: ymdToSerial(2025, 12, 31) }),
      kind: fc.constantFrom<"off" | "work">("off", "work"),
    });
    fc.assert(
      fc.property(
        fc.array(override, { maxLength: 30 }),
        fc.integer({ min: ymdToSerial(2025, 1, 1), max: ymdToSerial(2025, 12, 31) }),
        fc.integer({ min: -40, max: 40 }),
        (overrides: HolidayOverride[], d, n) => {
          const c = createCalendar(overrides);
          const end = Math.min(d + 50, ymdToSerial(2026, 12, 31));
          return (
            c.addWorkdays(d, n) === naiveWorkday(d, n, overrides) &&
            c.workdaysBetween(d, end) === naiveNetworkdays(d, end, overrides)
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
