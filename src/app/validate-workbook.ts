/**
 * The validation use case: load the workbook once, validate every recognised register, and optionally put the
 * findings on the cells as marks (clearing the add-in's earlier marks on the checked sheets first).
 */
import type { Serial } from "../core/dates";
import type { Lang } from "../core/i18n";
import { allIssues, runValidation, type ValidationReport } from "../core/validate";
import type { ReadOptions, WorkbookPort } from "../workbook/port";
import { loadContext, type WorkbookContext } from "./load-context";
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

/** 1-based sheet column of a report column: the recognised mapping, else the header text in the sheet's first rows. */
function columnLocator(ctx: WorkbookContext): (sheet: string, header: string) => number {
  const mapped = new Map(ctx.recognition.recognized.map((r) => [r.sheet, r.mapping]));
  const values = new Map(ctx.sheets.map((s) => [s.name, s.values]));
  return (sheet, header) => {
    const index = mapped.get(sheet)?.[header];
    if (index !== undefined) return index + 1;
    for (const row of (values.get(sheet) ?? []).slice(0, 5)) {
      const k = row.findIndex((v) => typeof v === "string" && v.trim() === header);
      if (k >= 0) return k + 1;
    }
    return 1; // a column the sheet lacks (fields/missing): the mark goes on the row's first cell
  };
}

/** Replaces the add-in's marks on the checked sheets with the report's findings. Two port calls. */
export async function markReport(port: WorkbookPort, ctx: WorkbookContext, report: ValidationReport): Promise<void> {
  const columnOf = columnLocator(ctx);
  await port.clearMarks(report.sheets.map((s) => s.sheet));
  await port.applyMarks(
    allIssues(report).map((i) => ({ sheet: i.sheet, row: i.row, column: columnOf(i.sheet, i.column), severity: i.severity, message: i.message }))
  );
}
