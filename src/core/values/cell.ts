/**
 * One entry point per column type. The validator builds a parser per column once (`cellParser`) and runs it down the
 * column; `parseCell` is the convenience form for a single cell.
 */
import type { Serial, SerialDateTime } from "../dates";
import type { EnumSource, FieldType } from "../registers/types";
import type { Parsed } from "./parsed";
import { parseDate, parseDateTime, parseTime } from "./date-time";
import { parseDecimal, parseInteger, parseMoney, parsePercent } from "./numbers";
import { enumParser, parseBool, parseList, parseText } from "./choices";

/** The value each type yields. */
export interface ValueOf {
  text: string;
  date: Serial;
  datetime: SerialDateTime;
  time: number;
  int: number;
  decimal: number;
  money: number;
  percent: number;
  enum: string;
  bool: boolean;
  list: string[];
}
export type CellTypedValue = ValueOf[keyof ValueOf];

/**
 * Where enum values that live in the workbook come from (`参数设置`.密级列表). `Settings` satisfies it. Without a
 * context, a setting-sourced enum accepts any text: the list is unknown, and refusing everything would be worse.
 */
export interface ParseContext {
  list(key: string): readonly string[];
}

export function enumValues(source: EnumSource, ctx?: ParseContext): readonly string[] | null {
  if (source.kind === "fixed") return source.values;
  return ctx ? ctx.list(source.key) : null;
}

export type CellParser = (raw: unknown) => Parsed<CellTypedValue>;

/** A parser for every cell of one column of this type. */
export function cellParser(type: FieldType, ctx?: ParseContext): CellParser {
  switch (type.kind) {
    case "text":
      return parseText;
    case "date":
      return parseDate;
    case "datetime":
      return parseDateTime;
    case "time":
      return parseTime;
    case "int":
      return parseInteger;
    case "decimal":
      return parseDecimal;
    case "money":
      return parseMoney;
    case "percent":
      return parsePercent;
    case "bool":
      return parseBool;
    case "list":
      return parseList;
    case "enum": {
      const values = enumValues(type.source, ctx);
      if (values === null) return parseText;
      return enumParser(values, type.source.kind === "fixed" ? type.source.aliases : undefined);
    }
  }
}

// One enum parser per catalogue type object, rebuilt only when a setting-sourced list changes.
const enumCache = new WeakMap<FieldType, { values: readonly string[]; parse: CellParser }>();

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Parses one cell as the given type. For a whole column prefer `cellParser`. */
export function parseCell<K extends FieldType["kind"]>(
  type: FieldType & { kind: K },
  raw: unknown,
  ctx?: ParseContext,
): Parsed<ValueOf[K]>;
export function parseCell(type: FieldType, raw: unknown, ctx?: ParseContext): Parsed<CellTypedValue> {
  if (type.kind !== "enum") return cellParser(type)(raw);
  const values = enumValues(type.source, ctx);
  if (values === null) return parseText(raw);
  const cached = enumCache.get(type);
  if (cached && sameValues(cached.values, values)) return cached.parse(raw);
  const parse = cellParser(type, ctx);
  enumCache.set(type, { values, parse });
  return parse(raw);
}
