/**
 * `ledger refresh <in.xlsx> -o <out.xlsx> [--as-of YYYY-MM-DD] [--period …] [--fill-due] [--lang zh-CN|en-US]`:
 * recomputes what the add-in derives from the registers and writes a new workbook — every derived sheet of the app's
 * registry (src/app/derived-sheets.ts: the deadline columns and 期限总览, KPI看板, 整改状态 …), in order, on the same
 * loaded context, before the single save. The input file is never written.
 */
import path from "node:path";
import { calendarErrorMessage } from "../../core/calendar";
import { parseIso } from "../../core/dates";
import { defineMessages, translate } from "../../core/i18n";
import { DERIVED_SHEETS, derivedSheetFlags } from "../../app/derived-sheets";
import { PeriodError } from "../../app/kpis";
import { loadContext } from "../../app/load-context";
import { XlsxWorkbook, WorkbookReadError } from "../../xlsx/workbook";
import { EXIT_OK, EXIT_USAGE, UsageError, parseArgs, type CliIo, type Command } from "../io";
import { langFlag } from "./calendar-shared";
import { badPeriodMessage } from "./kpi";

const M = defineMessages({
  saved: { "zh-CN": "已保存到 {file}", "en-US": "Saved to {file}" },
  lost: {
    "zh-CN": "注意：原文件中的 {parts} 无法经文件模式保留，已不在新文件中；请在 Excel 中使用加载项刷新以保留它们",
    "en-US": "Note: the input's {parts} cannot be kept in file mode and are not in the new file; refresh with the Excel add-in to keep them",
  },
  needFiles: { "zh-CN": "请给出输入工作簿和 -o 输出文件", "en-US": "give the input workbook and -o <output file>" },
  sameFile: {
    "zh-CN": "输出文件不能与输入文件相同（刷新写入新文件，原文件不改动）",
    "en-US": "the output must be a different file (a refresh writes a new file and leaves the input untouched)",
  },
  badAsOf: { "zh-CN": "--as-of 须为 YYYY-MM-DD 格式的日期，而不是 {text}", "en-US": "--as-of must be a YYYY-MM-DD date, not {text}" },
  cannotWrite: { "zh-CN": "无法写入 {file}：{reason}", "en-US": "cannot write {file}: {reason}" },
});

export const refreshCommand: Command = {
  name: "refresh",
  summary: "重算期限列、期限总览、KPI看板、整改状态并另存为新工作簿 / recompute deadline columns, 期限总览 and boards into a new workbook",
  usage:
    "Usage: ledger refresh <in.xlsx> -o <out.xlsx> [--as-of YYYY-MM-DD] [--period 2026Q3] [--fill-due] [--lang zh-CN|en-US]\n" +
    "  Writes the deadline columns, 期限总览, KPI看板 and 整改状态 into <out.xlsx>; <in.xlsx> is never modified.\n" +
    "  --period    the KPI and rectification period: 2026-09, 2026Q3, 2026S1 / 2026S2, 2026 (default: the quarter containing --as-of)\n" +
    "  --fill-due  fill blank 办理期限 / 到期日期 cells from the rules (cells holding anything are never written)",
  async run(args: string[], io: CliIo): Promise<number> {
    const own = derivedSheetFlags();
    const strings = ["as-of", "lang", "output", ...own.strings];
    const booleans = own.booleans;
    const { positional, flags } = parseArgs(args, { strings, booleans, aliases: { o: "output" } });
    const lang = langFlag(flags);
    const t = (key: keyof typeof M, p?: Record<string, string | number>): string => translate(M, lang, key, p);
    const [input, ...extra] = positional;
    const output = flags["output"];
    if (input === undefined || typeof output !== "string") throw new UsageError(t("needFiles"));
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
    const inPath = path.resolve(io.cwd, input);
    const outPath = path.resolve(io.cwd, output);
    if (inPath === outPath) throw new UsageError(t("sameFile"));
    const asOfText = typeof flags["as-of"] === "string" ? flags["as-of"] : io.today();
    const asOf = parseIso(asOfText);
    if (asOf === null) throw new UsageError(t("badAsOf", { text: asOfText }));

    let workbook: XlsxWorkbook;
    try {
      workbook = await XlsxWorkbook.fromFile(inPath);
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      io.err(`ledger refresh: ${new WorkbookReadError(e.reason, input, e.detail).describe(lang)}`);
      return EXIT_USAGE;
    }
    const ctx = await loadContext(workbook, { lang });
    const lines: string[] = [];
    const charts = { available: true, unrendered: () => workbook.unrenderedCharts.length };
    for (const derived of DERIVED_SHEETS) {
      try {
        const out = await derived.refresh({ port: workbook, ctx, asOf, lang, options: flags, updatedAt: io.today(), charts });
        lines.push(...out.lines);
      } catch (e) {
        if (e instanceof PeriodError) throw new UsageError(badPeriodMessage(e.text, lang));
        const message = calendarErrorMessage(e, lang);
        if (message === null) throw e;
        io.err(`ledger refresh: ${message}`);
        return EXIT_USAGE;
      }
    }
    try {
      await workbook.save(outPath);
    } catch (e) {
      io.err(`ledger refresh: ${t("cannotWrite", { file: output, reason: e instanceof Error ? e.message : String(e) })}`);
      return EXIT_USAGE;
    }
    if (workbook.unpreservedParts.length > 0) lines.push(t("lost", { parts: workbook.unpreservedParts.join(lang === "zh-CN" ? "、" : ", ") }));
    lines.push(t("saved", { file: output }));
    io.out(lines.join("\n"));
    return EXIT_OK;
  },
};
