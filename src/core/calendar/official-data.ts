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

/**
 * Where the bundled data departs from the State Council notice, the notice wins. Each entry cites it; an audit against
 * holiday-cn and the notices of 2004–2026 found this one mismatch.
 */
export const CORRECTIONS: ReadonlyArray<{
  iso: string;
  working: boolean;
  nameZh: string;
  nameEn: string;
  source: string;
}> = [
  {
    // chinese-days has no entry for this date, so it read as an ordinary Saturday off.
    iso: "2005-12-31",
    working: true,
    nameZh: "元旦",
    nameEn: "New Year's Day",
    source:
      "国务院办公厅关于2006年部分节假日安排的通知（国办发明电〔2005〕35号，2005年12月16日）：元旦：1月1日—3日放假，共3天。" +
      "其中1月1日为法定假日，将12月31日（星期六）、1月1日（星期日）两个公休日调至1月2日（星期一）、3日（星期二），12月31日（星期六）上班。",
  },
];

function corrected(days: OfficialDay[]): OfficialDay[] {
  const fixes = new Map<Serial, OfficialDay>();
  for (const c of CORRECTIONS) {
    const date = parseIso(c.iso);
    if (date === null) throw new Error(`calendar correction: bad date ${c.iso}`);
    fixes.set(date, { date, working: c.working, nameZh: c.nameZh, nameEn: c.nameEn });
  }
  return [...days.filter((d) => !fixes.has(d.date)), ...fixes.values()];
}

/** Every official day off and make-up working day (with CORRECTIONS applied), in date order. */
export const OFFICIAL_DAYS: readonly OfficialDay[] = corrected([
  ...toDays(data.holidays, false),
  ...toDays(data.workdays, true),
]).sort((a, b) => a.date - b.date);
