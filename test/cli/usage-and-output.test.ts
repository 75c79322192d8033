import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

function fakeIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-11-22", cwd };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-usage-"));
  fs.copyFileSync(path.join(__dirname, "../../templates/demo.xlsx"), path.join(dir, "demo.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = fakeIo(dir);
  const code = await runCli(args, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

// Every usage error the commands can raise, each in both languages: none may fall back to English in zh-CN.
const USAGE_CASES: { args: string[]; zh: string; en: string }[] = [
  { args: ["check", "demo.xlsx", "--json=yes"], zh: "--json 不接受取值", en: "--json takes no value" },
  { args: ["check", "demo.xlsx", "--as-of"], zh: "--as-of 需要一个值", en: "--as-of needs a value" },
  { args: ["check", "demo.xlsx", "--bogus"], zh: "未知的选项 --bogus", en: "unknown option --bogus" },
  { args: ["check", "demo.xlsx", "extra.xlsx"], zh: "多余的参数“extra.xlsx”", en: "unexpected argument 'extra.xlsx'" },
  { args: ["deadlines", "demo.xlsx", "extra"], zh: "多余的参数", en: "unexpected argument" },
  { args: ["refresh", "demo.xlsx", "extra", "-o", "x.xlsx"], zh: "多余的参数", en: "unexpected argument" },
  { args: ["init", "a.xlsx", "b.xlsx"], zh: "多余的参数", en: "unexpected argument" },
  { args: ["networkdays", "2026-01-01"], zh: "需要参数 <start> <end>", en: "expected <start> <end>" },
  { args: ["workday", "2026-01-01"], zh: "需要参数 <date> <n>", en: "expected <date> <n>" },
  { args: ["workday", "2026-01-01", "x"], zh: "<n> 须为整数", en: "<n> must be a whole number" },
  { args: ["calendar"], zh: "需要参数 <year>", en: "expected <year>" },
  { args: ["calendar", "26"], zh: "<year> 须为年份", en: "<year> must be a year" },
  {
    args: ["check", "demo.xlsx", "--as-of", "2026-13-40"],
    zh: "--as-of 须为 YYYY-MM-DD",
    en: "--as-of must be a YYYY-MM-DD",
  },
  { args: ["kpi", "demo.xlsx", "--as-of", "soon"], zh: "--as-of 须为 YYYY-MM-DD", en: "--as-of must be a YYYY-MM-DD" },
  { args: ["bogus"], zh: "未知的命令“bogus”", en: "unknown command 'bogus'" },
];

describe("usage errors", () => {
  it.each(USAGE_CASES)("$args: exit 2 in zh-CN and en-US", async ({ args, zh, en }) => {
    const zhRun = await run(args);
    expect(zhRun.code).toBe(2);
    expect(zhRun.err).toContain(zh);
    expect(zhRun.err).not.toMatch(/Usage:|unexpected|unknown|expected|must be|takes no|needs a/);
    const [command, ...rest] = args;
    const enRun = await run([command as string, "--lang", "en-US", ...rest]);
    expect(enRun.code).toBe(2);
    expect(enRun.err).toContain(en);
  });

  it("a bad --lang is reported in Chinese, the default", async () => {
    const r = await run(["check", "demo.xlsx", "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--lang 须为 zh-CN 或 en-US");
  });
});

describe("refresh -o", () => {
  const input = () => path.join(dir, "demo.xlsx");
  const digest = () => fs.readFileSync(input()).toString("base64");

  it.each([
    ["a symbolic link to the input", (p: string) => fs.symlinkSync(input(), p)],
    ["a hard link to the input", (p: string) => fs.linkSync(input(), p)],
  ])("refuses %s, even with --force, and leaves the input as it was", async (_what, make) => {
    const before = digest();
    const link = path.join(dir, `link-${Math.random().toString(36).slice(2)}.xlsx`);
    make(link);
    for (const extra of [[], ["--force"]]) {
      const zh = await run(["refresh", "demo.xlsx", "-o", path.basename(link), ...extra]);
      expect(zh.code).toBe(2);
      expect(zh.err).toContain("就是输入文件 demo.xlsx");
      const en = await run(["refresh", "demo.xlsx", "-o", path.basename(link), "--lang", "en-US", ...extra]);
      expect(en.err).toContain("is the input demo.xlsx");
    }
    expect(digest()).toBe(before);
  });

  it("refuses the input reached through a symbolically linked folder", async () => {
    const linked = path.join(dir, "linked-dir");
    fs.symlinkSync(dir, linked);
    const r = await run(["refresh", "demo.xlsx", "-o", "linked-dir/demo.xlsx", "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("就是输入文件");
  });

  it("refuses an existing unrelated file unless --force", async () => {
    const other = path.join(dir, "other.xlsx");
    fs.writeFileSync(other, "keep me");
    const refused = await run(["refresh", "demo.xlsx", "-o", "other.xlsx", "--as-of", "2026-11-22"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("输出文件已存在：other.xlsx");
    expect(fs.readFileSync(other, "utf8")).toBe("keep me");
    const en = await run(["refresh", "demo.xlsx", "-o", "other.xlsx", "--lang", "en-US"]);
    expect(en.err).toContain("the output file exists: other.xlsx");
    const forced = await run(["refresh", "demo.xlsx", "-o", "other.xlsx", "--as-of", "2026-11-22", "--force"]);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(other).subarray(0, 2).toString()).toBe("PK");
  }, 60_000);

  it("refuses a folder as the output", async () => {
    fs.mkdirSync(path.join(dir, "folder.xlsx"));
    const r = await run(["refresh", "demo.xlsx", "-o", "folder.xlsx", "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("输出路径不是文件");
  });
});

describe("an unexpected failure", () => {
  it("is told in the user's language, naming the file, without JavaScript error text; LEDGER_DEBUG lets it through", async () => {
    const { checkCommand } = await import("../../src/cli/commands/check");
    const spy = jest
      .spyOn(checkCommand, "run")
      .mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'x')"));
    try {
      const zh = await run(["check", "demo.xlsx", "--as-of", "2026-11-22"]);
      expect(zh.code).toBe(2);
      expect(zh.err).toContain("处理 demo.xlsx 时出现意外错误");
      expect(zh.err).not.toMatch(/Cannot read|TypeError|undefined|2026-11-22/);
      const en = await run(["check", "demo.xlsx", "--lang", "en-US"]);
      expect(en.err).toContain("an unexpected error stopped the command on demo.xlsx");
      const io = { ...fakeIo(dir), debug: true };
      await expect(runCli(["check", "demo.xlsx"], io)).rejects.toThrow("Cannot read properties");
    } finally {
      spy.mockRestore();
    }
  });
});
