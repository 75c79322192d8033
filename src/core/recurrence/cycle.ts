/**
 * The 周期 of a recurring duty (周期工作): parsing the text a person writes ("每周一", "每月15日", "每学期末",
 * "every Monday") and listing the nominal days it falls on. Which way a day off moves the duty is part of the cycle:
 * opening duties (a weekly meeting, the start of a semester) move to the next working day — they cannot happen
 * before their period starts — and closing duties (month end, semester end, a dated annual report) to the previous
 * one, so the deadline is never pushed past the period it closes (docs/deadlines.md).
 */
import { dayOfWeek, daysInMonth, serialToYmd, ymdToSerial, type Serial } from "../dates";
import type { MonthDay } from "../kpi/periods";
import { toHalfWidth } from "../values";

export type Cycle =
  /** weekday 0 = Sunday … 6 = Saturday, as dayOfWeek. */
  | { kind: "weekly"; weekday: number }
  /** Every other Monday, counted from the week each semester starts in (its 1st, 3rd, 5th … week). */
  | { kind: "biweekly" }
  | { kind: "month-end" }
  | { kind: "month-day"; day: number }
  | { kind: "quarter-end" }
  | { kind: "semester-start" }
  | { kind: "semester-end" }
  | { kind: "yearly"; month: number; day: number };

/** "next": a day off moves the duty to the next working day; "previous": to the previous one. */
export type OffDayMove = "next" | "previous";

export function offDayMove(c: Cycle): OffDayMove {
  return c.kind === "weekly" || c.kind === "biweekly" || c.kind === "semester-start" ? "next" : "previous";
}

const ZH_WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };
const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const EN_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthDayValid(month: number, day: number): boolean {
  // 2/29 would be a duty that exists only in leap years.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2023, month);
}

/** The cycle a 周期 cell names, or null when it is none of the documented forms (validation reports it). */
export function parseCycle(text: string): Cycle | null {
  const s = toHalfWidth(text).trim().replace(/\s+/g, " ");
  const zh = s.replace(/ /g, "");
  let m = /^每(?:周|星期|礼拜)(?:星期)?([一二三四五六日天])$/.exec(zh);
  if (m) return { kind: "weekly", weekday: ZH_WEEKDAYS[m[1] as string] as number };
  if (/^(每两周|每2周|每双周|隔周)$/.test(zh)) return { kind: "biweekly" };
  if (/^每月(末|底|最后一天)$/.test(zh)) return { kind: "month-end" };
  m = /^每月(\d{1,2})[日号]$/.exec(zh);
  if (m) {
    const day = Number(m[1]);
    return day >= 1 && day <= 31 ? { kind: "month-day", day } : null;
  }
  if (/^每季(度)?(末|底)$/.test(zh)) return { kind: "quarter-end" };
  if (/^每学期(初|开始|开学)$/.test(zh)) return { kind: "semester-start" };
  if (/^每学期(末|结束)$/.test(zh)) return { kind: "semester-end" };
  m = /^每年(\d{1,2})月(\d{1,2})[日号]$/.exec(zh);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    return monthDayValid(month, day) ? { kind: "yearly", month, day } : null;
  }
  const en = s.toLowerCase();
  m = /^(?:every|each) (sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(en);
  if (m) return { kind: "weekly", weekday: EN_WEEKDAYS[m[1] as string] as number };
  if (/^(every (two|2|other) weeks?|biweekly|fortnightly)$/.test(en)) return { kind: "biweekly" };
  if (/^(end of (every|each) month|month end|monthly at month end)$/.test(en)) return { kind: "month-end" };
  m = /^(?:day (\d{1,2}) of (?:every|each) month|monthly on day (\d{1,2}))$/.exec(en);
  if (m) {
    const day = Number(m[1] ?? m[2]);
    return day >= 1 && day <= 31 ? { kind: "month-day", day } : null;
  }
  if (/^(end of (every|each) quarter|quarter end)$/.test(en)) return { kind: "quarter-end" };
  if (/^(start of (every|each) semester|semester start)$/.test(en)) return { kind: "semester-start" };
  if (/^(end of (every|each) semester|semester end)$/.test(en)) return { kind: "semester-end" };
  m = /^(?:every year|yearly|annually) on (?:(\d{1,2})-(\d{1,2})|([a-z]+) (\d{1,2}))$/.exec(en);
  if (m) {
    const month = m[1] !== undefined ? Number(m[1]) : EN_MONTHS.indexOf(m[3] as string) + 1;
    const day = Number(m[2] ?? m[4]);
    return monthDayValid(month, day) ? { kind: "yearly", month, day } : null;
  }
  return null;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const ZH_WEEKDAY_NAMES = ["日", "一", "二", "三", "四", "五", "六"];
const EN_WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The cycle as the documentation writes it, in a language (the pane and reminders show it). */
export function cycleText(c: Cycle, lang: "zh-CN" | "en-US"): string {
  const zh = lang === "zh-CN";
  switch (c.kind) {
    case "weekly":
      return zh ? `每周${ZH_WEEKDAY_NAMES[c.weekday]}` : `every ${EN_WEEKDAY_NAMES[c.weekday]}`;
    case "biweekly":
      return zh ? "每两周" : "every two weeks";
    case "month-end":
      return zh ? "每月末" : "end of each month";
    case "month-day":
      return zh ? `每月${c.day}日` : `day ${c.day} of each month`;
    case "quarter-end":
      return zh ? "每季度末" : "end of each quarter";
    case "semester-start":
      return zh ? "每学期初" : "start of each semester";
    case "semester-end":
      return zh ? "每学期末" : "end of each semester";
    case "yearly":
      return zh ? `每年${c.month}月${c.day}日` : `every year on ${pad(c.month)}-${pad(c.day)}`;
  }
}

/** Semester start days of the years `from`…`to`, ascending. */
function semesterStarts(fromYear: number, toYear: number, starts: readonly MonthDay[]): Serial[] {
  const out: Serial[] = [];
  for (let y = fromYear; y <= toYear; y++) for (const s of starts) out.push(ymdToSerial(y, s.month, s.day));
  return out;
}

/** Monday of the week holding `d`. */
const mondayOf = (d: Serial): Serial => d - ((dayOfWeek(d) + 6) % 7);

/**
 * The nominal days (before any day-off move) of the cycle in [from, to], ascending. `starts` are the semester starts
 * of 参数设置 学期开始日期; a semester ends the day before the next one starts.
 */
export function nominalDays(c: Cycle, from: Serial, to: Serial, starts: readonly MonthDay[]): Serial[] {
  const out: Serial[] = [];
  if (to < from) return out;
  const y0 = serialToYmd(from).year;
  const y1 = serialToYmd(to).year;
  const push = (d: Serial) => {
    if (d >= from && d <= to) out.push(d);
  };
  switch (c.kind) {
    case "weekly":
      for (let d = from + ((c.weekday - dayOfWeek(from) + 7) % 7); d <= to; d += 7) out.push(d);
      break;
    case "biweekly": {
      const sem = semesterStarts(y0 - 1, y1 + 1, starts);
      for (let k = 0; k + 1 < sem.length; k++) {
        const first = mondayOf(sem[k] as Serial);
        const nextFirst = mondayOf(sem[k + 1] as Serial);
        for (let d = first; d < nextFirst; d += 14) push(d);
      }
      break;
    }
    case "month-end":
    case "month-day":
    case "quarter-end":
      for (let y = y0; y <= y1; y++) {
        for (let month = 1; month <= 12; month++) {
          if (c.kind === "quarter-end" && month % 3 !== 0) continue;
          const last = daysInMonth(y, month);
          // 每月31日 falls on the last day of a shorter month.
          push(ymdToSerial(y, month, c.kind === "month-day" ? Math.min(c.day, last) : last));
        }
      }
      break;
    case "semester-start":
      for (const d of semesterStarts(y0, y1, starts)) push(d);
      break;
    case "semester-end":
      for (const d of semesterStarts(y0, y1 + 1, starts)) push(d - 1);
      break;
    case "yearly":
      for (let y = y0; y <= y1; y++) push(ymdToSerial(y, c.month, c.day));
      break;
  }
  return out;
}
