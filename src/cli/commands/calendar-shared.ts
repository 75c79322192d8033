/** What the calendar commands (workday, networkdays, calendar) share: date arguments, --lang, --holidays-sheet. */
import {
  HOLIDAY_SHEET,
  calendarErrorMessage,
  createCalendar,
  describeOverrideProblem,
  parseDateText,
  parseHolidayOverrides,
  type Calendar,
} from "../../core/calendar";
import type { Serial } from "../../core/dates";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import { EXIT_USAGE, UsageError, type CliIo } from "../io";
import { openWorkbook } from "../open-workbook";
import { settingsSheetOf } from "../../core/recognize/settings-sheets";

export const CALENDAR_CLI_MESSAGES = defineMessages({
  badDate: {
    "zh-CN": "“{text}”不是有效日期（可写 2025-09-26、2025/9/26 或 2025年9月26日）",
    "en-US": "'{text}' is not a date (write 2025-09-26, 2025/9/26 or 2025年9月26日)",
  },
  noSheet: { "zh-CN": "工作簿 {file} 中没有「{sheet}」工作表。", "en-US": "workbook {file} has no 「{sheet}」 sheet." },
  rowsIgnored: {
    "zh-CN": "{file} 的「{sheet}」有无法使用的行，请先更正后再计算。",
    "en-US": "「{sheet}」 of {file} has rows that cannot be used; correct them before computing.",
  },
  inFile: { "zh-CN": "{file}：{problem}", "en-US": "{file}: {problem}" },
});

export const CALENDAR_STRING_FLAGS = ["holidays-sheet", "lang"] as const;

export { langFlag } from "../io";

/** A date argument as a day serial (a time of day, if typed, is dropped: these commands count whole days). */
export function dateArg(text: string, lang: Lang): Serial {
  const v = parseDateText(text);
  if (v === null) throw new UsageError(translate(CALENDAR_CLI_MESSAGES, lang, "badDate", { text }));
  return Math.floor(v);
}

/**
 * The official calendar, with the overrides of `--holidays-sheet <workbook.xlsx>` when given. The workbook is opened as
 * every command opens one (openWorkbook), so a file `check` reads is a file this reads. Returns an exit code instead
 * when the workbook cannot be used; rows that cannot be read stop the command, since a silently skipped adjustment
 * would give a wrong date with no sign of it.
 */
export async function loadCalendar(
  flags: Record<string, string | boolean>,
  io: CliIo,
  lang: Lang,
): Promise<Calendar | number> {
  const file = flags["holidays-sheet"];
  if (typeof file !== "string") return createCalendar();
  // Opened like every other command's workbook: the same file-type checks and messages (src/cli/open-workbook.ts).
  const workbook = await openWorkbook(file, io, lang, { readOnly: true });
  const sheet = (await workbook.listSheets()).find((s) => settingsSheetOf(s.name)?.sheet === HOLIDAY_SHEET);
  if (!sheet) {
    io.err(translate(CALENDAR_CLI_MESSAGES, lang, "noSheet", { file, sheet: HOLIDAY_SHEET }));
    return EXIT_USAGE;
  }
  const [read] = await workbook.readSheets([sheet.name]);
  const { overrides, completeYears, problems } = parseHolidayOverrides(read?.values ?? []);
  for (const p of problems)
    io.err(
      translate(CALENDAR_CLI_MESSAGES, lang, "inFile", { file, problem: describeOverrideProblem(p, lang, sheet.name) }),
    );
  if (problems.some((p) => p.severity === "error")) {
    io.err(translate(CALENDAR_CLI_MESSAGES, lang, "rowsIgnored", { sheet: sheet.name, file }));
    return EXIT_USAGE;
  }
  return createCalendar(overrides, { completeYears });
}

/** Runs a calendar computation, turning a coverage error into its message and exit code 2. */
export function withCoverage(io: CliIo, lang: Lang, compute: () => number): number {
  try {
    return compute();
  } catch (e) {
    const message = calendarErrorMessage(e, lang);
    if (message === null) throw e;
    io.err(message);
    return EXIT_USAGE;
  }
}
