/**
 * Sheet descriptions for `ledger init`, the task pane's "添加台账" and the template files, generated from the catalogue
 * so a new register needs no template code. Number formats, dropdowns, input prompts and typed-entry validation all
 * follow from each column's type; the adapters turn the specs into Excel objects.
 */
import { fieldTypeOf } from "./fields/registry";
import { columnLetter } from "./recognize/column-letter";
import { REGISTERS, SETTINGS_SHEETS, registerById } from "./registers";
import { parameterByKey } from "./registers/settings-sheets";
import type { ColumnDef, FieldType, RegisterDef, SettingsSheetDef } from "./registers/types";
import type { ColumnSpec, ListSource, SheetSpec } from "./sheet-spec";

/** The hidden sheet that holds dropdown lists too long for a literal. */
export const LISTS_SHEET = "列表";
/** Excel caps a literal list (the comma-joined values) at 255 characters. */
const MAX_LITERAL_LIST = 255;
/** Rows below the header that formats and validation cover in a new template. */
const TEMPLATE_ROWS = 1000;

const DEPARTMENTS_SHEET = "部门";
const STAFF_SHEET = "人员名单";
// Excel caps an input prompt's title at 32 characters and its message at 255.
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;

export interface RegisterSpecOptions {
  /** Departments on the workbook's `部门` sheet (column A from row 2): department columns get a dropdown of them. */
  departments?: readonly string[];
  /** Names on `人员名单` (column A from row 2): person columns get a dropdown of them. */
  staff?: readonly string[];
  /** Values of 密级列表 when the workbook sets them; the defaults otherwise. */
  classification?: readonly string[];
}

/** The number format a column of this type gets in templates (and in forms and imported rows). */
export function numberFormat(type: FieldType): string | undefined {
  return fieldTypeOf(type).numberFormat?.(type);
}

const literalLength = (values: readonly string[]): number => values.join(",").length;

/** Absolute reference to rows 2…n+1 of a column, e.g. `'列表'!$B$2:$B$9`. */
function rangeRef(sheet: string, columnIndex: number, count: number): string {
  const letter = columnLetter(columnIndex);
  return `'${sheet}'!$${letter}$2:$${letter}$${count + 1}`;
}

/** Enum lists too long for a literal, one column each on `列表`, in catalogue order (shared by identical lists). */
function longLists(registers: readonly RegisterDef[]): { key: string; header: string; values: readonly string[] }[] {
  const out: { key: string; header: string; values: readonly string[] }[] = [];
  for (const r of registers) {
    for (const c of r.columns) {
      const choices = fieldTypeOf(c.type).choices?.(c.type);
      if (choices === undefined || !("values" in choices)) continue;
      const values = choices.values;
      if (literalLength(values) <= MAX_LITERAL_LIST) continue;
      const key = values.join("\u0001");
      if (!out.some((l) => l.key === key)) out.push({ key, header: c.header, values });
    }
  }
  return out;
}

function dropdownList(
  def: ColumnDef,
  registers: readonly RegisterDef[],
  options: RegisterSpecOptions,
): ListSource | undefined {
  const choices = fieldTypeOf(def.type).choices?.(def.type);
  if (choices === undefined) return undefined;
  const values =
    "values" in choices
      ? choices.values
      : choices.setting === "密级列表" && options.classification
        ? options.classification
        : String(parameterByKey.get(choices.setting)?.default ?? "")
            .split(/[、,，;；]/)
            .filter((v) => v !== "");
  if (literalLength(values) <= MAX_LITERAL_LIST) return { kind: "values", values };
  const index = longLists(registers).findIndex((l) => l.key === values.join("\u0001"));
  return index < 0 ? undefined : { kind: "range", ref: rangeRef(LISTS_SHEET, index, values.length) };
}

function columnSpec(def: ColumnDef, registers: readonly RegisterDef[], options: RegisterSpecOptions): ColumnSpec {
  const spec: ColumnSpec = { header: def.header, width: def.width ?? 12 };
  const format = numberFormat(def.type);
  if (format) spec.numberFormat = format;
  let list = dropdownList(def, registers, options);
  // A list column holds several names, which a one-value dropdown would refuse; only single-value columns get one.
  if (!list && def.type.kind === "text") {
    if (def.departmentList && options.departments && options.departments.length > 0) {
      list = { kind: "range", ref: rangeRef(DEPARTMENTS_SHEET, 0, options.departments.length) };
    } else if (def.personList && options.staff && options.staff.length > 0) {
      list = { kind: "range", ref: rangeRef(STAFF_SHEET, 0, options.staff.length) };
    }
  }
  if (list) spec.list = list;
  const numeric = fieldTypeOf(def.type).numeric?.(def.type);
  if (numeric) spec.numeric = numeric;
  if (def.required && !def.computed) {
    spec.required = true;
    spec.prompt = {
      title: def.header.slice(0, PROMPT_TITLE_MAX),
      message: (def.prompt ?? "必填").slice(0, PROMPT_MESSAGE_MAX),
    };
  }
  if (def.computed) spec.headerNote = "由助手计算填写，无需手工录入";
  return spec;
}

/** The sheet of one register as `ledger init` and "添加台账" create it. */
export function registerSheetSpec(
  register: RegisterDef,
  options: RegisterSpecOptions = {},
  catalogue: readonly RegisterDef[] = REGISTERS,
): SheetSpec {
  return {
    name: register.sheet,
    tableName: register.tableName,
    headerRow: 1,
    columns: register.columns.map((c) => columnSpec(c, catalogue, options)),
    ...(register.starterRows ? { rows: register.starterRows.map((r) => [...r]) } : {}),
    formatRows: TEMPLATE_ROWS,
    freezeHeader: true,
    ifExists: "keep",
  };
}

function settingsSpec(def: SettingsSheetDef): SheetSpec {
  return {
    name: def.sheet,
    tableName: def.tableName,
    headerRow: 1,
    // Settings values are numbers, times and lists alike: no text format, so 500 stays a number.
    columns: def.columns.map((c) => {
      const { numberFormat, ...rest } = columnSpec(c, REGISTERS, {});
      return numberFormat === undefined || numberFormat === "@" ? rest : { ...rest, numberFormat };
    }),
    rows: def.rows.map((r) => [...r]),
    formatRows: def.id === "parameters" ? def.rows.length : TEMPLATE_ROWS,
    freezeHeader: true,
    ifExists: "keep",
  };
}

/** `参数设置` (with every key, default and 说明), `部门`, `人员名单`, `节假日调整`, `KPI目标`. */
export function settingsSheetSpecs(): SheetSpec[] {
  return SETTINGS_SHEETS.map(settingsSpec);
}

/**
 * The hidden `列表` sheet with the catalogue's long dropdown lists, or null when every list fits a literal. Its layout
 * depends on the whole catalogue (not on which registers a workbook has), so references stay valid as sheets are added.
 */
export function listsSheetSpec(registers: readonly RegisterDef[] = REGISTERS): SheetSpec | null {
  const lists = longLists(registers);
  if (lists.length === 0) return null;
  const height = Math.max(...lists.map((l) => l.values.length));
  const rows = Array.from({ length: height }, (_, i) => lists.map((l) => l.values[i] ?? null));
  return {
    name: LISTS_SHEET,
    columns: lists.map((l) => ({ header: l.header, width: 16 })),
    rows,
    hidden: true,
    protect: true,
    ifExists: "replace",
  };
}

/** Every sheet of a new workbook: settings sheets, then the registers (all, or the ids given), then `列表` if needed. */
export function workbookTemplateSpecs(registerIds?: readonly string[], options: RegisterSpecOptions = {}): SheetSpec[] {
  const registers = registerIds
    ? registerIds.map((id) => {
        const r = registerById(id);
        if (!r) throw new RangeError(`Unknown register id: ${id}`);
        return r;
      })
    : REGISTERS;
  const lists = listsSheetSpec(REGISTERS);
  return [...settingsSheetSpecs(), ...registers.map((r) => registerSheetSpec(r, options)), ...(lists ? [lists] : [])];
}
