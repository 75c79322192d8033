/**
 * A form as a printable sheet, host-neutral: the cells, merges, row heights, column widths, input cells with their
 * defined names, dropdowns and number formats, and the print setup (A4 portrait, one page). The .xlsx writer and the
 * Excel adapter turn one FormSheet into their host's calls, so a template, a filled form and the pane's 生成表单 agree.
 *
 * The grid is four columns — label, value, label, value — with short fields two to a row and boxes (文件标题, 事由)
 * across the three right-hand columns; notes and the signature lines close the page.
 */
import { fieldTypeOf } from "../fields/registry";
import type { Lang } from "../i18n";
import type { RegisterDef, ColumnDef } from "../registers/types";
import { columnOf } from "../registers/kit";
import type { CellValue } from "../sheet-spec";
import { numberFormat } from "../templates";
import type { ParseContext } from "../values";
import { definedNameOf } from "./names";
import type { FormDef, FormFieldDef } from "./types";

export type FormCellStyle = "title" | "label" | "input" | "box" | "note" | "sign-label" | "sign-line";

export interface FormCell {
  /** 1-based. */
  row: number;
  column: number;
  value: CellValue;
  style: FormCellStyle;
  numberFormat?: string;
}

export interface FormInput {
  /** Canonical header of the register column. */
  header: string;
  /** Workbook-scoped defined name (definedNameOf(header)). */
  name: string;
  row: number;
  column: number;
  /** The merged area the input spans (same row and column when single). */
  toRow: number;
  toColumn: number;
  required: boolean;
  numberFormat?: string;
  /** Dropdown values (enums, 是/否, the workbook's 部门 / 人员名单 when known). */
  list?: readonly string[];
  def: ColumnDef;
}

export interface FormSheet {
  /** Sheet name: the form's title. */
  name: string;
  title: string;
  /** Character widths of columns A–D. */
  widths: readonly number[];
  /** Row heights in points, by 1-based row. */
  heights: ReadonlyMap<number, number>;
  cells: readonly FormCell[];
  /** Merged areas as A1 ranges. */
  merges: readonly string[];
  inputs: readonly FormInput[];
  /** A1 range of the printed page. */
  printArea: string;
  lastRow: number;
  page: {
    paper: "A4";
    orientation: "portrait";
    fitToPage: true;
    margins: { left: number; right: number; top: number; bottom: number };
  };
}

export interface FormContext {
  /** `参数设置`: the school name and the limits notes quote; defaults when absent. */
  settings?: { text(key: string): string; number(key: string): number } & ParseContext;
  /** 部门 and 人员名单 values for dropdowns, when the workbook has them. */
  departments?: readonly string[] | null;
  staff?: readonly string[] | null;
  lang?: Lang;
}

const WIDTHS = [15, 24, 15, 24] as const;
const LETTERS = ["A", "B", "C", "D"] as const;
const ROW_HEIGHT = 26;
const BOX_LINE_HEIGHT = 22;

const a1 = (row: number, column: number): string => `${LETTERS[column - 1] ?? "A"}${row}`;

/** Defaults when the form is made without a workbook (a blank template from the CLI). */
const DEFAULT_NOTE_VALUES: Readonly<Record<string, number>> = {
  "报销会计直批上限(元)": 500,
  "简化采购上限(元)": 1000,
  "传阅时限(工作日)": 3,
  "会议通知提前(工作日)": 5,
  "会议资料提前(天)": 3,
  "报销提交时限(工作日)": 5,
};

const DEFAULT_SETTING_LIST: ParseContext = { list: () => ["公开", "内部", "秘密", "机密"] };

function listOf(def: ColumnDef, ctx: FormContext): readonly string[] | undefined {
  // The field type's dropdown (是/否, an enum's values, a new type's choices); a setting's list without the
  // workbook's settings falls back to the default 密级列表.
  const choices = fieldTypeOf(def.type).choices?.(def.type);
  if (choices)
    return "values" in choices ? choices.values : (ctx.settings ?? DEFAULT_SETTING_LIST).list(choices.setting);
  if (def.departmentList && ctx.departments && ctx.departments.length > 0) return ctx.departments;
  if (def.personList && ctx.staff && ctx.staff.length > 0) return ctx.staff;
  return undefined;
}

/** The form's fields with their register columns; throws for a definition naming a column its register lacks. */
export function formColumns(form: FormDef, register: RegisterDef): { field: FormFieldDef; def: ColumnDef }[] {
  return form.fields.map((field) => {
    const def = columnOf(register, field.column);
    if (!def) throw new Error(`form ${form.id}: register ${register.id} has no column ${field.column}`);
    return { field, def };
  });
}

/**
 * The form laid out, blank or filled with `values` (canonical header → the cell value to print: dates as serials,
 * yes/no as 是/否, lists joined with 、).
 */
export function buildFormSheet(
  form: FormDef,
  register: RegisterDef,
  ctx: FormContext = {},
  values?: ReadonlyMap<string, CellValue>,
): FormSheet {
  const cells: FormCell[] = [];
  const merges: string[] = [];
  const heights = new Map<number, number>();
  const inputs: FormInput[] = [];
  const school = ctx.settings?.text("学校名称").trim() ?? "";

  cells.push({ row: 1, column: 1, value: `${school}${form.title}`, style: "title" });
  merges.push("A1:D1");
  heights.set(1, 40);
  heights.set(2, 8);

  let row = 3;
  let half: 0 | 1 = 0;
  const place = (field: FormFieldDef, def: ColumnDef, column: number, toColumn: number, toRow: number): void => {
    const required = def.required === true;
    cells.push({ row, column, value: required ? `${def.header}*` : def.header, style: "label" });
    const fmt = numberFormat(def.type);
    const list = listOf(def, ctx);
    const given = values?.get(def.header);
    const value = values ? (given ?? null) : (field.initial ?? null);
    cells.push({
      row,
      column: column + 1,
      value,
      style: toRow > row || toColumn > column + 1 ? "box" : "input",
      ...(fmt ? { numberFormat: fmt } : {}),
    });
    if (toRow > row || toColumn > column + 1) merges.push(`${a1(row, column + 1)}:${a1(toRow, toColumn)}`);
    if (toRow > row) merges.push(`${a1(row, column)}:${a1(toRow, column)}`);
    inputs.push({
      header: def.header,
      name: definedNameOf(def.header),
      row,
      column: column + 1,
      toRow,
      toColumn,
      required,
      ...(fmt ? { numberFormat: fmt } : {}),
      ...(list ? { list } : {}),
      def,
    });
  };
  for (const { field, def } of formColumns(form, register)) {
    if (field.box) {
      if (half === 1) {
        row++;
        half = 0;
      }
      const lines = Math.max(1, field.box.lines);
      for (let r = row; r < row + lines; r++) heights.set(r, BOX_LINE_HEIGHT);
      place(field, def, 1, 4, row + lines - 1);
      row += lines;
      continue;
    }
    heights.set(row, ROW_HEIGHT);
    place(field, def, half === 0 ? 1 : 3, half === 0 ? 2 : 4, row);
    if (half === 1) row++;
    half = half === 0 ? 1 : 0;
  }
  if (half === 1) row++;

  row++;
  heights.set(row - 1, 10);
  for (const note of form.notes) {
    const raw = note.setting ? (ctx.settings?.number(note.setting) ?? DEFAULT_NOTE_VALUES[note.setting] ?? "") : "";
    const text = note.text[ctx.lang ?? "zh-CN"].replace("{value}", String(raw));
    cells.push({ row, column: 1, value: `${ctx.lang === "en-US" ? "Note: " : "注："}${text}`, style: "note" });
    merges.push(`A${row}:D${row}`);
    heights.set(row, 30);
    row++;
  }
  row++;
  heights.set(row - 1, 14);
  for (let k = 0; k < form.signatures.length; k += 2) {
    for (let j = 0; j < 2 && k + j < form.signatures.length; j++) {
      cells.push({ row, column: 1 + j * 2, value: `${form.signatures[k + j]}：`, style: "sign-label" });
      cells.push({ row, column: 2 + j * 2, value: null, style: "sign-line" });
    }
    heights.set(row, 34);
    row++;
  }
  const lastRow = row - 1;
  return {
    name: form.title,
    title: form.title,
    widths: WIDTHS,
    heights,
    cells,
    merges,
    inputs,
    printArea: `A1:D${lastRow}`,
    lastRow,
    page: {
      paper: "A4",
      orientation: "portrait",
      fitToPage: true,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 },
    },
  };
}
