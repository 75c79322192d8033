/**
 * The benchmark's shape: every entry measures ours and, where one exists, a peer doing the same job in the same run,
 * so results are ratios on this machine rather than absolute times compared across machines.
 */
export interface BenchResult {
  name: string;
  unit: string;
  ours: number;
  peer?: number;
  peerName?: string;
  /** peer ÷ ours: higher is better for time-like units. */
  ratio?: number;
  target: string;
  pass: boolean;
  /** Extra numbers worth printing (sync counts, payload sizes, row counts). */
  details?: Record<string, number | string>;
}

export interface BenchEntry {
  name: string;
  run(): Promise<BenchResult> | BenchResult;
}

/** Median wall time of `repeat` runs of fn, in milliseconds (after one warm-up run). */
export function timeMs(fn: () => void, repeat = 3): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export async function timeMsAsync(fn: () => Promise<void>, repeat = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Deterministic pseudo-random numbers (mulberry32) so every run measures the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
