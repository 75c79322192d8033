/**
 * A deliberately naive calendar for property tests: day-by-day loops over the raw chinese-days JSON, sharing no code
 * with the indexed implementation beyond the serial ↔ ISO conversion.
 */
import raw from "chinese-days/dist/chinese-days.json";
import { dayOfWeek, serialToIso, type Serial } from "../../../src/core/dates";
import type { HolidayOverride } from "../../../src/core/calendar";

const raw2 = raw as unknown as { holidays: Record<string, string>; workdays: Record<string, string> };
// The one correction the product applies to chinese-days (official-data.ts CORRECTIONS): the 2006 notice
// (国办发明电〔2005〕35号) made Saturday 2005-12-31 a working day. Restated here so the reference stays independent.
const data = { holidays: raw2.holidays, workdays: { ...raw2.workdays, "2005-12-31": "New Year's Day,元旦,1" } };

export function naiveIsWorkday(d: Serial, overrides: readonly HolidayOverride[] = []): boolean {
  const o = [...overrides].reverse().find((x) => x.date === d);
  if (o) return o.kind === "work";
  const iso = serialToIso(d);
  if (iso in data.workdays) return true;
  if (iso in data.holidays) return false;
  const dow = dayOfWeek(d);
  return dow !== 0 && dow !== 6;
}

export function naiveWorkday(d: Serial, n: number, overrides: readonly HolidayOverride[] = []): Serial {
  let day = d;
  let left = Math.abs(n);
  const step = n > 0 ? 1 : -1;
  while (left > 0) {
    day += step;
    if (naiveIsWorkday(day, overrides)) left--;
  }
  return day;
}

export function naiveNetworkdays(a: Serial, b: Serial, overrides: readonly HolidayOverride[] = []): number {
  let count = 0;
  for (let d = Math.min(a, b); d <= Math.max(a, b); d++) if (naiveIsWorkday(d, overrides)) count++;
  return b < a ? -count : count;
}
