/**
 * Reporting periods of the KPI review: month '2026-09', quarter '2026Q3', semester '2026S1'/'2026S2', year '2026'.
 *
 * Semester ids number the semesters by the calendar year they START in: with the default starts (2/1 and 9/1)
 * '2026S1' is the spring semester 2026-02-01…2026-08-31 and '2026S2' the autumn semester 2026-09-01…2027-01-31.
 * (The school year's "第一学期" is the autumn one; the id deliberately follows the calendar so that it sorts and
 * parses without knowing the school year, and the labels spell out 春季/秋季.) A period is inclusive at both ends.
 */
import { daysInMonth, isValidYmd, serialToYmd, ymdToSerial, type IsoDate, type Serial, serialToIso } from "../dates";
import type { Lang } from "../i18n";

export type PeriodKind = "month" | "quarter" | "semester" | "year";

export interface Period {
  kind: PeriodKind;
  id: string;
  start: Serial;
  end: Serial;
}

export interface MonthDay {
  month: number;
  day: number;
}

export const DEFAULT_SEMESTER_STARTS: readonly MonthDay[] = [
  { month: 2, day: 1 },
  { month: 9, day: 1 },
];

function checkStarts(starts: readonly MonthDay[]): readonly MonthDay[] {
  if (starts.length === 0) throw new RangeError("at least one semester start is needed");
  let previous = 0;
  for (const s of starts) {
    // 2/29 would make a semester that exists only in leap years.
    if (!isValidYmd(2023, s.month, s.day)) throw new RangeError(`not a semester start: ${s.month}-${s.day}`);
    const key = s.month * 100 + s.day;
    if (key <= previous) throw new RangeError("semester starts must be in calendar order");
    previous = key;
  }
  return starts;
}

/** Reads '02-01、09-01' (or '2/1,9/1', '2月1日、9月1日') into semester starts; null when the text is not that. */
export function parseSemesterStarts(text: string): MonthDay[] | null {
  const parts = text.split(/[、,，;；\s]+/).filter((p) => p !== "");
  if (parts.length === 0) return null;
  const starts: MonthDay[] = [];
  for (const p of parts) {
    const m = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?$/.exec(p);
    if (!m) return null;
    starts.push({ month: Number(m[1]), day: Number(m[2]) });
  }
  try {
    return [...checkStarts(starts)];
  } catch {
    return null;
  }
}

function monthPeriod(year: number, month: number): Period {
  return {
    kind: "month",
    id: `${year}-${month < 10 ? "0" : ""}${month}`,
    start: ymdToSerial(year, month, 1),
    end: ymdToSerial(year, month, daysInMonth(year, month)),
  };
}

function quarterPeriod(year: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  return {
    kind: "quarter",
    id: `${year}Q${q}`,
    start: ymdToSerial(year, first, 1),
    end: ymdToSerial(year, first + 2, daysInMonth(year, first + 2)),
  };
}

function yearPeriod(year: number): Period {
  return { kind: "year", id: String(year), start: ymdToSerial(year, 1, 1), end: ymdToSerial(year, 12, 31) };
}

function semesterPeriod(year: number, index: number, starts: readonly MonthDay[]): Period {
  const s = starts[index] as MonthDay;
  const next =
    index + 1 < starts.length
      ? { year, md: starts[index + 1] as MonthDay }
      : { year: year + 1, md: starts[0] as MonthDay };
  return {
    kind: "semester",
    id: `${year}S${index + 1}`,
    start: ymdToSerial(year, s.month, s.day),
    end: ymdToSerial(next.year, next.md.month, next.md.day) - 1,
  };
}

/** Parses a period id; null when the text is not one (years 1900–9999). */
export function parsePeriod(text: string, starts: readonly MonthDay[] = DEFAULT_SEMESTER_STARTS): Period | null {
  const t = text.trim().toUpperCase();
  let m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return year >= 1900 && month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
  }
  m = /^(\d{4})-?Q([1-4])$/.exec(t);
  if (m) return Number(m[1]) >= 1900 ? quarterPeriod(Number(m[1]), Number(m[2])) : null;
  m = /^(\d{4})-?S(\d)$/.exec(t);
  if (m) {
    const index = Number(m[2]) - 1;
    checkStarts(starts);
    return Number(m[1]) >= 1900 && index >= 0 && index < starts.length
      ? semesterPeriod(Number(m[1]), index, starts)
      : null;
  }
  m = /^(\d{4})$/.exec(t);
  if (m) return Number(m[1]) >= 1900 ? yearPeriod(Number(m[1])) : null;
  return null;
}

/** The period of a kind that contains day d. */
export function periodContaining(
  kind: PeriodKind,
  d: Serial,
  starts: readonly MonthDay[] = DEFAULT_SEMESTER_STARTS,
): Period {
  const { year, month, day } = serialToYmd(d);
  switch (kind) {
    case "month":
      return monthPeriod(year, month);
    case "quarter":
      return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
    case "year":
      return yearPeriod(year);
    case "semester": {
      checkStarts(starts);
      const key = month * 100 + day;
      for (let i = starts.length - 1; i >= 0; i--) {
        const s = starts[i] as MonthDay;
        if (key >= s.month * 100 + s.day) return semesterPeriod(year, i, starts);
      }
      // Before the first start of the year: the last semester that began the year before.
      return semesterPeriod(year - 1, starts.length - 1, starts);
    }
  }
}

/** The period of the same kind just before p. */
export function previousPeriod(p: Period, starts: readonly MonthDay[] = DEFAULT_SEMESTER_STARTS): Period {
  return periodContaining(p.kind, p.start - 1, starts);
}

/** The same period one year earlier (year-on-year comparisons such as K06). */
export function samePeriodLastYear(p: Period, starts: readonly MonthDay[] = DEFAULT_SEMESTER_STARTS): Period {
  const { year, month, day } = serialToYmd(p.start);
  // Every period starts on a day that exists in every year (1st of a month, or a checked semester start).
  return periodContaining(p.kind, ymdToSerial(year - 1, month, day), starts);
}

/** The n quarters ending with the quarter that contains p's last day, oldest first (the KPI sheet's trend block). */
export function lastQuarters(p: Period, n: number): Period[] {
  const quarters: Period[] = [periodContaining("quarter", p.end)];
  while (quarters.length < n) quarters.unshift(previousPeriod(quarters[0] as Period));
  return quarters;
}

export function periodStartIso(p: Period): IsoDate {
  return serialToIso(p.start);
}

export function periodEndIso(p: Period): IsoDate {
  return serialToIso(p.end);
}

/** A heading for people: '2026年第3季度', 'Q3 2026', '2026年春季学期' … */
export function periodLabel(p: Period, lang: Lang): string {
  const { year, month } = serialToYmd(p.start);
  const zh = lang === "zh-CN";
  switch (p.kind) {
    case "month":
      return zh ? `${year}年${month}月` : `${p.id}`;
    case "quarter": {
      const q = Math.floor((month - 1) / 3) + 1;
      return zh ? `${year}年第${q}季度` : `Q${q} ${year}`;
    }
    case "year":
      return zh ? `${year}年` : String(year);
    case "semester": {
      // Spring/autumn by the month the semester starts in; a third semester (rare) is named by its number.
      const season = month >= 1 && month <= 6 ? (zh ? "春季" : "Spring") : zh ? "秋季" : "Autumn";
      return zh ? `${year}年${season}学期` : `${season} semester ${year}`;
    }
  }
}

/** Whether day d (or a date-time on that day) lies in p, both ends included. */
export function inPeriod(p: Period, d: number | null): boolean {
  if (d === null) return false;
  const day = Math.floor(d);
  return day >= p.start && day <= p.end;
}
