/*
 * Runs the built `ledger refresh` (dist/cli/ledger.cjs, the bundle bin/ledger.js loads: what users run) in this
 * process and writes {ms, cpuMs, maxRssMb, code} to argv[2] for bench/refresh.ts. Plain CommonJS, so the time
 * measured is the command's own, start-up included, and no TypeScript transpiling of the sources.
 */
const { writeFileSync } = require("node:fs");
const path = require("node:path");

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const [report, input, output] = process.argv.slice(2);
process.argv = [process.argv[0], "ledger", "refresh", input, "-o", output, "--as-of", "2026-11-18"];
process.on("exit", (code) => {
  const cpu = process.cpuUsage(cpu0);
  writeFileSync(
    report,
    JSON.stringify({
      ms: performance.now() - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      code: process.exitCode ?? code,
    }),
  );
});
require(path.join(__dirname, "..", "dist", "cli", "ledger.cjs"));
