/**
 * Reading a filled form back: which form a workbook is (its title near the top of a sheet), and each field's value —
 * from the cell its defined name points at, or, where a program dropped the names, from the cell right of the field's
 * label (merged label cells included: the first filled cell to the right).
 */
import { normalizeHeader } from "../recognize/header";
import { headerIndex, lookupHeader } from "../recognize/header-index";
import type { RegisterDef } from "../registers/types";
import type { CellValue } from "../sheet-spec";
import { FORMS } from "./definitions";
import { formColumns } from "./layout";
import { definedNameOf } from "./names";
import type { FormDef } from "./types";

/** A defined name's target: the sheet and the top-left cell (1-based). */
export interface NamedCell {
  sheet: string;
  row: number;
  column: number;
}

export interface FormWorkbook {
  sheets: readonly { name: string; values: readonly (readonly CellValue[])[] }[];
  /** Workbook-scoped defined names by name (a program may have dropped them: then the map is empty). */
  names: ReadonlyMap<string, NamedCell>;
}

export interface FieldRead {
  header: string;
  raw: CellValue;
  /** Where it was read, e.g. B5; null when neither the name nor the label was found. */
  cell: string | null;
  via: "name" | "label" | null;
}

const TITLE_ROWS = 3;
const byLength = [...FORMS].sort((a, b) => b.title.length - a.title.length);

function text(v: CellValue | undefined): string {
  return typeof v === "string" ? v.replace(/\s+/g, "") : "";
}

/** The form a workbook is and the sheet holding it, judged by the title in its first rows; null for anything else. */
export function identifyForm(book: FormWorkbook): { form: FormDef; sheet: string } | null {
  for (const s of book.sheets) {
    for (let r = 0; r < Math.min(TITLE_ROWS, s.values.length); r++) {
      for (const v of s.values[r] ?? []) {
        const t = text(v);
        if (t === "") continue;
        const form = byLength.find((f) => t.endsWith(f.title) && t.length <= f.title.length + 40);
        if (form) return { form, sheet: s.name };
      }
    }
  }
  return null;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
function ref(row: number, column: number): string {
  let c = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) c = (LETTERS[(n - 1) % 26] ?? "") + c;
  return `${c}${row}`;
}

function blank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The form's fields as the file holds them. */
export function readFormFields(
  book: FormWorkbook,
  form: FormDef,
  register: RegisterDef,
  sheetName: string,
): FieldRead[] {
  const sheet = book.sheets.find((s) => s.name === sheetName);
  const values = sheet?.values ?? [];
  const labels = labelCells(values, register);
  return formColumns(form, register).map(({ def }) => {
    const named = book.names.get(definedNameOf(def.header));
    const target = named ? book.sheets.find((s) => s.name === named.sheet) : undefined;
    if (named && target) {
      const raw = target.values[named.row - 1]?.[named.column - 1] ?? null;
      return { header: def.header, raw: blank(raw) ? null : raw, cell: ref(named.row, named.column), via: "name" };
    }
    const at = labels.get(def.header);
    if (!at) return { header: def.header, raw: null, cell: null, via: null };
    const rowValues = values[at.row] ?? [];
    // The value cell is the next cell to the right that is not another label; a merged label leaves blanks between.
    for (let c = at.column + 1; c < Math.min(rowValues.length, at.column + 4); c++) {
      const v = rowValues[c];
      if (blank(v)) continue;
      if (typeof v === "string" && labelOf(v, register) !== null) break;
      return { header: def.header, raw: v ?? null, cell: ref(at.row + 1, c + 1), via: "label" };
    }
    return { header: def.header, raw: null, cell: ref(at.row + 1, at.column + 2), via: "label" };
  });
}

function labelOf(v: string, register: RegisterDef): string | null {
  const n = normalizeHeader(v.replace(/[:：]$/, ""));
  return n === "" ? null : (lookupHeader(headerIndex(register), n)?.header ?? null);
}

/** 0-based positions of the cells whose text is a column's label (the first occurrence of each). */
function labelCells(
  values: readonly (readonly CellValue[])[],
  register: RegisterDef,
): Map<string, { row: number; column: number }> {
  const out = new Map<string, { row: number; column: number }>();
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || v.length > 30) return;
      const h = labelOf(v, register);
      if (h !== null && !out.has(h)) out.set(h, { row: r, column: c });
    }),
  );
  return out;
}
