/**
 * Conditional formats the add-in keeps on existing sheets of an .xlsx (WorkbookPort.setOwnedConditionalFormats).
 * ExcelJS holds a sheet's formats in `worksheet.conditionalFormattings` (left out of its typings); ours are recognised
 * by range and rule against the shared record (src/workbook/owned-formats.ts), since a file keeps no format ids.
 */
import type ExcelJS from "exceljs";
import type { ConditionalFormatSpec } from "../core/sheet-spec";
import { ownedToDelete, sameFormat, type OwnedFormatsPlan } from "../workbook/owned-formats";
import { conditionalFormat } from "./apply-spec";

export interface ExcelJsRule {
  type?: string;
  formulae?: unknown[];
  iconSet?: string;
}

export interface ExcelJsConditionalFormatting {
  ref: string;
  rules: ExcelJsRule[];
}

const formattingsOf = (ws: ExcelJS.Worksheet): { conditionalFormattings: ExcelJsConditionalFormatting[] } =>
  ws as unknown as { conditionalFormattings: ExcelJsConditionalFormatting[] };

/** Does a format on the sheet have the range and rule of `spec`? Only single-rule formats can be the add-in's. */
export function matches(cf: ExcelJsConditionalFormatting, spec: ConditionalFormatSpec): boolean {
  const [rule, ...more] = cf.rules;
  if (!rule || more.length > 0) return false;
  if (rule.type === "expression") {
    const formula = rule.formulae?.[0];
    return typeof formula === "string" && sameFormat({ range: cf.ref, kind: "formula", formula }, spec);
  }
  if (rule.type === "iconSet")
    return (
      spec.kind === "iconSet" && spec.iconSet?.style === rule.iconSet && sameFormat({ ...spec, range: cf.ref }, spec)
    );
  return false;
}

/** Replaces the planned owners' formats on one sheet: drops those recorded as ours, then adds the new ones. */
export function replaceOwnedFormats(ws: ExcelJS.Worksheet, planned: OwnedFormatsPlan["sheets"][number]): void {
  const holder = formattingsOf(ws);
  const drop = ownedToDelete(holder.conditionalFormattings, planned, matches);
  holder.conditionalFormattings = holder.conditionalFormattings.filter((_, i) => !drop.has(i));
  for (const spec of planned.add) ws.addConditionalFormatting(conditionalFormat(spec));
}

/** The sheet's conditional formats in spec form, for inspection (tests, the template checks). */
export function conditionalFormatsOf(
  ws: ExcelJS.Worksheet,
): Array<{ range: string; formula: string | null; fill: string | null }> {
  return formattingsOf(ws).conditionalFormattings.flatMap((cf) =>
    cf.rules.map((rule) => {
      const formula = rule.type === "expression" && typeof rule.formulae?.[0] === "string" ? rule.formulae[0] : null;
      const argb = (rule as { style?: { fill?: { bgColor?: { argb?: string } } } }).style?.fill?.bgColor?.argb;
      return { range: cf.ref, formula, fill: typeof argb === "string" ? `#${argb.slice(-6).toUpperCase()}` : null };
    }),
  );
}
