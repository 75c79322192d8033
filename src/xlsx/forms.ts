/**
 * Forms as .xlsx files (issue #15): a FormSheet (src/core/forms/layout.ts) rendered with ExcelJS into a new workbook —
 * print area, A4 portrait fitted to one page, nothing frozen, dropdowns and number formats on the input cells, the
 * sheet protected (no password) except the input cells, and a workbook-scoped defined name on each input cell — and
 * a filled form read back as values plus its defined names.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { FormSheet, FormWorkbook, NamedCell } from "../core/forms";
import type { CellValue } from "../core/sheet-spec";

const MAX_LIST_FORMULA = 255;
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial as the UTC Date ExcelJS writes back as the same serial. */
function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400000));
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const LETTERS = ["A", "B", "C", "D", "E", "F"];

function cellValue(v: CellValue, format: string | undefined): ExcelJS.CellValue {
  if (v === null || v === "") return null;
  if (typeof v === "number" && format !== undefined && /y/.test(format)) return serialToDate(v);
  if (typeof v === "number" && format === "@") return String(v);
  return v;
}

/** Adds one form sheet to an ExcelJS workbook; `names` adds the workbook-scoped defined names (one form per workbook). */
export function addFormSheet(wb: ExcelJS.Workbook, form: FormSheet, options: { names: boolean; sheetName?: string }): ExcelJS.Worksheet {
  const name = options.sheetName ?? form.name;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: form.page.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      printArea: form.printArea,
      margins: { ...form.page.margins, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  form.widths.forEach((w, k) => {
    ws.getColumn(k + 1).width = w;
  });
  for (const [row, h] of form.heights) ws.getRow(row).height = h;
  for (const range of form.merges) ws.mergeCells(range);
  for (const c of form.cells) {
    const cell = ws.getCell(c.row, c.column);
    cell.value = cellValue(c.value, c.numberFormat);
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    switch (c.style) {
      case "title":
        cell.font = { size: 18, bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle" };
        break;
      case "label":
        cell.font = { bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
        cell.border = BOX;
        break;
      case "input":
      case "box":
        cell.alignment = { horizontal: "left", vertical: c.style === "box" ? "top" : "middle", wrapText: true };
        cell.border = BOX;
        break;
      case "note":
        cell.font = { size: 9, color: { argb: "FF595959" } };
        cell.alignment = { vertical: "middle", wrapText: true };
        break;
      case "sign-label":
        cell.alignment = { horizontal: "right", vertical: "bottom" };
        break;
      case "sign-line":
        cell.border = { bottom: THIN };
        break;
    }
  }
  // Borders on every cell of a merged label or box, so the printed frame is closed whatever the host draws.
  for (const input of form.inputs) {
    for (let r = input.row; r <= input.toRow; r++) {
      for (let k = input.column - 1; k <= input.toColumn; k++) {
        const cell = ws.getCell(r, k);
        cell.border = BOX;
        if (k >= input.column) cell.protection = { locked: false };
      }
    }
    const cell = ws.getCell(input.row, input.column);
    cell.protection = { locked: false };
    if (input.list && input.list.length > 0) {
      const formula = `"${input.list.join(",")}"`;
      if (formula.length <= MAX_LIST_FORMULA) {
        cell.dataValidation = { type: "list", allowBlank: !input.required, formulae: [formula], showErrorMessage: true };
      }
    }
    if (options.names) wb.definedNames.add(`${quoteSheet(name)}!$${LETTERS[input.column - 1]}$${input.row}`, input.name);
  }
  void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: false, formatRows: false });
  return ws;
}

/** A workbook of one form (or one sheet per form when several: then without defined names, which must be unique). */
export async function formWorkbookBytes(forms: readonly FormSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "台账助手";
  const used = new Set<string>();
  forms.forEach((f, k) => {
    let name = f.name;
    for (let n = 2; used.has(name); n++) name = `${f.name}(${n})`;
    used.add(name);
    addFormSheet(wb, f, { names: forms.length === 1 && k === 0, sheetName: name });
  });
  // ExcelJS leaves `created`/`modified` to the clock; fixed, so the same form gives the same bytes.
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  return new Uint8Array(await wb.xlsx.writeBuffer());
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
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** A form workbook's values and names, for the import reader. */
export function formBook(sheets: readonly { name: string; values: CellValue[][] }[], names: ReadonlyMap<string, NamedCell>): FormWorkbook {
  return { sheets, names };
}

