// Runs the benchmarks from one esbuild bundle, the way the add-in and the CLI ship their code (modules hoisted into one
// scope), rather than module by module through tsx: its per-module wrappers and export getters made the same core code
// measure 1.5–2× slower than it runs for users (整改状态 on 100k rows: 300–400 ms through tsx, 150–220 ms bundled).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Two levels below the root, as bench/*.ts are one: the ROOT the harness derives from __dirname stays the same.
const outfile = join(root, "bench", ".out", "index.cjs");
await build({
  entryPoints: [join(root, "bench", "index.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  outfile,
  logLevel: "warning",
});
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(r.status ?? 1);
