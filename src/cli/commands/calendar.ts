import type { Calendar } from "../../core/calendar";
import { dayOfWeek, serialToIso, serialToYmd, ymdToSerial, type Serial } from "../../core/dates";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import { EXIT_OK, EXIT_USAGE, parseArgs, usageError, type Command, type CliIo } from "../io";
import { IMPORT_NOTICE_USAGE, runImportNotice } from "./calendar-import-notice";
import { CALENDAR_STRING_FLAGS, langFlag, loadCalendar, withCoverage } from "./calendar-shared";

const USAGE = `Usage: ledger calendar <year> [--json] [--holidays-sheet <workbook.xlsx>] [--lang zh-CN|en-US]

Lists every day of <year> as working or not, with the holiday or make-up day name, month by month.
--json prints [{"date":"2026-02-14","working":true,"name":"春节调休上班"}, …] (name null for ordinary days).
--holidays-sheet applies the workbook's 节假日调整 sheet; a year without official data needs it, with its 全年完整 row.

${IMPORT_NOTICE_USAGE}`;

const MESSAGES = defineMessages({
  month: {
    "zh-CN": "{year}年{month}月（工作日 {count} 天）",
    "en-US": (p) => `${MONTHS_EN[Number(p["month"]) - 1]} ${p["year"]} (${p["count"]} working days)`,
  },
  working: { "zh-CN": "上班", "en-US": "working" },
  off: { "zh-CN": "休息", "en-US": "off" },
  total: { "zh-CN": "{year} 年共 {count} 个工作日。", "en-US": "{year} has {count} working days." },
});

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS: Record<Lang, readonly string[]> = {
  "zh-CN": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
  "en-US": ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};

interface DayRow {
  serial: Serial;
  working: boolean;
  name: string | null;
}

function yearRows(cal: Calendar, year: number, lang: Lang): DayRow[] {
  const rows: DayRow[] = [];
  for (let d: Serial = ymdToSerial(year, 1, 1); d < ymdToSerial(year + 1, 1, 1); d++) {
    rows.push({ serial: d, working: cal.isWorkday(d), name: cal.holidayName(d, lang) });
  }
  return rows;
}

function printText(io: CliIo, year: number, rows: DayRow[], lang: Lang): void {
  const lines: string[] = [];
  for (let month = 1; month <= 12; month++) {
    const days = rows.filter((r) => serialToYmd(r.serial).month === month);
    if (lines.length > 0) lines.push("");
    lines.push(translate(MESSAGES, lang, "month", { year, month, count: days.filter((r) => r.working).length }));
    for (const r of days) {
      const status = translate(MESSAGES, lang, r.working ? "working" : "off");
      lines.push(
        `  ${serialToIso(r.serial)} ${WEEKDAYS[lang][dayOfWeek(r.serial)]} ${status}${r.name ? `  ${r.name}` : ""}`,
      );
    }
  }
  lines.push("", translate(MESSAGES, lang, "total", { year, count: rows.filter((r) => r.working).length }));
  io.out(lines.join("\n"));
}

export const calendarCommand: Command = {
  name: "calendar",
  summary:
    "列出全年每天是否上班；import-notice 导入国务院节假日通知 / every day of a year; import-notice reads the State Council notice",
  usage: USAGE,
  async run(args, io) {
    if (args[0] === "import-notice") return runImportNotice(args.slice(1), io);
    const { positional, flags } = parseArgs(args, { strings: CALENDAR_STRING_FLAGS, booleans: ["json"] });
    const lang = langFlag(flags);
    const [yearText, ...extra] = positional;
    if (yearText === undefined || extra.length > 0) throw usageError("expected", { args: "<year>" });
    if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1900)
      throw usageError("year", { arg: "<year>", text: yearText });
    const year = Number(yearText);
    const cal = await loadCalendar(flags, io, lang);
    if (typeof cal === "number") return cal;
    if (!cal.coveredYears().includes(year)) {
      // Asking the calendar for a day of the year raises the error that knows whether the year is partly entered.
      return withCoverage(io, lang, () => (cal.isWorkday(ymdToSerial(year, 1, 1)), EXIT_USAGE));
    }
    const rows = yearRows(cal, year, lang);
    if (flags["json"] === true)
      io.out(
        `[\n${rows.map((r) => JSON.stringify({ date: serialToIso(r.serial), working: r.working, name: r.name })).join(",\n")}\n]`,
      );
    else printText(io, year, rows, lang);
    return EXIT_OK;
  },
};
