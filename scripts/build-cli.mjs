// Bundles the CLI into dist/cli/ledger.cjs (dependencies stay in node_modules); bin/ledger.js loads it.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/node-entry.ts"],
  outfile: "dist/cli/ledger.cjs",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
