/** The checked-in demo workbook: current with its generator, and `ledger check` finds exactly its deliberate mistakes. */
import fs from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { buildFormTemplates, buildTemplates, TEMPLATE_FILES } from "../../scripts/make-templates";

const templates = path.join(__dirname, "../../templates");

async function check(file: string) {
  const stdout: string[] = [];
  const io: CliIo = {
    out: (t) => stdout.push(t),
    err: (t) => stdout.push(t),
    today: () => "2026-11-22",
    cwd: templates,
  };
  const code = await runCli(["check", file, "--json", "--as-of", "2026-11-22"], io);
  return { code, report: JSON.parse(stdout.join("\n")) };
}

let built: Awaited<ReturnType<typeof buildTemplates>>;
beforeAll(async () => {
  built = await buildTemplates();
}, 60_000);

describe("templates/", () => {
  test("the checked-in files are what `npm run templates` generates (run it after changing the catalogue or demo data)", () => {
    expect(fs.readFileSync(path.join(templates, TEMPLATE_FILES.template)).equals(built.template)).toBe(true);
    expect(fs.readFileSync(path.join(templates, TEMPLATE_FILES.demo)).equals(built.demo)).toBe(true);
    expect(fs.readFileSync(path.join(templates, TEMPLATE_FILES.readme), "utf8")).toBe(built.readme);
  });

  test("templates/forms/ holds every blank form as `npm run templates` generates it", async () => {
    const forms = await buildFormTemplates();
    expect(fs.readdirSync(path.join(templates, "forms")).sort()).toEqual([...forms.keys()].sort());
    for (const [name, bytes] of forms)
      expect([name, fs.readFileSync(path.join(templates, "forms", name)).equals(bytes)]).toEqual([name, true]);
  });

  test("ledger check templates/demo.xlsx reports each deliberate mistake at its row and column, and nothing else", async () => {
    const { code, report } = await check(TEMPLATE_FILES.demo);
    expect(code).toBe(1);
    const found = report.sheets.flatMap(
      (s: { sheet: string; issues: Array<{ row: number; column: string; code: string; severity: string }> }) =>
        s.issues.map((i) => `${s.sheet} ${i.row} ${i.column} ${i.code} ${i.severity}`),
    );
    const expected = built.mistakes.map((m) => `${m.sheet} ${m.row} ${m.column} ${m.code} ${m.severity}`);
    expect([...found].sort()).toEqual([...expected].sort());
    expect(report.unrecognized).toEqual([]);
    // The demo covers every register, each with rows.
    expect(report.sheets.filter((s: { rows: number }) => s.rows > 0).length).toBeGreaterThanOrEqual(18);
  });

  test("the empty template checks clean", async () => {
    const { code, report } = await check(TEMPLATE_FILES.template);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ errors: 0, warnings: 0 });
  });
});
