import { MemoryWorkbook } from "../../src/workbook/memory";
import { workbookContract, type ContractSubject, type ValidationInfo } from "./workbook-contract";
import { layoutContract, type LayoutView } from "./layout-contract";
import { rangeAddress } from "../../src/workbook/a1";
import { edgesAt, isUnlocked, linesOf, styleAt } from "../../src/workbook/sheet-layout";

function subject(wb: MemoryWorkbook): ContractSubject {
  return {
    port: wb,
    reopen: async () => subject(wb.clone()),
    inspect: {
      note: async (s, r, c) => wb.note(s, r, c),
      setUserNote: async (s, r, c, text) => wb.setNote(s, r, c, text),
      numberFormat: async (s, r, c) => wb.numberFormat(s, r, c),
      validation: async (s, r, c): Promise<ValidationInfo | null> => {
        const v = wb.validationAt(s, r, c);
        if (!v) return null;
        const { list, numeric, prompt } = v.column;
        return {
          type: list ? "list" : numeric ? numeric.type : "any",
          ...(list?.kind === "values" ? { values: [...list.values] } : {}),
          ...(list?.kind === "range" ? { ref: list.ref } : {}),
          ...(prompt ? { promptTitle: prompt.title, prompt: prompt.message } : {}),
        };
      },
      conditionalFormats: async (s) =>
        wb.conditionalFormats(s).map((cf) => ({
          range: cf.range,
          formula: cf.formula?.replace(/^=/, "") ?? null,
          fill: cf.fill?.toUpperCase() ?? null,
        })),
      addUserConditionalFormat: async (s, cf) =>
        wb.addUserConditionalFormat(s, {
          range: cf.range,
          kind: "formula",
          formula: cf.formula ?? "",
          ...(cf.fill ? { fill: cf.fill } : {}),
        }),
      activateSheet: async (s) => wb.activate(s),
      selectRange: async (s, r, c, rows, columns) => wb.selectRange(s, r, c, rows, columns),
      charts: async (s) => ({ drawn: wb.charts(s).map((c) => c.name), unrendered: [] }),
    },
  };
}

workbookContract("MemoryWorkbook", async () => subject(new MemoryWorkbook()));

/** The memory host's layout is what it applied: the resolved layout, read the way a host would show it. */
function memoryView(wb: MemoryWorkbook, sheet: string): LayoutView {
  const spec = wb.appliedSpec(sheet);
  const layout = wb.layout(sheet);
  const l = spec?.layout;
  const print = l?.print;
  return {
    merges: (layout?.merges ?? []).map(rangeAddress).sort(),
    cell: (row, column) => {
      const st = layout ? styleAt(layout, row, column) : {};
      return {
        bold: st.bold ?? false,
        fontSize: st.fontSize ?? null,
        wrap: st.wrap ?? false,
        horizontal: st.horizontal ?? null,
        vertical: st.vertical ?? null,
        edges: layout ? edgesAt(layout, row, column) : { top: false, bottom: false, left: false, right: false },
        locked: !(layout && isUnlocked(layout, row, column)),
        fill: st.fill?.toUpperCase() ?? null,
      };
    },
    rowHeight: (row) => l?.rowHeights?.find((h) => h.row === row)?.height ?? null,
    rowHidden: (row) => linesOf(l?.hiddenRows).includes(row),
    columnWidth: (column) =>
      l?.columnWidths?.find((w) => w.column === column)?.width ?? spec?.columns[column - 1]?.width ?? null,
    columnHidden: (column) => linesOf(l?.hiddenColumns).includes(column),
    print: {
      area: layout?.printArea ? rangeAddress(layout.printArea) : null,
      orientation: print?.orientation ?? null,
      a4: print?.paper === "A4",
      fit: print?.fit ?? null,
      titleRows: print?.titleRows ? `${print.titleRows.first}:${print.titleRows.last}` : null,
    },
    autoFilter: layout?.autoFilter ? rangeAddress(layout.autoFilter) : null,
    protected: Boolean(l?.protection || spec?.protect),
    names: Object.fromEntries(
      wb
        .definedNames()
        .map((n) => [
          n.name.toUpperCase(),
          `${n.sheet}!${rangeAddress({ top: n.row, left: n.column, bottom: n.row, right: n.column })}`,
        ]),
    ),
  };
}

describe("MemoryWorkbook", () => {
  layoutContract(
    async () => subject(new MemoryWorkbook()),
    async (s, sheet) => memoryView(s.port as MemoryWorkbook, sheet),
  );
});
