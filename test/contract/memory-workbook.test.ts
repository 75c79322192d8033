import { MemoryWorkbook } from "../../src/workbook/memory";
import { workbookContract, type ContractSubject, type ValidationInfo } from "./workbook-contract";

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
        wb.conditionalFormats(s).map((cf) => ({ range: cf.range, formula: cf.formula?.replace(/^=/, "") ?? null, fill: cf.fill?.toUpperCase() ?? null })),
      addUserConditionalFormat: async (s, cf) => wb.addUserConditionalFormat(s, { range: cf.range, kind: "formula", formula: cf.formula ?? "", ...(cf.fill ? { fill: cf.fill } : {}) }),
      activateSheet: async (s) => wb.activate(s),
      charts: async (s) => ({ drawn: wb.charts(s).map((c) => c.name), unrendered: [] }),
    },
  };
}

workbookContract("MemoryWorkbook", async () => subject(new MemoryWorkbook()));
