/**
 * Defined names of sheets moved from a scratch package into a user's workbook.xml. A generated sheet's print area and
 * print titles are local names (`_xlnm.Print_Area`, `_xlnm.Print_Titles`, with the sheet's index in `localSheetId`),
 * and its named cells are workbook-scoped names; all of them live in workbook.xml, not in the sheet part, so moving the
 * part alone would lose them. Indexes are rewritten to the target's tab positions; a replaced sheet's old `_xlnm.*`
 * names go, and a name the target already holds under the same scope is replaced. Every other name stays as it was.
 */
import { attributes, decodeText, escapeText } from "./xml-text";

export interface DefinedName {
  name: string;
  /** Tab index the name is local to, or null for a workbook-scoped name. */
  localSheetId: number | null;
  hidden: boolean;
  /** The formula (decoded text). */
  formula: string;
}

const DEFINED_NAME_RE = /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g;
const BLOCK_RE = /<((?:[\w.-]+:)?)definedNames\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedNames>)/;

export function parseDefinedNames(workbookXml: string): DefinedName[] {
  const block = BLOCK_RE.exec(workbookXml);
  if (!block) return [];
  const out: DefinedName[] = [];
  for (const m of (block[2] ?? "").matchAll(DEFINED_NAME_RE)) {
    const a = attributes(m[1] as string);
    const local = a.get("localSheetId");
    out.push({
      name: decodeText(a.get("name") ?? ""),
      localSheetId: local === undefined ? null : Number(local),
      hidden: a.get("hidden") === "1" || a.get("hidden") === "true",
      formula: decodeText(m[2] ?? ""),
    });
  }
  return out;
}

export interface MovedSheet {
  name: string;
  /** Index among the scratch workbook's `<sheet>` entries. */
  from: number;
  /** Index among the target workbook's `<sheet>` entries. */
  to: number;
  /** Whether the sheet replaced one of the target's (whose print names then go). */
  replaced: boolean;
}

/** Whether a formula refers to the sheet (`'KPI看板'!…` or `Sheet1!…`). */
function refersTo(formula: string, sheet: string): boolean {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  return (
    formula.includes(quoted) ||
    (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
      new RegExp(`(^|[^\\p{L}\\p{N}_.'])${sheet.replace(/\./g, "\\.")}!`, "u").test(formula))
  );
}

/** The target workbook.xml with the scratch names of the moved sheets carried over. */
export function carryDefinedNames(targetXml: string, scratchXml: string, moved: readonly MovedSheet[]): string {
  const scratch = parseDefinedNames(scratchXml);
  const carried: DefinedName[] = [];
  for (const n of scratch) {
    if (n.localSheetId !== null) {
      const m = moved.find((x) => x.from === n.localSheetId);
      if (m) carried.push({ ...n, localSheetId: m.to });
    } else if (moved.some((m) => refersTo(n.formula, m.name))) carried.push(n);
  }
  const replacedTabs = new Set(moved.filter((m) => m.replaced).map((m) => m.to));
  const same = (a: DefinedName, b: DefinedName): boolean =>
    a.name.toLowerCase() === b.name.toLowerCase() && a.localSheetId === b.localSheetId;
  const dropped = (n: DefinedName): boolean =>
    (n.localSheetId !== null && replacedTabs.has(n.localSheetId) && n.name.startsWith("_xlnm.")) ||
    carried.some((c) => same(c, n));
  if (carried.length === 0 && !parseDefinedNames(targetXml).some(dropped)) return targetXml;

  const p = /<((?:\w+:)?)workbook\b/.exec(targetXml)?.[1] ?? "";
  const block = BLOCK_RE.exec(targetXml);
  const kept = block
    ? [...(block[2] ?? "").matchAll(DEFINED_NAME_RE)].filter((m) => !dropped(parsedOne(m))).map((m) => m[0])
    : [];
  const added = carried.map(
    (n) =>
      `<${p}definedName name="${escapeText(n.name)}"${n.localSheetId !== null ? ` localSheetId="${n.localSheetId}"` : ""}${n.hidden ? ' hidden="1"' : ""}>${escapeText(n.formula)}</${p}definedName>`,
  );
  const all = [...kept, ...added];
  const inner = all.join("");
  if (block) {
    const bp = block[1] as string;
    const replacement = all.length === 0 ? "" : `<${bp}definedNames>${inner}</${bp}definedNames>`;
    return targetXml.slice(0, block.index) + replacement + targetXml.slice(block.index + block[0].length);
  }
  // CT_Workbook order: definedNames follow sheets, functionGroups and externalReferences.
  const next =
    /<(?:\w+:)?(?:calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/.exec(
      targetXml,
    );
  if (!next) throw new Error("workbook.xml without </workbook>");
  return `${targetXml.slice(0, next.index)}<${p}definedNames>${inner}</${p}definedNames>${targetXml.slice(next.index)}`;
}

function parsedOne(m: RegExpMatchArray): DefinedName {
  const a = attributes(m[1] as string);
  const local = a.get("localSheetId");
  return {
    name: decodeText(a.get("name") ?? ""),
    localSheetId: local === undefined ? null : Number(local),
    hidden: false,
    formula: decodeText(m[2] ?? ""),
  };
}
