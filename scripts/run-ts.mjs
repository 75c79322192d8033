// Runs a TypeScript script (benchmarks, template generation) with tsx, forwarding arguments.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const tsxCli = require.resolve("tsx/cli");
const r = spawnSync(process.execPath, [tsxCli, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
