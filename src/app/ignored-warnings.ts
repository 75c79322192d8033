/**
 * Warnings a person accepted (「忽略此警告」 on 检查), kept inside the workbook in the setting `ledger.ignoredWarnings`
 * so they travel with the file: a JSON array of keys "sheet␟row␟column␟code". The key leaves out the message, which
 * is in the reader's language; it keeps the row, so a warning whose row moves (rows inserted above) shows again —
 * better than hiding a different row's warning. Errors cannot be ignored.
 */
import type { ReportIssue, ValidationReport } from "../core/validate";
import { summarize } from "../core/validate/report";
import type { WorkbookPort } from "../workbook/port";

export const IGNORED_WARNINGS_SETTING = "ledger.ignoredWarnings";

const SEP = "\u241f";

export function warningKey(sheet: string, issue: Pick<ReportIssue, "row" | "column" | "code">): string {
  return [sheet, String(issue.row), issue.column, issue.code].join(SEP);
}

/** A damaged setting (edited by hand, cut short) counts as nothing ignored: every warning shows again, none is lost. */
export function parseIgnored(text: string | null): Set<string> {
  if (!text) return new Set();
  try {
    const data: unknown = JSON.parse(text);
    return new Set(Array.isArray(data) ? data.filter((k): k is string => typeof k === "string") : []);
  } catch {
    return new Set();
  }
}

export async function readIgnored(port: WorkbookPort): Promise<Set<string>> {
  return parseIgnored(await port.getSetting(IGNORED_WARNINGS_SETTING));
}

/** Ignores or un-ignores one warning and stores the set; returns the new set. Sorted so the stored text is stable. */
export async function setIgnored(port: WorkbookPort, key: string, ignored: boolean): Promise<Set<string>> {
  const keys = await readIgnored(port);
  if (ignored) keys.add(key);
  else keys.delete(key);
  await port.setSetting(IGNORED_WARNINGS_SETTING, JSON.stringify([...keys].sort()));
  return keys;
}

/**
 * The report without the accepted warnings, counted again: what 加批注 puts on the cells, what 概览 counts and what
 * `ledger check` lists. Errors stay whatever the set says.
 */
export function withoutIgnored(report: ValidationReport, ignored: ReadonlySet<string>): ValidationReport {
  if (ignored.size === 0) return report;
  const sheets = report.sheets.map((s) => ({
    ...s,
    issues: s.issues.filter((i) => i.severity === "error" || !ignored.has(warningKey(s.sheet, i))),
  }));
  return { ...report, sheets, summary: summarize(sheets) };
}
