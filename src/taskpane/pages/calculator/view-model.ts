/**
 * The calculator's arithmetic, kept out of the view: parse the two inputs, add working days on the workbook's
 * calendar, and list the days on the way that differ from an ordinary week (holidays on weekdays, make-up working
 * weekends). Errors come back as sentences, never thrown at the view.
 */
import { calendarErrorMessage, type Calendar } from "../../../core/calendar";
import { dayOfWeek, parseIso, serialToIso, type Serial } from "../../../core/dates";
import { translate, type Lang } from "../../../core/i18n";
import { CALCULATOR_MESSAGES, type CalculatorKey } from "./messages";

export interface CrossedDay {
  iso: string;
  weekday: string;
  kind: "holiday" | "make-up";
  /** Holiday name, or the kind's label when the calendar gives none. */
  name: string;
}

export type CalculatorResult =
  | { ok: true; iso: string; weekday: string; explanation: string; crossed: CrossedDay[] }
  | { ok: false; message: string; field: "start" | "days" | null };

const t = (lang: Lang, key: CalculatorKey, p?: Record<string, string | number>) =>
  translate(CALCULATOR_MESSAGES, lang, key, p);

export function weekdayName(d: Serial, lang: Lang): string {
  return t(lang, `weekday${dayOfWeek(d)}` as CalculatorKey);
}

/** Days strictly after `from` up to and including `to` (or the reverse span when counting back) that break the week's pattern. */
export function crossedDays(cal: Calendar, from: Serial, to: Serial, lang: Lang): CrossedDay[] {
  const [lo, hi] = from <= to ? [from + 1, to] : [to, from - 1];
  const out: CrossedDay[] = [];
  for (let d = lo; d <= hi; d++) {
    const weekend = dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
    const work = cal.isWorkday(d);
    const name = cal.holidayName(d, lang);
    if (work && weekend)
      out.push({
        iso: serialToIso(d),
        weekday: weekdayName(d, lang),
        kind: "make-up",
        name: name ?? t(lang, "makeUp"),
      });
    else if (!work && (!weekend || name !== null))
      out.push({
        iso: serialToIso(d),
        weekday: weekdayName(d, lang),
        kind: "holiday",
        name: name ?? t(lang, "holiday"),
      });
  }
  return out;
}

/**
 * One line of the crossed-days list: the date and weekday, then what kind of day it is and its name. Calendar names of
 * make-up days already say so (国庆节调休上班), and the kind is then not repeated in front of them.
 */
export function crossedLine(c: CrossedDay, lang: Lang): string {
  const kind = t(lang, c.kind === "make-up" ? "makeUp" : "holiday");
  const named = c.name.toLowerCase().includes(kind.toLowerCase());
  return named
    ? t(lang, "crossedNamed", { date: c.iso, weekday: c.weekday, name: c.name })
    : t(lang, "crossedItem", { date: c.iso, weekday: c.weekday, kind, name: c.name });
}

export function calculate(cal: Calendar, startText: string, daysText: string, lang: Lang): CalculatorResult {
  const start = parseIso(startText.trim());
  if (start === null) return { ok: false, message: t(lang, "badStart"), field: "start" };
  const trimmed = daysText
    .trim()
    .replace(/^＋|^\+/, "")
    .replace(/^－/, "-");
  if (!/^-?\d{1,5}$/.test(trimmed)) return { ok: false, message: t(lang, "badDays"), field: "days" };
  const n = Number(trimmed);
  try {
    const end = cal.addWorkdays(start, n);
    return {
      ok: true,
      iso: serialToIso(end),
      weekday: weekdayName(end, lang),
      explanation: t(lang, n < 0 ? "explainBack" : "explain", { start: serialToIso(start), n: Math.abs(n) }),
      crossed: crossedDays(cal, start, end, lang),
    };
  } catch (e) {
    const message = calendarErrorMessage(e, lang);
    if (message === null) throw e;
    return { ok: false, message: t(lang, "error", { message }), field: null };
  }
}
