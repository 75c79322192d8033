/** Normalised header → catalogue column, per register, built once. */
import type { RegisterDef } from "../registers/types";
import { normalizeHeader, withoutUnit } from "./header";

/**
 * How a sheet header met a column, best first: 0 its canonical name, 1 a synonym, 2 the catalogue name without its
 * unit (sheet 金额 → 金额(元)), 3 the sheet header without a bracketed note (sheet 人数(人) → 人数).
 */
export type MatchRank = 0 | 1 | 2 | 3;

export interface FieldMatch {
  /** Canonical header of the catalogue column. */
  header: string;
  rank: MatchRank;
}

const cache = new WeakMap<RegisterDef, ReadonlyMap<string, FieldMatch>>();

export function headerIndex(register: RegisterDef): ReadonlyMap<string, FieldMatch> {
  const known = cache.get(register);
  if (known) return known;
  const index = new Map<string, FieldMatch>();
  // Canonical names first: if a synonym of one column is another column's name, the name wins.
  for (const c of register.columns) {
    const key = normalizeHeader(c.header);
    if (!index.has(key)) index.set(key, { header: c.header, rank: 0 });
  }
  for (const c of register.columns) {
    for (const syn of c.synonyms ?? []) {
      const key = normalizeHeader(syn);
      if (!index.has(key)) index.set(key, { header: c.header, rank: 1 });
    }
  }
  // Unit-less forms only where they name one column: were 金额(元) and 金额(万元) both listed, 金额 would match neither.
  const bare = new Map<string, Set<string>>();
  for (const c of register.columns) {
    for (const name of [c.header, ...(c.synonyms ?? [])]) {
      const full = normalizeHeader(name);
      const key = withoutUnit(full);
      if (key === full) continue;
      let owners = bare.get(key);
      if (!owners) bare.set(key, (owners = new Set()));
      owners.add(c.header);
    }
  }
  for (const [key, owners] of bare) {
    if (owners.size === 1 && !index.has(key)) index.set(key, { header: [...owners][0] as string, rank: 2 });
  }
  cache.set(register, index);
  return index;
}

/**
 * The column a normalised sheet header denotes. A header with a bracketed note (收文日期(yyyy-mm-dd), 人数(人)) also
 * matches by the part before the note — but only a name or synonym that carries no unit of its own, so 金额(万元) never
 * reads as 金额(元).
 */
export function lookupHeader(index: ReadonlyMap<string, FieldMatch>, normalized: string): FieldMatch | undefined {
  const direct = index.get(normalized);
  if (direct) return direct;
  const bare = withoutUnit(normalized);
  if (bare === normalized) return undefined;
  const m = index.get(bare);
  return m && m.rank < 2 ? { header: m.header, rank: 3 } : undefined;
}
