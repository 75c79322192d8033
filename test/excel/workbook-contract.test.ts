/* The shared WorkbookPort contract, run against ExcelWorkbook over the Excel fake. */
import { ExcelWorkbook } from "../../src/excel";
import { workbookContract, type ContractSubject, type ValidationInfo } from "../contract/workbook-contract";
import { createExcelFake, type ExcelFake } from "../support/excel-fake";
import { a1Of, rectOf } from "../support/excel-fake/proxy";

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
          return source.startsWith("=") ? { type: "list", ref: source.slice(1), ...prompt } : { type: "list", values: source.split(","), ...prompt };
        }
        if (v.rule.wholeNumber) return { type: "whole", ...prompt };
        if (v.rule.decimal) return { type: "decimal", ...prompt };
        return { type: "any", ...prompt };
      },
      conditionalFormats: async (s) =>
        sheetOf(fake, s).conditionalFormats.map((cf) => ({ range: a1Of(cf.rect), formula: cf.type === "Custom" ? cf.formula.replace(/^=/, "") : null, fill: cf.fill === "" ? null : cf.fill.toUpperCase() })),
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
      charts: async (s) => ({ drawn: sheetOf(fake, s).charts.map((ch) => ch.name), unrendered: [] }),
    },
  };
}

workbookContract("ExcelWorkbook (Office.js over the Excel fake)", async () => subject(createExcelFake({ sheets: [] })));
