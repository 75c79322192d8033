/**
 * The range a column allows: its own min/max from the catalogue plus what its type implies (money ≥ 0, percent
 * 0–100; `boundsOf` in src/core/fields/registry.ts asks the type). Kept apart from parsing so that "−5" in a money column is reported as `cell/minimum` ("must not be
 * negative") rather than as an unreadable value.
 */

export interface Bounds {
  min?: number;
  exclusiveMin?: number;
  max?: number;
}

/**
 * Plausible maxima where a column gives none (documented in README, “合理范围”): no count in a school office's
 * registers reaches a million, no quantity a billion, no amount a billion yuan. A value past them is a slip (1e308, a
 * pasted ID number, a date cell in a number column), not data, and is refused as `cell/maximum`.
 */
export const PLAUSIBLE_MAX = { int: 1_000_000, decimal: 1_000_000_000, money: 1_000_000_000 } as const;

/**
 * The earliest date a register plausibly holds (documented in README): a date column's day before 1950-01-01 is
 * almost always a number typed into it (a count of 4 reads as 1900-01-04), so it is warned about, not refused.
 */
export const DATE_FLOOR_ISO = "1950-01-01";

/** Which bound a number breaks, if any: the issue code suffix of REGISTERS.md. */
export function checkBounds(value: number, bounds: Bounds): "minimum" | "maximum" | null {
  if (bounds.min !== undefined && value < bounds.min) return "minimum";
  if (bounds.exclusiveMin !== undefined && value <= bounds.exclusiveMin) return "minimum";
  if (bounds.max !== undefined && value > bounds.max) return "maximum";
  return null;
}
