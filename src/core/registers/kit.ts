/**
 * Small builders the register modules share, so each module reads like the table in REGISTERS.md: one line per column,
 * one entry per rule. Widths and the input prompts of required columns are derived here once, so every register gets
 * the same conventions.
 */
import { serialToIso } from "../dates";
import { fieldTypeOf } from "../fields/registry";
import type { Lang } from "../i18n";
import { fixed, type Message, type MessageParam } from "../i18n/message";
import type { Severity } from "../sheet-spec";
import type { RegisterTable } from "../table-types";
import type { ColumnDef, EnumSource, FieldType, RegisterDef, RuleContext, RuleDef, RuleFinding } from "./types";

export const T = {
  text: (maxLength?: number): FieldType => (maxLength === undefined ? { kind: "text" } : { kind: "text", maxLength }),
  date: (notAfterToday?: boolean): FieldType => (notAfterToday ? { kind: "date", notAfterToday } : { kind: "date" }),
  datetime: (): FieldType => ({ kind: "datetime" }),
  time: (): FieldType => ({ kind: "time" }),
  int: (min?: number, max?: number): FieldType => ({
    kind: "int",
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  }),
  decimal: (bounds: { min?: number; exclusiveMin?: number; max?: number } = {}): FieldType => ({
    kind: "decimal",
    ...bounds,
  }),
  money: (exclusiveMin?: number): FieldType =>
    exclusiveMin === undefined ? { kind: "money" } : { kind: "money", exclusiveMin },
  percent: (): FieldType => ({ kind: "percent" }),
  enumOf: (values: readonly string[], aliases?: Readonly<Record<string, string>>): FieldType => ({
    kind: "enum",
    source: aliases ? { kind: "fixed", values, aliases } : { kind: "fixed", values },
  }),
  enumSetting: (key: string): FieldType => ({ kind: "enum", source: { kind: "setting", key } }),
  bool: (): FieldType => ({ kind: "bool" }),
  list: (): FieldType => ({ kind: "list" }),
};

/** Excel's width unit is one Latin character; a CJK character takes about two. */
function headerWidth(header: string): number {
  let w = 2;
  for (const ch of header) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

export function col(
  header: string,
  en: string,
  type: FieldType,
  opts: Omit<Partial<ColumnDef>, "header" | "en" | "type"> = {},
): ColumnDef {
  const field = fieldTypeOf(type);
  const width = opts.width ?? Math.max(field.width, headerWidth(header));
  const prompt = opts.prompt ?? (opts.required ? `必填。${field.hint(type)}` : undefined);
  return { header, en, type, ...opts, width, ...(prompt === undefined ? {} : { prompt }) };
}

/** A department column: restricted to the `部门` sheet when the workbook has one. */
export const dept = (
  header: string,
  en: string,
  opts: Omit<Partial<ColumnDef>, "header" | "en" | "type"> = {},
): ColumnDef => col(header, en, T.text(), { departmentList: true, ...opts });

/** A person column: offered from `人员名单` when the workbook has one. */
export const person = (
  header: string,
  en: string,
  opts: Omit<Partial<ColumnDef>, "header" | "en" | "type"> = {},
): ColumnDef => col(header, en, T.text(), { personList: true, width: 10, ...opts });

export type Messages = RuleDef["messages"];
export const msg = (zh: string, en: string): Readonly<Record<Lang, string>> => ({ "zh-CN": zh, "en-US": en });

const columnMaps = new WeakMap<RegisterDef, ReadonlyMap<string, ColumnDef>>();

/** A register's column by canonical header (indexed once per register: messages look columns up per finding). */
export function columnOf(register: RegisterDef, header: string): ColumnDef | undefined {
  let m = columnMaps.get(register);
  if (!m) columnMaps.set(register, (m = new Map(register.columns.map((c) => [c.header, c]))));
  return m.get(header);
}

/**
 * R64: whether a column holds personal data (a complainant's name, a phone number). Such a column never leaves the
 * register: deadline items, reminders, 复制提醒 text, the 整改 reports and every generated sheet read columns only
 * through `publicColumn`, so marking a column `personal` in the catalogue is enough to keep it out of all of them.
 */
export function isPersonal(register: RegisterDef, header: string): boolean {
  return columnOf(register, header)?.personal === true;
}

/** The header when it may appear outside the register (not personal), else null. */
export const publicColumn = (register: RegisterDef, header: string | null | undefined): string | null =>
  header === null || header === undefined || isPersonal(register, header) ? null : header;

/** A column's name in messages: the Chinese header in zh-CN; the English label followed by the header in en-US. */
export function label(register: RegisterDef, header: string, lang: Lang): string {
  if (lang === "zh-CN") return header;
  const c = columnOf(register, header);
  return c ? `${c.en} (${header})` : header;
}

const labelMessages = new WeakMap<RegisterDef, Map<string, Message>>();

/** `label` in every language, for a finding rendered when shown (cached per column: findings share it). */
export function labelMessage(register: RegisterDef, header: string): Message {
  let m = labelMessages.get(register);
  if (!m) labelMessages.set(register, (m = new Map()));
  let text = m.get(header);
  if (!text) m.set(header, (text = fixed((lang) => label(register, header, lang))));
  return text;
}

/** A cell as a person reads it in a message: dates as YYYY-MM-DD, date-times with minutes, other values as typed. */
export function show(t: RegisterTable, header: string, i: number): string {
  const type = columnOf(t.register, header)?.type;
  const shown = type === undefined ? null : (fieldTypeOf(type).show?.(t, header, i) ?? null);
  if (shown !== null) return shown;
  const raw = t.raw(header, i);
  return raw === null || raw === undefined ? "" : String(raw).trim();
}

export const isoOf = (d: number): string => serialToIso(d);

/** A cell that holds something (even an unreadable value: that one is reported by cell/type, not again by a rule). */
export function present(t: RegisterTable, header: string, i: number): boolean {
  const raw = t.raw(header, i);
  if (raw === null || raw === undefined) return false;
  return typeof raw !== "string" || raw.trim() !== "";
}

/** Builds a rule; `check` returns findings or null, and the parameters of column names are filled in here. */
export function rule(
  id: string,
  severity: Severity,
  messages: Messages,
  check: (t: RegisterTable, i: number, ctx: RuleContext) => RuleFinding[] | null,
): RuleDef {
  return { id, severity, messages, check };
}

/**
 * Parameters naming a column (`{col}`) and its value (`{value}`) for a finding, in the report's language. With a
 * prefix the names are camel-cased as the templates write them: "earlier" gives `{earlierCol}` and `{earlierValue}`.
 */
export function cellParams(
  t: RegisterTable,
  header: string,
  i: number,
  _lang?: Lang,
  prefix = "",
): Record<string, MessageParam> {
  const name = (base: string): string => (prefix === "" ? base : `${prefix}${base[0]?.toUpperCase()}${base.slice(1)}`);
  return { [name("col")]: labelMessage(t.register, header), [name("value")]: show(t, header, i) };
}

const DATE_ORDER_MESSAGES: Messages = {
  default: msg(
    "{col}（{value}）早于{earlierCol}（{earlierValue}），应不早于后者",
    "{col} ({value}) is before {earlierCol} ({earlierValue}); it must not be earlier",
  ),
};

/**
 * `row/date-order`: each chain lists columns whose dates must not decrease. Blank cells are skipped, so a chain
 * a ≤ b ≤ c still compares a with c when b is empty. A date earlier than the latest date before it in the chain is
 * reported at its column, naming that latest date; each column at most once per row.
 */
export function dateOrderRule(
  chains: readonly (readonly string[])[],
  getDate: (t: RegisterTable, header: string, i: number) => number | null = (t, h, i) => t.date(h, i),
): RuleDef {
  return rule("date-order", "error", DATE_ORDER_MESSAGES, (t, i, ctx) => {
    let out: RuleFinding[] | null = null;
    for (const chain of chains) {
      let latest = Number.NEGATIVE_INFINITY;
      let latestCol = "";
      for (const header of chain) {
        const v = getDate(t, header, i);
        if (v === null) continue;
        if (v < latest) {
          if (out?.some((f) => f.column === header)) continue;
          (out ??= []).push({
            column: header,
            params: { ...cellParams(t, header, i, ctx.lang), ...cellParams(t, latestCol, i, ctx.lang, "earlier") },
          });
        } else {
          latest = v;
          latestCol = header;
        }
      }
    }
    return out;
  });
}

/** A rule citing the shared/DOMAIN.md ids it implements (the coverage table checks every claimed id is cited). */
export const cite = (source: readonly string[], r: RuleDef): RuleDef => ({
  ...r,
  source: [...(r.source ?? []), ...source],
});

/** Shortcut for a finding at one column with its name and value as parameters, plus extras. */
export function at(
  t: RegisterTable,
  header: string,
  i: number,
  ctx: RuleContext,
  extra: Record<string, MessageParam> = {},
  messageKey?: string,
): RuleFinding {
  return {
    column: header,
    params: { ...cellParams(t, header, i, ctx.lang), ...extra },
    ...(messageKey ? { messageKey } : {}),
  };
}

/**
 * Names of columns for messages, joined as each language joins them; rendered when the finding is shown (the
 * language argument is no longer needed and kept so rules written with it still read).
 */
export function names(t: RegisterTable, headers: readonly string[], _lang?: Lang): Message {
  if (headers.length === 1) return labelMessage(t.register, headers[0] as string);
  return fixed((lang) => headers.map((h) => label(t.register, h, lang)).join(lang === "zh-CN" ? "、" : ", "));
}

export type { EnumSource };

/**
 * A rule of the form "when the row is in a state, these columns must be filled": one finding per blank column, at
 * that column. `state` returns the text naming the state (quoted in the message) or null when the rule does not apply.
 */
export function needsWhen(
  id: string,
  severity: Severity,
  messages: Messages,
  state: (t: RegisterTable, i: number) => string | null,
  headers: readonly string[],
): RuleDef {
  return rule(id, severity, messages, (t, i, ctx) => {
    const s = state(t, i);
    if (s === null) return null;
    let out: RuleFinding[] | null = null;
    for (const h of headers)
      if (!present(t, h, i)) (out ??= []).push({ column: h, params: { state: s, col: names(t, [h], ctx.lang) } });
    return out;
  });
}

/** `state` helper: the status text when it is one of `values`. */
export const statusIn =
  (header: string, values: readonly string[]) =>
  (t: RegisterTable, i: number): string | null => {
    const s = t.text(header, i);
    return s !== null && values.includes(s) ? s : null;
  };
