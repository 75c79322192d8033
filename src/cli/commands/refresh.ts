/**
 * `ledger refresh <in.xlsx> -o <out.xlsx> [--as-of YYYY-MM-DD] [--period …] [--fill-due] [--lang zh-CN|en-US]`:
 * recomputes what the add-in derives from the registers and writes a new workbook — every derived sheet of the app's
 * registry (src/app/derived-sheets.ts: the deadline columns and 期限总览, KPI看板, 整改状态 …), in order, on the same
 * loaded context, before the single save. The input file is never written.
 */
import { calendarErrorMessage } from "../../core/calendar";
import { defineMessages, translate } from "../../core/i18n";
import { DERIVED_SHEETS, derivedSheetFlags } from "../../app/derived-sheets";
import { PeriodError } from "../../app/kpis";
import { loadContext } from "../../app/load-context";
import { asOfFlag, openWorkbook, outputPath } from "../open-workbook";
import { EXIT_OK, EXIT_USAGE, UsageError, parseArgs, usageError, type CliIo, type Command } from "../io";
import { langFlag } from "./calendar-shared";
import { badPeriodMessage } from "./kpi";

const M = defineMessages({
  saved: { "zh-CN": "已保存到 {file}", "en-US": "Saved to {file}" },
  needFiles: { "zh-CN": "请给出输入工作簿和 -o 输出文件", "en-US": "give the input workbook and -o <output file>" },
  cannotWrite: { "zh-CN": "无法写入 {file}：{reason}", "en-US": "cannot write {file}: {reason}" },
});

export const refreshCommand: Command = {
  name: "refresh",
  summary:
    "重算期限列、期限总览、KPI看板、整改状态并另存为新工作簿 / recompute deadline columns, 期限总览 and boards into a new workbook",
  usage:
    "Usage: ledger refresh <in.xlsx> -o <out.xlsx> [--as-of YYYY-MM-DD] [--period 2026Q3] [--fill-due] [--force] [--lang zh-CN|en-US]\n" +
    "  Writes the deadline columns, 期限总览, KPI看板 and 整改状态 into <out.xlsx>; <in.xlsx> is never modified.\n" +
    "  --period    the KPI and rectification period: 2026-09, 2026Q3, 2026S1 / 2026S2, 2026 (default: the quarter containing --as-of)\n" +
    "  --fill-due  fill blank 办理期限 / 到期日期 cells from the rules (cells holding anything are never written)\n" +
    "  --force     replace <out.xlsx> when it exists (never the input, nor a link to it)",
  async run(args: string[], io: CliIo): Promise<number> {
    const own = derivedSheetFlags();
    const strings = ["as-of", "lang", "output", ...own.strings];
    const booleans = ["force", ...own.booleans];
    const { positional, flags } = parseArgs(args, { strings, booleans, aliases: { o: "output" } });
    const lang = langFlag(flags);
    const t = (key: keyof typeof M, p?: Record<string, string | number>): string => translate(M, lang, key, p);
    const [input, ...extra] = positional;
    const output = flags["output"];
    if (input === undefined || typeof output !== "string") throw new UsageError(t("needFiles"));
    if (extra.length > 0) throw usageError("unexpected", { arg: extra[0] as string });
    const outPath = await outputPath(input, output, io, lang, flags["force"] === true);
    const asOf = asOfFlag(flags, io, lang);
    const workbook = await openWorkbook(input, io, lang);
    const ctx = await loadContext(workbook, { lang });
    const lines: string[] = [];
    const charts = { available: true, unrendered: () => workbook.unrenderedCharts.length };
    for (const derived of DERIVED_SHEETS) {
      try {
        const out = await derived.refresh({
          port: workbook,
          ctx,
          asOf,
          lang,
          options: flags,
          updatedAt: io.today(),
          charts,
        });
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
      // A file-system refusal (EACCES, ENOSPC …) is worth quoting; anything else is the writer's own failure.
      if (typeof (e as { code?: unknown }).code !== "string") throw e;
      io.err(`ledger refresh: ${t("cannotWrite", { file: output, reason: (e as Error).message })}`);
      return EXIT_USAGE;
    }
    lines.push(t("saved", { file: output }));
    io.out(lines.join("\n"));
    return EXIT_OK;
  },
};
