/**
 * Per-column checks: compiled once per column (parser, bounds, enum list, department set), then run straight down the
 * raw values. Each cell is parsed exactly once; the parsed column is handed to the table for the row rules.
 */
import type { Serial } from "../dates";
import { fieldTypeOf } from "../fields/registry";
import type { BlockScan, CellReporter } from "../fields/field-type";
import type { Lang } from "../i18n";
import { message, type MessageParam, type Message } from "../i18n/message";
import { labelMessage } from "../registers/kit";
import type { ColumnDef } from "../registers/types";
import type { Settings } from "../settings-types";
import type { SheetTable } from "../table";
import { cellParser, choiceKey, issueCodeOf, parseErrorText } from "../values";
import type { ParseError } from "../values";
import { VALIDATE_MESSAGES as M } from "./messages";
import type { PendingIssue } from "./report";

export type { BlockScan } from "../fields/field-type";

export interface ColumnCheckContext {
  lang: Lang;
  settings: Settings;
  asOf: Serial;
  emit(issue: PendingIssue): void;
}

/** What every loop needs to report on one column: the issue builders close over the column's name and language. */
class ColumnReporter implements CellReporter {
  readonly col: Message;
  constructor(
    readonly table: SheetTable,
    readonly header: string,
    readonly sheetColumn: number,
    readonly lang: Lang,
    readonly allowed: readonly string[] | undefined,
    private readonly sink: (issue: PendingIssue) => void,
  ) {
    this.col = labelMessage(table.register, header);
  }
  issue(
    i: number,
    code: string,
    key: keyof typeof M,
    params: Record<string, MessageParam> = {},
    severity: "error" | "warning" = "error",
  ): void {
    this.sink({
      row: this.table.excelRow(i),
      column: this.header,
      code,
      severity,
      text: message(M, key, { col: this.col, ...params }),
      order: this.sheetColumn,
    });
  }
  required(i: number): void {
    this.issue(i, "cell/required", "required");
  }
  refused(i: number, error: ParseError, raw: unknown): void {
    const code = issueCodeOf(error);
    this.issue(i, code, code === "cell/enum" ? "enum" : "type", { problem: parseErrorText(error, raw, this.allowed) });
  }
}

/** A column compiled for checking: `scan` runs over row blocks, `finish` hands the parsed values to the table. */
export interface ColumnCheck {
  scan: BlockScan;
  finish(): void;
}

/**
 * Compiles the checks of one column (parser, bounds, enum list, department set, key index) and returns its block
 * scanner, or null when the sheet lacks the column. `unique` asks for cell/unique (a single-column key). Each storage
 * kind has its own loop, so each loop sees one type of value.
 */
export function compileColumn(
  table: SheetTable,
  def: ColumnDef,
  unique: boolean,
  ctx: ColumnCheckContext,
): ColumnCheck | null {
  const c = table.columnIndex(def.header);
  if (c < 0) return null;
  const { settings } = ctx;
  const type = def.type;
  // The type's module is looked up once here; its scanner is a closure over the column, so no cell pays for dispatch.
  const field = fieldTypeOf(type);
  const allowed = field.allowed?.(type, settings) ?? undefined;
  const rep = new ColumnReporter(table, def.header, c, ctx.lang, allowed, ctx.emit);
  const departments = def.departmentList && settings.departments ? new Set(settings.departments.map(choiceKey)) : null;
  const { scan, storage } = field.scanner(type, {
    scan: {
      rep,
      rows: table.cells,
      top: table.headerRow,
      c,
      n: table.rowCount,
      required: def.required === true && def.computed !== true,
      parse: cellParser(type, settings),
    },
    asOf: ctx.asOf,
    departments,
    unique,
  });
  return { scan, finish: storage === null ? () => undefined : () => table.adoptColumn(def.header, storage) };
}
