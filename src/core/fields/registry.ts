/**
 * Field types by kind. The built-in kinds are listed here; a type defined elsewhere (a test's, a later feature's)
 * joins with `registerFieldType` from its own module, so adding a type touches no other file.
 */
import type { FieldType, FieldTypes } from "../registers/types";
import type { Bounds } from "../values/bounds";
import { boolField } from "./bool";
import { dateField } from "./date";
import { datetimeField } from "./datetime";
import { decimalField } from "./decimal";
import { enumField } from "./enum";
import type { FieldTypeModule } from "./field-type";
import { intField } from "./int";
import { listField } from "./list";
import { moneyField } from "./money";
import { percentField } from "./percent";
import { textField } from "./text";
import { timeField } from "./time";

const modules = new Map<string, FieldTypeModule>();

/** Adds a field type (or replaces one of the same kind: the last registration wins). */
export function registerFieldType<K extends keyof FieldTypes>(module: FieldTypeModule<K>): FieldTypeModule<K> {
  modules.set(module.kind, module as unknown as FieldTypeModule);
  return module;
}

for (const m of [
  textField,
  dateField,
  datetimeField,
  timeField,
  intField,
  decimalField,
  moneyField,
  percentField,
  enumField,
  boolField,
  listField,
] as const)
  registerFieldType(m as FieldTypeModule);

/** The module of a column's type (or of a kind); a kind nobody registered is a programming error. */
export function fieldTypeOf<T extends FieldType>(type: T | T["kind"]): FieldTypeModule<T["kind"]> {
  const kind = typeof type === "string" ? type : type.kind;
  const m = modules.get(kind);
  if (!m) throw new Error(`Unknown field type "${kind}": register its module with registerFieldType`);
  return m as unknown as FieldTypeModule<T["kind"]>;
}

/** The registered kinds, built-in ones first. */
export const fieldKinds = (): string[] => [...modules.keys()];

/** The range its field type gives a column (none for a type without bounds). */
export function boundsOf(type: FieldType): Bounds {
  return fieldTypeOf(type).bounds?.(type) ?? {};
}
