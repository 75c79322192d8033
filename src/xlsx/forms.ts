/**
 * Forms as .xlsx files (issue #15): a FormSheet (src/core/forms/layout.ts) rendered through the SheetSpec layout
 * primitive into a new workbook — print area, A4 portrait fitted to one page, nothing frozen, dropdowns and number
 * formats on the input cells, the sheet protected (no password) except the input cells, a workbook-scoped defined name
 * on each input cell — and a filled form read back as values plus its defined names.
 */
import JSZip from "jszip";
import { formSheetSpec, type FormSheet, type FormWorkbook, type NamedCell } from "../core/forms";
import { XlsxWorkbook } from "./workbook";
import type { CellValue } from "../core/sheet-spec";

/**
 * A workbook of one form, or of one sheet per form when several (then without defined names: a name points at one
 * cell). Rendered through the SheetSpec layout primitive, as Excel and the memory workbook render it.
 */
export async function formWorkbookBytes(
  forms: readonly FormSheet[],
  options: { timestamp?: Date } = {},
): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create(options.timestamp ? { timestamp: options.timestamp } : {});
  const used = new Set<string>();
  const specs = forms.map((f) => {
    let name = f.name;
    for (let n = 2; used.has(name); n++) name = `${f.name}(${n})`;
    used.add(name);
    return formSheetSpec(f, { names: forms.length === 1, sheetName: name });
  });
  await wb.ensureSheets(specs);
  return wb.toBuffer();
}

/**
 * One file per filled form of the same kind (the CLI's folder export): the form is rendered once, blank, and each
 * file is that package with the input cells written — twice as fast as rendering every file, and the same bytes a
 * program filling the blank form would leave. Forms of another layout are rendered one by one.
 */
export async function filledFormFiles(
  forms: readonly FormSheet[],
  options: { timestamp?: Date } = {},
): Promise<Uint8Array[]> {
  const first = forms[0];
  if (!first) return [];
  const isInput = (style: string) => style === "input" || style === "box";
  const blank: FormSheet = { ...first, cells: first.cells.map((c) => (isInput(c.style) ? { ...c, value: null } : c)) };
  const template = await formWorkbookBytes([blank], options);
  const out: Uint8Array[] = [];
  for (const form of forms) {
    if (form.name !== first.name || form.printArea !== first.printArea || form.inputs.length !== first.inputs.length) {
      out.push(await formWorkbookBytes([form], options));
      continue;
    }
    const at = new Map(form.cells.filter((c) => isInput(c.style)).map((c) => [`${c.row}:${c.column}`, c.value]));
    const wb = await XlsxWorkbook.fromBuffer(template, { fileName: `${form.name}.xlsx` });
    await wb.writeBlocks(
      form.inputs.map((i) => ({
        sheet: form.name,
        row: i.row,
        column: i.column,
        values: [[at.get(`${i.row}:${i.column}`) ?? null]],
      })),
    );
    out.push(await wb.toBuffer());
  }
  return out;
}

/** The workbook-scoped defined names of a package that point at one cell or range (top-left kept). */
export async function definedNames(bytes: Uint8Array): Promise<Map<string, NamedCell>> {
  const out = new Map<string, NamedCell>();
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string");
  } catch {
    return out;
  }
  if (!xml) return out;
  const re = /<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs = m[1] ?? "";
    if (/\blocalSheetId=/.test(attrs)) continue;
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const target = decode(m[2] ?? "");
    const t = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?[A-Z]{1,3}\$?\d+)?$/.exec(target.trim());
    if (!name || !t) continue;
    const sheet = t[1] !== undefined ? t[1].replace(/''/g, "'") : (t[2] as string);
    let column = 0;
    for (const ch of t[3] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
    out.set(decode(name), { sheet, row: Number(t[4]), column });
  }
  return out;
}

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** A form workbook's values and names, for the import reader. */
export function formBook(
  sheets: readonly { name: string; values: CellValue[][] }[],
  names: ReadonlyMap<string, NamedCell>,
): FormWorkbook {
  return { sheets, names };
}
