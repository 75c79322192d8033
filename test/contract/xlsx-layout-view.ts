/** The layout view of an .xlsx workbook, read by ExcelJS from the bytes the adapter saves (not from its own model). */
import type ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import type { LayoutView } from "./layout-contract";

const sorted = (xs: string[]): string[] => [...xs].sort();

export async function xlsxLayoutView(wb: XlsxWorkbook, sheet: string): Promise<LayoutView> {
  const book = await wb.excelJsView();
  const ws = book.getWorksheet(sheet) as ExcelJS.Worksheet;
  const model = ws as unknown as {
    _merges: Record<string, { range: string } | undefined>;
    sheetProtection?: { sheet?: boolean } | null;
  };
  const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { printTitlesRow?: string };
  const names: Record<string, string> = {};
  for (const n of (book.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model) {
    const ref = n.ranges[0] ?? "";
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (m) names[n.name.toUpperCase()] = `${(m[1] as string).replace(/''/g, "'")}!${m[2]}${m[3]}`;
  }
  const autoFilter = ws.autoFilter as unknown;
  return {
    merges: sorted(Object.values(model._merges).flatMap((m) => (m ? [m.range] : []))),
    cell: (row, column) => {
      const c = ws.getCell(row, column);
      const fill = c.fill as { fgColor?: { argb?: string } } | undefined;
      const argb = fill?.fgColor?.argb;
      return {
        bold: c.font?.bold === true,
        fontSize: c.font?.size ?? null,
        wrap: c.alignment?.wrapText === true,
        horizontal: c.alignment?.horizontal ?? null,
        vertical: c.alignment?.vertical ?? null,
        edges: {
          top: Boolean(c.border?.top?.style),
          bottom: Boolean(c.border?.bottom?.style),
          left: Boolean(c.border?.left?.style),
          right: Boolean(c.border?.right?.style),
        },
        locked: c.protection?.locked !== false,
        fill: argb ? `#${argb.slice(2).toUpperCase()}` : null,
      };
    },
    rowHeight: (row) => ws.findRow(row)?.height ?? null,
    rowHidden: (row) => ws.findRow(row)?.hidden === true,
    columnWidth: (column) => ws.getColumn(column).width ?? null,
    columnHidden: (column) => ws.getColumn(column).hidden === true,
    print: {
      area: setup.printArea ?? null,
      orientation: setup.orientation ?? null,
      a4: setup.paperSize === 9,
      fit: setup.fitToPage
        ? { wide: setup.fitToWidth ?? 1, tall: setup.fitToHeight === 0 ? null : (setup.fitToHeight ?? 1) }
        : null,
      titleRows: setup.printTitlesRow ?? null,
    },
    autoFilter:
      typeof autoFilter === "string"
        ? autoFilter
        : autoFilter
          ? String((autoFilter as { ref?: string }).ref ?? "") || null
          : null,
    protected: model.sheetProtection?.sheet === true,
    names,
  };
}
