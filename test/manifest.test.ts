/** scripts/check-manifest.mjs (the CI gate) against the real manifest and deliberately broken copies. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const MANIFEST = readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
const SCRIPT = path.join(__dirname, "..", "scripts", "check-manifest.mjs");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "manifest-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the checker on `text`: exit code and the problem lines. */
function check(text: string, name = "m.xml"): { code: number; lines: string[] } {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  try {
    const out = execFileSync(process.execPath, [SCRIPT, file], { encoding: "utf8" });
    return { code: 0, lines: out.trim().split("\n") };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, lines: err.stdout.trim().split("\n") };
  }
}

/** `text` with `from` replaced once, failing loudly when the manifest no longer holds `from`. */
function broken(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  if (out === MANIFEST) throw new Error(`manifest lacks ${String(from)}`);
  return out;
}

describe("check-manifest", () => {
  it("passes the real manifest", () => {
    expect(check(MANIFEST)).toEqual({ code: 0, lines: [expect.stringMatching(/: ok$/)] });
  });

  it("declares the add-in as the brief and the build expect", () => {
    expect(MANIFEST).toContain('<Override Locale="zh-CN" Value="综合办台账助手"/>');
    expect(MANIFEST).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(MANIFEST).toContain('<Namespace resid="Functions.Namespace"/>');
    expect(MANIFEST).toContain('Value="https://localhost:3000/functions.zh-CN.json"');
  });

  it("reports a resid that Resources does not define", () => {
    const r = check(broken('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'));
    expect(r.code).toBe(1);
    expect(r.lines).toEqual(
      expect.arrayContaining([expect.stringContaining('resid "Group.Missing" on <Label> is not defined in Resources')]),
    );
    expect(r.lines.some((l) => l.includes('resource "Group.Label" is defined but never used'))).toBe(true);
  });

  it("reports a user-visible string without its zh-CN override", () => {
    const r = check(
      broken('<bt:Override Locale="zh-CN" Value="打开任务窗格：工作日计算器、台账、检查、期限和 KPI。"/>', ""),
    );
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => l.includes("no zh-CN override"))).toEqual([
      expect.stringContaining('string "TaskpaneButton.Tooltip" has no zh-CN override'),
    ]);
  });

  it("reports OfficeApp children out of schema order", () => {
    const support = '  <SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>\n';
    const moved = broken(support, "").replace("  <Permissions>", `${support}  <Permissions>`);
    const r = check(moved);
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => l.includes("schema order"))).toEqual([
      expect.stringContaining("<SupportUrl> must come before <DefaultSettings> in OfficeApp"),
    ]);
  });

  it("reports strings over the short (125) and long (250) limits, counting characters not bytes", () => {
    const short = check(broken('DefaultValue="Office Ledger"', `DefaultValue="${"x".repeat(126)}"`));
    expect(short.lines).toEqual(
      expect.arrayContaining([expect.stringContaining('string "Group.Label" is longer than 125 characters (126)')]),
    );
    const long = check(
      broken('Value="打开任务窗格：工作日计算器、台账、检查、期限和 KPI。"', `Value="${"台".repeat(251)}"`),
    );
    expect(long.lines).toEqual(
      expect.arrayContaining([expect.stringContaining("zh-CN override is longer than 250 characters (251)")]),
    );
    expect(check(broken('DefaultValue="Office Ledger"', `DefaultValue="${"台".repeat(125)}"`)).code).toBe(0);
  });

  it("reports a non-GUID Id, a resource of the wrong kind, a foreign origin and a duplicate id", () => {
    expect(check(broken(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>")).lines).toEqual(
      expect.arrayContaining([expect.stringContaining("<Id> is not a GUID")]),
    );
    expect(check(broken('<Title resid="GetStarted.Title"/>', '<Title resid="GetStarted.Description"/>')).lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'resid "GetStarted.Description" on <Title> must name a ShortStrings resource, not LongStrings',
        ),
      ]),
    );
    expect(
      check(
        broken(
          'DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'DefaultValue="https://cdn.example.com/icon-16.png"',
        ),
      ).lines,
    ).toEqual(
      expect.arrayContaining([
        expect.stringContaining('resource "Icon.16x16" is not on the pane\'s origin https://localhost:3000'),
      ]),
    );
    expect(check(broken('<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"')).lines).toEqual(
      expect.arrayContaining([expect.stringContaining('resource id "Taskpane.Url" is defined more than once')]),
    );
    expect(
      check(broken('<bt:Image id="Icon.16x16"', '<bt:Image id="Icon.16x16.with.a.name.far.too.long"')).lines,
    ).toEqual(expect.arrayContaining([expect.stringContaining("longer than 32 characters")]));
  });

  it("reports malformed XML in one line", () => {
    const r = check(broken("</Hosts>\n  <Requirements>", "</Host>\n  <Requirements>"));
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/not well-formed XML/);
  });
});
