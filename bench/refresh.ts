/**
 * `ledger refresh` on large and odd files (issue 12), each run in a process of its own so its peak memory (max RSS) is
 * the refresh's alone:
 * - a 100,000-row 收文登记簿 must refresh in under 10 s and 1.5 GB;
 * - one stray value in row 1,048,576 may cost no more than its row (compared with the same register without it);
 * - whole-column data validations cost nothing extra (compared with the same register without them).
 * Inputs are written as package XML by refresh-input.ts; the child (refresh-child.cjs) runs the built CLI bundle,
 * rebuilt once per bench run so it is the sources' current state.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../test/e2e/harness";
import { round1, type BenchEntry, type BenchResult } from "./harness";
import { registerWorkbook, type InputOptions } from "./refresh-input";

interface ChildRun {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  code: number;
}

let cliBuilt = false;

/** The CLI bundle as the sources are now (esbuild, a second or two), once per bench run. */
function buildCli(): void {
  if (cliBuilt) return;
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  cliBuilt = true;
}

async function refreshInChild(options: InputOptions): Promise<ChildRun> {
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), "ledger-bench-refresh-"));
  try {
    const input = join(dir, "in.xlsx");
    const report = join(dir, "run.json");
    writeFileSync(input, await registerWorkbook(options));
    execFileSync(process.execPath, [join(ROOT, "bench", "refresh-child.cjs"), report, input, join(dir, "out.xlsx")], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    return JSON.parse(readFileSync(report, "utf8")) as ChildRun;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROWS = 100_000;
const MAX_MS = 10_000;
const MAX_RSS_MB = 1536;

export const refreshLargeBench: BenchEntry = {
  name: `refresh a ${ROWS.toLocaleString("en-US")}-row register (own process)`,
  async run(): Promise<BenchResult> {
    const r = await refreshInChild({ rows: ROWS });
    return {
      name: this.name,
      unit: "ms",
      ours: round1(r.ms),
      target: `< ${MAX_MS / 1000} s and < ${MAX_RSS_MB / 1024} GB max RSS`,
      pass: r.code === 0 && r.ms < MAX_MS && r.maxRssMb < MAX_RSS_MB,
      details: { rows: ROWS, cpuMs: round1(r.cpuMs), maxRssMb: round1(r.maxRssMb), exit: r.code },
    };
  },
};

/** Our run against the same register without the oddity: at most this much slower and bigger. */
const MAX_EXTRA = 1.25;
const SMALL = 2_000;

function comparedEntry(name: string, odd: Partial<InputOptions>): BenchEntry {
  return {
    name,
    async run(): Promise<BenchResult> {
      const plain = await refreshInChild({ rows: SMALL });
      const withOdd = await refreshInChild({ rows: SMALL, ...odd });
      // CPU time, not wall time: the machine may be shared, and a child's start-up is the same in both runs.
      const ratio = withOdd.cpuMs / plain.cpuMs;
      const memory = withOdd.maxRssMb / plain.maxRssMb;
      return {
        name,
        unit: "ms CPU",
        ours: round1(withOdd.cpuMs),
        peer: round1(plain.cpuMs),
        peerName: `same ${SMALL.toLocaleString("en-US")} rows without it`,
        ratio: round1(plain.cpuMs / withOdd.cpuMs),
        target: `≤ ${MAX_EXTRA}× the plain register's CPU time and max RSS`,
        pass: withOdd.code === 0 && ratio <= MAX_EXTRA && memory <= MAX_EXTRA,
        details: { maxRssMb: round1(withOdd.maxRssMb), plainMaxRssMb: round1(plain.maxRssMb) },
      };
    },
  };
}

export const strayCellBench = comparedEntry("refresh with one stray value in row 1,048,576 (own process)", {
  strayFarCell: true,
});
export const wholeColumnValidationBench = comparedEntry("refresh with whole-column data validations (own process)", {
  wholeColumnValidation: true,
});
