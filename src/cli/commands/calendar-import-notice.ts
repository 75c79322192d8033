/**
 * `ledger calendar import-notice <file|-> [--json] [--year 2027] [--into <wb.xlsx> -o <out.xlsx>] [--lang zh-CN|en-US]`:
 * reads the State Council's holiday notice as text, prints the year's 放假/上班 rows (or, with --json, exactly
 * `{"year", "rows": [{"date", "kind", "name"}]}`), and with --into writes them and the 全年完整 row into the workbook's
 * 节假日调整 sheet, saved as -o. The input workbook is never modified.
 */
import fs from "node:fs/promises";
import path from "node:path";
import {
  calendarErrorMessage,
  NoticeError,
  noticeToJson,
  parseHolidayNotice,
  type HolidayNotice,
} from "../../core/calendar";
import { dayOfWeek } from "../../core/dates";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import { importHolidayNotice } from "../../app/import-holiday-notice";
import { openWorkbook, outputPath } from "../open-workbook";
import { EXIT_OK, EXIT_USAGE, UsageError, parseArgs, usageError, type CliIo } from "../io";
import { langFlag } from "./calendar-shared";

export const IMPORT_NOTICE_USAGE = `Usage: ledger calendar import-notice <file|-> [--json] [--year 2027] [--into <wb.xlsx> -o <out.xlsx>] [--lang zh-CN|en-US]

Reads the State Council notice (国务院办公厅关于XXXX年部分节假日安排的通知) pasted into a text file (UTF-8 or GBK;
- reads standard input) and prints the year's days off (放假) and make-up working days (上班) with the holiday names.
--json     prints {"year": 2026, "rows": [{"date": "2026-01-01", "kind": "放假", "name": "元旦"}, …]}
--year     the year, when the text lacks its title (it must agree with the title when both are there)
--into     writes the rows and a 全年完整 row into that workbook's 节假日调整 sheet, saved as -o <out.xlsx>
           (the year's earlier import is replaced; other rows stay; <wb.xlsx> is never modified)`;

const M = defineMessages({
  title: {
    "zh-CN": "{year} 年节假日安排：放假 {off} 天，调休上班 {work} 天（共 {n} 行）",
    "en-US": "{year} holidays: {off} days off, {work} make-up working days ({n} rows)",
  },
  off: { "zh-CN": "放假", "en-US": "day off" },
  work: { "zh-CN": "上班", "en-US": "working day" },
  written: {
    "zh-CN": "已写入「{sheet}」：{n} 行和“全年完整”标记，替换了 {replaced} 行旧的安排{created}",
    "en-US":
      "Written to {sheet}: {n} rows and the 全年完整 (year complete) row, replacing {replaced} earlier rows{created}",
  },
  created: { "zh-CN": "（工作表按模板新建）", "en-US": " (sheet created from the template)" },
  kept: {
    "zh-CN": "  第 {rows} 行是本校自己的调整，落在通知的日期上，已保留并以其为准",
    "en-US": "  rows {rows} are the school's own adjustments on dates the notice lists; kept, and they win",
  },
  saved: { "zh-CN": "已保存到 {file}", "en-US": "Saved to {file}" },
  needFile: {
    "zh-CN": "请给出通知文本文件（或 - 表示标准输入）",
    "en-US": "give the notice text file (or - for standard input)",
  },
  needOutput: { "zh-CN": "--into 需要同时给出 -o 输出文件", "en-US": "--into needs -o <output file>" },
  needInto: { "zh-CN": "-o 只能与 --into 一起使用", "en-US": "-o is only used with --into" },
  badYear: {
    "zh-CN": "--year 须为四位年份，如 2027，而不是 {text}",
    "en-US": "--year must be a year such as 2027, not {text}",
  },
  unreadable: { "zh-CN": "无法读取通知文本 {file}：{reason}", "en-US": "cannot read the notice text {file}: {reason}" },
  notFound: { "zh-CN": "找不到文件", "en-US": "file not found" },
  isFolder: { "zh-CN": "这是文件夹", "en-US": "it is a folder" },
  noStdin: { "zh-CN": "无法读取标准输入", "en-US": "standard input is not available" },
  cannotWrite: { "zh-CN": "无法写入 {file}：{reason}", "en-US": "cannot write {file}: {reason}" },
});

const WEEKDAYS: Record<Lang, readonly string[]> = {
  "zh-CN": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
  "en-US": ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};

/** Text of a pasted file: UTF-8 (a BOM allowed), else GBK as Windows Notepad saves Chinese text. */
function decodeNoticeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** `--json`: the spacing (`{"year": 2026, "rows": [{"date": …, "kind": …, "name": …}, …]}`), one row a line. */
function noticeJsonText(notice: HolidayNotice): string {
  const json = noticeToJson(notice);
  const rows = json.rows.map(
    (r) =>
      `  {"date": ${JSON.stringify(r.date)}, "kind": ${JSON.stringify(r.kind)}, "name": ${JSON.stringify(r.name)}}`,
  );
  return `{"year": ${json.year}, "rows": [\n${rows.join(",\n")}\n]}`;
}

/** The rows as a table: date, weekday, 放假/上班, name. */
function renderNotice(notice: HolidayNotice, lang: Lang): string {
  const json = noticeToJson(notice);
  const off = json.rows.filter((r) => r.kind === "放假").length;
  const lines = [
    translate(M, lang, "title", { year: json.year, off, work: json.rows.length - off, n: json.rows.length }),
  ];
  notice.rows.forEach((r, i) => {
    const row = json.rows[i] as (typeof json.rows)[number];
    lines.push(
      `  ${row.date} ${WEEKDAYS[lang][dayOfWeek(r.date)]} ${translate(M, lang, r.kind === "放假" ? "off" : "work")}  ${row.name}`,
    );
  });
  return lines.join("\n");
}

async function readNoticeText(file: string, io: CliIo, lang: Lang): Promise<string | null> {
  try {
    if (file === "-") {
      if (!io.readStdin) {
        io.err(`ledger calendar import-notice: ${translate(M, lang, "noStdin")}`);
        return null;
      }
      return decodeNoticeBytes(await io.readStdin());
    }
    return decodeNoticeBytes(await fs.readFile(path.resolve(io.cwd, file)));
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason =
      code === "ENOENT"
        ? translate(M, lang, "notFound")
        : code === "EISDIR"
          ? translate(M, lang, "isFolder")
          : (e as Error).message;
    io.err(`ledger calendar import-notice: ${translate(M, lang, "unreadable", { file, reason })}`);
    return null;
  }
}

export async function runImportNotice(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, {
    strings: ["into", "output", "year", "lang"],
    booleans: ["json", "force"],
    aliases: { o: "output" },
  });
  const lang = langFlag(flags);
  const t = (key: keyof typeof M, p?: Record<string, string | number>): string => translate(M, lang, key, p);
  const [file, ...extra] = positional;
  if (file === undefined) throw new UsageError(t("needFile"));
  if (extra.length > 0) throw usageError("unexpected", { arg: extra[0] as string });
  const into = flags["into"];
  const output = flags["output"];
  if (typeof into === "string" && typeof output !== "string") throw new UsageError(t("needOutput"));
  if (typeof into !== "string" && typeof output === "string") throw new UsageError(t("needInto"));
  const yearText = flags["year"];
  if (yearText !== undefined && !(typeof yearText === "string" && /^\d{4}$/.test(yearText)))
    throw new UsageError(t("badYear", { text: String(yearText) }));

  const text = await readNoticeText(file, io, lang);
  if (text === null) return EXIT_USAGE;
  let notice: HolidayNotice;
  try {
    notice = parseHolidayNotice(text, yearText === undefined ? {} : { year: Number(yearText) });
  } catch (e) {
    if (!(e instanceof NoticeError)) throw e;
    io.err(`ledger calendar import-notice: ${calendarErrorMessage(e, lang) as string}`);
    return EXIT_USAGE;
  }
  if (typeof into !== "string") {
    io.out(flags["json"] === true ? noticeJsonText(notice) : renderNotice(notice, lang));
    return EXIT_OK;
  }

  const outPath = await outputPath(into, output as string, io, lang, flags["force"] === true);
  const workbook = await openWorkbook(into, io, lang);
  let result;
  try {
    result = await importHolidayNotice(workbook, notice);
  } catch (e) {
    const message = calendarErrorMessage(e, lang);
    if (message === null) throw e;
    io.err(`ledger calendar import-notice: ${into}: ${message}`);
    return EXIT_USAGE;
  }
  try {
    await workbook.save(outPath);
  } catch (e) {
    io.err(
      `ledger calendar import-notice: ${t("cannotWrite", { file: output as string, reason: e instanceof Error ? e.message : String(e) })}`,
    );
    return EXIT_USAGE;
  }
  // With --json, stdout carries only the JSON; what was written is told on stderr.
  const json = flags["json"] === true;
  const lines = json ? [] : [renderNotice(notice, lang), ""];
  lines.push(
    t("written", {
      sheet: result.sheet,
      n: result.written,
      replaced: result.replaced,
      created: result.created ? t("created") : "",
    }),
  );
  if (result.keptOnNoticeDates.length > 0)
    lines.push(t("kept", { rows: result.keptOnNoticeDates.join(lang === "zh-CN" ? "、" : ", ") }));
  lines.push(t("saved", { file: output as string }));
  if (json) {
    io.out(noticeJsonText(notice));
    io.err(lines.join("\n"));
  } else io.out(lines.join("\n"));
  return EXIT_OK;
}
