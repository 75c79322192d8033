/**
 * The one way every `ledger` command opens a workbook: through the XlsxWorkbook port, so a file written by another
 * program (openpyxl, WPS, LibreOffice) reads the same in every command, and an .xls, an encrypted or a non-zip file
 * gets the same located, translated sentence instead of a zip library's text.
 */
import path from "node:path";
import type { Lang } from "../core/i18n";
import { XlsxWorkbook, WorkbookReadError, type XlsxOpenOptions } from "../xlsx/workbook";
import { EXIT_USAGE, type CliIo } from "./io";

/**
 * Opens `file` (relative to the command's working directory). On failure prints `ledger <command>: <reason>` naming
 * the file as the user typed it and returns exit code 2; any other error is a bug and propagates.
 */
export async function openWorkbook(
  file: string,
  io: CliIo,
  lang: Lang,
  command: string,
  options: XlsxOpenOptions = {}
): Promise<XlsxWorkbook | typeof EXIT_USAGE> {
  try {
    return await XlsxWorkbook.fromFile(path.resolve(io.cwd, file), options);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    io.err(`ledger ${command}: ${new WorkbookReadError(e.reason, file, e.detail).describe(lang)}`);
    return EXIT_USAGE;
  }
}
