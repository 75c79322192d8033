/**
 * One entry point per column type. The validator builds a parser per column once (`cellParser`) and runs it down the
 * column; `parseCell` is the convenience form for a single cell.
 */
import type { Serial, SerialDateTime } from "../dates";
import { fieldTypeOf } from "../fields/registry";
import type { FieldType } from "../registers/types";
import type { Parsed } from "./parsed";

export { enumValues } from "../fields/enum";

/** The value each built-in type yields (a type added as a module yields what its parser gives). */
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

export type CellParser = (raw: unknown) => Parsed<CellTypedValue>;

/** A parser for every cell of one column of this type: its field type's (src/core/fields). */
export function cellParser(type: FieldType, ctx?: ParseContext): CellParser {
  return fieldTypeOf(type).parser(type, ctx);
}

// One parser per catalogue type object, rebuilt only when the values it accepts change (a setting-sourced list).
const parserCache = new WeakMap<FieldType, { values: readonly string[] | null; parse: CellParser }>();

function sameValues(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Parses one cell as the given type. For a whole column prefer `cellParser`. */
export function parseCell<K extends keyof ValueOf>(
  type: FieldType & { kind: K },
  raw: unknown,
  ctx?: ParseContext,
): Parsed<ValueOf[K]>;
export function parseCell(type: FieldType, raw: unknown, ctx?: ParseContext): Parsed<CellTypedValue>;
export function parseCell(type: FieldType, raw: unknown, ctx?: ParseContext): Parsed<CellTypedValue> {
  const field = fieldTypeOf(type);
  const values = field.allowed?.(type, ctx) ?? null;
  const cached = parserCache.get(type);
  if (cached && sameValues(cached.values, values)) return cached.parse(raw);
  const parse = field.parser(type, ctx);
  parserCache.set(type, { values, parse });
  return parse(raw);
}
