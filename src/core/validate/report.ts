/**
 * The validation report, shaped exactly as `ledger check --json` prints it (docs/DESIGN.md): per sheet, issues
 * sorted errors first, then by row, then by column order; plus the workbook-wide counts.
 */
import type { Lang } from "../i18n";
import { renderMessage, type Message } from "../i18n/message";
import type { CellLocator } from "../locator";
import type { Severity } from "../sheet-spec";

export interface ReportIssue {
  /** Excel row number; the header row for a sheet-level issue (fields/missing). */
  row: number;
  /** Canonical header of the column. */
  column: string;
  code: string;
  severity: Severity;
  /** The message in the report's language (`reportIn` gives the report in another one, from `text`). */
  message: string;
  /**
   * The message as data, rendered at display time: templates in every language and the parameters. Every finding of
   * the engine has it; an issue made elsewhere without it shows `message` in any language.
   */
  text?: Message;
}

/** An issue as `ledger check --json` prints it: the message rendered, nothing else. */
export type ReportIssueJson = Omit<ReportIssue, "text">;

export interface SheetReport {
  sheet: string;
  /** Register id, or the settings sheet id ('parameters', 'staff' …) for a settings sheet. */
  register: string;
  /** Non-blank data rows. */
  rows: number;
  issues: ReportIssue[];
}

export interface ValidationReport {
  workbook: string;
  /** 'YYYY-MM-DD' */
  asOf: string;
  sheets: SheetReport[];
  /** Sheets that are neither a register nor a settings sheet. */
  unrecognized: string[];
  summary: { errors: number; warnings: number };
}

/** An issue with its sheet, for faces that list issues of all sheets together (the task pane, marks). */
export interface Issue extends ReportIssue {
  sheet: string;
}

/** An issue's message in a language. */
export function messageIn(issue: Pick<ReportIssue, "message" | "text">, lang: Lang): string {
  return issue.text ? renderMessage(issue.text, lang) : issue.message;
}

/** The report with every message rendered in `lang` from its data; the findings themselves are not recomputed. */
export function reportIn(report: ValidationReport, lang: Lang): ValidationReport {
  return {
    ...report,
    sheets: report.sheets.map((s) => ({ ...s, issues: s.issues.map((i) => ({ ...i, message: messageIn(i, lang) })) })),
  };
}

/** The report as `ledger check --json` prints it (docs/DESIGN.md): messages rendered in `lang`. */
export function reportJson(report: ValidationReport, lang: Lang) {
  return {
    ...report,
    sheets: report.sheets.map((s) => ({
      ...s,
      issues: s.issues.map((i): ReportIssueJson => ({
        row: i.row,
        column: i.column,
        code: i.code,
        severity: i.severity,
        message: messageIn(i, lang),
      })),
    })),
  };
}

/** Where an issue points, for the pane's navigation and the marks. */
export function issueLocator(sheet: string, issue: Pick<ReportIssue, "row" | "column">): CellLocator {
  return { sheet, row: issue.row, column: issue.column };
}

/** Issue plus its sort keys; the keys are dropped when the report is made. */
export interface PendingIssue extends Omit<ReportIssue, "message" | "text"> {
  text: Message;
  /** Column position for sorting: the sheet column index, or the catalogue order for a column the sheet lacks. */
  order: number;
}

const severityRank = (s: Severity): number => (s === "error" ? 0 : 1);

/** Sorts the issues into report order and renders their messages in the report's language. */
export function sortIssues(issues: PendingIssue[], lang: Lang): ReportIssue[] {
  issues.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      a.row - b.row ||
      a.order - b.order ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return issues.map(({ row, column, code, severity, text }) => ({
    row,
    column,
    code,
    severity,
    message: renderMessage(text, lang),
    text,
  }));
}

export function summarize(sheets: readonly SheetReport[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const s of sheets) {
    for (const i of s.issues) {
      if (i.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

/** Every issue of the report with its sheet name, in report order. */
export function allIssues(report: ValidationReport): Issue[] {
  return report.sheets.flatMap((s) => s.issues.map((i) => ({ sheet: s.sheet, ...i })));
}
