/**
 * The range a column allows: its own min/max from the catalogue plus what its type implies (money ≥ 0, percent
 * 0–100). Kept apart from parsing so that "−5" in a money column is reported as `cell/minimum` ("must not be
 * negative") rather than as an unreadable value.
 */
import type { FieldType } from "../registers/types";

export interface Bounds {
  min?: number;
  exclusiveMin?: number;
  max?: number;
}

export function boundsOf(type: FieldType): Bounds {
  switch (type.kind) {
    case "int":
      return { ...(type.min === undefined ? {} : { min: type.min }), ...(type.max === undefined ? {} : { max: type.max }) };
    case "decimal":
      return {
        ...(type.min === undefined ? {} : { min: type.min }),
        ...(type.exclusiveMin === undefined ? {} : { exclusiveMin: type.exclusiveMin }),
        ...(type.max === undefined ? {} : { max: type.max }),
      };
    case "money":
      return type.exclusiveMin === undefined ? { min: 0 } : { min: 0, exclusiveMin: type.exclusiveMin };
    case "percent":
      return { min: 0, max: 100 };
    default:
      return {};
  }
}

/** Which bound a number breaks, if any: the issue code suffix of REGISTERS.md. */
export function checkBounds(value: number, bounds: Bounds): "minimum" | "maximum" | null {
  if (bounds.min !== undefined && value < bounds.min) return "minimum";
  if (bounds.exclusiveMin !== undefined && value <= bounds.exclusiveMin) return "minimum";
  if (bounds.max !== undefined && value > bounds.max) return "maximum";
  return null;
}
