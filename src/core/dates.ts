/**
 * Calendar days and times without time zones.
 *
 * A day is an Excel serial (days since 1899-12-30, the epoch Office.js and .xlsx files use for every date after
 * 1900-02-28). A date-time is a serial with a fraction of a day. ISO strings are the text form. Nothing here uses the
 * JavaScript `Date` object: its local-time methods depend on the machine's zone, which is exactly the bug this
 * project exists to avoid (a deadline must not move when the laptop travels).
 */

/** 'YYYY-MM-DD' */
export type IsoDate = string;
/** Excel serial day number (integer). */
export type Serial = number;
/** Excel serial with a fraction of a day (1 minute = 1/1440). */
export type SerialDateTime = number;

export interface Ymd {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

// Days from 1970-01-01 to 1899-12-30.
const EPOCH_OFFSET = 25569;

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): Ymd {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1900 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Excel's 1900 date system counts 1900 as a leap year (a Lotus 1-2-3 compatibility bug): serial 1 is 1900-01-01,
 * serial 60 is the day that never was, 1900-02-29, and from serial 61 (1900-03-01) on the serials agree with the
 * 1899-12-30 epoch used for arithmetic. Days before 1900-03-01 are shown and read as Excel shows and reads them, so a
 * stray small number in a date column reads the same here as in Excel; arithmetic on days after 1900-03-01 (every real
 * date of a register) is untouched.
 */
const FIRST_TRUE_SERIAL = 61; // 1900-03-01
const PHANTOM_LEAP_DAY = 60; // 1900-02-29 in Excel

export function ymdToSerial(year: number, month: number, day: number): Serial {
  const s = daysFromCivil(year, month, day) + EPOCH_OFFSET;
  return year === 1900 && month <= 2 && s >= 2 ? s - 1 : s;
}

export function serialToYmd(serial: Serial): Ymd {
  const s = Math.floor(serial);
  if (s >= FIRST_TRUE_SERIAL || s < 1) return civilFromDays(s - EPOCH_OFFSET);
  if (s === PHANTOM_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(s + 1 - EPOCH_OFFSET);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function serialToIso(serial: Serial): IsoDate {
  const { year, month, day } = serialToYmd(serial);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict 'YYYY-MM-DD' → serial, or null when the text is not a real calendar day. */
export function parseIso(text: string): Serial | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? ymdToSerial(y, mo, d) : null;
}

/** Like parseIso but throws; for code paths where the string came from our own formatting or a validated argument. */
export function isoToSerial(text: string): Serial {
  const s = parseIso(text);
  if (s === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${text}`);
  return s;
}

/** 0 = Sunday … 6 = Saturday (serial 1 = 1900-01-01 was a Monday; serial 0 = 1899-12-30 a Saturday). */
export function dayOfWeek(serial: Serial): number {
  return (((Math.floor(serial) + 6) % 7) + 7) % 7;
}

export function isWeekend(serial: Serial): boolean {
  const d = dayOfWeek(serial);
  return d === 0 || d === 6;
}

export const MINUTES_PER_DAY = 1440;

/** Whole minutes since midnight in a serial date-time, rounded to the nearest minute (Excel stores binary fractions). */
export function minuteOfDay(dt: SerialDateTime): number {
  const t = toEpochMinutes(dt);
  return ((t % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** Serial date-time rounded to whole minutes, as an integer count of minutes since the epoch. */
export function toEpochMinutes(dt: SerialDateTime): number {
  return Math.round(dt * MINUTES_PER_DAY);
}

export function fromEpochMinutes(minutes: number): SerialDateTime {
  return minutes / MINUTES_PER_DAY;
}

/** 'YYYY-MM-DDTHH:mm' (the JSON form of date-times in reports). */
export function serialToIsoDateTime(dt: SerialDateTime): string {
  const minutes = toEpochMinutes(dt);
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  const mod = minutes - day * MINUTES_PER_DAY;
  return `${serialToIso(day)}T${pad2(Math.floor(mod / 60))}:${pad2(mod % 60)}`;
}

const ISO_DT_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** 'YYYY-MM-DDTHH:mm[:ss]' or 'YYYY-MM-DD' → serial date-time, or null. */
export function parseIsoDateTime(text: string): SerialDateTime | null {
  const dateOnly = parseIso(text);
  if (dateOnly !== null) return dateOnly;
  const m = ISO_DT_RE.exec(text);
  if (!m) return null;
  const day = parseIso(m[1] as string);
  const h = Number(m[2]);
  const mi = Number(m[3]);
  const s = m[4] === undefined ? 0 : Number(m[4]);
  if (day === null || h > 23 || mi > 59 || s > 59) return null;
  return day + (h * 3600 + mi * 60 + s) / 86400;
}

export function yearOf(serial: Serial): number {
  return serialToYmd(serial).year;
}
