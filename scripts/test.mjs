// `npm test`: the jest suite under both time zones the project promises (China and a UTC−8 laptop), because a
// calendar-day bug only shows when the machine's zone differs from the office's. Extra args go to jest.
import { spawnSync } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const jestBin = require.resolve("jest/bin/jest");
const zones = process.env.LEDGER_TEST_TZ ? [process.env.LEDGER_TEST_TZ] : ["Asia/Shanghai", "America/Los_Angeles"];
const dir = mkdtempSync(join(tmpdir(), "ledger-test-"));
let passed = 0;
let failed = 0;
let status = 0;
for (const tz of zones) {
  process.stdout.write(`\n=== jest with TZ=${tz} ===\n`);
  const out = join(dir, `${tz.replace("/", "_")}.json`);
  const r = spawnSync(process.execPath, [jestBin, "--json", `--outputFile=${out}`, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TZ: tz },
  });
  try {
    const result = JSON.parse(readFileSync(out, "utf8"));
    passed += result.numPassedTests;
    // A suite that cannot even run (syntax error, no tests) has no failed tests of its own: count it too.
    failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
  } catch {
    failed += 1; // jest died before writing results: count it as a failure, never as a pass
  }
  if (r.status !== 0) status = r.status ?? 1;
}
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`\njest: ${passed} passed, ${failed} failed\n`);
process.exit(status);
