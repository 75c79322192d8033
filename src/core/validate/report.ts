/**
 * The validation report, shaped exactly as `ledger check --json` prints it (docs/DESIGN.md): per sheet, issues
 * sorted errors first, then by row, then by column order; plus the workbook-wide counts.
 */
import type { Severity } from "../sheet-spec";

export interface ReportIssue {
  /** Excel row number; the header row for a sheet-level issue (fields/missing). */
  row: number;
  /** Canonical header of the column. */
  column: string;
  code: string;
  severity: Severity;
  message: string;
}

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

/** Issue plus its sort keys; the keys are dropped when the report is made. */
export interface PendingIssue extends ReportIssue {
  /** Column position for sorting: the sheet column index, or the catalogue order for a column the sheet lacks. */
  order: number;
}

const severityRank = (s: Severity): number => (s === "error" ? 0 : 1);

export function sortIssues(issues: PendingIssue[]): ReportIssue[] {
  issues.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.row - b.row || a.order - b.order || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return issues.map(({ row, column, code, severity, message }) => ({ row, column, code, severity, message }));
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
