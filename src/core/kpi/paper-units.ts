/**
 * K06 sums paper issued in the period, and paper is issued in 包 (reams) and 箱 (cartons) alike. Quantities of
 * different units are never added as they stand (90 包 + 1 箱 ≠ 91): they are converted through the 参数设置 key
 * `纸张单位换算` ("1箱=5包、1令=1包"), or K06 has no value and says which units could not be converted.
 */
import { toHalfWidth } from "../calendar";

export interface UnitConversion {
  from: string;
  fromQty: number;
  to: string;
  toQty: number;
}

const ITEM = /^(\d+(?:\.\d+)?)\s*([^\d\s=]+)\s*=\s*(\d+(?:\.\d+)?)\s*([^\d\s=]+)$/;

/** The conversions a 纸张单位换算 text lists, or null when an item cannot be read. An empty text lists none. */
export function parseUnitConversions(text: string): UnitConversion[] | null {
  const items = toHalfWidth(text)
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const out: UnitConversion[] = [];
  for (const item of items) {
    const m = ITEM.exec(item);
    if (!m) return null;
    const fromQty = Number(m[1]);
    const toQty = Number(m[3]);
    if (!(fromQty > 0) || !(toQty > 0) || m[2] === m[4]) return null;
    out.push({ from: m[2] as string, fromQty, to: m[4] as string, toQty });
  }
  return out;
}

/**
 * Factors turning each unit into `base` (1 for the base itself), following conversions in either direction and
 * through each other ("1箱=5包", "1包=500张" → 1 箱 = 2500 张). Units with no path to `base` are absent.
 */
export function factorsTo(base: string, conversions: readonly UnitConversion[]): Map<string, number> {
  const factors = new Map<string, number>([[base, 1]]);
  const queue = [base];
  while (queue.length > 0) {
    const unit = queue.shift() as string;
    const f = factors.get(unit) as number;
    for (const c of conversions) {
      // fromQty × from = toQty × to
      if (c.to === unit && !factors.has(c.from)) {
        factors.set(c.from, (f * c.toQty) / c.fromQty);
        queue.push(c.from);
      } else if (c.from === unit && !factors.has(c.to)) {
        factors.set(c.to, (f * c.fromQty) / c.toQty);
        queue.push(c.to);
      }
    }
  }
  return factors;
}
