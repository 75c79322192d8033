/** Building blocks shared by the KPI formulas: finding a register, counting its rows, elapsed working days. */
import type { Calendar } from "../calendar";
import { serialToIso, type Serial } from "../dates";
import { translate, type Lang, type MessageParams } from "../i18n";
import { REGISTERS } from "../registers";
import type { RegisterTable } from "../table-types";
import { KPI_MESSAGES, type KpiMessageKey } from "./messages";
import type { Measurement, NoDataCode, SourceCount } from "./types";

/** Canonical sheet names by register id, from the catalogue, for messages when a register is absent. */
export const REGISTER_SHEETS: Readonly<Record<string, string>> = Object.fromEntries(
  REGISTERS.map((r) => [r.id, r.sheet]),
);

export function msg(lang: Lang, key: KpiMessageKey, params?: MessageParams): string {
  return translate(KPI_MESSAGES, lang, key, params);
}

const blankCounts = new WeakMap<RegisterTable, number>();

/** Non-blank data rows of a table (memoised per table: the KPI sheet measures each register for several periods). */
function nonBlankRows(t: RegisterTable): number {
  let n = blankCounts.get(t);
  if (n === undefined) {
    n = 0;
    for (let i = 0; i < t.rowCount; i++) if (!t.isBlank(i)) n++;
    blankCounts.set(t, n);
  }
  return n;
}

export function sourceOf(t: RegisterTable): SourceCount {
  return { sheet: t.sheet, rows: nonBlankRows(t) };
}

export function noData(
  code: NoDataCode,
  sources: SourceCount[],
  params?: MessageParams,
  n = 0,
  notes: string[] = [],
): Measurement {
  return { actual: null, n, noData: { code, params }, offenders: [], sources, notes };
}

/**
 * Elapsed working days from a to b: NETWORKDAYS(a, b) − 1, so the same day is 0 and the next working day 1. Null when
 * b is before a (a date-order error that validation reports; such a row says nothing about the cycle). A start on a
 * weekend or holiday with an end on the same non-working day would give −1; it is counted as 0 (nothing was waiting
 * on a working day).
 */
export function elapsedWorkdays(cal: Calendar, a: Serial, b: Serial): number | null {
  const from = Math.floor(a);
  const to = Math.floor(b);
  if (to < from) return null;
  return Math.max(0, cal.workdaysBetween(from, to) - 1);
}

export function isoOrBlank(lang: Lang, d: number | null): string {
  return d === null ? msg(lang, "blank") : serialToIso(Math.floor(d));
}

export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // The small nudge keeps 2.675-style binary fractions from rounding down; values are far from 1e-9 apart.
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}

/** Human text for a number in reports: at most `decimals` places, no trailing zeros. */
export function fmt(x: number, decimals = 2): string {
  return String(round(x, decimals));
}
