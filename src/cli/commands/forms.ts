/**
 * `ledger forms list | template | export | import` (issue #15): printable forms filled from the registers, and the
 * all-or-nothing import of filled forms and row lists. Input workbooks are never modified; import writes -o.
 * Import exits 0 when imported (or nothing to do), 1 when problems block it, 2 when a file is unreadable.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  FORMS,
  formByName,
  type FormDef,
  type FormWorkbook,
  type ImportOutcome,
  type ImportPlan,
} from "../../core/forms";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import { recognizeSheet } from "../../core/recognize/recognize";
import { REGISTERS, registerById, type RegisterDef } from "../../core/registers";
import { loadContext } from "../../app/load-context";
import {
  applyFormImport,
  blankForm,
  filledForms,
  formTable,
  planFormImport,
  registerOfForm,
  rowsByExcelRows,
  rowsByKeys,
  type FormFile,
} from "../../app/forms";
import { ExternalFileError, readFormWorkbook } from "../../xlsx/external-files";
import { filledFormFiles, formWorkbookBytes } from "../../xlsx/forms";
import { WorkbookReadError } from "../../xlsx/workbook";
import {
  CliFailure,
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  langFlag,
  parseArgs,
  type CliIo,
  type Command,
} from "../io";
import { asOfFlag, openWorkbook, outputPath } from "../open-workbook";

const M = defineMessages({
  needSub: {
    "zh-CN": "请给出子命令：list、template、export 或 import",
    "en-US": "give a sub-command: list, template, export or import",
  },
  needForm: {
    "zh-CN": "请用 --form 给出表单，例如 --form 报销申请表",
    "en-US": "name the form with --form, e.g. --form 报销申请表",
  },
  unknownForm: { "zh-CN": "未知的表单“{name}”。可用：{forms}", "en-US": "unknown form '{name}'. Known: {forms}" },
  needOutput: { "zh-CN": "请用 -o 给出输出文件", "en-US": "give the output with -o" },
  needWorkbook: { "zh-CN": "请给出台账工作簿", "en-US": "give the register workbook" },
  needFiles: { "zh-CN": "请给出要导入的表单或 CSV 文件", "en-US": "give the filled forms or CSV files to import" },
  needRows: {
    "zh-CN": "请用 --keys k1,k2 或 --rows 5-9 选择行",
    "en-US": "choose rows with --keys k1,k2 or --rows 5-9",
  },
  badRows: {
    "zh-CN": "--rows 须为行号或行号范围，如 5 或 5-9，而不是“{text}”",
    "en-US": "--rows must be a row or a range such as 5 or 5-9, not '{text}'",
  },
  noRegister: {
    "zh-CN": "{file} 中没有{sheet}，无法生成{form}",
    "en-US": "{file} has no {sheet} sheet to fill the {form} from",
  },
  unknownKeys: { "zh-CN": "{sheet} 中没有这些编号：{keys}", "en-US": "{sheet} has no rows with these keys: {keys}" },
  noRows: {
    "zh-CN": "所选行在{sheet}中都是空行或不在表内",
    "en-US": "the chosen rows of {sheet} are blank or outside the table",
  },
  manyToFile: {
    "zh-CN": "选了 {n} 行：多行时 -o 须为文件夹（以 / 结尾），每行一个文件",
    "en-US": "{n} rows chosen: for several rows -o must be a folder (ending in /), one file per row",
  },
  exists: {
    "zh-CN": "文件已存在：{file}。加 --force 覆盖",
    "en-US": "the file exists: {file}. Add --force to replace it",
  },
  wrote: { "zh-CN": "已生成 {file}", "en-US": "Wrote {file}" },
  wroteMany: { "zh-CN": "已在 {dir} 生成 {n} 份{form}", "en-US": "Wrote {n} {form} files into {dir}" },
  cannotRead: { "zh-CN": "无法读取 {file}：{reason}", "en-US": "cannot read {file}: {reason}" },
  noRegisterFound: {
    "zh-CN": "无法判断要导入哪本台账：文件中没有表单，也没有可识别的台账表头；请用 --form 指定表单",
    "en-US":
      "cannot tell which register to import into: no file is a form or a recognisable register sheet; name the form with --form",
  },
  listLine: {
    "zh-CN": "{title}（{id}，{en}）→ {sheet}，{n} 个字段",
    "en-US": "{en} — {title} ({id}) → {sheet}, {n} fields",
  },
  head: { "zh-CN": "导入到{sheet}：", "en-US": "Import into {sheet}:" },
  append: { "zh-CN": "追加", "en-US": "append" },
  skip: { "zh-CN": "已有，跳过", "en-US": "already there, skipped" },
  conflict: { "zh-CN": "冲突", "en-US": "conflict" },
  conflictUpdated: { "zh-CN": "冲突，按 --update 更新", "en-US": "conflict, updated (--update)" },
  error: { "zh-CN": "有错误", "en-US": "error" },
  summary: {
    "zh-CN": "合计：追加 {append}，跳过 {skip}，冲突 {conflict}，错误 {error}",
    "en-US": "Total: {append} to append, {skip} skipped, {conflict} conflicts, {error} with errors",
  },
  blockedErrors: {
    "zh-CN": "有文件存在错误，全部未导入（全有或全无）",
    "en-US": "Some files have errors, so nothing was imported (all or nothing)",
  },
  blockedConflicts: {
    "zh-CN": "存在冲突，全部未导入；确认以表单为准请加 --update",
    "en-US": "There are conflicts, so nothing was imported; add --update to take the forms' values",
  },
  dryRun: { "zh-CN": "试运行（--dry-run）：未写入任何文件", "en-US": "Dry run (--dry-run): nothing written" },
  nothing: { "zh-CN": "没有需要导入的内容", "en-US": "Nothing to import" },
  saved: { "zh-CN": "已保存到 {file}", "en-US": "Saved to {file}" },
  warning: { "zh-CN": "警告", "en-US": "warning" },
});

type Flags = Record<string, string | boolean>;
const str = (flags: Flags, k: string): string | undefined =>
  typeof flags[k] === "string" ? (flags[k] as string) : undefined;

function formFlag(name: string | undefined, lang: Lang): FormDef | undefined {
  if (name === undefined) return undefined;
  const form = formByName(name);
  if (!form)
    throw new UsageError(translate(M, lang, "unknownForm", { name, forms: FORMS.map((f) => f.title).join("、") }));
  return form;
}

const safeName = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/g, "_");

async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch {
    return false;
  }
}

async function listForms(flags: Flags, io: CliIo, lang: Lang): Promise<number> {
  const rows = FORMS.map((f) => ({
    id: f.id,
    title: f.title,
    en: f.en,
    register: f.register,
    sheet: registerOfForm(f).sheet,
    fields: f.fields.map((x) => x.column),
  }));
  if (flags["json"] === true) io.out(JSON.stringify(rows, null, 2));
  else
    io.out(
      rows
        .map((r) =>
          translate(M, lang, "listLine", { title: r.title, en: r.en, id: r.id, sheet: r.sheet, n: r.fields.length }),
        )
        .join("\n"),
    );
  return EXIT_OK;
}

async function template(positional: string[], flags: Flags, io: CliIo, lang: Lang): Promise<number> {
  const form = formFlag(positional[0] ?? str(flags, "form"), lang);
  if (!form) throw new UsageError(translate(M, lang, "needForm"));
  const output = str(flags, "output");
  if (!output) throw new UsageError(translate(M, lang, "needOutput"));
  const from = str(flags, "workbook");
  const ctx = from ? await loadContext(await openWorkbook(from, io, lang, { readOnly: true }), { lang }) : null;
  const out = from ? await outputPath(from, output, io, lang, flags["force"] === true) : path.resolve(io.cwd, output);
  if (!from && flags["force"] !== true && (await exists(out)))
    throw new CliFailure(translate(M, lang, "exists", { file: output }));
  await fs.writeFile(out, await formWorkbookBytes([blankForm(form, ctx, lang)]));
  io.out(translate(M, lang, "wrote", { file: output }));
  return EXIT_OK;
}

function rowRange(text: string, lang: Lang): [number, number] {
  const m = /^\s*(\d+)\s*(?:[-–~]\s*(\d+))?\s*$/.exec(text);
  if (!m) throw new UsageError(translate(M, lang, "badRows", { text }));
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  return [Math.min(a, b), Math.max(a, b)];
}

async function exportForms(positional: string[], flags: Flags, io: CliIo, lang: Lang): Promise<number> {
  const file = positional[0];
  if (file === undefined) throw new UsageError(translate(M, lang, "needWorkbook"));
  const form = formFlag(str(flags, "form"), lang);
  if (!form) throw new UsageError(translate(M, lang, "needForm"));
  const output = str(flags, "output");
  if (!output) throw new UsageError(translate(M, lang, "needOutput"));
  const keys = str(flags, "keys");
  const rowsText = str(flags, "rows");
  if (keys === undefined && rowsText === undefined) throw new UsageError(translate(M, lang, "needRows"));
  const range = rowsText === undefined ? null : rowRange(rowsText, lang);
  const ctx = await loadContext(await openWorkbook(file, io, lang, { readOnly: true }), { lang });
  const register = registerOfForm(form);
  const t = formTable(ctx, form);
  if (!t) throw new CliFailure(translate(M, lang, "noRegister", { file, sheet: register.sheet, form: form.title }));
  let rows: number[] = [];
  if (keys !== undefined) {
    const found = rowsByKeys(
      t,
      keys
        .split(/[,，、]/)
        .map((k) => k.trim())
        .filter((k) => k !== ""),
    );
    if (found.unknown.length > 0)
      throw new CliFailure(translate(M, lang, "unknownKeys", { sheet: t.sheet, keys: found.unknown.join("、") }));
    rows = found.rows;
  }
  if (range) rows = [...rows, ...rowsByExcelRows(t, range[0], range[1]).filter((i) => !rows.includes(i))];
  if (rows.length === 0) throw new CliFailure(translate(M, lang, "noRows", { sheet: t.sheet }));
  const forms = filledForms(ctx, form, t, rows, lang);
  const outAbs = path.resolve(io.cwd, output);
  const isDir =
    /[\\/]$/.test(output) ||
    (await fs
      .stat(outAbs)
      .then((s) => s.isDirectory())
      .catch(() => false));
  if (!isDir) {
    if (forms.length > 1) throw new UsageError(translate(M, lang, "manyToFile", { n: forms.length }));
    const out = await outputPath(file, output, io, lang, flags["force"] === true);
    await fs.writeFile(out, await formWorkbookBytes([(forms[0] as (typeof forms)[number]).sheet]));
    io.out(translate(M, lang, "wrote", { file: output }));
    return EXIT_OK;
  }
  await fs.mkdir(outAbs, { recursive: true });
  const targets = forms.map((f) => ({ ...f, path: path.join(outAbs, `${form.title}-${safeName(f.key)}.xlsx`) }));
  if (flags["force"] !== true)
    for (const x of targets)
      if (await exists(x.path))
        throw new CliFailure(translate(M, lang, "exists", { file: path.relative(io.cwd, x.path) }));
  const bytes = await filledFormFiles(targets.map((x) => x.sheet));
  for (const [k, x] of targets.entries()) await fs.writeFile(x.path, bytes[k] as Uint8Array);
  io.out(translate(M, lang, "wroteMany", { dir: output, n: targets.length, form: form.title }));
  return EXIT_OK;
}

/** The register of a batch without --form: the first file that is a form, else the first recognisable row sheet. */
function batchRegister(books: readonly FormFile[]): RegisterDef | null {
  for (const b of books) {
    for (const s of b.book.sheets.slice(0, 3)) {
      for (const row of s.values.slice(0, 3)) {
        for (const v of row) {
          const title = typeof v === "string" ? v.replace(/\s+/g, "") : "";
          const form = title
            ? [...FORMS].sort((x, y) => y.title.length - x.title.length).find((f) => title.endsWith(f.title))
            : undefined;
          if (form) return registerById(form.register) ?? null;
        }
      }
    }
  }
  for (const b of books)
    for (const s of b.book.sheets) {
      const rec = recognizeSheet(s.name, s.values, REGISTERS);
      if (rec && rec.missing.length === 0) return rec.register;
    }
  return null;
}

export function importJson(plan: ImportPlan): unknown {
  return {
    register: plan.register,
    files: plan.outcomes.map((o) => ({
      file: o.file,
      ...(o.row !== undefined ? { row: o.row } : {}),
      key: o.key,
      action: o.action,
      ...(o.updated ? { updated: true } : {}),
      ...(o.registerRow !== undefined ? { registerRow: o.registerRow } : {}),
      problems: o.problems.map((p) => ({
        field: p.field,
        code: p.code,
        severity: p.severity,
        message: p.message,
        ...(p.cell ? { cell: p.cell } : {}),
      })),
    })),
    summary: plan.summary,
  };
}

function outcomeText(o: ImportOutcome, lang: Lang): string[] {
  const action =
    o.action === "conflict" && o.updated ? translate(M, lang, "conflictUpdated") : translate(M, lang, o.action);
  const where = o.row !== undefined ? `${o.file}:${o.row}` : o.file;
  const lines = [`  ${where}  ${o.key ?? "—"}  ${action}`];
  for (const p of o.problems) {
    const field = p.field === "" ? "" : `${p.field}${p.cell ? ` [${p.cell}]` : ""}: `;
    lines.push(`    ${p.severity === "warning" ? `(${translate(M, lang, "warning")}) ` : ""}${field}${p.message}`);
  }
  return lines;
}

async function importForms(positional: string[], flags: Flags, io: CliIo, lang: Lang): Promise<number> {
  const [file, ...inputs] = positional;
  if (file === undefined) throw new UsageError(translate(M, lang, "needWorkbook"));
  if (inputs.length === 0) throw new UsageError(translate(M, lang, "needFiles"));
  const dryRun = flags["dry-run"] === true;
  const output = str(flags, "output");
  if (!dryRun && !output) throw new UsageError(translate(M, lang, "needOutput"));
  const form = formFlag(str(flags, "form"), lang);
  const asOf = asOfFlag(flags, io, lang);
  const out = output && !dryRun ? await outputPath(file, output, io, lang, flags["force"] === true) : null;
  const workbook = await openWorkbook(file, io, lang, { readOnly: dryRun });
  const ctx = await loadContext(workbook, { lang });

  const files: FormFile[] = [];
  const unreadable: string[] = [];
  for (const input of inputs) {
    const name = path.basename(input);
    try {
      const bytes = await fs.readFile(path.resolve(io.cwd, input));
      const read = await readFormWorkbook(name, new Uint8Array(bytes));
      files.push({ name, book: { sheets: read.sheets, names: read.names } as FormWorkbook });
    } catch (e) {
      if (e instanceof WorkbookReadError)
        unreadable.push(new WorkbookReadError(e.reason, input, e.detail).describe(lang));
      else if (e instanceof ExternalFileError) unreadable.push(new ExternalFileError(e.reason, input).describe(lang));
      else if ((e as { code?: string }).code)
        unreadable.push(translate(M, lang, "cannotRead", { file: input, reason: (e as { code: string }).code }));
      else throw e;
    }
  }
  if (unreadable.length > 0) {
    for (const u of unreadable) io.err(`ledger forms import: ${u}`);
    return EXIT_USAGE;
  }
  const register = form ? registerOfForm(form) : batchRegister(files);
  if (!register) {
    io.err(`ledger forms import: ${translate(M, lang, "noRegisterFound")}`);
    return EXIT_FINDINGS;
  }
  const plan = planFormImport(ctx, register, files, {
    asOf,
    lang,
    update: flags["update"] === true,
    ...(form ? { form } : {}),
  });
  const notes: string[] = [];
  if (plan.blocked) notes.push(translate(M, lang, plan.summary.error > 0 ? "blockedErrors" : "blockedConflicts"));
  else if (dryRun) notes.push(translate(M, lang, "dryRun"));
  else {
    if (!plan.write) notes.push(translate(M, lang, "nothing"));
    await applyFormImport(workbook, plan);
    await workbook.save(out as string);
    notes.push(translate(M, lang, "saved", { file: output as string }));
  }
  if (flags["json"] === true) {
    io.out(JSON.stringify(importJson(plan), null, 2));
    if (notes.length) io.err(notes.join("\n"));
  } else {
    const lines = [
      translate(M, lang, "head", { sheet: plan.sheet }),
      ...plan.outcomes.flatMap((o) => outcomeText(o, lang)),
      translate(M, lang, "summary", plan.summary),
      ...notes,
    ];
    io.out(lines.join("\n"));
  }
  return plan.blocked ? EXIT_FINDINGS : EXIT_OK;
}

export const formsCommand: Command = {
  name: "forms",
  summary: "表单：模板、由台账生成、批量导入 / forms: templates, filled from registers, batch import",
  usage: [
    "Usage: ledger forms list [--json]",
    "       ledger forms template <表单> -o <file.xlsx> [--workbook <wb.xlsx>]",
    "       ledger forms export <workbook.xlsx> --form <表单> (--keys k1,k2 | --rows 5-9) -o <file.xlsx|dir/>",
    "       ledger forms import <workbook.xlsx> <file>… -o <out.xlsx> [--dry-run] [--update] [--json] [--form <表单>]",
    "",
    "  template     a blank form (--workbook: the school name, limits and lists from that workbook's settings)",
    "  export       one row → one file; several rows → one file per row (<表单>-<编号>.xlsx) in a folder",
    "  import       filled forms (Excel, WPS, LibreOffice) or CSV/.xlsx lists of register rows; all or nothing:",
    "               exit 0 imported (or nothing to do), 1 problems block it, 2 a file is unreadable",
    "  --update     write the forms' values over rows with the same key and different values (conflicts)",
    '  --json       {"register", "files": [{"file", "key", "action", "problems"}], "summary"}',
  ].join("\n"),
  async run(args: string[], io: CliIo): Promise<number> {
    const [sub, ...rest] = args;
    const { positional, flags } = parseArgs(rest, {
      strings: ["form", "keys", "rows", "output", "lang", "as-of", "workbook"],
      booleans: ["json", "dry-run", "update", "force"],
      aliases: { o: "output" },
    });
    const lang = langFlag(flags);
    switch (sub) {
      case "list":
        return listForms(flags, io, lang);
      case "template":
        return template(positional, flags, io, lang);
      case "export":
        return exportForms(positional, flags, io, lang);
      case "import":
        return importForms(positional, flags, io, lang);
      default:
        throw new UsageError(translate(M, lang, "needSub"));
    }
  },
};
