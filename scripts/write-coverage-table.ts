/**
 * Rewrites the source-coverage table of docs/deadlines.md (between its coverage markers) from
 * src/core/sources/coverage.ts: `node scripts/run-ts.mjs scripts/write-coverage-table.ts`. The coverage test fails when
 * the docs and the data differ.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COVERAGE_BEGIN, COVERAGE_END, coverageTable } from "../src/core/sources/coverage";

const file = path.join(__dirname, "..", "docs", "deadlines.md");
const text = readFileSync(file, "utf8");
const begin = text.indexOf(COVERAGE_BEGIN);
const end = text.indexOf(COVERAGE_END);
if (begin < 0 || end < begin)
  throw new Error(`docs/deadlines.md lacks the markers ${COVERAGE_BEGIN} … ${COVERAGE_END}`);
writeFileSync(file, `${text.slice(0, begin + COVERAGE_BEGIN.length)}\n${coverageTable()}\n${text.slice(end)}`);
