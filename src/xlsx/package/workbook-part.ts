/**
 * Edits of the workbook part (xl/workbook.xml) for sheets the add-in adds: the `<sheet>` entry, its relationship and
 * content type. Existing entries are never renumbered or reordered, so local names (localSheetId) and the active tab
 * keep pointing where they did.
 */
import { OpcPackage, REL_TYPE } from "./opc";
import { attributes, escapeText } from "./xml-text";

export const WORKBOOK_PART = "xl/workbook.xml";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const SHEET_RE = /<(?:\w+:)?sheet\b[^>]*?\/?>/g;

export type SheetState = "visible" | "hidden" | "veryHidden";

async function workbookXml(pkg: OpcPackage): Promise<string> {
  const xml = await pkg.text(WORKBOOK_PART);
  if (xml === null) throw new Error(`${WORKBOOK_PART} is missing`);
  return xml;
}

/** Adds an empty-named worksheet entry at the end of the tabs and returns the new part's path. */
export async function addSheetEntry(pkg: OpcPackage, name: string, state: SheetState): Promise<string> {
  const xml = await workbookXml(pkg);
  const path = pkg.freeName("xl/worksheets/sheet", ".xml");
  // Taken now (the caller writes the sheet's XML later), so the next new sheet gets another name.
  pkg.set(path, "");
  await pkg.declare(path, CT_WORKSHEET);
  const rid = await pkg.addRelationship(WORKBOOK_PART, REL_TYPE.worksheet, path);
  let sheetId = 0;
  for (const m of xml.matchAll(SHEET_RE)) sheetId = Math.max(sheetId, Number(attributes(m[0]).get("sheetId") ?? 0));
  const p = /<((?:\w+:)?)workbook\b/.exec(xml)?.[1] ?? "";
  const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "";
  const relPrefix =
    /\sxmlns:([\w.-]+)\s*=\s*"http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      root,
    )?.[1];
  const idAttr = relPrefix
    ? `${relPrefix}:id="${rid}"`
    : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rid}"`;
  const entry = `<${p}sheet name="${escapeText(name)}" sheetId="${sheetId + 1}"${state === "visible" ? "" : ` state="${state}"`} ${idAttr}/>`;
  const close = /<\/(?:\w+:)?sheets>/.exec(xml);
  if (close) pkg.set(WORKBOOK_PART, xml.slice(0, close.index) + entry + xml.slice(close.index));
  else {
    const empty = /<((?:\w+:)?sheets)\b([^>]*)\/>/.exec(xml);
    if (empty)
      pkg.set(
        WORKBOOK_PART,
        `${xml.slice(0, empty.index)}<${empty[1]}${empty[2]}>${entry}</${empty[1]}>${xml.slice(empty.index + empty[0].length)}`,
      );
    else {
      // A workbook without sheets (ExcelJS writes none for an empty workbook): <sheets> goes where CT_Workbook puts it.
      const next =
        /<(?:\w+:)?(?:functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/.exec(
          xml,
        );
      if (!next) throw new Error(`${WORKBOOK_PART} without </workbook>`);
      pkg.set(WORKBOOK_PART, `${xml.slice(0, next.index)}<${p}sheets>${entry}</${p}sheets>${xml.slice(next.index)}`);
    }
  }
  return path;
}

/** Sets a sheet's visibility in its entry (found by name). */
export async function setSheetState(pkg: OpcPackage, name: string, state: SheetState): Promise<void> {
  const xml = await workbookXml(pkg);
  const next = xml.replace(SHEET_RE, (tag) => {
    const a = attributes(tag);
    if (decode(a.get("name") ?? "") !== name || (a.get("state") ?? "visible") === state) return tag;
    const without = tag.replace(/\sstate\s*=\s*"[^"]*"/, "");
    if (state === "visible") return without;
    return without.replace(/^<([\w:]+)/, `<$1 state="${state}"`);
  });
  pkg.set(WORKBOOK_PART, next);
}

/** Each sheet entry's name → its index among all entries (chart sheets included), as `localSheetId` counts them. */
export function sheetIndexes(xml: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  for (const m of xml.matchAll(SHEET_RE)) out.set(decode(attributes(m[0]).get("name") ?? ""), i++);
  return out;
}

/** The index of the saved active tab (counting every sheet entry). */
export function activeTab(xml: string): number {
  const view = /<(?:\w+:)?workbookView\b[^>]*>/.exec(xml)?.[0];
  return Number((view ? attributes(view).get("activeTab") : undefined) ?? 0);
}

export function withActiveTab(xml: string, tab: number): string {
  const view = /<(?:\w+:)?workbookView\b[^>]*?\/?>/.exec(xml);
  if (view) {
    const tag = view[0];
    const next = /\sactiveTab\s*=/.test(tag)
      ? tag.replace(/(\sactiveTab\s*=\s*)"[^"]*"/, `$1"${tab}"`)
      : tag.replace(/^<([\w:]+)/, `<$1 activeTab="${tab}"`);
    return xml.slice(0, view.index) + next + xml.slice(view.index + tag.length);
  }
  const p = /<((?:\w+:)?)workbook\b/.exec(xml)?.[1] ?? "";
  const sheets = /<(?:\w+:)?sheets\b/.exec(xml);
  if (!sheets) return xml;
  return `${xml.slice(0, sheets.index)}<${p}bookViews><${p}workbookView activeTab="${tab}"/></${p}bookViews>${xml.slice(sheets.index)}`;
}

function decode(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[n] as string,
  );
}
