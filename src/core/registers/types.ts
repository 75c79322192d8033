/**
 * The shape of the register catalogue. A register is data: its columns, their types and synonyms, its key and its
 * cross-field rules. Templates, recognition, validation, deadlines, KPIs and the task pane's forms all read it.
 */
import type { Serial } from "../dates";
import type { Lang } from "../i18n";
import type { MessageParam } from "../i18n/message";
import type { Severity } from "../sheet-spec";
import type { Calendar } from "../calendar";
import type { Settings } from "../settings-types";
import type { RegisterTable } from "../table-types";

/** Where an enum's allowed values come from. */
export type EnumSource =
  | { kind: "fixed"; values: readonly string[]; aliases?: Readonly<Record<string, string>> }
  /** A list-valued setting of `参数设置` (e.g. `密级列表`). */
  | { kind: "setting"; key: string };

/**
 * The column types, by kind. An interface, not a closed union, so a field type added as one module
 * (src/core/fields/) declares its shape where it is defined: `declare module "…/registers/types" { interface
 * FieldTypes { likert: { kind: "likert" } } }`. Each kind's behaviour is its module's, found through `fieldTypeOf`.
 */
export interface FieldTypes {
  text: { kind: "text"; maxLength?: number; pattern?: string };
  date: { kind: "date"; notAfterToday?: boolean };
  datetime: { kind: "datetime" };
  time: { kind: "time" };
  int: { kind: "int"; min?: number; max?: number };
  decimal: { kind: "decimal"; min?: number; exclusiveMin?: number; max?: number };
  money: { kind: "money"; exclusiveMin?: number };
  percent: { kind: "percent" };
  enum: { kind: "enum"; source: EnumSource };
  bool: { kind: "bool" };
  list: { kind: "list" };
}

export type FieldType = FieldTypes[keyof FieldTypes];

export interface ColumnDef {
  /** Canonical Chinese header, exactly as REGISTERS.md writes it (without the `*`). */
  header: string;
  /** English label for en-US messages and the task pane. */
  en: string;
  type: FieldType;
  required?: boolean;
  synonyms?: readonly string[];
  /** Values must be unique within the sheet (the register's key). */
  unique?: boolean;
  /** Restricted to the `部门` list when that sheet exists. */
  departmentList?: boolean;
  /** Names of people; offered from `人员名单` as a dropdown when that sheet exists. */
  personList?: boolean;
  /** Personal data (phone, complainant): never shown in exports meant for publication. */
  personal?: boolean;
  /** Reference to a key column of another register (row/reference warning when absent there). */
  ref?: { register: string; column: string };
  /** Column width in characters for templates. */
  width?: number;
  /** Input prompt for templates (zh-CN; Excel shows one language). */
  prompt?: string;
  /** Value computed by the add-in (templates mark it; validation does not require it). */
  computed?: boolean;
  /**
   * Source ids of shared/DOMAIN.md (T…, R…) this column's own constraint implements (an enum the sources list, such
   * as R48's 受理范围). Read by the coverage table (src/core/sources).
   */
  source?: readonly string[];
}

/** One finding of a cross-field rule on one data row. */
export interface RuleFinding {
  /** Canonical header of the column the finding points at (the cell that is selected when the user clicks it). */
  column: string;
  /** Message parameters; the message template is the rule's. A parameter that depends on the language (a column's
   * name: `names`, `cellParams`; a limit: `durationMessage`) is a `Message`, so the finding renders in any language. */
  params?: Record<string, MessageParam>;
  /** Override the rule's message key when one rule has several outcomes. */
  messageKey?: string;
}

/** What a rule sees besides its row: settings, calendar, as-of day, other registers. */
export interface RuleContext {
  settings: Settings;
  calendar: Calendar;
  asOf: Serial;
  lang: Lang;
  /** Other recognised registers of the same workbook, by register id (for references such as 决议 → 会议). */
  tables: ReadonlyMap<string, RegisterTable>;
}

export interface RuleDef {
  /** Issue code without the `row/` prefix, e.g. 'date-order'. */
  id: string;
  severity: Severity;
  /** Message templates with `{placeholders}` filled from RuleFinding.params; keys beyond 'default' for variants. */
  messages: Readonly<Record<string, Readonly<Record<Lang, string>>>>;
  /**
   * Checks data row i of the table. Rules that need the whole sheet (running stock balance) implement `checkAll`.
   */
  check?: (t: RegisterTable, i: number, ctx: RuleContext) => RuleFinding[] | null;
  checkAll?: (t: RegisterTable, ctx: RuleContext) => ReadonlyArray<{ index: number } & RuleFinding>;
  /** Source ids of shared/DOMAIN.md (T…, R…) the rule implements; the coverage table (src/core/sources) reads them. */
  source?: readonly string[];
}

export interface RegisterDef {
  id: string;
  /** Canonical sheet name. */
  sheet: string;
  /** English name for en-US. */
  en: string;
  /** Key column(s). One header: unique key. Several: unique together. Absent: a log without a key. */
  key?: readonly string[];
  columns: readonly ColumnDef[];
  rules: readonly RuleDef[];
  /** Excel table name for templates (ASCII). */
  tableName: string;
  /** The states of a register whose rows are items to close (DOMAIN.md §6.3); read through ./lifecycle. */
  lifecycle?: Lifecycle;
  /** Rows a new sheet of this register starts with (values in column order), e.g. the sources' recurring duties. */
  starterRows?: readonly (readonly (string | number | null)[])[];
  /**
   * Source ids the column schema itself implements — required columns, keys, enums and bounds of REGISTERS.md (R01,
   * R33 …) — as opposed to a rule's or a column's own citation. Read by the coverage table (src/core/sources).
   */
  source?: readonly string[];
}

/** Open items are worked on and followed up; closed ones are done; parked ones (纳入长期计划) are neither. */
export type LifecyclePhase = "open" | "closed" | "parked";

export interface LifecycleState {
  /** The cell value, as the register's enum writes it ('是' / '否' for a yes/no column). */
  value: string;
  phase: LifecyclePhase;
  en: string;
  /** The state itself says the item is late (跨部门事项 已延期), whatever its dates. */
  delayed?: boolean;
}

export interface Lifecycle {
  /** Canonical header of the state column. */
  column: string;
  /** 'enum': the states are the column's values; 'bool': 是 / 否 of a yes/no column. */
  kind: "enum" | "bool";
  /** In the order a row goes through them. */
  states: readonly LifecycleState[];
  /** What a blank state cell means (投诉与意见登记: 是否解决 blank = not yet). */
  blank: LifecyclePhase | null;
  /** Allowed moves, by state value. */
  transitions: Readonly<Record<string, readonly string[]>>;
  /**
   * The follow-up cadence of open items: next = (lastColumn, else fromColumn) + the `参数设置` days (default
   * `defaultDays`) in calendar days (T58: weekly).
   */
  followUp?: { lastColumn: string; fromColumn: string; setting: string; defaultDays: number };
}

/** One parameter of `参数设置`: its key, default and what a person may write there. */
export interface ParameterDef {
  key: string;
  kind: "number" | "text" | "list" | "bool";
  default: number | string;
  /** The `说明` column of the template: what the parameter governs. */
  note: string;
  /** For numbers: smallest accepted value and whether it must be whole. */
  min?: number;
  integer?: boolean;
  /**
   * For text: a format the value must have ('working-hours': periods such as 08:30-12:00,14:00-17:30;
   * 'semester-starts': month-days such as 02-01、09-01).
   */
  format?: "working-hours" | "semester-starts" | "unit-conversions";
  /**
   * A time limit: the value may carry a unit ("24小时", "1工作日", "2工作小时", "5天", see parseDuration); a plain
   * number is in `unit`, the unit the key's name gives. `units` lists the units the parameter accepts.
   */
  duration?: {
    unit: "workdays" | "days" | "hours" | "workhours";
    units: ReadonlyArray<"workdays" | "days" | "hours" | "workhours">;
  };
  /** Source ids of shared/DOMAIN.md whose number this parameter holds (docs/deadlines.md lists them). */
  source?: readonly string[];
}

/** A settings sheet (`参数设置`, `部门`, `人员名单`, `节假日调整`, `KPI目标`): its columns and the rows a template starts with. */
export interface SettingsSheetDef {
  id: "parameters" | "departments" | "staff" | "holiday-overrides" | "kpi-targets";
  sheet: string;
  en: string;
  columns: readonly ColumnDef[];
  /** Rows a new template holds (values in column order). */
  rows: readonly (readonly (string | number | null)[])[];
  /** Excel table name for templates (ASCII). */
  tableName: string;
}
