/** A dropdown's source as the formula an .xlsx data validation holds. */
import type { ColumnSpec } from "../core/sheet-spec";

/** Excel rejects a literal list over 255 characters (ARCHITECTURE.md); such lists belong on the hidden 列表 sheet. */
const LIST_LITERAL_MAX = 255;

export function listFormula(col: ColumnSpec, sheet: string): string {
  const list = col.list;
  if (!list) throw new Error("unreachable");
  if (list.kind === "range") return list.ref.replace(/^=/, "");
  const literal = `"${list.values.join(",")}"`;
  if (literal.length > LIST_LITERAL_MAX || list.values.some((v) => v.includes(",") || v.includes('"'))) {
    throw new RangeError(
      `Sheet '${sheet}', column '${col.header}': a dropdown list literal must be at most ${LIST_LITERAL_MAX} characters without commas or quotes; reference a range on the 列表 sheet instead`,
    );
  }
  return literal;
}
