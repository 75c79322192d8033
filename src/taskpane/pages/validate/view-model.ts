/**
 * The check page's data work, free of React: narrowing a report to one sheet, per-sheet counts, where an issue sits
 * in the sheet, and folding edited rows into an already read workbook so check-as-you-type re-reads nothing else.
 */
import type { WorkbookContext } from "../../../app/load-context";
import type { CellValue } from "../../../core/sheet-spec";
import type { ReportIssue, ValidationReport } from "../../../core/validate";
import { summarize } from "../../../core/validate/report";
import type { SheetValues } from "../../../workbook/port";

/** What 检查 covers: every sheet, or the sheet the user has in front (asked of the host when checking). */
export type Scope = "workbook" | "current";

export type Phase = "idle" | "reading" | "validating";

export interface SheetSummary {
  sheet: string;
  rows: number;
  errors: number;
  warnings: number;
}

export interface IssueGroup {
  sheet: string;
  issues: ReportIssue[];
  /** Issues beyond the shown ones (the list stays short enough to scroll through). */
  hidden: number;
}

/** The report limited to one sheet (its counts recomputed), or unchanged for the whole workbook (null). */
export function scopeReport(report: ValidationReport, sheet: string | null): ValidationReport {
  if (sheet === null) return report;
  const sheets = report.sheets.filter((s) => s.sheet === sheet);
  return { ...report, sheets, unrecognized: report.unrecognized.filter((s) => s === sheet), summary: summarize(sheets) };
}

/**
 * The progress bar's filled share: rows over total while reading or checking; undefined (an indeterminate bar) before
 * the total is known or when there are no rows to count.
 */
export function progressShare(phase: Phase, progress: { done: number; total: number }): number | undefined {
  if (phase === "idle" || progress.total <= 0) return undefined;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

export function sheetSummaries(report: ValidationReport): SheetSummary[] {
  return report.sheets.map((s) => {
    const errors = s.issues.filter((i) => i.severity === "error").length;
    return { sheet: s.sheet, rows: s.rows, errors, warnings: s.issues.length - errors };
  });
}

export function issueGroups(report: ValidationReport, perSheet = 100): IssueGroup[] {
  return report.sheets
    .filter((s) => s.issues.length > 0)
    .map((s) => ({ sheet: s.sheet, issues: s.issues.slice(0, perSheet), hidden: Math.max(0, s.issues.length - perSheet) }));
}

/** 1-based sheet column of an issue's column: the recognised mapping, else the header text near the top, else A. */
export function issueColumn(ctx: WorkbookContext, sheet: string, header: string): number {
  const index = ctx.recognition.recognized.find((r) => r.sheet === sheet)?.mapping[header];
  if (index !== undefined) return index + 1;
  const values = ctx.sheets.find((s) => s.name === sheet)?.values ?? [];
  for (const row of values.slice(0, 5)) {
    const k = row.findIndex((v) => typeof v === "string" && v.trim() === header);
    if (k >= 0) return k + 1;
  }
  return 1;
}

/** Header row of a recognised sheet, or null for a sheet that is not a register. */
export function headerRowOf(ctx: WorkbookContext, sheet: string): number | null {
  return ctx.recognition.recognized.find((r) => r.sheet === sheet)?.headerRow ?? null;
}

/**
 * The sheets with rows `first`… replaced by `rows` (each row from column A). Rows stay rectangular: the sheet
 * widens or lengthens when the edit reaches past its used range. Other sheets are shared, not copied.
 */
export function patchRows(sheets: readonly SheetValues[], sheet: string, first: number, rows: readonly (readonly CellValue[])[]): SheetValues[] {
  return sheets.map((s) => {
    if (s.name !== sheet) return s;
    const width = Math.max(s.values[0]?.length ?? 0, ...rows.map((r) => r.length));
    const height = Math.max(s.values.length, first - 1 + rows.length);
    const values: CellValue[][] = [];
    for (let r = 0; r < height; r++) {
      const src = r >= first - 1 && r < first - 1 + rows.length ? rows[r - first + 1] : s.values[r];
      const row: CellValue[] = src ? [...src] : [];
      while (row.length < width) row.push(null);
      values.push(row);
    }
    return { name: s.name, values };
  });
}
