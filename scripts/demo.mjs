// `npm run demo`: the main job on a real workbook. Builds the CLI if needed, then checks templates/demo.xlsx
// (or the workbook given as an argument) and lists its deadlines and KPIs. The demo workbook holds deliberate
// mistakes, so `check` exiting 1 ("errors found") is the expected outcome here, not a failure of the demo.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const node = process.execPath;
if (!existsSync("dist/cli/ledger.cjs")) {
  const b = spawnSync(node, ["scripts/build-cli.mjs"], { stdio: "inherit" });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const workbook = process.argv[2] ?? "templates/demo.xlsx";
const asOf = process.argv[3] ?? "2026-11-20";
const steps = [
  ["check", workbook, "--as-of", asOf],
  ["deadlines", workbook, "--as-of", asOf],
  ["kpi", workbook, "--period", "2026Q3", "--as-of", asOf],
];
for (const args of steps) {
  process.stdout.write(`\n$ ledger ${args.join(" ")}\n`);
  const r = spawnSync(node, ["bin/ledger.js", ...args], { stdio: "inherit" });
  if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 2);
}
