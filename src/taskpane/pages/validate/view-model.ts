/**
 * The check page's data work, free of React: narrowing a report to one sheet, per-sheet counts, where an issue sits
 * in the sheet, and folding edited rows into an already read workbook so check-as-you-type re-reads nothing else.
 */
import type { WorkbookContext } from "../../../app/load-context";
import type { CellValue } from "../../../core/sheet-spec";
import type { ReportIssue, ValidationReport } from "../../../core/validate";
import { summarize } from "../../../core/validate/report";
import { warningKey } from "../../../app/ignored-warnings";
import type { SheetValues } from "../../../workbook/port";

/** What 检查 covers: every sheet, or the sheet the user has in front (asked of the host when checking). */
export type Scope = "workbook" | "current";

export type Phase = "idle" | "reading" | "validating";

/** The report limited to one sheet (its counts recomputed), or unchanged for the whole workbook (null). */
export function scopeReport(report: ValidationReport, sheet: string | null): ValidationReport {
  if (sheet === null) return report;
  const sheets = report.sheets.filter((s) => s.sheet === sheet);
  return {
    ...report,
    sheets,
    unrecognized: report.unrecognized.filter((s) => s === sheet),
    summary: summarize(sheets),
  };
}

/**
 * The progress bar's filled share: rows over total while reading or checking; undefined (an indeterminate bar) before
 * the total is known or when there are no rows to count.
 */
export function progressShare(phase: Phase, progress: { done: number; total: number }): number | undefined {
  if (phase === "idle" || progress.total <= 0) return undefined;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

/** 1-based sheet column of an issue's column (the one rule: `sheetColumnOf`, src/app/locate.ts). */
export { sheetColumnOf as issueColumn } from "../../../app/locate";

/** Header row of a recognised sheet, or null for a sheet that is not a register. */
export function headerRowOf(ctx: WorkbookContext, sheet: string): number | null {
  return ctx.recognition.recognized.find((r) => r.sheet === sheet)?.headerRow ?? null;
}

/**
 * The sheets with rows `first`… replaced by `rows` (each row from column A). Rows stay rectangular: the sheet
 * widens or lengthens when the edit reaches past its used range. Other sheets are shared, not copied.
 */
export function patchRows(
  sheets: readonly SheetValues[],
  sheet: string,
  first: number,
  rows: readonly (readonly CellValue[])[],
): SheetValues[] {
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

/** One problem of the report as the list shows it. */
export interface Problem {
  sheet: string;
  issue: ReportIssue;
  /** Stable id within a report (React key, the selected problem). */
  id: string;
  /** An accepted warning (「忽略此警告」): listed, marked as ignored, not counted. */
  ignored: boolean;
}

/** Every problem of the report, sheet by sheet in report order; warnings in `ignored` are flagged. */
export function problemList(report: ValidationReport, ignored: ReadonlySet<string>): Problem[] {
  return report.sheets.flatMap((s) =>
    s.issues.map((issue) => {
      const key = warningKey(s.sheet, issue);
      return {
        sheet: s.sheet,
        issue,
        id: `${key}\u241f${issue.message}`,
        ignored: issue.severity === "warning" && ignored.has(key),
      };
    }),
  );
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
  ignored: number;
}

export function problemCounts(list: readonly Problem[]): ProblemCounts {
  const out = { errors: 0, warnings: 0, ignored: 0 };
  for (const p of list) {
    if (p.ignored) out.ignored++;
    else if (p.issue.severity === "error") out.errors++;
    else out.warnings++;
  }
  return out;
}

/** The sheets that have problems still to deal with, for the filter chips (a sheet with 0/0 has no chip). */
export function sheetChips(list: readonly Problem[]): { sheet: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of list) if (!p.ignored) counts.set(p.sheet, (counts.get(p.sheet) ?? 0) + 1);
  return [...counts].map(([sheet, count]) => ({ sheet, count }));
}

export interface ProblemFilter {
  /** Only this sheet's problems (null: every sheet). */
  sheet: string | null;
  /** Words the row, column or message must contain (case-insensitive); blank: no search. */
  query: string;
}

export function filterProblems(list: readonly Problem[], f: ProblemFilter): Problem[] {
  const words = f.query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  return list.filter((p) => {
    if (f.sheet !== null && p.sheet !== f.sheet) return false;
    if (words.length === 0) return true;
    const text = `${p.sheet} ${p.issue.row} ${p.issue.column} ${p.issue.message}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Problems per page of the list: enough to scan, few enough to render fast on a 20,000-row workbook. */
export const PAGE_SIZE = 50;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf(list: readonly Problem[], page: number, size = PAGE_SIZE): Problem[] {
  return list.slice(page * size, (page + 1) * size);
}

/**
 * 下一条 / 上一条: the problem after (or before) the selected one in the filtered list, skipping ignored warnings;
 * the first (or last) when nothing is selected or the selection is filtered out; null when there is none.
 */
export function stepProblem(list: readonly Problem[], selectedId: string | null, step: 1 | -1): Problem | null {
  const open = list.filter((p) => !p.ignored);
  if (open.length === 0) return null;
  const at = selectedId === null ? -1 : list.findIndex((p) => p.id === selectedId);
  if (at < 0) return step === 1 ? (open[0] ?? null) : (open[open.length - 1] ?? null);
  for (let i = at + step; i >= 0 && i < list.length; i += step) {
    const p = list[i];
    if (p && !p.ignored) return p;
  }
  return null;
}
