/**
 * What every command that reads a workbook shares: opening the file (a located, translated message when it cannot be
 * read) and the --as-of day. One copy here so every command names the file and words its failures the same way.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseIso, type Serial } from "../core/dates";
import { defineMessages, translate, type Lang } from "../core/i18n";
import { WorkbookReadError, XlsxWorkbook } from "../xlsx/workbook";
import { CliFailure, langFlag, parseArgs, UsageError, usageError, type CliIo } from "./io";

const OPEN_WORKBOOK_MESSAGES = defineMessages({
  sameFile: {
    "zh-CN": "输出文件 {output} 就是输入文件 {input}（同一路径、链接或硬链接）：请另给一个输出文件，原文件不会被改动",
    "en-US":
      "the output {output} is the input {input} (the same path, a link or a hard link): give another output file; the input is never changed",
  },
  outputExists: {
    "zh-CN": "输出文件已存在：{output}。为免覆盖已有数据，请换一个文件名，或加 --force 覆盖它",
    "en-US":
      "the output file exists: {output}. Choose another name so its data is not overwritten, or add --force to replace it",
  },
  outputNotFile: {
    "zh-CN": "输出路径不是文件（可能是文件夹）：{output}",
    "en-US": "the output is not a file (perhaps a folder): {output}",
  },
  unparsable: { "zh-CN": "文件中的部件无法解析", "en-US": "a part of the package cannot be parsed" },
  badAsOf: {
    "zh-CN": "--as-of 须为 YYYY-MM-DD 格式的日期，而不是“{text}”",
    "en-US": "--as-of must be a YYYY-MM-DD date, not '{text}'",
  },
});

/**
 * Opens `file` (relative to the command's cwd). Throws CliFailure with the reason in `lang`, naming the file as the
 * user typed it, when it cannot be read; `readOnly` for commands that never save.
 */
export async function openWorkbook(
  file: string,
  io: CliIo,
  lang: Lang,
  options: { readOnly?: boolean } = {},
): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.fromFile(path.resolve(io.cwd, file), options.readOnly ? { readOnly: true } : {});
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    throw new CliFailure(new WorkbookReadError(e.reason, file, plainDetail(e.detail, lang)).describe(lang));
  }
}

// What a parser library says when it trips over a damaged part: JavaScript's words, not the user's.
const JS_ERROR_TEXT =
  /Cannot (read|set) propert|undefined|null\b|is not a function|is not iterable|TypeError|RangeError|out of bounds|Invalid string length|\[object/i;

/** A reader's detail as the user may see it: a library's JavaScript error text becomes a plain phrase. */
function plainDetail(detail: string, lang: Lang): string {
  return JS_ERROR_TEXT.test(detail) ? translate(OPEN_WORKBOOK_MESSAGES, lang, "unparsable") : detail;
}

/** The --as-of day, or today (Asia/Shanghai, from the io) when absent; a bad value is a usage error in `lang`. */
export function asOfFlag(flags: Record<string, string | boolean>, io: CliIo, lang: Lang): Serial {
  const text = typeof flags["as-of"] === "string" ? flags["as-of"] : io.today();
  const d = parseIso(text.trim());
  if (d === null) throw new UsageError(translate(OPEN_WORKBOOK_MESSAGES, lang, "badAsOf", { text }));
  return d;
}

async function statOrNull(p: string): Promise<import("node:fs").Stats | null> {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** The real path of `p`, or of its folder joined with its name when `p` does not exist yet. */
async function realPathOf(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(p)), path.basename(p));
    } catch {
      return p;
    }
  }
}

/**
 * Where a command that writes a new workbook (`-o`) may write: never the input — compared by real path and by file
 * identity (device and inode), so a symbolic or hard link to the input is refused — and never an existing file unless
 * `force` (as `init` never overwrites). Returns the absolute output path; throws CliFailure in `lang` otherwise.
 */
export async function outputPath(
  input: string,
  output: string,
  io: CliIo,
  lang: Lang,
  force: boolean,
): Promise<string> {
  const t = (key: keyof typeof OPEN_WORKBOOK_MESSAGES): string =>
    translate(OPEN_WORKBOOK_MESSAGES, lang, key, { input, output });
  const inPath = path.resolve(io.cwd, input);
  const outPath = path.resolve(io.cwd, output);
  if (inPath === outPath || (await realPathOf(inPath)) === (await realPathOf(outPath)))
    throw new CliFailure(t("sameFile"));
  const [inStat, outStat] = await Promise.all([statOrNull(inPath), statOrNull(outPath)]);
  if (outStat === null) return outPath;
  if (inStat !== null && inStat.dev === outStat.dev && inStat.ino === outStat.ino) throw new CliFailure(t("sameFile"));
  if (!outStat.isFile()) throw new CliFailure(t("outputNotFile"));
  if (!force) throw new CliFailure(t("outputExists"));
  return outPath;
}

/** What a read-only command over one workbook starts from. */
export interface WorkbookCommandInput {
  flags: Record<string, string | boolean>;
  lang: Lang;
  file: string;
  asOf: Serial;
  workbook: XlsxWorkbook;
}

/**
 * The shared start of `check`, `deadlines`, `kpi` and `rectification`: the flags (always --as-of and --lang), the
 * one workbook argument (`needFile` words its absence in the command's own terms; a second one is "unexpected"), the
 * as-of day, and the workbook opened read-only — in that order, so a bad flag is reported before the file is read.
 */
export async function openWorkbookCommand(
  args: readonly string[],
  io: CliIo,
  spec: { strings?: readonly string[]; booleans?: readonly string[]; needFile: (lang: Lang) => string },
): Promise<WorkbookCommandInput> {
  const { positional, flags } = parseArgs(args, {
    strings: ["as-of", "lang", ...(spec.strings ?? [])],
    booleans: spec.booleans ?? [],
  });
  const lang = langFlag(flags);
  const [file, ...extra] = positional;
  if (file === undefined) throw new UsageError(spec.needFile(lang));
  if (extra.length > 0) throw usageError("unexpected", { arg: extra[0] as string });
  const asOf = asOfFlag(flags, io, lang);
  const workbook = await openWorkbook(file, io, lang, { readOnly: true });
  return { flags, lang, file, asOf, workbook };
}
