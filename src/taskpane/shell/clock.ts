/**
 * The office's calendar day and time. The school is in China, so "today" is the Asia/Shanghai day whatever zone the
 * computer is set to; core never reads the clock, the face does it here and passes the day in. `?today=YYYY-MM-DD`
 * in the page address fixes the day (screenshots, e2e tests against the demo's as-of day).
 */
import { parseIso } from "../../core/dates";

const OFFICE_TIME_ZONE = "Asia/Shanghai";

function parts(at: Date, timeZone: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]));
}

/** 'YYYY-MM-DD' of `at` in the zone. */
export function isoDayIn(at: Date, timeZone = OFFICE_TIME_ZONE): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 'YYYY-MM-DD HH:mm' of `at` in the zone (the 更新于 stamp of generated sheets). */
export function isoMinuteIn(at: Date, timeZone = OFFICE_TIME_ZONE): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export interface Clock {
  today: () => string;
  now: () => string;
}

/** The pane's clock: the real one, or the day fixed by `?today=` (its time then reads 00:00). */
export function paneClock(search: string, at: () => Date = () => new Date()): Clock {
  const fixed = new URLSearchParams(search).get("today");
  if (fixed !== null && parseIso(fixed) !== null) return { today: () => fixed, now: () => `${fixed} 00:00` };
  return { today: () => isoDayIn(at()), now: () => isoMinuteIn(at()) };
}
