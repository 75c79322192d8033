/**
 * Lookups across registers (决议 → 会议 by 会议编号). The index of a key column is built once per table and kept as
 * long as the table lives, so a rule that looks up every row costs one pass plus a hash lookup per row.
 */
import type { RegisterTable } from "../table-types";

const cache = new WeakMap<RegisterTable, Map<string, Map<string, number>>>();

/** Data-row index of the first row whose `header` text equals each value (blank rows and blank keys left out). */
export function keyIndex(t: RegisterTable, header: string): ReadonlyMap<string, number> {
  let perTable = cache.get(t);
  if (!perTable) cache.set(t, (perTable = new Map()));
  let index = perTable.get(header);
  if (!index) {
    index = new Map();
    if (t.has(header)) {
      for (let i = 0; i < t.rowCount; i++) {
        const v = t.text(header, i);
        if (v !== null && !index.has(v)) index.set(v, i);
      }
    }
    perTable.set(header, index);
  }
  return index;
}
