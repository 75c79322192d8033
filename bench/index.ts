/* `npm run bench [-- --json] [-- --only <substring>]`: runs every entry and prints a table (or a JSON array). */
import type { BenchEntry, BenchResult } from "./harness";
import { calendarBench } from "./calendar";
import { deadlinesBench } from "./deadlines";
import { excelBench } from "./excel";
import { kpiBench } from "./kpi";
import { rectificationBench } from "./rectification";
import { valuesBench } from "./values";
import { validateBench } from "./validate";
import { xlsxBench } from "./xlsx";
import { refreshLargeBench, strayCellBench, wholeColumnValidationBench } from "./refresh";
import { taskpaneRenderBench, taskpaneSizeBench } from "./taskpane";
import { noticeBench } from "./notice";
import { deadlinesPageBench, firstPaintBench } from "./pane-speed";
import { workbenchBench } from "./workbench";
import { surveyImportBench, surveySummaryBench } from "./survey";
import { formsExportBench, formsImportBench } from "./forms";
import { recurringDutiesBench } from "./recurring-duties";

/** Every benchmark entry, in the order they were added; each lives in its own module. */
const ENTRIES: BenchEntry[] = [
  calendarBench,
  kpiBench,
  valuesBench,
  deadlinesBench,
  excelBench,
  xlsxBench,
  validateBench,
  taskpaneSizeBench,
  taskpaneRenderBench,
  noticeBench,
  workbenchBench,
  strayCellBench,
  wholeColumnValidationBench,
  refreshLargeBench,
  surveySummaryBench,
  surveyImportBench,
  rectificationBench,
  formsImportBench,
  formsExportBench,
  recurringDutiesBench,
  firstPaintBench,
  deadlinesPageBench,
];

function table(results: BenchResult[]): string {
  const head = ["name", "ours", "peer", "ratio", "target", "pass"];
  const rows = results.map((r) => [
    r.name,
    `${r.ours} ${r.unit}`,
    r.peer === undefined ? "—" : `${r.peer} ${r.unit} (${r.peerName ?? "peer"})`,
    r.ratio === undefined ? "—" : `${r.ratio}×`,
    r.target,
    r.pass ? "PASS" : "FAIL",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join("  ");
  const extra = results
    .filter((r) => r.details)
    .map(
      (r) =>
        `  ${r.name}: ${Object.entries(r.details ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join(", ")}`,
    );
  return [
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    ...(extra.length ? ["", "details:", ...extra] : []),
  ].join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const onlyAt = args.indexOf("--only");
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const results: BenchResult[] = [];
  for (const entry of ENTRIES) {
    if (only && !entry.name.includes(only)) continue;
    if (!json) process.stderr.write(`running ${entry.name} …\n`);
    results.push(await entry.run());
  }
  process.stdout.write(json ? `${JSON.stringify(results, null, 2)}\n` : `${table(results)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
