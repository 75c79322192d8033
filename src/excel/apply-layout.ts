/**
 * A SheetSpec's printable layout as Office.js calls: values, styles and borders, merges, row heights and column
 * widths, hidden rows and columns, dropdowns, AutoFilter and page layout (A4, orientation, fit to pages, print area,
 * print title rows). Workbook names go in when the sheet has its final name (`nameWork`), and the unlocked input cells
 * just before protection (`unlockWork`), both called by the spec's work in the order Excel needs.
 */
import type { Lang } from "../core/i18n";
import type { CellStyle, SheetLayout } from "../core/sheet-spec";
import { columnLetter, rangeAddress, type CellRange } from "../workbook/a1";
import { absoluteRef, linesOf, type ResolvedLayout } from "../workbook/sheet-layout";
import type { QueuedWork } from "./batches";
import { estimateRowBytes, toOfficeValue } from "./cell-input";
import type { XlBorderIndex, XlNamedItemCollection, XlWorksheet } from "./office-api";
import type { ExcelFeature } from "./requirements";

const small = (queue: () => void, bytes = 256): QueuedWork => ({ bytes, queue });
const BORDER_COLOR = "#808080";
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDERS: Record<NonNullable<CellStyle["border"]>, XlBorderIndex[]> = {
  grid: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"],
  outline: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"],
  bottom: ["EdgeBottom", "InsideHorizontal"],
};

/** Excel column width in characters → Office.js points (max digit width 7 px + 5 px padding, 0.75 pt per px). */
export function widthToPoints(chars: number): number {
  return Math.round(Math.trunc(chars * 7 + 5) * 0.75 * 100) / 100;
}

function styleWork(ws: XlWorksheet, range: CellRange, style: CellStyle): QueuedWork {
  const where = rangeAddress(range);
  return small(() => {
    const f = ws.getRange(where).format;
    if (style.bold !== undefined) f.font.bold = style.bold;
    if (style.fontSize !== undefined) f.font.size = style.fontSize;
    if (style.fontColor !== undefined) f.font.color = style.fontColor;
    if (style.fill !== undefined) f.fill.color = style.fill;
    if (style.wrap !== undefined) f.wrapText = style.wrap;
    if (style.horizontal !== undefined) f.horizontalAlignment = HORIZONTAL[style.horizontal];
    if (style.vertical !== undefined) f.verticalAlignment = VERTICAL[style.vertical];
    const single = range.top === range.bottom;
    const narrow = range.left === range.right;
    for (const index of style.border ? BORDERS[style.border] : []) {
      // Excel refuses an inside border on a range one cell thick in that direction.
      if ((index === "InsideHorizontal" && single) || (index === "InsideVertical" && narrow)) continue;
      const b = f.borders.getItem(index);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = BORDER_COLOR;
    }
  });
}

export interface LayoutContext {
  lang: Lang;
  needs(feature: ExcelFeature): boolean;
}

/** The layout's work on the sheet itself, in order; names and protection come separately (see the module comment). */
export function layoutWork(
  ws: XlWorksheet,
  layout: SheetLayout,
  resolved: ResolvedLayout,
  ctx: LayoutContext,
): QueuedWork[] {
  const work: QueuedWork[] = [];
  for (const v of resolved.values) {
    const width = v.range.right - v.range.left + 1;
    const grid = v.values.map((r) => Array.from({ length: width }, (_, j) => toOfficeValue(r[j] ?? null)));
    const where = rangeAddress(v.range);
    work.push({
      bytes: grid.reduce((n, r) => n + estimateRowBytes(r), 64),
      queue: () => (ws.getRange(where).values = grid),
    });
  }
  for (const s of resolved.styles) {
    work.push(styleWork(ws, s.range, s.style));
    const fmt = s.style.numberFormat;
    if (fmt) {
      const rows = s.range.bottom - s.range.top + 1;
      const cols = s.range.right - s.range.left + 1;
      const where = rangeAddress(s.range);
      work.push({
        bytes: 64 + rows * cols * (fmt.length * 3 + 5),
        queue: () =>
          (ws.getRange(where).numberFormat = Array.from({ length: rows }, () =>
            Array.from({ length: cols }, () => fmt),
          )),
      });
    }
  }
  for (const m of resolved.merges) {
    const where = rangeAddress(m);
    work.push(small(() => ws.getRange(where).merge(false)));
  }
  for (const w of layout.columnWidths ?? []) {
    const letter = columnLetter(w.column);
    work.push(small(() => (ws.getRange(`${letter}:${letter}`).format.columnWidth = widthToPoints(w.width))));
  }
  for (const h of layout.rowHeights ?? [])
    work.push(small(() => (ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height)));
  for (const r of linesOf(layout.hiddenRows)) work.push(small(() => (ws.getRange(`${r}:${r}`).rowHidden = true)));
  for (const c of linesOf(layout.hiddenColumns)) {
    const letter = columnLetter(c);
    work.push(small(() => (ws.getRange(`${letter}:${letter}`).columnHidden = true)));
  }
  if (resolved.validations.length > 0 && ctx.needs("dataValidation")) {
    for (const v of resolved.validations) {
      const { list, prompt } = v.entry;
      const source =
        list.kind === "range" ? (list.ref.startsWith("=") ? list.ref : `=${list.ref}`) : list.values.join(",");
      const where = rangeAddress(v.range);
      work.push(
        small(() => {
          const dv = ws.getRange(where).dataValidation;
          dv.rule = { list: { inCellDropDown: true, source } };
          dv.errorAlert = { showAlert: true, style: "Warning", title: "", message: "" };
          if (prompt)
            dv.prompt = { showPrompt: true, title: prompt.title.slice(0, 32), message: prompt.message.slice(0, 255) };
        }),
      );
    }
  }
  const filter = resolved.autoFilter;
  if (filter && ctx.needs("autoFilter")) work.push(small(() => ws.autoFilter.apply(rangeAddress(filter))));
  const print = layout.print;
  if (print && ctx.needs("pageLayout")) {
    work.push(
      small(() => {
        const page = ws.pageLayout;
        page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        page.paperSize = "A4";
        // Leaving verticalFitToPages out lets the pages run down as the rows need ("fit all columns on one page").
        if (print.fit)
          page.zoom =
            print.fit.tall === null
              ? { horizontalFitToPages: print.fit.wide }
              : { horizontalFitToPages: print.fit.wide, verticalFitToPages: print.fit.tall };
        if (resolved.printArea) page.setPrintArea(rangeAddress(resolved.printArea));
        if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
      }),
    );
  }
  return work;
}

/** Unlocks the input cells; queued just before the sheet is protected. */
export function unlockWork(ws: XlWorksheet, resolved: ResolvedLayout): QueuedWork[] {
  return resolved.unlocked.map((r) => {
    const where = rangeAddress(r);
    return small(() => (ws.getRange(where).format.protection.locked = false));
  });
}

/**
 * Points the layout's names at their cells on `sheet` (its final name). A name the workbook holds (`existing`, as
 * Excel spells it) is deleted first: Excel refuses to add a name twice, and a refreshed sheet's name must move.
 */
export function queueNames(
  names: XlNamedItemCollection,
  sheet: string,
  resolved: ResolvedLayout,
  existing: ReadonlyMap<string, string>,
): void {
  for (const n of resolved.names) {
    const old = existing.get(n.name.toUpperCase());
    if (old !== undefined) names.getItem(old).delete();
    names.add(n.name, `=${absoluteRef(sheet, n.row, n.column, columnLetter)}`);
  }
}
