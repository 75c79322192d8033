/**
 * A SheetSpec's printable layout (values, styles, merges, sizes, hidden lines, dropdowns, AutoFilter, print setup,
 * workbook names, protection with input cells) applied to an ExcelJS worksheet. Kept apart from the table part
 * (apply-spec.ts) so a faster writer of big generated sheets can reuse it as it is. Workbook-level pieces (the print
 * area and titles, which Excel keeps as the sheet's local names `_xlnm.Print_Area` / `_xlnm.Print_Titles`, and the
 * workbook-scoped names) go into ExcelJS's workbook model; for an opened file they reach its workbook.xml through the
 * transplant (package/defined-names.ts).
 */
import type ExcelJS from "exceljs";
import type { CellStyle, SheetLayout } from "../core/sheet-spec";
import { columnLetter, rangeAddress, type CellRange } from "../workbook/a1";
import { absoluteRef, edgesAt, linesOf, resolveLayout, styleAt, type ResolvedLayout } from "../workbook/sheet-layout";
import { toExcelJs } from "./cell-values";
import { listFormula } from "./list-formula";

const A4 = 9;
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

function eachCell(r: CellRange, fn: (row: number, column: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let column = r.left; column <= r.right; column++) fn(row, column);
}

/** The cells any style entry covers, each once. */
function styledCells(resolved: ResolvedLayout): Array<[number, number]> {
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  for (const s of resolved.styles) {
    eachCell(s.range, (row, column) => {
      const key = `${row}:${column}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push([row, column]);
    });
  }
  return out;
}

function applyStyle(cell: ExcelJS.Cell, style: Omit<CellStyle, "border">): void {
  if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
      ...(style.vertical !== undefined ? { vertical: style.vertical } : {}),
    };
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

/**
 * 'A$1:F$122': ExcelJS puts `$` before each part's column only, so the rows are given absolute here and the defined
 * name comes out as Excel writes one ($A$1:$F$122) rather than with rows that move.
 */
function absoluteRows(r: CellRange): string {
  return `${columnLetter(r.left)}$${r.top}:${columnLetter(r.right)}$${r.bottom}`;
}

export function applyLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  const resolved = resolveLayout(ws.name, layout);
  for (const v of resolved.values) {
    v.values.forEach((row, i) =>
      row.forEach((x, j) => {
        ws.getCell(v.range.top + i, v.range.left + j).value = toExcelJs(x);
      }),
    );
  }
  for (const [row, column] of styledCells(resolved)) {
    const cell = ws.getCell(row, column);
    applyStyle(cell, styleAt(resolved, row, column));
    const e = edgesAt(resolved, row, column);
    if (e.top || e.bottom || e.left || e.right) {
      cell.border = {
        ...cell.border,
        ...(e.top ? { top: THIN } : {}),
        ...(e.bottom ? { bottom: THIN } : {}),
        ...(e.left ? { left: THIN } : {}),
        ...(e.right ? { right: THIN } : {}),
      };
    }
  }
  for (const m of resolved.merges) ws.mergeCells(rangeAddress(m));
  for (const w of layout.columnWidths ?? []) ws.getColumn(w.column).width = w.width;
  for (const h of layout.rowHeights ?? []) ws.getRow(h.row).height = h.height;
  for (const r of linesOf(layout.hiddenRows)) {
    const row = ws.getRow(r);
    row.hidden = true;
    // ExcelJS leaves out a row with neither cells nor a height, and its hidden flag with it.
    row.height ??= 15;
  }
  for (const c of linesOf(layout.hiddenColumns)) ws.getColumn(c).hidden = true;
  for (const v of resolved.validations) {
    const { list, prompt } = v.entry;
    const formula = listFormula({ header: rangeAddress(v.range), width: 0, list }, ws.name);
    const rule = {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: "warning",
      ...(prompt
        ? { showInputMessage: true, promptTitle: prompt.title.slice(0, 32), prompt: prompt.message.slice(0, 255) }
        : {}),
    } as ExcelJS.DataValidation;
    (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      rangeAddress(v.range),
      rule,
    );
  }
  if (resolved.autoFilter) ws.autoFilter = rangeAddress(resolved.autoFilter);
  const print = layout.print;
  if (print) {
    const fit = print.fit;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: A4,
      orientation: print.orientation,
      ...(resolved.printArea ? { printArea: absoluteRows(resolved.printArea) } : {}),
      ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` } : {}),
      // fitToHeight 0: as many pages down as the rows need (Excel's "fit all columns on one page").
      ...(fit ? { fitToPage: true, fitToWidth: fit.wide, fitToHeight: fit.tall ?? 0 } : { fitToPage: false }),
    };
  }
  if (resolved.names.length > 0) {
    const names = ws.workbook.definedNames as unknown as {
      matrixMap: Record<string, unknown>;
      add(loc: string, name: string): void;
    };
    for (const n of resolved.names) {
      // Moved, not added beside: one name, one cell.
      for (const key of Object.keys(names.matrixMap))
        if (key.toLowerCase() === n.name.toLowerCase()) delete names.matrixMap[key];
      names.add(absoluteRef(ws.name, n.row, n.column, columnLetter), n.name);
    }
  }
  if (layout.protection) {
    for (const r of resolved.unlocked)
      eachCell(r, (row, column) => (ws.getCell(row, column).protection = { locked: false }));
    // No password: protection guards against slips, not a determined user. The executor runs synchronously.
    void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, autoFilter: true });
  }
}
