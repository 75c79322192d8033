import fc from "fast-check";
import { isoToSerial, serialToIso } from "../../../src/core/dates";
import {
  inPeriod,
  lastQuarters,
  parsePeriod,
  parseSemesterStarts,
  periodContaining,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
  type Period,
} from "../../../src/core/kpi";

const span = (p: Period | null) => (p ? `${p.id} ${serialToIso(p.start)}..${serialToIso(p.end)}` : null);

describe("parsePeriod", () => {
  it("reads months, quarters, semesters and years with inclusive bounds", () => {
    expect(span(parsePeriod("2026-09"))).toBe("2026-09 2026-09-01..2026-09-30");
    expect(span(parsePeriod("2024-02"))).toBe("2024-02 2024-02-01..2024-02-29");
    expect(span(parsePeriod("2026Q3"))).toBe("2026Q3 2026-07-01..2026-09-30");
    expect(span(parsePeriod("2026q1"))).toBe("2026Q1 2026-01-01..2026-03-31");
    expect(span(parsePeriod("2026S1"))).toBe("2026S1 2026-02-01..2026-08-31");
    expect(span(parsePeriod("2026S2"))).toBe("2026S2 2026-09-01..2027-01-31");
    expect(span(parsePeriod("2026"))).toBe("2026 2026-01-01..2026-12-31");
  });

  it("rejects what is not a period", () => {
    for (const bad of ["2026Q5", "2026-13", "2026S3", "26Q1", "Q3", "", "2026-09-01"])
      expect(parsePeriod(bad)).toBeNull();
  });

  it("uses configured semester starts", () => {
    const starts = parseSemesterStarts("3月1日、9月1日");
    expect(starts).toEqual([
      { month: 3, day: 1 },
      { month: 9, day: 1 },
    ]);
    expect(span(parsePeriod("2024S1", starts ?? undefined))).toBe("2024S1 2024-03-01..2024-08-31");
    expect(span(parsePeriod("2023S2", starts ?? undefined))).toBe("2023S2 2023-09-01..2024-02-29");
    expect(parseSemesterStarts("09-01,02-01")).toBeNull(); // out of order
    expect(parseSemesterStarts("02-30")).toBeNull();
  });
});

describe("period arithmetic", () => {
  it("finds the period containing a day, including the winter semester that began the year before", () => {
    expect(periodContaining("quarter", isoToSerial("2026-11-22")).id).toBe("2026Q4");
    expect(periodContaining("semester", isoToSerial("2026-01-15")).id).toBe("2025S2");
    expect(periodContaining("semester", isoToSerial("2026-02-01")).id).toBe("2026S1");
    expect(periodContaining("semester", isoToSerial("2026-08-31")).id).toBe("2026S1");
    expect(periodContaining("month", isoToSerial("2026-12-31")).id).toBe("2026-12");
  });

  it("steps to the previous period and to the same period last year", () => {
    const p = (id: string) => parsePeriod(id) as Period;
    expect(previousPeriod(p("2026Q1")).id).toBe("2025Q4");
    expect(previousPeriod(p("2026-01")).id).toBe("2025-12");
    expect(previousPeriod(p("2026S1")).id).toBe("2025S2");
    expect(previousPeriod(p("2026S2")).id).toBe("2026S1");
    expect(previousPeriod(p("2026")).id).toBe("2025");
    expect(span(samePeriodLastYear(p("2026Q3")))).toBe("2025Q3 2025-07-01..2025-09-30");
    expect(span(samePeriodLastYear(p("2024-02")))).toBe("2023-02 2023-02-01..2023-02-28");
    expect(samePeriodLastYear(p("2026S2")).id).toBe("2025S2");
  });

  it("lists the last four quarters ending with the period's quarter, oldest first", () => {
    expect(lastQuarters(parsePeriod("2026Q1") as Period, 4).map((q) => q.id)).toEqual([
      "2025Q2",
      "2025Q3",
      "2025Q4",
      "2026Q1",
    ]);
    expect(lastQuarters(parsePeriod("2026-08") as Period, 4).map((q) => q.id)).toEqual([
      "2025Q4",
      "2026Q1",
      "2026Q2",
      "2026Q3",
    ]);
  });

  it("places date-times on their day and includes both ends", () => {
    const q3 = parsePeriod("2026Q3") as Period;
    expect(inPeriod(q3, isoToSerial("2026-07-01"))).toBe(true);
    expect(inPeriod(q3, isoToSerial("2026-09-30") + 0.99)).toBe(true);
    expect(inPeriod(q3, isoToSerial("2026-10-01"))).toBe(false);
    expect(inPeriod(q3, isoToSerial("2026-06-30") + 0.5)).toBe(false);
    expect(inPeriod(q3, null)).toBe(false);
  });

  it("labels periods for people", () => {
    expect(periodLabel(parsePeriod("2026Q3") as Period, "zh-CN")).toBe("2026年第3季度");
    expect(periodLabel(parsePeriod("2026Q3") as Period, "en-US")).toBe("Q3 2026");
    expect(periodLabel(parsePeriod("2026S2") as Period, "zh-CN")).toBe("2026年秋季学期");
    expect(periodLabel(parsePeriod("2026-09") as Period, "zh-CN")).toBe("2026年9月");
  });
});

describe("period properties", () => {
  // Days 1990-01-01 … 2099-12-31; semester starts drawn from real-looking pairs.
  const day = fc.integer({ min: isoToSerial("1990-01-01"), max: isoToSerial("2099-12-31") });
  const kind = fc.constantFrom("month" as const, "quarter" as const, "semester" as const, "year" as const);
  const starts = fc.constantFrom(
    undefined,
    [
      { month: 2, day: 20 },
      { month: 9, day: 1 },
    ],
    [
      { month: 3, day: 1 },
      { month: 8, day: 28 },
    ],
  );

  it("the period containing a day contains it, parses back from its id, and abuts its predecessor", () => {
    fc.assert(
      fc.property(day, kind, starts, (d, k, s) => {
        const p = periodContaining(k, d, s);
        expect(inPeriod(p, d)).toBe(true);
        expect(parsePeriod(p.id, s)).toEqual(p);
        const prev = previousPeriod(p, s);
        expect(prev.end + 1).toBe(p.start);
        expect(prev.kind).toBe(k);
      }),
    );
  });

  it("the same period last year has the same kind and starts one year earlier", () => {
    fc.assert(
      fc.property(day, kind, starts, (d, k, s) => {
        const p = periodContaining(k, d, s);
        const ly = samePeriodLastYear(p, s);
        expect(ly.kind).toBe(k);
        expect(Number(ly.id.slice(0, 4))).toBe(Number(p.id.slice(0, 4)) - 1);
        expect(ly.id.slice(4)).toBe(p.id.slice(4));
      }),
    );
  });
});
