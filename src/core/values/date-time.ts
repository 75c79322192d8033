/**
 * Dates, date-times and times. A date is an Excel serial day, a date-time a serial with a fraction, a time a fraction
 * of a day — never a JavaScript `Date`, so nothing depends on the machine's time zone.
 *
 * Accepted (REGISTERS.md "Types", plus what offices actually type):
 * - numbers: Excel serials 1–2958465 (a date keeps the day of a serial with a fraction), and whole numbers written
 *   as YYYYMMDD (20250305 typed into a General cell);
 * - text: 2025-03-05, 2025/3/5, 2025.3.5, 2025年3月5日 (日 or 号 optional), 20250305, in full- or half-width digits,
 *   optionally followed by a time: 2025-03-05 14:30, 2025-03-05T14:30:00, 2025年3月5日 14:30, 2025/3/5 下午2:30,
 *   2025/3/5 2:30 PM, 14时30分. A date column accepts a time and keeps the day; a date-time column accepts a date
 *   alone as midnight. Text with a zone suffix (Z, +08:00) is refused: a calendar day has no zone.
 *
 * The scanner is hand-written (no regular expressions) and keeps its state in module variables, so parsing a cell
 * allocates nothing beyond the result; parsing is synchronous, so the state cannot be shared by two calls at once.
 */
import { isValidYmd, ymdToSerial } from "../dates";
import type { Serial, SerialDateTime } from "../dates";
import { BLANK, fail, ok } from "./parsed";
import type { ParseProblem, Parsed } from "./parsed";
import { isExcelError } from "./excel-errors";
import { isBlankCell, isSpaceCode, toHalfWidth } from "./text";

/** 9999-12-31, Excel's last day. */
export const MAX_SERIAL = 2958465;

// Slack for binary noise: a formula giving 45722 − 1e-12 still means 45722 (about 1 ms).
const EPS = 1e-8;

const NO_MATCH = 0;
const MATCH = 1;
const INVALID = 2; // shaped like a date but not a calendar day (2025-02-30)
const INVALID_TIME = 3; // shaped like a time but not a time of day (25:10)
type Status = typeof NO_MATCH | typeof MATCH | typeof INVALID | typeof INVALID_TIME;

let pos = 0;
let numLen = 0;
let dayOut = 0;
let secondsOut = 0;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads up to `max` digits at `pos`; returns the value (−1 when there is no digit) and sets numLen. */
function readDigits(s: string, max: number): number {
  let v = 0;
  let n = 0;
  while (n < max && pos < s.length) {
    const c = s.charCodeAt(pos);
    if (!isDigit(c)) break;
    v = v * 10 + (c - 48);
    pos++;
    n++;
  }
  numLen = n;
  return n === 0 ? -1 : v;
}

function isCjk(c: number): boolean {
  return c >= 0x4e00 && c < 0xa000;
}

function skipSpaces(s: string): void {
  while (pos < s.length && isSpaceCode(s.charCodeAt(pos))) pos++;
}

function setDay(y: number, m: number, d: number): Status {
  if (!isValidYmd(y, m, d)) return INVALID;
  dayOut = ymdToSerial(y, m, d);
  return MATCH;
}

const YEAR = 0x5e74; // 年
const MONTH = 0x6708; // 月
const DAY = 0x65e5; // 日
const DAY_ALT = 0x53f7; // 号

/** A date at `pos`: Y-M-D with one of - / . as separator, Y年M月D日, or YYYYMMDD. */
function scanDate(s: string): Status {
  const start = pos;
  const y = readDigits(s, 8);
  if (numLen === 8) {
    if (pos < s.length && isDigit(s.charCodeAt(pos))) return NO_MATCH;
    return setDay(Math.floor(y / 10000), Math.floor(y / 100) % 100, y % 100);
  }
  if (numLen !== 4) {
    pos = start;
    return NO_MATCH;
  }
  const sep = s.charCodeAt(pos);
  let m: number;
  let d: number;
  if (sep === 45 || sep === 47 || sep === 46) {
    pos++;
    m = readDigits(s, 2);
    if (m < 0 || s.charCodeAt(pos) !== sep) return NO_MATCH;
    pos++;
    d = readDigits(s, 2);
    if (d < 0 || isDigit(s.charCodeAt(pos))) return NO_MATCH;
  } else {
    skipSpaces(s);
    if (s.charCodeAt(pos) !== YEAR) return NO_MATCH;
    pos++;
    skipSpaces(s);
    m = readDigits(s, 2);
    skipSpaces(s);
    if (m < 0 || s.charCodeAt(pos) !== MONTH) return NO_MATCH;
    pos++;
    skipSpaces(s);
    d = readDigits(s, 2);
    if (d < 0 || isDigit(s.charCodeAt(pos))) return NO_MATCH;
    const save = pos;
    skipSpaces(s);
    const c = s.charCodeAt(pos);
    if (c === DAY || c === DAY_ALT) pos++;
    else pos = save;
  }
  return setDay(y, m, d);
}

const AM = 1;
const PM = 2;
const NOON = 3;

/** 上午/下午-style prefixes (two characters each). */
function meridiemPrefix(s: string): number {
  const a = s.charCodeAt(pos);
  const b = s.charCodeAt(pos + 1);
  if (b === 0x5348 /* 午 */) {
    if (a === 0x4e0a) return AM; // 上午
    if (a === 0x4e0b) return PM; // 下午
    if (a === 0x4e2d) return NOON; // 中午
    return 0;
  }
  if (a === 0x665a && b === 0x4e0a) return PM; // 晚上
  if (a === 0x65e9 && b === 0x4e0a) return AM; // 早上
  if (a === 0x51cc && b === 0x6668) return AM; // 凌晨
  return 0;
}

/** AM / PM / a.m. / p.m. after the time (any case). */
function meridiemSuffix(s: string): number {
  const a = s.charCodeAt(pos) | 0x20;
  if (a !== 97 && a !== 112) return 0;
  let i = pos + 1;
  if (s.charCodeAt(i) === 46) i++;
  if ((s.charCodeAt(i) | 0x20) !== 109) return 0;
  i++;
  if (s.charCodeAt(i) === 46) i++;
  pos = i;
  return a === 97 ? AM : PM;
}

const HOUR_CN = 0x65f6; // 时
const HOUR_ALT = 0x70b9; // 点
const MINUTE_CN = 0x5206; // 分
const SECOND_CN = 0x79d2; // 秒

/** A time of day at `pos`: [上午|下午…] H:MM[:SS[.fff]] [AM|PM], or H时[M分[S秒]]. */
function scanTime(s: string): Status {
  let meridiem = meridiemPrefix(s);
  if (meridiem !== 0) {
    pos += 2;
    skipSpaces(s);
  }
  const h = readDigits(s, 2);
  if (h < 0) return NO_MATCH;
  let m = 0;
  let sec = 0;
  const sep = s.charCodeAt(pos);
  if (sep === 58 /* : */) {
    pos++;
    m = readDigits(s, 2);
    if (numLen !== 2) return NO_MATCH;
    if (s.charCodeAt(pos) === 58) {
      pos++;
      sec = readDigits(s, 2);
      if (numLen !== 2) return NO_MATCH;
      if (s.charCodeAt(pos) === 46 && isDigit(s.charCodeAt(pos + 1))) {
        pos++;
        let scale = 0.1;
        while (pos < s.length && isDigit(s.charCodeAt(pos))) {
          sec += (s.charCodeAt(pos) - 48) * scale;
          scale /= 10;
          pos++;
        }
      }
    }
  } else if (sep === HOUR_CN || sep === HOUR_ALT) {
    pos++;
    skipSpaces(s);
    const mm = readDigits(s, 2);
    if (mm >= 0) {
      skipSpaces(s);
      if (s.charCodeAt(pos) !== MINUTE_CN) return NO_MATCH;
      pos++;
      m = mm;
      skipSpaces(s);
      const ss = readDigits(s, 2);
      if (ss >= 0) {
        skipSpaces(s);
        if (s.charCodeAt(pos) !== SECOND_CN) return NO_MATCH;
        pos++;
        sec = ss;
      }
    }
  } else {
    return NO_MATCH;
  }
  if (meridiem === 0) {
    const save = pos;
    skipSpaces(s);
    meridiem = meridiemSuffix(s);
    if (meridiem === 0) pos = save;
  }
  let hour = h;
  if (meridiem !== 0) {
    // 下午14:30 says the same thing twice; 上午14:30 contradicts itself.
    if (h > 12) {
      if (meridiem === AM) return INVALID_TIME;
    } else if (meridiem === PM && h < 12) hour = h + 12;
    else if (meridiem === AM && h === 12) hour = 0;
    else if (meridiem === NOON && h < 11) hour = h + 12;
  }
  if (hour > 23 || m > 59 || sec >= 60) return INVALID_TIME;
  secondsOut = hour * 3600 + m * 60 + sec;
  return MATCH;
}

/** Whole text as a date with an optional time; sets dayOut and secondsOut (0 without a time). */
function scanDateTimeText(s: string): Status {
  pos = 0;
  skipSpaces(s);
  const date = scanDate(s);
  if (date === NO_MATCH) return NO_MATCH;
  secondsOut = 0;
  const afterDate = pos;
  skipSpaces(s);
  if (pos < s.length) {
    if (pos === afterDate) {
      // Glued to the date: ISO's 'T', or after 日 (2025年3月5日14:30), or a prefix such as 下午; nothing else.
      const c = s.charCodeAt(pos);
      if (c === 84 || c === 116) pos++;
      else if (!isCjk(s.charCodeAt(pos - 1)) && !isCjk(c)) return NO_MATCH;
    }
    const time = scanTime(s);
    if (time === NO_MATCH) return NO_MATCH;
    skipSpaces(s);
    if (pos < s.length) return NO_MATCH;
    if (time === INVALID_TIME && date === MATCH) return INVALID_TIME;
  }
  return date;
}

function scanTimeText(s: string): Status {
  pos = 0;
  skipSpaces(s);
  const time = scanTime(s);
  if (time === NO_MATCH) return NO_MATCH;
  skipSpaces(s);
  return pos < s.length ? NO_MATCH : time;
}

/** 'YYYY-MM-DD' exactly: the form our own templates and most exports use, checked without the general scanner. */
function isoDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    y = y * 10 + c - 48;
  }
  const m1 = s.charCodeAt(5);
  const m2 = s.charCodeAt(6);
  const d1 = s.charCodeAt(8);
  const d2 = s.charCodeAt(9);
  if (!isDigit(m1) || !isDigit(m2) || !isDigit(d1) || !isDigit(d2)) return -1;
  const m = (m1 - 48) * 10 + m2 - 48;
  const d = (d1 - 48) * 10 + d2 - 48;
  return isValidYmd(y, m, d) ? ymdToSerial(y, m, d) : -2;
}

/** A whole number 19000101–99991231 read as YYYYMMDD; −1 when it is not one, −2 when it is not a calendar day. */
function yyyymmdd(x: number): number {
  if (!Number.isInteger(x) || x < 19000101 || x > 99991231) return -1;
  const y = Math.floor(x / 10000);
  const m = Math.floor(x / 100) % 100;
  const d = x % 100;
  return isValidYmd(y, m, d) ? ymdToSerial(y, m, d) : -2;
}

function problemOf(status: Status): ParseProblem {
  return status === INVALID ? "not-a-day" : status === INVALID_TIME ? "not-a-time" : "unreadable";
}

export function parseDate(raw: unknown): Parsed<Serial> {
  if (typeof raw === "number") {
    if (raw >= 1 && raw < MAX_SERIAL + 1) return ok(Math.floor(raw + EPS));
    const d = yyyymmdd(raw);
    return d >= 0 ? ok(d) : fail("date", d === -2 ? "not-a-day" : "unreadable");
  }
  if (typeof raw !== "string") return raw === null || raw === undefined ? BLANK : fail("date", "unreadable");
  const iso = isoDay(raw);
  if (iso >= 0) return ok(iso);
  if (iso === -2) return fail("date", "not-a-day");
  if (isBlankCell(raw)) return BLANK;
  if (isExcelError(raw)) return fail("date", "excel-error");
  const status = scanDateTimeText(toHalfWidth(raw));
  if (status === MATCH) return ok(dayOut);
  return fail("date", problemOf(status));
}

export function parseDateTime(raw: unknown): Parsed<SerialDateTime> {
  if (typeof raw === "number") {
    if (raw >= 1 && raw < MAX_SERIAL + 1) return ok(raw);
    const d = yyyymmdd(raw);
    return d >= 0 ? ok(d) : fail("datetime", d === -2 ? "not-a-day" : "unreadable");
  }
  if (typeof raw !== "string") return raw === null || raw === undefined ? BLANK : fail("datetime", "unreadable");
  const iso = isoDay(raw);
  if (iso >= 0) return ok(iso);
  if (iso === -2) return fail("datetime", "not-a-day");
  if (isBlankCell(raw)) return BLANK;
  if (isExcelError(raw)) return fail("datetime", "excel-error");
  const status = scanDateTimeText(toHalfWidth(raw));
  if (status === MATCH) return ok(dayOut + secondsOut / 86400);
  return fail("datetime", problemOf(status));
}

/** A time of day as a fraction of a day: Excel's time cells (0 ≤ x < 1) or text such as 14:30, 14:30:00, 下午2:30. */
export function parseTime(raw: unknown): Parsed<number> {
  if (typeof raw === "number") return raw >= 0 && raw < 1 ? ok(raw) : fail("time", "unreadable");
  if (typeof raw !== "string") return raw === null || raw === undefined ? BLANK : fail("time", "unreadable");
  if (isBlankCell(raw)) return BLANK;
  if (isExcelError(raw)) return fail("time", "excel-error");
  const status = scanTimeText(toHalfWidth(raw));
  if (status === MATCH) return ok(secondsOut / 86400);
  return fail("time", problemOf(status));
}
