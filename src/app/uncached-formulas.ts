/**
 * Formulas saved without their result (openpyxl and pandas write them so; only Excel or LibreOffice computes them):
 * the file host reports such cells as unread instead of guessing 0, and validation reports each one in a recognised
 * register at its row and column — the one finding for that cell, since any other would judge an unknown value.
 * Issue code `cell/uncached-formula` (README, issue codes).
 */
import { defineMessages, type Lang } from "../core/i18n";
import { message, renderMessage } from "../core/i18n/message";
import { columnLetter } from "../core/recognize/column-letter";
import type { ReportIssue, ValidationReport } from "../core/validate";
import type { SheetValues } from "../workbook/port";

const UNCACHED_FORMULA = "cell/uncached-formula";

const M = defineMessages({
  uncached: {
    "zh-CN": "{cell} 的公式没有计算结果，请在 Excel 中打开并保存后再检查",
    "en-US": "The formula in {cell} has no calculated result: open and save the file in Excel, then check again",
  },
});

interface Located {
  sheet: string;
  headerRow: number;
  /** Canonical header → 0-based column index. */
  mapping: Readonly<Record<string, number>>;
}

/** The report with an error for every unread formula cell below the header of a recognised register. */
export function withUncachedFormulas(
  report: ValidationReport,
  sheets: readonly SheetValues[],
  registers: readonly Located[],
  lang: Lang,
): ValidationReport {
  const unread = new Map(sheets.filter((s) => (s.unread?.length ?? 0) > 0).map((s) => [s.name, s.unread ?? []]));
  if (unread.size === 0) return report;
  let errors = report.summary.errors;
  let warnings = report.summary.warnings;
  const out = report.sheets.map((sheet) => {
    const rec = registers.find((r) => r.sheet === sheet.sheet);
    const cells = unread.get(sheet.sheet);
    if (!rec || !cells) return sheet;
    const headerOf = new Map(Object.entries(rec.mapping).map(([header, index]) => [index + 1, header]));
    const found: ReportIssue[] = cells
      .filter((c) => c.row > rec.headerRow)
      .map((c) => {
        const text = message(M, "uncached", { cell: `${columnLetter(c.column - 1)}${c.row}` });
        return {
          row: c.row,
          column: headerOf.get(c.column) ?? columnLetter(c.column - 1),
          code: UNCACHED_FORMULA,
          severity: "error" as const,
          message: renderMessage(text, lang),
          text,
        };
      });
    if (found.length === 0) return sheet;
    const at = new Set(found.map((i) => `${i.row}\u0000${i.column}`));
    const kept = sheet.issues.filter((i) => !at.has(`${i.row}\u0000${i.column}`));
    for (const i of sheet.issues) {
      if (kept.includes(i)) continue;
      if (i.severity === "error") errors--;
      else warnings--;
    }
    errors += found.length;
    // Errors first, then by row, as the engine sorts them.
    const issues = [...kept, ...found].sort(
      (a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || a.row - b.row,
    );
    return { ...sheet, issues };
  });
  return { ...report, sheets: out, summary: { errors, warnings } };
}
