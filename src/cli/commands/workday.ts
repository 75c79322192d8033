import { serialToIso } from "../../core/dates";
import { EXIT_OK, parseArgs, usageError, type Command } from "../io";
import { CALENDAR_STRING_FLAGS, dateArg, langFlag, loadCalendar, withCoverage } from "./calendar-shared";

const USAGE = `Usage: ledger workday <date> <n> [--holidays-sheet <workbook.xlsx>] [--lang zh-CN|en-US]

Prints the date n official China working days after <date> (Excel WORKDAY: the start day is not counted;
negative n counts back). --holidays-sheet applies the workbook's 节假日调整 sheet.
Example: ledger workday 2025-09-26 5   →  2025-10-10`;

export const workdayCommand: Command = {
  name: "workday",
  summary: "按法定工作日推算日期（同 WORKDAY）/ the date n official working days after a date",
  usage: USAGE,
  async run(args, io) {
    const { positional, flags } = parseArgs(args, { strings: CALENDAR_STRING_FLAGS });
    const lang = langFlag(flags);
    const [dateText, nText, ...extra] = positional;
    if (dateText === undefined || nText === undefined || extra.length > 0)
      throw usageError("expected", { args: "<date> <n>" });
    if (!/^[+-]?\d+$/.test(nText)) throw usageError("wholeNumber", { arg: "<n>", text: nText });
    const start = dateArg(dateText, lang);
    const cal = await loadCalendar(flags, io, lang);
    if (typeof cal === "number") return cal;
    return withCoverage(io, lang, () => {
      io.out(serialToIso(cal.addWorkdays(start, Number(nText))));
      return EXIT_OK;
    });
  },
};
