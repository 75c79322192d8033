/**
 * `ledger check <workbook.xlsx> [--json] [--as-of YYYY-MM-DD] [--lang zh-CN|en-US]`: validates every register sheet
 * and prints the report — a table per sheet, errors first — or, with --json, exactly the report object. Warnings
 * accepted in the task pane are left out, as the pane leaves them out of its counts.
 * Exit 0 without errors (warnings allowed), 1 with errors, 2 when the file cannot be read. The file is opened
 * read-only and never written.
 */
import path from "node:path";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import { padToWidth as pad, textWidth as displayWidth } from "../../core/text-width";
import { reportJson, type ValidationReport } from "../../core/validate";
import { readIgnored, withoutIgnored } from "../../app/ignored-warnings";
import { validateWorkbook } from "../../app/validate-workbook";
import { EXIT_FINDINGS, EXIT_OK, type CliIo, type Command } from "../io";
import { openWorkbookCommand } from "../open-workbook";

const M = defineMessages({
  title: { "zh-CN": "检查 {file}（截至 {asOf}）", "en-US": "Checked {file} (as of {asOf})" },
  sheetLine: {
    "zh-CN": "【{sheet}】{rows} 行：{errors} 个错误，{warnings} 个警告",
    "en-US": "[{sheet}] {rows} rows: {errors} errors, {warnings} warnings",
  },
  clean: { "zh-CN": "  未发现问题", "en-US": "  no problems found" },
  row: { "zh-CN": "行", "en-US": "Row" },
  column: { "zh-CN": "列", "en-US": "Column" },
  severity: { "zh-CN": "级别", "en-US": "Level" },
  code: { "zh-CN": "代码", "en-US": "Code" },
  message: { "zh-CN": "说明", "en-US": "Message" },
  error: { "zh-CN": "错误", "en-US": "error" },
  warning: { "zh-CN": "警告", "en-US": "warning" },
  unrecognized: {
    "zh-CN": "未识别为台账的工作表（未检查）：{sheets}",
    "en-US": "Sheets not recognised as a register (not checked): {sheets}",
  },
  noRegisters: {
    "zh-CN": "没有识别出任何台账工作表。表头应位于前 5 行，并包含台账的必填列。",
    "en-US":
      "No register sheet was recognised. The header must be in the first 5 rows and hold the register's required columns.",
  },
  total: {
    "zh-CN": "合计：{errors} 个错误，{warnings} 个警告",
    "en-US": "Total: {errors} errors, {warnings} warnings",
  },
  needFile: { "zh-CN": "请给出要检查的工作簿文件", "en-US": "give the workbook file to check" },
  ignored: {
    "zh-CN": "另有 {n} 个警告已在任务窗格中忽略，未列出也未计入",
    "en-US": "{n} more warnings were ignored in the task pane: not listed, not counted",
  },
});

/** Terminal columns of a string (the one measure: core/text-width.ts). */
export { textWidth as displayWidth } from "../../core/text-width";

/** The report as text: per sheet a header line and a table of issues (already sorted errors first by the engine). */
function renderReport(report: ValidationReport, ignored: number, lang: Lang): string {
  const t = (key: keyof typeof M, p?: Record<string, string | number>): string => translate(M, lang, key, p);
  const lines = [t("title", { file: report.workbook, asOf: report.asOf }), ""];
  if (report.sheets.length === 0) lines.push(t("noRegisters"), "");
  for (const sheet of report.sheets) {
    const errors = sheet.issues.filter((i) => i.severity === "error").length;
    lines.push(
      t("sheetLine", { sheet: sheet.sheet, rows: sheet.rows, errors, warnings: sheet.issues.length - errors }),
    );
    if (sheet.issues.length === 0) {
      lines.push(t("clean"), "");
      continue;
    }
    const rows = sheet.issues.map((i) => [String(i.row), i.column, t(i.severity), i.code, i.message]);
    const head = [t("row"), t("column"), t("severity"), t("code"), t("message")];
    const widths = head.map((h, k) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[k] as string))));
    const fmt = (r: string[]): string =>
      `  ${r.map((cell, k) => (k === r.length - 1 ? cell : pad(cell, widths[k] as number))).join("  ")}`.trimEnd();
    lines.push(fmt(head));
    for (const r of rows) lines.push(fmt(r));
    lines.push("");
  }
  if (report.unrecognized.length > 0)
    lines.push(t("unrecognized", { sheets: report.unrecognized.join(lang === "zh-CN" ? "、" : ", ") }));
  if (ignored > 0) lines.push(t("ignored", { n: ignored }));
  lines.push(t("total", report.summary));
  return lines.join("\n");
}

export const checkCommand: Command = {
  name: "check",
  summary: "检查工作簿中的台账（类型、必填、唯一、跨列规则）/ validate the registers of a workbook",
  usage: "Usage: ledger check <workbook.xlsx> [--json] [--as-of YYYY-MM-DD] [--lang zh-CN|en-US]",
  async run(args: string[], io: CliIo): Promise<number> {
    const { flags, lang, file, asOf, workbook } = await openWorkbookCommand(args, io, {
      booleans: ["json"],
      needFile: (l) => translate(M, l, "needFile"),
    });
    const full = await validateWorkbook(workbook, { workbook: path.basename(file), asOf, lang });
    // Warnings accepted in the task pane (「忽略此警告」, stored in the workbook) are left out here too, so the pane
    // and the command agree; the JSON says how many (the key only appears when there are some).
    const report = withoutIgnored(full, await readIgnored(workbook));
    const ignored = full.summary.warnings - report.summary.warnings;
    const json = ignored > 0 ? { ...reportJson(report, lang), ignoredWarnings: ignored } : reportJson(report, lang);
    io.out(flags["json"] === true ? JSON.stringify(json, null, 2) : renderReport(report, ignored, lang));
    return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
