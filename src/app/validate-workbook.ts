/**
 * The validation use case: load the workbook once, validate every recognised register, and optionally put the
 * findings on the cells as marks (clearing the add-in's earlier marks on the checked sheets first).
 */
import type { Serial } from "../core/dates";
import type { Lang } from "../core/i18n";
import { allIssues, runValidation, type ValidationReport } from "../core/validate";
import type { ReadOptions, WorkbookPort } from "../workbook/port";
import { loadContext, type WorkbookContext } from "./load-context";
import { sheetColumnOf } from "./locate";
import { withUncachedFormulas } from "./uncached-formulas";

export interface ValidateOptions extends ReadOptions {
  /** File or workbook name shown in the report. */
  workbook: string;
  asOf: Serial;
  lang?: Lang;
  /** Put each finding on its cell as a note (Excel and file hosts); earlier add-in marks on those sheets go first. */
  mark?: boolean;
}

/** Validates an already loaded workbook (the task pane keeps one context for validation, deadlines and KPIs). */
export function validateContext(ctx: WorkbookContext, options: Omit<ValidateOptions, "mark">): ValidationReport {
  const report = runValidation({
    workbook: options.workbook,
    sheets: ctx.sheets,
    recognitions: ctx.recognition.recognized,
    generated: ctx.recognition.generated,
    // Settings are read again inside so their problems are reported with rows; the calendar is the context's.
    calendar: ctx.calendar,
    asOf: options.asOf,
    lang: options.lang ?? "zh-CN",
  }).report;
  return withUncachedFormulas(report, ctx.sheets, ctx.recognition.recognized, options.lang ?? "zh-CN");
}

export async function validateWorkbook(port: WorkbookPort, options: ValidateOptions): Promise<ValidationReport> {
  const ctx = await loadContext(port, options);
  const report = validateContext(ctx, options);
  if (options.mark) await markReport(port, ctx, report);
  return report;
}

/** Replaces the add-in's marks on the checked sheets with the report's findings. Two port calls. */
export async function markReport(port: WorkbookPort, ctx: WorkbookContext, report: ValidationReport): Promise<void> {
  await port.clearMarks(report.sheets.map((s) => s.sheet));
  await port.applyMarks(
    allIssues(report).map((i) => ({
      sheet: i.sheet,
      row: i.row,
      column: sheetColumnOf(ctx, i.sheet, i.column),
      severity: i.severity,
      message: i.message,
    })),
  );
}
