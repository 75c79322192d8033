/**
 * Time limits as the office writes them: "3工作日", "3个工作日", "5天", "24小时", "2工作小时", "2个工作小时", and the
 * short English forms "3wd", "5d", "24h", "2wh". Applying one to a start date-time gives the deadline.
 */
import { fromEpochMinutes, toEpochMinutes, type SerialDateTime } from "../dates";
import { toHalfWidth } from "./date-text";
import { addWorkingHours } from "./working-hours";
import type { Calendar, Duration, DurationUnit, WorkingHours } from "./types";

// Unit words after the number; each pattern is anchored, so '工作小时' never matches the '小时' entry.
const UNITS: ReadonlyArray<[RegExp, DurationUnit]> = [
  [/^(?:个)?工作日$|^wd$|^work(?:ing)?\s*days?$/, "workdays"],
  [/^(?:个)?(?:工作小时|工作时|工时)$|^wh$|^work(?:ing)?\s*hours?$/, "workhours"],
  [/^(?:个)?(?:天|日|自然日|日历日)$|^d$|^days?$|^calendar\s*days?$/, "days"],
  [/^(?:个)?(?:小时|钟头)$|^h$|^hrs?$|^hours?$/, "hours"],
];

/** The duration a limit text describes, or null when the text is not a limit. Whole days only for day units. */
export function parseDuration(input: string): Duration | null {
  const text = toHalfWidth(input).trim().toLowerCase();
  const m = /^(\d+(?:\.\d+)?)\s*(.+)$/.exec(text);
  if (!m) return null;
  const amount = Number(m[1]);
  const word = (m[2] as string).trim();
  for (const [re, unit] of UNITS) {
    if (!re.test(word)) continue;
    if ((unit === "workdays" || unit === "days") && !Number.isInteger(amount)) return null;
    return { unit, amount };
  }
  return null;
}

/**
 * The deadline `d` after `start`. Working days count from the start's date (a limit of N working days from a
 * document received at 16:00 is the N-th working day after that date) and give a date; calendar days keep the time
 * of day; hours are elapsed clock hours; working hours count only working time (see addWorkingHours).
 */
export function applyDuration(cal: Calendar, hours: WorkingHours, start: SerialDateTime, d: Duration): SerialDateTime {
  switch (d.unit) {
    case "workdays":
      return cal.addWorkdays(Math.floor(start), d.amount);
    case "days":
      return start + d.amount;
    case "hours":
      return fromEpochMinutes(toEpochMinutes(start) + Math.round(d.amount * 60));
    case "workhours":
      return addWorkingHours(cal, hours, start, d.amount);
  }
}
