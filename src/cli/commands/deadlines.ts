/**
 * `ledger deadlines <workbook.xlsx> [--as-of YYYY-MM-DD] [--json] [--all] [--lang zh-CN|en-US]`: every deadline of
 * the workbook's registers as of a day. Text lists unfinished items grouped by status, overdue first (--all adds the
 * finished ones); --json prints exactly `{"asOf", "items"}` with every item. Rows whose deadline cannot be computed
 * are reported on stderr, one line each naming sheet, row and column, after the run's warnings (a due-soon window or a
 * count of working days late that needs a year the calendar lacks). Exit 0, 1 when something is overdue, 2 when the
 * file cannot be read. A year without calendar data never stops the list (issue 10).
 */
import path from "node:path";
import { calendarErrorMessage } from "../../core/calendar";
import { serialToIso, serialToIsoDateTime } from "../../core/dates";
import {
  byAttention,
  countByStatus,
  DEADLINE_MESSAGES,
  deadlinesToJson,
  escalationLabel,
  statusLabel,
  type DeadlineItem,
  type DeadlineResult,
  type DeadlineStatus,
} from "../../core/deadlines";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import { computeWorkbookDeadlines } from "../../app/deadlines";
import { loadContext } from "../../app/load-context";
import { openWorkbookCommand } from "../open-workbook";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo, type Command } from "../io";

const DEADLINES_CLI_MESSAGES = defineMessages({
  title: {
    "zh-CN": "{file} 的期限（截至 {asOf}）：已逾期 {overdue} 项 · 临期 {soon} 项 · 未到期 {open} 项",
    "en-US": "Deadlines of {file} (as of {asOf}): {overdue} overdue · {soon} due soon · {open} open",
  },
  group: { "zh-CN": "【{status}】{count} 项", "en-US": "[{status}] {count}" },
  row: { "zh-CN": "第 {row} 行", "en-US": "row {row}" },
  due: { "zh-CN": "截止 {due}", "en-US": "due {due}" },
  done: { "zh-CN": "完成 {done}", "en-US": "done {done}" },
  nothing: { "zh-CN": "没有需要跟进的期限。", "en-US": "Nothing to follow up." },
  noRegisters: {
    "zh-CN": "没有识别出带期限的台账工作表。",
    "en-US": "No register sheet with deadlines was recognised.",
  },
  needFile: { "zh-CN": "请给出工作簿文件", "en-US": "give the workbook file" },
});

type Key = keyof typeof DEADLINES_CLI_MESSAGES;

const moment = (v: number, withTime: boolean): string =>
  withTime ? serialToIsoDateTime(v).replace("T", " ") : serialToIso(v);

function itemLine(i: DeadlineItem, lang: Lang): string {
  const t = (key: Key, p?: Record<string, string | number>): string => translate(DEADLINES_CLI_MESSAGES, lang, key, p);
  // A recurring duty has no key: its 事项 and cycle say which one it is (issue 17).
  const which =
    i.key ??
    (i.cycle !== undefined && i.subject !== null
      ? lang === "zh-CN"
        ? `${i.subject}（${i.cycle}）`
        : `${i.subject} (${i.cycle})`
      : "");
  const parts = [
    `${i.sheet} ${t("row", { row: i.row })}`,
    which,
    i.rule.label[lang],
    t("due", { due: moment(i.due, i.dueHasTime) }),
  ];
  if (i.done !== null) parts.push(t("done", { done: moment(i.done, i.doneHasTime) }));
  if (i.status === "overdue" || i.status === "done-late")
    parts.push(translate(DEADLINE_MESSAGES, lang, "lateDays", { n: i.overdueWorkdays }));
  const owner =
    i.owner === null
      ? ""
      : i.ownerDepartment !== null && i.ownerDepartment !== i.owner
        ? `${i.owner}（${i.ownerDepartment}）`
        : i.owner;
  parts.push(owner);
  if (i.escalation !== null) parts.push(escalationLabel(i.escalation, lang));
  return `  ${parts.filter((p) => p !== "").join("  ")}`;
}

/** Unfinished items grouped by status, overdue first; finished ones too with `all`. */
function renderDeadlines(result: DeadlineResult, file: string, lang: Lang, all: boolean): string {
  const t = (key: Key, p?: Record<string, string | number>): string => translate(DEADLINES_CLI_MESSAGES, lang, key, p);
  const counts = countByStatus(result.items);
  const lines = [
    t("title", {
      file,
      asOf: serialToIso(result.asOf),
      overdue: counts.overdue,
      soon: counts["due-soon"],
      open: counts.open,
    }),
    "",
  ];
  const shown: DeadlineStatus[] = all
    ? ["overdue", "due-soon", "open", "done-late", "moot", "done-on-time"]
    : ["overdue", "due-soon", "open"];
  const sorted = [...result.items].sort(byAttention);
  for (const status of shown) {
    const group = sorted.filter((i) => i.status === status);
    if (group.length === 0) continue;
    lines.push(t("group", { status: statusLabel(status, lang), count: group.length }));
    for (const i of group) lines.push(itemLine(i, lang));
    lines.push("");
  }
  if (shown.every((s) => counts[s] === 0)) lines.push(t("nothing"));
  return lines.join("\n").trimEnd();
}

export const deadlinesCommand: Command = {
  name: "deadlines",
  summary: "列出各台账的期限：已逾期、临期、未到期 / list the registers' deadlines, overdue first",
  usage:
    "Usage: ledger deadlines <workbook.xlsx> [--as-of YYYY-MM-DD] [--json] [--all] [--lang zh-CN|en-US]\n  exit 0, 1 when something is overdue, 2 when the file cannot be read",
  async run(args: string[], io: CliIo): Promise<number> {
    const { flags, lang, file, asOf, workbook } = await openWorkbookCommand(args, io, {
      booleans: ["json", "all"],
      needFile: (l) => translate(DEADLINES_CLI_MESSAGES, l, "needFile"),
    });
    const t = (key: Key, p?: Record<string, string | number>): string =>
      translate(DEADLINES_CLI_MESSAGES, lang, key, p);
    const ctx = await loadContext(workbook, { lang });
    let result: DeadlineResult;
    try {
      result = computeWorkbookDeadlines(ctx, asOf, lang);
    } catch (e) {
      // Calendar gaps become warnings and row problems in the core; any other calendar error still has a clear text.
      const message = calendarErrorMessage(e, lang);
      if (message === null) throw e;
      io.err(`ledger deadlines: ${message}`);
      return EXIT_USAGE;
    }
    if (flags["json"] === true) io.out(JSON.stringify(deadlinesToJson(result, lang), null, 2));
    else if (ctx.tables.size === 0) io.out(t("noRegisters"));
    else io.out(renderDeadlines(result, path.basename(file), lang, flags["all"] === true));
    for (const w of result.warnings) io.err(w.message);
    for (const p of result.problems) io.err(p.message);
    return result.items.some((i) => i.status === "overdue") ? EXIT_FINDINGS : EXIT_OK;
  },
};
