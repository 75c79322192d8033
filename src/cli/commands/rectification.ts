/**
 * `ledger rectification <workbook.xlsx> [--as-of YYYY-MM-DD] [--period 2026Q3] [--json] [--lang zh-CN|en-US]`: the
 * rectification status (整改状态) of 问题整改台账 and the registers whose open rows are rectifications in fact. Read-only:
 * the 整改状态 sheet is written by `ledger refresh`. Exit 0, 1 when something is overdue, 2 for bad input.
 */
import { calendarErrorMessage } from "../../core/calendar";
import { defineMessages, translate } from "../../core/i18n";
import { rectificationText, rectificationToJson, type RectificationStatus } from "../../core/rectification";
import { computeWorkbookRectification } from "../../app/rectification";
import { loadContext } from "../../app/load-context";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo, type Command } from "../io";
import { openWorkbookCommand } from "../open-workbook";
import { periodFrom } from "./kpi";

const MESSAGES = defineMessages({
  needWorkbook: {
    "zh-CN": "请给出工作簿文件，例如 ledger rectification 台账.xlsx",
    "en-US": "give a workbook file, e.g. ledger rectification ledgers.xlsx",
  },
  noRegister: {
    "zh-CN": "工作簿中没有可识别的“问题整改台账”，整改状态为空",
    "en-US": "The workbook has no recognisable 问题整改台账 (rectification register); the status is empty",
  },
});

export const rectificationCommand: Command = {
  name: "rectification",
  summary:
    "整改状态：未完成、逾期、销号率、催办升级（默认本季度）/ rectification status: open, overdue, closure rates, escalations",
  usage: [
    "Usage: ledger rectification <workbook.xlsx> [--as-of YYYY-MM-DD] [--period 2026Q3] [--json] [--lang zh-CN|en-US]",
    "",
    "  --period   2026-09, 2026Q3, 2026S1 / 2026S2, 2026 — for closed / opened this period; default: the quarter containing --as-of",
    "  --as-of    the day items are judged at (overdue = 完成时限 before it); default: today in Asia/Shanghai",
    '  --json     {"asOf", "period", "summary", "byStatus", "byDepartment", "bySource", "overdue", "nextFollowUp", "sections", …}',
    "  exit 0, 1 when something is overdue, 2 when the input is bad",
  ].join("\n"),
  async run(args: string[], io: CliIo): Promise<number> {
    const { flags, lang, asOf, workbook } = await openWorkbookCommand(args, io, {
      strings: ["period"],
      booleans: ["json"],
      needFile: (l) => translate(MESSAGES, l, "needWorkbook"),
    });
    const ctx = await loadContext(workbook, { lang });
    const period = periodFrom(flags, asOf, ctx, lang);
    let status: RectificationStatus;
    try {
      status = computeWorkbookRectification(ctx, period, asOf, lang);
    } catch (e) {
      const message = calendarErrorMessage(e, lang);
      if (message === null) throw e;
      io.err(`ledger rectification: ${message}`);
      return EXIT_USAGE;
    }
    if (flags["json"] === true) io.out(JSON.stringify(rectificationToJson(status), null, 2));
    else io.out(status.sheet === null ? translate(MESSAGES, lang, "noRegister") : rectificationText(status, lang));
    return status.summary.overdue > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
