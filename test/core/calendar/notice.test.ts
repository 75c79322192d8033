/**
 * The notice parser on the published notices, compared day by day with the official data (chinese-days) for the year.
 * The notice texts are in test/fixtures/notices, as the State Council published them.
 */
import fs from "node:fs";
import path from "node:path";
import raw from "chinese-days/dist/chinese-days.json";
import {
  calendarErrorMessage,
  createCalendar,
  NoticeError,
  noticeToJson,
  parseHolidayNotice,
} from "../../../src/core/calendar";
import { isoToSerial as s, serialToIso } from "../../../src/core/dates";

const data = raw as unknown as { holidays: Record<string, string>; workdays: Record<string, string> };
const FULL: Record<string, string> = { 清明: "清明节", 端午: "端午节", 中秋: "中秋节" };
const notice = (year: number): string =>
  fs.readFileSync(path.join(__dirname, "../../fixtures/notices", `${year}.txt`), "utf8");

/** chinese-days' entries dated in `year` (and the previous December, where 元旦 may start) as "date kind name". */
function official(year: number): Map<string, { kind: string; name: string }> {
  const out = new Map<string, { kind: string; name: string }>();
  const add = (map: Record<string, string>, kind: string): void => {
    for (const [iso, v] of Object.entries(map)) {
      if (!iso.startsWith(`${year}-`) && !iso.startsWith(`${year - 1}-12-`)) continue;
      const zh = v.split(",")[1] as string;
      out.set(iso, { kind, name: FULL[zh] ?? zh });
    }
  };
  add(data.holidays, "放假");
  add(data.workdays, "上班");
  return out;
}

/** Days where notice and data disagree, as "date: notice kind / data kind". */
function differences(year: number): string[] {
  const parsed = new Map(noticeToJson(parseHolidayNotice(notice(year))).rows.map((r) => [r.date, r]));
  const expected = official(year);
  // The previous December belongs to this notice only through 元旦; the data files it under its own year's notice.
  // Likewise this December's 元旦 make-up days belong to next year's notice (2006-12-30/31, under the 2007 notice).
  for (const [iso, e] of [...expected]) {
    if (parsed.has(iso)) continue;
    if (iso.startsWith(`${year - 1}-`) || (iso.startsWith(`${year}-12-`) && e.name === "元旦")) expected.delete(iso);
  }
  const out: string[] = [];
  for (const iso of [...new Set([...parsed.keys(), ...expected.keys()])].sort()) {
    const p = parsed.get(iso);
    const e = expected.get(iso);
    if (p?.kind !== e?.kind) out.push(`${iso}: ${p?.kind ?? "-"} / ${e?.kind ?? "-"}`);
    // A combined item (国庆节、中秋节) names both; the data names the festival of each day.
    else if (p && e && !p.name.split("、").includes(e.name)) out.push(`${iso}: ${p.name} / ${e.name}`);
  }
  return out;
}

describe("parseHolidayNotice on the published notices", () => {
  it.each([2017, 2024, 2025, 2026])("%i: equals the official data day by day", (year) => {
    expect(differences(year)).toEqual([]);
  });

  it("2020: the original notice (国办发明电〔2019〕16号) differs from the data only by the COVID-19 extension", () => {
    // The data includes 国办发明电〔2020〕1号, which extended the Spring Festival to 2 February (a Sunday) and so also
    // cancelled the 1 February make-up day. The original notice is what this text says; importing it gives the plan
    // as published in November 2019.
    expect(differences(2020)).toEqual(["2020-01-31: - / 放假", "2020-02-01: 上班 / 放假", "2020-02-02: - / 放假"]);
  });

  it("2006: an old-style notice with 其中…调至… sentences; 12月31日 under 元旦 is the previous December, a working day", () => {
    // chinese-days lacks 2005-12-31; the product's calendar corrects it (official-data.ts), and so must agree here.
    expect(differences(2006)).toEqual(["2005-12-31: 上班 / -"]);
    const cal = createCalendar();
    for (const r of parseHolidayNotice(notice(2006)).rows) expect(cal.isWorkday(r.date)).toBe(r.kind === "上班");
  });

  it("gives the year, every day of a range including weekends, names and kinds (2026)", () => {
    const json = noticeToJson(parseHolidayNotice(notice(2026)));
    expect(json.year).toBe(2026);
    expect(json.rows.slice(0, 4)).toEqual([
      { date: "2026-01-01", kind: "放假", name: "元旦" },
      { date: "2026-01-02", kind: "放假", name: "元旦" },
      { date: "2026-01-03", kind: "放假", name: "元旦" },
      { date: "2026-01-04", kind: "上班", name: "元旦" },
    ]);
    const spring = json.rows.filter((r) => r.name === "春节");
    expect(spring.filter((r) => r.kind === "放假").map((r) => r.date)).toEqual(
      [15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => `2026-02-${d}`),
    );
    expect(spring.filter((r) => r.kind === "上班").map((r) => r.date)).toEqual(["2026-02-14", "2026-02-28"]);
    expect(json.rows).toHaveLength(33 + 6);
  });

  it("reads a range across months and a 补休 day (2025 Spring Festival, 2017 New Year)", () => {
    const rows2025 = noticeToJson(parseHolidayNotice(notice(2025))).rows;
    expect(rows2025.filter((r) => r.name === "春节" && r.kind === "放假").map((r) => r.date)).toEqual([
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
      "2025-02-02",
      "2025-02-03",
      "2025-02-04",
    ]);
    expect(noticeToJson(parseHolidayNotice(notice(2017))).rows.filter((r) => r.name === "元旦")).toEqual([
      { date: "2017-01-01", kind: "放假", name: "元旦" },
      { date: "2017-01-02", kind: "放假", name: "元旦" },
    ]);
  });

  it("does not take a date in an aside for a day off (2024: 除夕（2月9日）休息 is only encouraged)", () => {
    const rows = parseHolidayNotice(notice(2024)).rows.map((r) => serialToIso(r.date));
    expect(rows).not.toContain("2024-02-09");
  });

  it("reads the same text with half-width punctuation, 星期 for 周, and no line breaks", () => {
    const half = notice(2026)
      .replace(/，/g, ",")
      .replace(/：/g, ":")
      .replace(/（/g, "(")
      .replace(/）/g, ")")
      .replace(/。/g, ".")
      .replace(/、/g, "、")
      .replace(/周([一二三四五六日])/g, "星期$1")
      .replace(/\n/g, "");
    // "." ends a sentence in half-width text too
    expect(noticeToJson(parseHolidayNotice(half.replace(/\./g, "。")))).toEqual(
      noticeToJson(parseHolidayNotice(notice(2026))),
    );
  });

  it("reads an item pasted alone, with the year given, and a range across the year end", () => {
    const one = parseHolidayNotice(
      "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。",
      { year: 2019 },
    );
    expect(noticeToJson(one)).toEqual({
      year: 2019,
      rows: [
        { date: "2018-12-29", kind: "上班", name: "元旦" },
        { date: "2018-12-30", kind: "放假", name: "元旦" },
        { date: "2018-12-31", kind: "放假", name: "元旦" },
        { date: "2019-01-01", kind: "放假", name: "元旦" },
      ],
    });
  });
});

describe("parseHolidayNotice: text it cannot use", () => {
  const message = (f: () => unknown, lang: "zh-CN" | "en-US" = "zh-CN"): string | null => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(NoticeError);
      return calendarErrorMessage(e, lang);
    }
    return null;
  };

  it("refuses empty text, text without a year, and text without holiday items, in both languages", () => {
    expect(message(() => parseHolidayNotice("  \n "))).toContain("没有可导入的内容");
    expect(message(() => parseHolidayNotice("一、元旦：1月1日放假。"))).toContain("无法从文字中看出年份");
    expect(message(() => parseHolidayNotice("一、元旦：1月1日放假。", {}), "en-US")).toContain(
      "does not say which year",
    );
    expect(message(() => parseHolidayNotice("关于2027年部分节假日安排的通知：另行通知。"))).toContain(
      "没有找到 2027 年的放假安排",
    );
    expect(message(() => parseHolidayNotice("今天天气很好", { year: 2027 }), "en-US")).toContain(
      "No holiday items for 2027",
    );
  });

  it("refuses a year that contradicts the text, a date that does not exist, a cut-off range and a day listed both ways", () => {
    expect(message(() => parseHolidayNotice(notice(2026), { year: 2027 }))).toBe(
      "指定的年份 2027 与通知中的 2026 年不一致。",
    );
    expect(message(() => parseHolidayNotice("一、春节：2月30日放假。", { year: 2027 }))).toBe(
      "通知中的日期“2月30日”无法识别或不存在。",
    );
    expect(message(() => parseHolidayNotice("二、春节：2月15日至20日放假调休，共9天。", { year: 2026 }))).toBe(
      "“春节”写明共 9 天，但只找到 6 个放假日；文字可能不完整，请重新复制该条。",
    );
    expect(message(() => parseHolidayNotice("一、元旦：1月1日至3日放假。1月3日上班。", { year: 2026 }), "en-US")).toBe(
      "2026-01-03 is listed both as a day off and as a working day; check the pasted text.",
    );
  });

  it("ignores the day work resumes after an extension (2月3日起正常上班)", () => {
    const r = parseHolidayNotice(
      "春节：延长2020年春节假期至2月2日。1月31日至2月2日放假。2月3日（星期一）起正常上班。",
      { year: 2020 },
    );
    expect(noticeToJson(r).rows.map((x) => `${x.date} ${x.kind}`)).toEqual([
      "2020-01-31 放假",
      "2020-02-01 放假",
      "2020-02-02 放假",
    ]);
  });

  it("keeps its results in the year (a serial outside it would be a misread)", () => {
    expect(s("2026-01-01")).toBe(parseHolidayNotice(notice(2026)).rows[0]?.date);
  });
});
