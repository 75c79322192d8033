/**
 * `ledger refresh <in.xlsx> -o <out.xlsx> [--as-of YYYY-MM-DD] [--fill-due] [--lang zh-CN|en-US]`: recomputes what the
 * add-in derives from the registers and writes a new workbook — the deadline columns and `期限总览`, plus every other
 * step in REFRESH_STEPS (the KPI board). The input file is never written.
 *
 * A refresh step is a module's contribution: the flags it takes and what it does to the loaded workbook. Add one by
 * appending it to REFRESH_STEPS; steps run in order on the same loaded context, before the single save.
 */
import { calendarErrorMessage } from "../../core/calendar";
import type { Serial } from "../../core/dates";
import { countByStatus, isUnfinished } from "../../core/deadlines";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import { refreshDeadlines } from "../../app/deadlines";
import { loadContext, type WorkbookContext } from "../../app/load-context";
import type { XlsxWorkbook } from "../../xlsx/workbook";
import { asOfFlag, openWorkbook, outputPath } from "../open-workbook";
import { EXIT_OK, EXIT_USAGE, UsageError, parseArgs, usageError, type CliIo, type Command } from "../io";
import { langFlag } from "./calendar-shared";
import { kpiRefreshStep } from "./kpi";

export interface RefreshStepInput {
  workbook: XlsxWorkbook;
  ctx: WorkbookContext;
  asOf: Serial;
  lang: Lang;
  flags: Record<string, string | boolean>;
  io: CliIo;
}

export interface RefreshStep {
  name: string;
  /** Flags of this step beyond the command's own (--as-of, --lang, -o). */
  strings?: readonly string[];
  booleans?: readonly string[];
  /** Applies the step through the port; returns lines telling the user what changed. Throw UsageError for bad flags. */
  run(input: RefreshStepInput): Promise<string[]>;
}

const M = defineMessages({
  deadlines: {
    "zh-CN": "期限：{sheets} 个台账已写入截止日期/期限状态/逾期工作日，“期限总览”列出 {open} 项未完成（已逾期 {overdue} 项）",
    "en-US": "Deadlines: computed columns written on {sheets} registers; 期限总览 lists {open} open items ({overdue} overdue)",
  },
  filled: { "zh-CN": "  “{sheet}”补填空白期限 {n} 处", "en-US": "  {sheet}: {n} blank due dates filled" },
  skipped: {
    "zh-CN": "  “{sheet}”已有用户自己的“{headers}”列，未写入",
    "en-US": "  {sheet}: the user's own “{headers}” columns exist; not written",
  },
  noRoom: {
    "zh-CN": "  “{sheet}”右侧已没有空列（表格已用到最后一列 XFD），未写入“{headers}”；请删去多余的空列后再刷新",
    "en-US": "  {sheet}: no column is left right of the register (it reaches the last column, XFD); “{headers}” not written. Delete unused columns and refresh again",
  },
  saved: { "zh-CN": "已保存到 {file}", "en-US": "Saved to {file}" },
  needFiles: { "zh-CN": "请给出输入工作簿和 -o 输出文件", "en-US": "give the input workbook and -o <output file>" },
  cannotWrite: { "zh-CN": "无法写入 {file}：{reason}", "en-US": "cannot write {file}: {reason}" },
});

const deadlinesStep: RefreshStep = {
  name: "deadlines",
  booleans: ["fill-due"],
  async run({ workbook, ctx, asOf, lang, flags }) {
    const out = await refreshDeadlines(workbook, ctx, asOf, lang, { fillDue: flags["fill-due"] === true });
    const open = out.result.items.filter(isUnfinished).length;
    const lines = [translate(M, lang, "deadlines", { sheets: out.sheets.length, open, overdue: countByStatus(out.result.items).overdue })];
    for (const s of out.sheets) {
      if (s.filled > 0) lines.push(translate(M, lang, "filled", { sheet: s.sheet, n: s.filled }));
      if (s.skipped.length > 0) lines.push(translate(M, lang, "skipped", { sheet: s.sheet, headers: s.skipped.join("、") }));
      if (s.noRoom) lines.push(translate(M, lang, "noRoom", { sheet: s.sheet, headers: s.noRoom.join("、") }));
    }
    for (const w of out.result.warnings) lines.push(`  ${w.message}`);
    for (const p of out.result.problems) lines.push(`  ${p.message}`);
    return lines;
  },
};

/** Everything `ledger refresh` recomputes, in order. Other features append their step here (one line). */
export const REFRESH_STEPS: RefreshStep[] = [deadlinesStep, kpiRefreshStep];

export const refreshCommand: Command = {
  name: "refresh",
  summary: "重算期限列、期限总览等并另存为新工作簿 / recompute deadline columns, 期限总览 and boards into a new workbook",
  usage:
    "Usage: ledger refresh <in.xlsx> -o <out.xlsx> [--as-of YYYY-MM-DD] [--period 2026Q3] [--fill-due] [--force] [--lang zh-CN|en-US]\n" +
    "  Writes the deadline columns, 期限总览 and KPI看板 into <out.xlsx>; <in.xlsx> is never modified.\n" +
    "  --period    the KPI period: 2026-09, 2026Q3, 2026S1 / 2026S2, 2026 (default: the quarter containing --as-of)\n" +
    "  --fill-due  fill blank 办理期限 / 到期日期 cells from the rules (cells holding anything are never written)\n" +
    "  --force     replace <out.xlsx> when it exists (never the input, nor a link to it)",
  async run(args: string[], io: CliIo): Promise<number> {
    const strings = ["as-of", "lang", "output", ...REFRESH_STEPS.flatMap((s) => s.strings ?? [])];
    const booleans = ["force", ...REFRESH_STEPS.flatMap((s) => s.booleans ?? [])];
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
    for (const step of REFRESH_STEPS) {
      try {
        lines.push(...(await step.run({ workbook, ctx, asOf, lang, flags, io })));
      } catch (e) {
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
