#!/usr/bin/env node
// `ledger` CLI entry. Build first: `npm run build` (or `npm run build:cli`).
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "ledger.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("ledger: the CLI is not built yet. Run `npm run build` (or `npm run build:cli`) first.\n");
  process.exit(2);
}
require(bundle);
