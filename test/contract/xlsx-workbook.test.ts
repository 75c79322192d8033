import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { address } from "../../src/workbook/a1";
import { layoutContract } from "./layout-contract";
import { xlsxLayoutView } from "./xlsx-layout-view";
import { workbookContract, type ContractSubject, type ValidationInfo } from "./workbook-contract";

interface ExcelJsValidation {
  type: string;
  formulae?: Array<string | number>;
  promptTitle?: string;
  prompt?: string;
}

function subject(wb: XlsxWorkbook): ContractSubject {
  return {
    port: wb,
    // The file round trip is the point: everything the contract inspects after reopen came back from .xlsx bytes.
    reopen: async () => subject(await XlsxWorkbook.fromBuffer(await wb.toBuffer())),
    inspect: {
      note: async (s, r, c) => wb.note(s, r, c),
      setUserNote: async (s, r, c, text) => wb.setUserNote(s, r, c, text),
      numberFormat: async (s, r, c) => wb.numberFormat(s, r, c),
      validation: async (s, r, c): Promise<ValidationInfo | null> => {
        // Read back by ExcelJS from the bytes the adapter would save: an opened file keeps no ExcelJS model.
        const ws = (await wb.excelJsView()).getWorksheet(s) as unknown as {
          dataValidations: { find(a: string): ExcelJsValidation | undefined };
        };
        const v = ws.dataValidations.find(address(r, c));
        if (!v) return null;
        const f = v.formulae?.[0];
        const literal = typeof f === "string" && f.startsWith('"');
        return {
          type: v.type as ValidationInfo["type"],
          ...(v.type === "list" && literal ? { values: f.slice(1, -1).split(",") } : {}),
          ...(v.type === "list" && !literal ? { ref: String(f) } : {}),
          ...(v.promptTitle ? { promptTitle: v.promptTitle } : {}),
          ...(v.prompt ? { prompt: v.prompt } : {}),
        };
      },
      conditionalFormats: async (s) => wb.conditionalFormats(s),
      addUserConditionalFormat: async (s, cf) => wb.addUserConditionalFormat(s, cf),
      activateSheet: async (s) => wb.activate(s),
      charts: async (s) => ({
        drawn: wb.charts(s).map((c) => c.name),
        unrendered: wb.unrenderedCharts.filter((u) => u.sheet === s).map((u) => u.chart.name),
      }),
    },
  };
}

workbookContract("XlsxWorkbook (save → reload)", async () => subject(XlsxWorkbook.create()));
// An opened file from the start: every change is a patch of its package (generated sheets transplanted into it).
workbookContract("XlsxWorkbook (opened package, patched)", async () =>
  subject(await XlsxWorkbook.fromBuffer(await XlsxWorkbook.create().toBuffer())),
);

describe("XlsxWorkbook (save → reload)", () => {
  layoutContract(
    async () => subject(XlsxWorkbook.create()),
    (s, sheet) => xlsxLayoutView(s.port as XlsxWorkbook, sheet),
  );
});
describe("XlsxWorkbook (opened package, patched)", () => {
  layoutContract(
    async () => subject(await XlsxWorkbook.fromBuffer(await XlsxWorkbook.create().toBuffer())),
    (s, sheet) => xlsxLayoutView(s.port as XlsxWorkbook, sheet),
  );
});
