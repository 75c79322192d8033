/**
 * The last whole-workbook check, kept by the shell so it outlives a page: 概览 shows its error count and time, and 检查
 * opens on it instead of an empty page after the person switched tabs. The context is kept with it because a click on
 * a problem needs the recognised columns the check read.
 */
import type { WorkbookContext } from "../../app/load-context";
import type { ValidationReport } from "../../core/validate";

export interface LastCheck {
  report: ValidationReport;
  ctx: WorkbookContext;
  /** 'YYYY-MM-DD HH:mm' in the office's zone. */
  at: string;
}
