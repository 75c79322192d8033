/**
 * `ledger export <workbook.xlsx> --sheet <register> -o <out.csv> [--encoding utf8bom|gbk]` (issue #15): a register's
 * rows as CSV for other software — UTF-8 with a byte-order mark by default, GBK for old software — with formula
 * injection neutralised (a cell starting with = + - @ tab or CR is written as text with a leading '). The workbook is
 * opened read-only.
 */
import { promises as fs } from "node:fs";
import { registerCsvRows } from "../../core/forms";
import { defineMessages, translate } from "../../core/i18n";
import { loadContext } from "../../app/load-context";
import { tableOfSheet } from "../../app/forms";
import { csvBytes, type CsvEncoding } from "../../xlsx/csv-output";
import { CliFailure, EXIT_OK, UsageError, langFlag, parseArgs, type CliIo, type Command } from "../io";
import { openWorkbook, outputPath } from "../open-workbook";

const M = defineMessages({
  needArgs: {
    "zh-CN": "用法：ledger export <工作簿.xlsx> --sheet <台账> -o <输出.csv>",
    "en-US": "usage: ledger export <workbook.xlsx> --sheet <register> -o <out.csv>",
  },
  badEncoding: {
    "zh-CN": "--encoding 须为 utf8bom 或 gbk，而不是“{text}”",
    "en-US": "--encoding must be utf8bom or gbk, not '{text}'",
  },
  noSheet: { "zh-CN": "{file} 中没有可识别的台账“{sheet}”", "en-US": "{file} has no recognised register '{sheet}'" },
  wrote: { "zh-CN": "已导出 {rows} 行到 {file}（{encoding}）", "en-US": "Exported {rows} rows to {file} ({encoding})" },
});

export const exportCommand: Command = {
  name: "export",
  summary:
    "把台账导出为 CSV（UTF-8 BOM 或 GBK，防公式注入）/ export a register as CSV (UTF-8 BOM or GBK, formula-safe)",
  usage: [
    "Usage: ledger export <workbook.xlsx> --sheet <register> -o <out.csv> [--encoding utf8bom|gbk] [--force]",
    "",
    "  --sheet      the register's sheet name (收文登记簿), its canonical name or id (incoming-documents)",
    "  --encoding   utf8bom (default; Excel opens it as UTF-8) or gbk (for old software)",
  ].join("\n"),
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, {
      strings: ["sheet", "output", "encoding", "lang"],
      booleans: ["force"],
      aliases: { o: "output" },
    });
    const lang = langFlag(flags);
    const file = positional[0];
    const sheet = typeof flags["sheet"] === "string" ? flags["sheet"] : undefined;
    const output = typeof flags["output"] === "string" ? flags["output"] : undefined;
    if (file === undefined || positional.length > 1 || !sheet || !output)
      throw new UsageError(translate(M, lang, "needArgs"));
    const encodingText = typeof flags["encoding"] === "string" ? flags["encoding"].toLowerCase() : "utf8bom";
    if (encodingText !== "utf8bom" && encodingText !== "gbk")
      throw new UsageError(translate(M, lang, "badEncoding", { text: String(flags["encoding"]) }));
    const encoding: CsvEncoding = encodingText;
    const out = await outputPath(file, output, io, lang, flags["force"] === true);
    const ctx = await loadContext(await openWorkbook(file, io, lang, { readOnly: true }), { lang });
    const t = tableOfSheet(ctx, sheet);
    if (!t) throw new CliFailure(translate(M, lang, "noSheet", { file, sheet }));
    const rows = registerCsvRows(t);
    await fs.writeFile(out, csvBytes(rows, encoding));
    io.out(
      translate(M, lang, "wrote", {
        rows: rows.length - 1,
        file: output,
        encoding: encoding === "gbk" ? "GBK" : "UTF-8 BOM",
      }),
    );
    return EXIT_OK;
  },
};
