import { EXIT_OK, parseArgs, usageError, type Command } from "../io";
import { CALENDAR_STRING_FLAGS, dateArg, langFlag, loadCalendar, withCoverage } from "./calendar-shared";

const USAGE = `Usage: ledger networkdays <start> <end> [--holidays-sheet <workbook.xlsx>] [--lang zh-CN|en-US]

Prints the number of official China working days from <start> to <end>, both included (Excel NETWORKDAYS;
negative when <end> is before <start>). --holidays-sheet applies the workbook's 节假日调整 sheet.
Example: ledger networkdays 2025-09-01 2025-10-31   →  41`;

export const networkdaysCommand: Command = {
  name: "networkdays",
  summary: "两日期间的法定工作日数（同 NETWORKDAYS）/ working days between two dates, both included",
  usage: USAGE,
  async run(args, io) {
    const { positional, flags } = parseArgs(args, { strings: CALENDAR_STRING_FLAGS });
    const lang = langFlag(flags);
    const [a, b, ...extra] = positional;
    if (a === undefined || b === undefined || extra.length > 0) throw usageError("expected", { args: "<start> <end>" });
    const start = dateArg(a, lang);
    const end = dateArg(b, lang);
    const cal = await loadCalendar(flags, io, lang);
    if (typeof cal === "number") return cal;
    return withCoverage(io, lang, () => {
      io.out(String(cal.workdaysBetween(start, end)));
      return EXIT_OK;
    });
  },
};
