/**
 * The statistics of the JSON contract: per item n, mean and sample SD (3 decimals), the 95% confidence interval of the
 * mean with Student's t (2 decimals), the distribution in counts and %, and top-2-box % (1 decimal). One pass over a
 * Float64Array per item; NaN (skipped) is left out of n.
 */
import type { ItemStats } from "./types";

/** t(0.975, ν) for ν = 1…30; above 30 the Cornish–Fisher expansion around z is exact to 1e-6. */
const T975 = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448, 2.1314,
  2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
];

export function t975(df: number): number {
  if (df <= 30) return T975[df - 1] as number;
  const z = 1.959963985;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // The nudge keeps 4.3335-style binary fractions from rounding down.
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}

/** Statistics of one item over the respondents selected by `rows` (all when omitted). */
export function itemStats(item: string, points: number, scores: Float64Array, rows?: Int32Array): ItemStats {
  const counts = new Array<number>(points + 1).fill(0);
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  const len = rows ? rows.length : scores.length;
  for (let k = 0; k < len; k++) {
    const s = scores[rows ? (rows[k] as number) : k] as number;
    if (s !== s) continue; // NaN: skipped
    n++;
    sum += s;
    sumSq += s * s;
    const bucket = Math.round(s);
    if (bucket >= 1 && bucket <= points) counts[bucket] = (counts[bucket] as number) + 1;
  }
  const dist: Record<string, number> = {};
  const distPct: Record<string, number> = {};
  for (let p = 1; p <= points; p++) {
    dist[String(p)] = counts[p] as number;
    distPct[String(p)] = n === 0 ? 0 : round(((counts[p] as number) * 100) / n, 1);
  }
  if (n === 0) return { item, scale: points, n, mean: null, sd: null, ci95: null, top2: null, dist, distPct };
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
  const sd = Math.sqrt(variance);
  const half = n > 1 ? (t975(n - 1) * sd) / Math.sqrt(n) : 0;
  const top = (counts[points] as number) + (counts[points - 1] as number);
  return {
    item,
    scale: points,
    n,
    mean: round(mean, 3),
    sd: n > 1 ? round(sd, 3) : null,
    ci95: n > 1 ? [round(mean - half, 2), round(mean + half, 2)] : null,
    top2: round((top * 100) / n, 1),
    dist,
    distPct,
  };
}
