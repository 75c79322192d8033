/**
 * The add-in's conditional formats on a worksheet part: the sheet's `<conditionalFormatting>` elements read into the
 * shape the ownership rules match (src/workbook/owned-formats.ts), the recorded ones removed and the new ones added
 * after the user's, with their differential formats interned in the styles part.
 */
import { sheetDataSpan } from "./sheet-cells";
import type { ConditionalFormatSpec } from "../../core/sheet-spec";
import { ownedToDelete, type OwnedFormatsPlan } from "../../workbook/owned-formats";
import { matches, type ExcelJsConditionalFormatting } from "../owned-formats";
import { insertTail, removeElements, tailElements } from "./sheet-tail";
import type { StyleSheet } from "./styles";
import { attributes, decodeText, escapeText, type Element } from "./xml-text";

interface SheetFormat extends ExcelJsConditionalFormatting {
  element: Element;
  dxfIds: number[];
}

function formatsOf(xml: string): SheetFormat[] {
  return tailElements(xml)
    .filter((e) => e.name === "conditionalFormatting")
    .map((element) => {
      const ref = attributes(/^<[^>]*>/.exec(element.xml)?.[0] ?? "").get("sqref") ?? "";
      const dxfIds: number[] = [];
      const rules = [...element.xml.matchAll(/<(?:\w+:)?cfRule\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?cfRule>)/g)].map(
        (m) => {
          const a = attributes(m[1] as string);
          dxfIds.push(a.has("dxfId") ? Number(a.get("dxfId")) : -1);
          const formulae = [...(m[2] ?? "").matchAll(/<(?:\w+:)?formula>([\s\S]*?)<\/(?:\w+:)?formula>/g)].map((f) =>
            decodeText(f[1] as string),
          );
          const iconSet =
            /<(?:\w+:)?iconSet\b[^>]*?\biconSet\s*=\s*"([^"]*)"/.exec(m[2] ?? "")?.[1] ??
            (/<(?:\w+:)?iconSet\b/.test(m[2] ?? "") ? "3TrafficLights1" : undefined);
          return { type: a.get("type"), formulae, ...(iconSet ? { iconSet } : {}) };
        },
      );
      return { ref, rules, element, dxfIds };
    });
}

/** The sheet's formats in inspection form (range, formula, fill), one per rule. */
export function listFormats(
  xml: string,
  styles: StyleSheet,
): Array<{ range: string; formula: string | null; fill: string | null }> {
  return formatsOf(xml).flatMap((cf) =>
    cf.rules.map((rule, i) => ({
      range: cf.ref,
      formula:
        rule.type === "expression" && typeof rule.formulae?.[0] === "string" ? (rule.formulae[0] as string) : null,
      fill: styles.dxfFill(cf.dxfIds[i] ?? -1),
    })),
  );
}

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

function ruleXml(p: string, spec: ConditionalFormatSpec, priority: number, styles: StyleSheet): string {
  if (spec.kind === "iconSet") {
    const icons = spec.iconSet;
    if (!icons) throw new RangeError(`conditional format on ${spec.range}: kind 'iconSet' needs iconSet`);
    const [high, mid] = icons.thresholds;
    return (
      `<${p}cfRule type="iconSet" priority="${priority}"><${p}iconSet iconSet="${escapeText(icons.style)}">` +
      `<${p}cfvo type="percent" val="0"/><${p}cfvo type="num" val="${mid}"/><${p}cfvo type="num" val="${high}"/></${p}iconSet></${p}cfRule>`
    );
  }
  if (!spec.formula) throw new RangeError(`conditional format on ${spec.range}: kind 'formula' needs formula`);
  const sp = styles.elementPrefix;
  const font = spec.fontColor ? `<${sp}font><${sp}color rgb="${argb(spec.fontColor)}"/></${sp}font>` : "";
  const fill = spec.fill
    ? `<${sp}fill><${sp}patternFill patternType="solid"><${sp}bgColor rgb="${argb(spec.fill)}"/></${sp}patternFill></${sp}fill>`
    : "";
  const dxfId = styles.internDxf(`<${sp}dxf>${font}${fill}</${sp}dxf>`);
  return `<${p}cfRule type="expression" dxfId="${dxfId}" priority="${priority}"><${p}formula>${escapeText(spec.formula.replace(/^=/, ""))}</${p}formula></${p}cfRule>`;
}

/** Replaces the planned owners' formats on one sheet part: drops those recorded as ours, then adds the new ones. */
export function replaceFormats(xml: string, planned: OwnedFormatsPlan["sheets"][number], styles: StyleSheet): string {
  const formats = formatsOf(xml);
  const drop = ownedToDelete(formats, planned, matches);
  let out = removeElements(
    xml,
    formats.filter((_, i) => drop.has(i)).map((f) => f.element),
  );
  if (planned.add.length === 0) return out;
  const p = /<((?:[\w.-]+:)?)worksheet\b/.exec(out)?.[1] ?? "";
  let priority = 0;
  // Rules live after sheetData: the rows (tens of MB on a long register) are not searched.
  const tail = out.slice(sheetDataSpan(out)?.innerEnd ?? 0);
  for (const m of tail.matchAll(/<(?:\w+:)?cfRule\b[^>]*?\bpriority\s*=\s*"(\d+)"/g))
    priority = Math.max(priority, Number(m[1]));
  const added = planned.add.map(
    (spec) =>
      `<${p}conditionalFormatting sqref="${escapeText(spec.range)}">${ruleXml(p, spec, ++priority, styles)}</${p}conditionalFormatting>`,
  );
  out = insertTail(out, "conditionalFormatting", added.join(""));
  return out;
}
