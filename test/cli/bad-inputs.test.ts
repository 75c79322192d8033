/**
 * Issue #12 §5: every command on every file of the bad-input corpus (test/fixtures/bad-inputs/, made by
 * scripts/make-bad-inputs.ts from test/support/bad-inputs.ts), in zh-CN and en-US, in-process. For each run: the exit
 * code; a message that names the file (and the sheet, row and column where one applies) in the run's language; no
 * JavaScript error text; and the input byte-identical afterwards.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { BAD_INPUTS, type BadInput } from "../support/bad-inputs";

const FIXTURES = path.join(__dirname, "../fixtures/bad-inputs");
const JS_ERROR =
  /Cannot read|undefined|TypeError|RangeError|ReferenceError|Invalid string length|\[object|is not a function|out of bounds|NaN/;
const LANGS = ["zh-CN", "en-US"] as const;
type Lang = (typeof LANGS)[number];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bad-inputs-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  out: string;
  err: string;
  all: string;
}

async function run(args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-11-22", cwd: dir };
  let code: number;
  try {
    code = await runCli(args, io);
  } catch (e) {
    // What node-entry would print for an escaped exception: the test must see it as the failure it is.
    code = -1;
    stderr.push(`ESCAPED: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  const out = stdout.join("\n");
  const err = stderr.join("\n");
  return { code, out, err, all: `${out}\n${err}` };
}

const withLang = (args: string[], lang: Lang): string[] => (lang === "zh-CN" ? args : [...args, "--lang", "en-US"]);

function expectClean(r: Run, what: string): void {
  expect({ what, text: r.all.match(JS_ERROR)?.[0] ?? null, all: r.all.slice(0, 400) }).toEqual({
    what,
    text: null,
    all: r.all.slice(0, 400),
  });
  expect({ what, escaped: r.code === -1 }).toEqual({ what, escaped: false });
}

function expectExit(r: Run, allowed: readonly number[], what: string): void {
  expect({ what, code: allowed.includes(r.code) ? "allowed" : r.code, all: r.all.slice(0, 400) }).toEqual({
    what,
    code: "allowed",
    all: r.all.slice(0, 400),
  });
}

/** A refusal names the file in both languages and is worded in each (the two texts differ beyond the file name). */
function expectRefusal(runs: Record<Lang, Run>, file: string, what: string): void {
  for (const lang of LANGS)
    expect({ what, lang, names: runs[lang].err.includes(file), err: runs[lang].err }).toEqual({
      what,
      lang,
      names: true,
      err: runs[lang].err,
    });
  expect(runs["zh-CN"].err).not.toBe(runs["en-US"].err);
  expect(runs["zh-CN"].err).toMatch(/[\u4e00-\u9fff]/);
}

const COMMANDS = ["check", "deadlines", "kpi", "refresh"] as const;
const DEFAULT_EXITS: Record<(typeof COMMANDS)[number], number[]> = {
  check: [0],
  deadlines: [0, 1],
  kpi: [0],
  refresh: [0],
};
const HOLIDAY_COMMANDS: string[][] = [
  ["workday", "2026-12-01", "1"],
  ["networkdays", "2026-12-01", "2026-12-31"],
  ["calendar", "2026"],
];

test("the corpus holds at least 100 kinds, every file checked in and small", () => {
  expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(100);
  expect(new Set(BAD_INPUTS.map((c) => c.file)).size).toBe(BAD_INPUTS.length);
  for (const c of BAD_INPUTS) {
    const size = fs.statSync(path.join(FIXTURES, c.file)).size;
    expect({ file: c.file, small: size < 100_000 }).toEqual({ file: c.file, small: true });
  }
});

describe.each(BAD_INPUTS.map((c) => [c.file, c] as const))("%s", (_name, c: BadInput) => {
  const original = (): Buffer => fs.readFileSync(path.join(FIXTURES, c.file));
  let input: string;
  beforeAll(() => {
    input = path.join(dir, c.file);
    fs.writeFileSync(input, original());
  });
  afterAll(() => {
    // The input is never written, whatever the command did with it.
    expect(fs.readFileSync(input).equals(original())).toBe(true);
  });

  test.each(COMMANDS.map((name) => [name] as const))("%s", async (name) => {
    const runs = {} as Record<Lang, Run>;
    for (const lang of LANGS) {
      const args = name === "refresh" ? [name, c.file, "-o", `out-${lang}-${c.file}.xlsx`, "--force"] : [name, c.file];
      const r = await run(withLang(args, lang));
      runs[lang] = r;
      const what = `${name} ${c.file} [${lang}]`;
      expectClean(r, what);
      const allowed = c.unreadable
        ? [2]
        : name === "check"
          ? (c.check?.exit ?? DEFAULT_EXITS.check)
          : (c.exits?.[name] ?? DEFAULT_EXITS[name]);
      expectExit(r, allowed, what);
      if (name === "refresh" && r.code === 0)
        expect(
          fs
            .readFileSync(path.join(dir, `out-${lang}-${c.file}.xlsx`))
            .subarray(0, 2)
            .toString(),
        ).toBe("PK");
      if (name === "check" && r.code !== 2) expect(r.out).toContain(c.file);
    }
    if (runs["zh-CN"].code === 2) expectRefusal(runs, c.file, `${name} ${c.file}`);
    if (name !== "check" || c.unreadable || !c.check?.at?.length) return;
    // Located: the JSON report has each finding; the text report names its sheet, row, column and code in both languages.
    const json = await run(["check", c.file, "--json"]);
    const report = JSON.parse(json.out) as {
      sheets: { sheet: string; issues: { row: number; column: string; code: string }[] }[];
    };
    for (const a of c.check.at) {
      const sheet = report.sheets.find((s) => s.sheet === a.sheet);
      expect({
        at: a,
        found: sheet?.issues.some((i) => i.row === a.row && i.column === a.column && i.code === a.code) ?? false,
      }).toEqual({ at: a, found: true });
      for (const lang of LANGS) {
        const text = runs[lang].out;
        expect(text).toContain(a.sheet);
        const line = text
          .split("\n")
          .find((l) => new RegExp(`^\\s+${a.row}\\s`).test(l) && l.includes(a.column) && l.includes(a.code));
        expect({ at: a, lang, line: line !== undefined }).toEqual({ at: a, lang, line: true });
      }
    }
  });

  test("calendar commands with --holidays-sheet", async () => {
    for (const base of HOLIDAY_COMMANDS) {
      const runs = {} as Record<Lang, Run>;
      for (const lang of LANGS) {
        const r = await run(withLang([...base, "--holidays-sheet", c.file], lang));
        runs[lang] = r;
        const what = `${base[0]} --holidays-sheet ${c.file} [${lang}]`;
        expectClean(r, what);
        expectExit(r, c.unreadable ? [2] : (c.holidays?.exit ?? [2]), what);
        for (const at of c.holidays?.at ?? []) {
          expect(r.err).toContain(at.sheet);
          expect(r.err).toContain(String(at.row));
        }
      }
      if (runs["zh-CN"].code === 2) expectRefusal(runs, c.file, `${base[0]} --holidays-sheet ${c.file}`);
    }
  });

  test("init refuses to overwrite it", async () => {
    const runs = {} as Record<Lang, Run>;
    for (const lang of LANGS) {
      runs[lang] = await run(withLang(["init", c.file], lang));
      expectClean(runs[lang], `init ${c.file} [${lang}]`);
      expect(runs[lang].code).toBe(2);
    }
    expectRefusal(runs, c.file, `init ${c.file}`);
  });
});
