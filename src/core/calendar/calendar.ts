/**
 * The working-day index. Built once per calendar (official data + a workbook's overrides) over the span of covered
 * years; afterwards every query is array arithmetic:
 *   working[i]   1 when day (start + i) is a working day
 *   before[i]    working days in [start, start + i)          → NETWORKDAYS in O(1)
 *   workSerials  the working days in order                   → WORKDAY in O(1)
 *   covered[i]   prefix count of covered days                → "does this range touch an uncovered year?" in O(1)
 */
import { dayOfWeek, serialToYmd, ymdToSerial, type Serial } from "../dates";
import { translate, type Lang } from "../i18n";
import { CalendarCoverageError } from "./errors";
import { CALENDAR_MESSAGES } from "./messages";
import { OFFICIAL_DAYS, type OfficialDay } from "./official-data";
import type { Calendar, HolidayOverride } from "./types";

const OFFICIAL_YEARS: readonly number[] = [...new Set(OFFICIAL_DAYS.map((d) => serialToYmd(d.date).year))].sort(
  (a, b) => a - b,
);

/** Years the bundled official data describes (every year from the first to the last notice). */
export function officialYears(): number[] {
  return [...OFFICIAL_YEARS];
}

/** Years an override may name; outside them a date is a typo, and indexing it would build a needlessly huge span. */
export const OVERRIDE_YEARS = { min: 1990, max: 2199 } as const;

interface DayInfo {
  official?: OfficialDay;
  override?: HolidayOverride;
}

class IndexedCalendar implements Calendar {
  private readonly start: Serial;
  private readonly length: number;
  private readonly working: Uint8Array;
  private readonly before: Int32Array;
  private readonly coveredBefore: Int32Array;
  private readonly workSerials: Int32Array;
  private readonly years: number[];
  private readonly info = new Map<Serial, DayInfo>();

  /** 节假日调整 rows per year outside the covered ones, for the "incomplete year" message. */
  private readonly uncoveredRows = new Map<number, number>();

  constructor(overrides: readonly HolidayOverride[], completeYears: readonly number[]) {
    const years = new Set(officialYears());
    for (const y of completeYears) {
      if (!(Number.isInteger(y) && y >= OVERRIDE_YEARS.min && y <= OVERRIDE_YEARS.max)) {
        throw new RangeError(`Complete year outside ${OVERRIDE_YEARS.min}–${OVERRIDE_YEARS.max}: ${y}`);
      }
      years.add(y);
    }
    // The index spans the override years too, so their rows are in place; only covered years answer queries.
    const spanned = new Set(years);
    for (const o of overrides) {
      const year = Number.isInteger(o.date) ? serialToYmd(o.date).year : NaN;
      if (!(year >= OVERRIDE_YEARS.min && year <= OVERRIDE_YEARS.max)) {
        throw new RangeError(`Override date outside ${OVERRIDE_YEARS.min}–${OVERRIDE_YEARS.max}: ${o.date}`);
      }
      spanned.add(year);
      if (!years.has(year)) this.uncoveredRows.set(year, (this.uncoveredRows.get(year) ?? 0) + 1);
    }
    this.years = [...years].sort((a, b) => a - b);
    const span = [...spanned].sort((a, b) => a - b);
    const first = span[0] as number;
    const last = span[span.length - 1] as number;
    this.start = ymdToSerial(first, 1, 1);
    this.length = ymdToSerial(last + 1, 1, 1) - this.start;

    const covered = new Uint8Array(this.length);
    for (const y of this.years)
      covered.fill(1, ymdToSerial(y, 1, 1) - this.start, ymdToSerial(y + 1, 1, 1) - this.start);

    this.working = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const dow = dayOfWeek(this.start + i);
      this.working[i] = covered[i] === 1 && dow !== 0 && dow !== 6 ? 1 : 0;
    }
    for (const d of OFFICIAL_DAYS) {
      this.working[d.date - this.start] = d.working ? 1 : 0;
      this.info.set(d.date, { official: d });
    }
    // Overrides win over official data; a later row for the same date wins over an earlier one.
    for (const o of overrides) {
      this.working[o.date - this.start] = o.kind === "work" ? 1 : 0;
      this.info.set(o.date, { ...this.info.get(o.date), override: o });
    }

    this.before = new Int32Array(this.length + 1);
    this.coveredBefore = new Int32Array(this.length + 1);
    let workCount = 0;
    for (let i = 0; i < this.length; i++) {
      this.before[i + 1] = this.before[i] + this.working[i];
      this.coveredBefore[i + 1] = this.coveredBefore[i] + covered[i];
      workCount += this.working[i];
    }
    this.workSerials = new Int32Array(workCount);
    for (let i = 0, k = 0; i < this.length; i++) if (this.working[i] === 1) this.workSerials[k++] = this.start + i;
  }

  coveredYears(): number[] {
    return [...this.years];
  }

  /** Index of a covered day; throws for a day outside the covered years. */
  private indexOf(d: Serial): number {
    if (!Number.isFinite(d)) throw new RangeError(`Not a date serial: ${d}`);
    const i = Math.floor(d) - this.start;
    if (i < 0 || i >= this.length || this.coveredBefore[i + 1] === this.coveredBefore[i]) {
      throw this.coverageError(serialToYmd(d).year);
    }
    return i;
  }

  /** Throws unless every day of [lo, hi] (inclusive serials, lo ≤ hi) lies in a covered year. */
  private requireCovered(lo: Serial, hi: Serial): void {
    const i = lo - this.start;
    const j = hi - this.start;
    if (i >= 0 && j < this.length && this.coveredBefore[j + 1] - this.coveredBefore[i] === j - i + 1) return;
    const covered = new Set(this.years);
    for (let y = serialToYmd(lo).year; ; y++) if (!covered.has(y)) throw this.coverageError(y);
  }

  private coverageError(year: number): CalendarCoverageError {
    return new CalendarCoverageError(year, this.uncoveredRows.get(year) ?? 0);
  }

  isWorkday(d: Serial): boolean {
    return this.working[this.indexOf(d)] === 1;
  }

  workdaysBetween(a: Serial, b: Serial): number {
    if (!Number.isFinite(a) || !Number.isFinite(b)) throw new RangeError(`Not date serials: ${a}, ${b}`);
    const lo = Math.floor(Math.min(a, b));
    const hi = Math.floor(Math.max(a, b));
    this.requireCovered(lo, hi);
    const count = this.before[hi - this.start + 1] - this.before[lo - this.start];
    return b < a ? -count : count;
  }

  addWorkdays(d: Serial, n: number): Serial {
    const day = Math.floor(d);
    if (!Number.isFinite(n)) throw new RangeError(`Not a day count: ${n}`);
    const steps = Math.trunc(n); // Excel truncates a fractional day count
    if (steps === 0) return day;
    const i = this.indexOf(day);
    if (steps > 0) {
      // before[i + 1] working days are ≤ day, so the answer is the (before[i+1] + steps)-th working day.
      const k = this.before[i + 1] + steps - 1;
      if (k >= this.workSerials.length) this.requireCovered(day, this.start + this.length);
      const result = this.workSerials[k];
      this.requireCovered(day, result);
      return result;
    }
    const k = this.before[i] + steps;
    if (k < 0) this.requireCovered(this.start - 1, day);
    const result = this.workSerials[k];
    this.requireCovered(result, day);
    return result;
  }

  holidayName(d: Serial, lang: Lang): string | null {
    const day = Math.floor(d);
    this.indexOf(day);
    const info = this.info.get(day);
    if (!info) return null;
    if (info.override) {
      const note = info.override.note?.trim();
      if (note) return note;
      return translate(CALENDAR_MESSAGES, lang, info.override.kind === "work" ? "overrideWork" : "overrideOff");
    }
    const official = info.official as OfficialDay;
    const name = lang === "zh-CN" ? official.nameZh : official.nameEn;
    return official.working ? translate(CALENDAR_MESSAGES, lang, "makeUpDay", { name }) : name;
  }
}

export interface CalendarOptions {
  /**
   * Years the workbook's 节假日调整 marks complete (a 全年完整 row): covered like official years, Mon–Fri plus the
   * overrides. Overrides in any other year without official data still apply, but that year stays uncovered, so one
   * typed row never passes a half-entered year off as a full schedule.
   */
  completeYears?: readonly number[];
}

/**
 * The official China calendar with a workbook's `节假日调整` overrides applied. A year is covered when official data
 * exists for it or the workbook marks its schedule complete (`options.completeYears`).
 */
export function createCalendar(overrides: readonly HolidayOverride[] = [], options: CalendarOptions = {}): Calendar {
  return new IndexedCalendar(overrides, options.completeYears ?? []);
}
