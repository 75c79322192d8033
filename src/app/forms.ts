/**
 * Form use cases (issue #15) over the port: filled forms for register rows, and the all-or-nothing import of filled
 * forms and row lists. `planFormImport` writes nothing; `applyFormImport` writes a plan in one `writeBlocks` (plus one
 * `ensureSheets` when the register's sheet is new), so in Excel a failed sync leaves the workbook as it was.
 */
import {
  buildFormSheet,
  entriesOfFile,
  formColumns,
  formSheetSpec,
  planImport,
  rowValues,
  type FormDef,
  type FormSheet,
  type FormWorkbook,
  type ImportEntry,
  type ImportPlan,
} from "../core/forms";
import type { Serial } from "../core/dates";
import type { Lang } from "../core/i18n";
import { registerById, type RegisterDef } from "../core/registers";
import type { Block } from "../core/sheet-spec";
import { buildTable, type SheetTable } from "../core/table";
import type { RegisterTable } from "../core/table-types";
import { registerSheetSpec } from "../core/templates";
import type { SelectedRange, WorkbookPort } from "../workbook/port";
import type { WorkbookContext } from "./load-context";

/** The register a form fills (the catalogue is the form's contract: a missing one is a programming error). */
export function registerOfForm(form: FormDef): RegisterDef {
  const r = registerById(form.register);
  if (!r) throw new Error(`form ${form.id}: unknown register ${form.register}`);
  return r;
}

/** The workbook's table of the form's register, or null when the workbook has no such sheet. */
export function formTable(ctx: WorkbookContext, form: FormDef): RegisterTable | null {
  return ctx.tables.get(form.register) ?? null;
}

function formContext(ctx: WorkbookContext | null, lang: Lang) {
  return ctx
    ? {
        settings: ctx.settings,
        departments: ctx.settings.departments,
        staff: ctx.settings.staff?.map((s) => s.name) ?? null,
        lang,
      }
    : { lang };
}

/** A blank form (a template), with the workbook's school name, limits and lists when a workbook is given. */
export function blankForm(form: FormDef, ctx: WorkbookContext | null, lang: Lang): FormSheet {
  return buildFormSheet(form, registerOfForm(form), formContext(ctx, lang));
}

/** Data rows (0-based) of the register whose key is one of `keys`, in the order given; unknown keys are returned apart. */
export function rowsByKeys(t: RegisterTable, keys: readonly string[]): { rows: number[]; unknown: string[] } {
  const keyHeader = t.register.key?.[0];
  const at = new Map<string, number>();
  if (keyHeader) for (let i = 0; i < t.rowCount; i++) if (!t.isBlank(i)) at.set(t.text(keyHeader, i) ?? "", i);
  const rows: number[] = [];
  const unknown: string[] = [];
  for (const k of keys) {
    const i = at.get(k.trim());
    if (i === undefined) unknown.push(k);
    else rows.push(i);
  }
  return { rows, unknown };
}

/** Data rows (0-based) for Excel rows from..to, leaving out blank ones and those outside the table. */
export function rowsByExcelRows(t: RegisterTable, from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = from; r <= to; r++) {
    const i = r - t.headerRow - 1;
    if (i >= 0 && i < t.rowCount && !t.isBlank(i)) out.push(i);
  }
  return out;
}

export type SelectionKeys =
  | { ok: true; keys: string[]; sheet: string }
  /** `none`: the host keeps no selection; `other-sheet`: it is on `selected`; `no-rows`: no data row of the register. */
  | { ok: false; reason: "none" | "other-sheet" | "no-rows"; sheet: string; selected?: string };

/**
 * The keys of the register rows the user selected (the 表单 page's "rows from the current selection"): every data row
 * the selection's rows cross on the register's own sheet, in sheet order, blank rows left out; rows picked with Ctrl in
 * several blocks count once each.
 */
export function keysOfSelection(t: RegisterTable, selection: SelectedRange | null): SelectionKeys {
  if (!selection) return { ok: false, reason: "none", sheet: t.sheet };
  if (selection.sheet.toLowerCase() !== t.sheet.toLowerCase())
    return { ok: false, reason: "other-sheet", sheet: t.sheet, selected: selection.sheet };
  const rows = new Set<number>();
  for (const area of selection.areas ?? [selection]) {
    const first = Math.max(area.row, t.headerRow + 1);
    const last = Math.min(area.row + area.rows - 1, t.headerRow + t.rowCount);
    for (const i of rowsByExcelRows(t, first, last)) rows.add(i);
  }
  const keyHeader = t.register.key?.[0];
  const keys = [...rows]
    .sort((a, b) => a - b)
    .map((i) => (keyHeader ? t.text(keyHeader, i) : null) ?? "")
    .filter((k) => k !== "");
  return keys.length > 0 ? { ok: true, keys, sheet: t.sheet } : { ok: false, reason: "no-rows", sheet: t.sheet };
}

/** One filled form per data row; the key (for file names) with each. */
export function filledForms(
  ctx: WorkbookContext,
  form: FormDef,
  t: RegisterTable,
  rows: readonly number[],
  lang: Lang,
): { key: string; sheet: FormSheet }[] {
  const register = registerOfForm(form);
  const headers = formColumns(form, register).map((c) => c.def.header);
  const keyHeader = register.key?.[0];
  return rows.map((i) => ({
    key: (keyHeader ? t.text(keyHeader, i) : null) ?? String(t.excelRow(i)),
    sheet: buildFormSheet(form, register, formContext(ctx, lang), rowValues(t, i, headers, ctx.settings)),
  }));
}

export interface FormFile {
  name: string;
  book: FormWorkbook;
}

/** Entries of every file, for one register; nothing is written. */
export function planFormImport(
  ctx: WorkbookContext,
  register: RegisterDef,
  files: readonly FormFile[],
  options: { asOf: Serial; lang: Lang; update: boolean; form?: FormDef },
): ImportPlan {
  const entries: ImportEntry[] = files.flatMap((f) =>
    entriesOfFile(f.name, f.book, register, options.lang, options.form),
  );
  return planImport({
    register,
    entries,
    sheets: ctx.sheets,
    recognized: ctx.recognition.recognized,
    settings: ctx.settings,
    calendar: ctx.calendar,
    asOf: options.asOf,
    lang: options.lang,
    update: options.update,
  });
}

/**
 * Writes a plan that is not blocked: the rows appended under the register's table (which grows over them) and the
 * updated rows, in one writeBlocks. A register sheet that does not exist yet is created from its template with the
 * rows in it (one ensureSheets), so its table covers them from the start.
 */
export async function applyFormImport(port: WorkbookPort, plan: ImportPlan): Promise<void> {
  const w = plan.write;
  if (plan.blocked || !w) return;
  if (w.create) {
    const register = registerById(plan.register) as RegisterDef;
    await port.ensureSheets([{ ...registerSheetSpec(register), rows: w.rows }]);
    return;
  }
  const blocks: Block[] = w.updates.map((u) => ({
    sheet: w.sheet,
    row: u.row,
    column: 1,
    values: [u.values],
    columnFormats: w.columnFormats,
  }));
  if (w.rows.length > 0)
    blocks.push({
      sheet: w.sheet,
      row: w.appendRow,
      column: 1,
      values: w.rows,
      columnFormats: w.columnFormats,
      extendTable: true,
    });
  await port.writeBlocks(blocks);
}

/** The register's table built from the context (for CSV export by sheet name). */
export function tableOfSheet(ctx: WorkbookContext, sheet: string): SheetTable | null {
  const rec = ctx.recognition.recognized.find(
    (r) => r.sheet === sheet || r.register.sheet === sheet || r.register.id === sheet,
  );
  if (!rec) return null;
  const values = ctx.sheets.find((s) => s.name === rec.sheet)?.values ?? [];
  return buildTable(rec.sheet, values, rec, { settings: ctx.settings });
}

/** A sheet name for a filled form in a workbook: `<表单>-<编号>`, within Excel's 31 characters and free. */
function freeSheetName(base: string, taken: Set<string>): string {
  const cut = (s: string) => s.replace(/[\\/?*[\]:]/g, "_").slice(0, 31);
  let name = cut(base);
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = cut(`${base.slice(0, 26)}(${n})`);
  taken.add(name.toLowerCase());
  return name;
}

/** The filled forms for `keys`, each with a free sheet name `<表单>-<编号>`; unknown keys apart. */
function formsForKeys(
  ctx: WorkbookContext,
  form: FormDef,
  keys: readonly string[],
  lang: Lang,
  taken: Set<string>,
): { forms: { name: string; sheet: FormSheet }[]; unknown: string[] } {
  const t = formTable(ctx, form);
  if (!t) return { forms: [], unknown: [...keys] };
  const found = rowsByKeys(t, keys);
  if (found.unknown.length > 0 || found.rows.length === 0) return { forms: [], unknown: found.unknown };
  const forms = filledForms(ctx, form, t, found.rows, lang).map((f) => ({
    name: freeSheetName(`${form.title}-${f.key}`, taken),
    sheet: f.sheet,
  }));
  return { forms, unknown: [] };
}

/**
 * The task pane's 生成表单 where the host can open a new workbook (`port.createWorkbook`, Excel's ExcelApi 1.8): one
 * print-ready sheet per row in a new workbook built by `bytesOf` (the .xlsx writer the CLI uses), this workbook left
 * as it is. `opened` is false when the host cannot (then nothing happened; use `writeFormSheets`) and when keys are
 * unknown (refused before anything is built).
 */
export async function openFormsWorkbook(
  port: WorkbookPort,
  ctx: WorkbookContext,
  form: FormDef,
  keys: readonly string[],
  lang: Lang,
  bytesOf: (forms: readonly FormSheet[]) => Promise<Uint8Array>,
): Promise<{ opened: boolean; sheets: string[]; unknown: string[] }> {
  const { forms, unknown } = formsForKeys(ctx, form, keys, lang, new Set());
  if (unknown.length > 0 || forms.length === 0 || !port.createWorkbook) return { opened: false, sheets: [], unknown };
  const opened = await port.createWorkbook(() => bytesOf(forms.map((f) => ({ ...f.sheet, name: f.name }))));
  return { opened, sheets: opened ? forms.map((f) => f.name) : [], unknown: [] };
}

/**
 * The task pane's 生成表单 where the host cannot make a new workbook: one print-ready sheet per row, added to this
 * workbook in one ensureSheets (each sheet's names are left out when there are several: a name points at one cell).
 * Returns the sheets' names; unknown keys are refused before anything is written.
 */
export async function writeFormSheets(
  port: WorkbookPort,
  ctx: WorkbookContext,
  form: FormDef,
  keys: readonly string[],
  lang: Lang,
): Promise<{ sheets: string[]; unknown: string[] }> {
  const taken = new Set(ctx.sheetInfos.map((s) => s.name.toLowerCase()));
  const { forms, unknown } = formsForKeys(ctx, form, keys, lang, taken);
  if (unknown.length > 0 || forms.length === 0) return { sheets: [], unknown };
  const specs = forms.map((f) => formSheetSpec(f.sheet, { names: forms.length === 1, sheetName: f.name }));
  await port.ensureSheets(specs);
  return { sheets: specs.map((s) => s.name), unknown: [] };
}
