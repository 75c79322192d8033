/* The shared WorkbookPort contract, run against ExcelWorkbook over the Excel fake. */
import { ExcelWorkbook } from "../../src/excel";
import { workbookContract, type ContractSubject, type ValidationInfo } from "../contract/workbook-contract";
import { createExcelFake, type ExcelFake } from "../support/excel-fake";
import { a1Of, rectOf } from "../support/excel-fake/proxy";

const rectAddress = (row: number, column: number, rows: number, columns: number) =>
  a1Of({ row: row - 1, column: column - 1, lastRow: row + rows - 2, lastColumn: column + columns - 2 });
import { layoutContract, type LayoutView } from "../contract/layout-contract";

const CHAR_POINTS = (chars: number) => Math.round(Math.trunc(chars * 7 + 5) * 0.75 * 100) / 100;

/** What Excel (the fake's state) shows of a sheet's layout; widths go back from points to characters. */
function excelView(fake: ExcelFake, name: string): LayoutView {
  const s = sheetOf(fake, name);
  const zoom = s.pageLayout.zoom;
  const names: Record<string, string> = {};
  for (const [key, n] of fake.state.names) {
    const m = /^='?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(n.reference);
    if (m) names[key] = `${(m[1] as string).replace(/''/g, "'")}!${m[2]}${m[3]}`;
  }
  const H: Record<string, string> = { Left: "left", Center: "center", Right: "right" };
  const V: Record<string, string> = { Top: "top", Center: "middle", Bottom: "bottom" };
  return {
    merges: s.merges.map(a1Of).sort(),
    cell: (row, column) => {
      const r = row - 1;
      const c = column - 1;
      const h = s.horizontalAlignments.get(r, c);
      const v = s.verticalAlignments.get(r, c);
      return {
        bold: s.bold.get(r, c) === true,
        fontSize: s.fontSizes.get(r, c) ?? null,
        wrap: s.wraps.get(r, c) === true,
        horizontal: h ? (H[h] ?? h) : null,
        vertical: v ? (V[v] ?? v) : null,
        edges: s.borders.get(r, c) ?? { top: false, bottom: false, left: false, right: false },
        locked: s.unlocked.get(r, c) !== true,
        fill: s.fills.get(r, c)?.toUpperCase() ?? null,
      };
    },
    rowHeight: (row) => s.rowHeights.get(row - 1) ?? null,
    rowHidden: (row) => s.hiddenRows.has(row - 1),
    columnWidth: (column) => {
      const points = s.columnWidths.get(column - 1);
      if (points === undefined) return null;
      let chars = 0;
      while (CHAR_POINTS(chars + 0.5) <= points) chars += 0.5;
      return chars;
    },
    columnHidden: (column) => s.hiddenColumns.has(column - 1),
    print: {
      area: s.pageLayout.printArea ? a1Of(s.pageLayout.printArea) : null,
      orientation:
        s.pageLayout.orientation === "Landscape"
          ? "landscape"
          : s.pageLayout.orientation === "Portrait"
            ? "portrait"
            : null,
      a4: s.pageLayout.paperSize === "A4",
      fit:
        zoom.horizontalFitToPages !== undefined
          ? { wide: zoom.horizontalFitToPages, tall: zoom.verticalFitToPages ?? null }
          : null,
      titleRows: s.pageLayout.printTitleRows
        ? `${s.pageLayout.printTitleRows.first}:${s.pageLayout.printTitleRows.last}`
        : null,
    },
    autoFilter: s.autoFilter ? a1Of(s.autoFilter) : null,
    protected: s.protected,
    names,
  };
}

function sheetOf(fake: ExcelFake, name: string) {
  const sheet = fake.state.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function subject(fake: ExcelFake): ContractSubject {
  return {
    port: new ExcelWorkbook({ run: fake.Excel.run }),
    // The fake's state is the workbook "file": a new adapter over it sees only what Excel would have kept.
    reopen: async () => subject(fake),
    inspect: {
      note: async (s, r, c) => sheetOf(fake, s).notes.get(r - 1, c - 1) ?? null,
      setUserNote: async (s, r, c, text) => sheetOf(fake, s).notes.set(r - 1, c - 1, text),
      numberFormat: async (s, r, c) => {
        const f = sheetOf(fake, s).numberFormatAt(r - 1, c - 1);
        return f === "General" ? null : f;
      },
      validation: async (s, r, c): Promise<ValidationInfo | null> => {
        const v = sheetOf(fake, s).validations.get(r - 1, c - 1);
        if (!v) return null;
        const source = v.rule.list?.source;
        const prompt = v.prompt ? { promptTitle: v.prompt.title, prompt: v.prompt.message } : {};
        if (typeof source === "string") {
          return source.startsWith("=")
            ? { type: "list", ref: source.slice(1), ...prompt }
            : { type: "list", values: source.split(","), ...prompt };
        }
        if (v.rule.wholeNumber) return { type: "whole", ...prompt };
        if (v.rule.decimal) return { type: "decimal", ...prompt };
        return { type: "any", ...prompt };
      },
      conditionalFormats: async (s) =>
        sheetOf(fake, s).conditionalFormats.map((cf) => ({
          range: a1Of(cf.rect),
          formula: cf.type === "Custom" ? cf.formula.replace(/^=/, "") : null,
          fill: cf.fill === "" ? null : cf.fill.toUpperCase(),
        })),
      addUserConditionalFormat: async (s, cf) => {
        sheetOf(fake, s).conditionalFormats.push({
          id: fake.state.newId("cf-"),
          rect: rectOf(cf.range, "test"),
          type: "Custom",
          formula: `=${cf.formula ?? ""}`,
          fill: cf.fill ?? "",
          fontColor: "",
          iconStyle: "",
          criteria: [],
        });
      },
      activateSheet: async (s) => {
        await fake.Excel.run(async (context) => {
          context.workbook.worksheets.getItem(s).activate();
          await context.sync();
        });
      },
      selectRange: async (s, r, c, rows, columns) => fake.userSelect(s, rectAddress(r, c, rows, columns)),
      charts: async (s) => ({ drawn: sheetOf(fake, s).charts.map((ch) => ch.name), unrendered: [] }),
    },
  };
}

workbookContract("ExcelWorkbook (Office.js over the Excel fake)", async () => subject(createExcelFake({ sheets: [] })));

describe("ExcelWorkbook", () => {
  let current: ExcelFake;
  layoutContract(
    async () => subject((current = createExcelFake({ sheets: [] }))),
    async (_s, sheet) => excelView(current, sheet),
  );
});
