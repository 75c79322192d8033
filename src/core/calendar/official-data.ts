/**
 * The State Council's holiday notices as published data: one entry per statutory day off and per make-up working
 * day, taken from the `chinese-days` package's JSON (data only — its functions read Date objects in local time and
 * treat unknown years as plain Mon–Fri, both of which this project must not do).
 */
import rawData from "chinese-days/dist/chinese-days.json";
import { parseIso, type Serial } from "../dates";

/** One official day: the holiday it belongs to, in both languages. */
export interface OfficialDay {
  date: Serial;
  /** true for a make-up working day (调休上班), false for a day off. */
  working: boolean;
  nameZh: string;
  nameEn: string;
}

type DayMap = Readonly<Record<string, string>>;
const data = rawData as unknown as { holidays: DayMap; workdays: DayMap };

// The data keeps the short colloquial form of three festivals; the notices and office documents write the full name.
const FULL_ZH: Readonly<Record<string, string>> = { 清明: "清明节", 端午: "端午节", 中秋: "中秋节" };

function toDays(map: DayMap, working: boolean): OfficialDay[] {
  const days: OfficialDay[] = [];
  for (const [iso, value] of Object.entries(map)) {
    const date = parseIso(iso);
    if (date === null) throw new Error(`chinese-days data: bad date key ${iso}`);
    // Value format: "English,中文,n" — the English name never contains a comma.
    const [nameEn = "", nameZh = ""] = value.split(",");
    days.push({ date, working, nameZh: FULL_ZH[nameZh] ?? nameZh, nameEn });
  }
  return days;
}

/** Every official day off and make-up working day, in date order. */
export const OFFICIAL_DAYS: readonly OfficialDay[] = [...toDays(data.holidays, false), ...toDays(data.workdays, true)].sort(
  (a, b) => a.date - b.date
);
