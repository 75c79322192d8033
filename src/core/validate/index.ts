/**
 * The validation engine: every recognised register sheet is checked column by column (type, required, enum, bounds,
 * length, pattern, key), then row by row (cross-field rules, references), and the result is the report of
 * `ledger check --json`. Pure: sheets, settings, calendar and the as-of day come in as values.
 */
import { CancelledError } from "../cancelled";
import { createCalendar, type Calendar } from "../calendar";
import { serialToIso, type Serial } from "../dates";
import type { Lang } from "../i18n";
import { fixed, message } from "../i18n/message";
import { REGISTERS } from "../registers";
import { columnLetter } from "../recognize/column-letter";
import { recognizeWorkbook } from "../recognize/recognize";
import { isSettingsSheet, settingsSheetOf } from "../recognize/settings-sheets";
import { labelMessage } from "../registers/kit";
import type { RuleContext } from "../registers/types";
import { readSettings, type SettingsIssue } from "../settings";
import type { Settings } from "../settings-types";
import type { CellValue } from "../sheet-spec";
import { SheetTable, type TableSource } from "../table";
import type { RegisterTable } from "../table-types";
import { isBlankCell } from "../values";
import { compileColumn, type ColumnCheck } from "./columns";
import { VALIDATE_MESSAGES as M } from "./messages";
import { sortIssues, summarize, type PendingIssue, type SheetReport, type ValidationReport } from "./report";
import { checkCompositeKey, checkReference, orderOf, runRule, runRuleRows, type CoverageGaps } from "./rows";

export type { ReportIssue, ReportIssueJson, SheetReport, ValidationReport, Issue } from "./report";
export { allIssues, issueLocator, messageIn, reportIn, reportJson } from "./report";

/** A sheet recognised as a register: what buildTable needs plus the header problems recognition found. */
export interface SheetRecognition extends TableSource {
  sheet: string;
  /** Required canonical headers the header row lacks. */
  missing?: readonly string[];
  /** Canonical headers that more than one column maps to, with all their 0-based column indexes. */
  duplicates?: readonly { header: string; columns: readonly number[] }[];
}

export interface ValidateInput {
  /** File or workbook name for the report. */
  workbook: string;
  /** Every sheet's values as the host returned them (A1 to the last used cell). */
  sheets: readonly { name: string; values: CellValue[][] }[];
  /**
   * The recognised register sheets (recognizeWorkbook's `recognized`, possibly with confirmed mappings); other sheets
   * are settings sheets or unrecognised. When absent, the sheets are recognised here.
   */
  recognitions?: readonly SheetRecognition[];
  /** Settings already read; when absent they are read from the settings sheets among `sheets` and their issues reported. */
  settings?: Settings;
  /** When absent, the official calendar with the settings' holiday overrides. */
  calendar?: Calendar;
  asOf: Serial;
  lang?: Lang;
  /** Progress in row passes (each column check and each rule is one pass over a sheet's rows). */
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
  /** Checked between column and rule passes; when it returns true validation stops with a ValidationCancelledError. */
  isCancelled?: () => boolean;
  /**
   * Report only these sheets (the others still serve as reference targets and settings), so one sheet can be checked
   * alone, or a workbook sheet by sheet with a pause in between. Absent: every sheet.
   */
  only?: readonly string[];
  /** Sheets the add-in generates (the app's derived-sheet registry): neither checked nor "unrecognised". */
  generated?: readonly string[];
}

/**
 * Rows per block of the column checks: small enough that a block's row arrays and their cell strings (about 1 KB a
 * row for a full 收文登记簿 row) stay in a 4 MB L2 cache across all columns; 16,384 rows did not, and cost 5–8 %.
 */
const BLOCK_ROWS = 4096;

/** Kept under its old name for callers of the engine: it is the shared CancelledError. */
export { CancelledError as ValidationCancelledError } from "../cancelled";

export interface ValidationRun {
  report: ValidationReport;
  /** The tables built while validating, by register id (first sheet of each register), with parsed columns cached. */
  tables: ReadonlyMap<string, SheetTable>;
  settings: Settings;
}

function countNonBlank(values: readonly (readonly CellValue[] | undefined)[]): number {
  let n = 0;
  for (const row of values) if (row && row.some((v) => !isBlankCell(v))) n++;
  return n;
}

function headerProblems(t: SheetTable, rec: SheetRecognition, emit: (i: PendingIssue) => void): void {
  for (const header of rec.missing ?? []) {
    emit({
      row: t.headerRow,
      column: header,
      code: "fields/missing",
      severity: "error",
      text: message(M, "missingField", { col: labelMessage(t.register, header) }),
      order: orderOf(t, header),
    });
  }
  for (const d of rec.duplicates ?? []) {
    const letters = fixed((lang) => d.columns.map(columnLetter).join(lang === "zh-CN" ? "、" : ", "));
    emit({
      row: t.headerRow,
      column: d.header,
      code: "fields/duplicate",
      severity: "warning",
      text: message(M, "duplicateField", { col: labelMessage(t.register, d.header), columns: letters }),
      order: d.columns[1] ?? orderOf(t, d.header),
    });
  }
}

/** Counts row passes for the progress bar: each column check and each rule is one pass over a sheet's rows. */
class Progress {
  private done = 0;
  constructor(
    readonly total: number,
    private readonly report?: (rowsDone: number, rowsTotal: number) => void,
  ) {}
  add(rows: number): void {
    this.done += rows;
    this.report?.(this.done, this.total);
  }
}

/** What checking one sheet needs besides its table: the rules' context, the language, stops and progress. */
interface SheetRun {
  ctx: RuleContext;
  lang: Lang;
  settings: Settings;
  asOf: Serial;
  isCancelled: () => boolean;
  cancelPoint: () => void;
  progress: Progress;
}

/** Validates the workbook and returns the report together with the tables it built (for deadlines and KPIs). */
export function runValidation(input: ValidateInput): ValidationRun {
  const lang = input.lang ?? "zh-CN";
  const isCancelled = input.isCancelled ?? (() => false);
  const cancelPoint = (): void => {
    if (isCancelled()) throw new CancelledError();
  };
  let settings = input.settings;
  let settingsIssues: SettingsIssue[] = [];
  if (!settings) {
    const read = readSettings(input.sheets, lang);
    settings = read.settings;
    settingsIssues = read.issues;
  }
  const calendar =
    input.calendar ?? createCalendar(settings.holidayOverrides, { completeYears: settings.holidayCompleteYears ?? [] });

  const generated = new Set((input.generated ?? []).map((n) => n.trim()));
  const recognitions = input.recognitions ?? recognizeWorkbook(input.sheets, REGISTERS, null, { generated }).recognized;
  const { tables, byRegister } = buildTables(input.sheets, recognitions, settings);

  const ctx: RuleContext = {
    settings,
    calendar,
    asOf: input.asOf,
    lang,
    tables: byRegister as ReadonlyMap<string, RegisterTable>,
  };
  const only = input.only ? new Set(input.only) : null;
  const checked = only ? tables.filter((t) => only.has(t.table.sheet)) : tables;
  const progress = new Progress(rowPasses(checked.map((c) => c.table)), input.onProgress);
  const run: SheetRun = { ctx, lang, settings, asOf: input.asOf, isCancelled, cancelPoint, progress };
  const reports = checked.map(({ table, rec }) => checkSheet(table, rec, run));

  const recognised = new Set(recognitions.map((r) => r.sheet));
  const others = otherSheets(
    input.sheets,
    (name) => recognised.has(name) || (only !== null && !only.has(name)),
    generated,
    settingsIssues,
    lang,
  );
  const sheets = [...reports, ...others.settingsReports];
  return {
    report: {
      workbook: input.workbook,
      asOf: serialToIso(input.asOf),
      sheets,
      unrecognized: others.unrecognized,
      summary: summarize(sheets),
    },
    tables: byRegister,
    settings,
  };
}

/** A table per recognised sheet, and the first sheet of each register by id (what rules and references look up). */
function buildTables(sheets: ValidateInput["sheets"], recognitions: readonly SheetRecognition[], settings: Settings) {
  const valuesByName = new Map(sheets.map((s) => [s.name, s.values]));
  const tables: { table: SheetTable; rec: SheetRecognition }[] = [];
  const byRegister = new Map<string, SheetTable>();
  for (const rec of recognitions) {
    const values = valuesByName.get(rec.sheet);
    if (!values) continue;
    const table = new SheetTable(rec.sheet, values, rec, { settings });
    tables.push({ table, rec });
    if (!byRegister.has(rec.register.id)) byRegister.set(rec.register.id, table);
  }
  return { tables, byRegister };
}

function rowPasses(tables: readonly SheetTable[]): number {
  let total = 0;
  for (const table of tables) {
    const cols = table.register.columns.filter((c) => table.has(c.header)).length;
    total += table.rowCount * (cols + table.register.rules.length + 1);
  }
  return total;
}

/** Every finding on one register sheet: header problems, columns and per-row rules by block, keys, references, sheet rules. */
function checkSheet(table: SheetTable, rec: SheetRecognition, run: SheetRun): SheetReport {
  const { ctx, lang, cancelPoint, progress } = run;
  const pending: PendingIssue[] = [];
  const emit = (i: PendingIssue): void => {
    pending.push(i);
  };
  headerProblems(table, rec, emit);
  const key = table.register.key ?? [];
  const checks: ColumnCheck[] = [];
  for (const def of table.register.columns) {
    const unique = def.unique === true || (key.length === 1 && key[0] === def.header);
    const check = compileColumn(table, def, unique, { lang, settings: run.settings, asOf: run.asOf, emit });
    if (check) checks.push(check);
  }
  // Row blocks: every column, then every per-row rule, within a block, so the rows of a block stay in cache while
  // each column and rule reads them. The columns are installed first and filled block by block (the table reads
  // rows past the filled ones from the cells). A rule with a whole-sheet pass runs after the blocks, as a whole,
  // so its findings keep their order.
  const rowRules = table.register.rules.filter((r) => r.check && !r.checkAll);
  const sheetRules = table.register.rules.filter((r) => !rowRules.includes(r));
  const gaps: CoverageGaps = new Map();
  table.settleRows(0);
  for (const check of checks) check.finish();
  for (let from = 0; from < table.rowCount; from += BLOCK_ROWS) {
    cancelPoint();
    const to = Math.min(table.rowCount, from + BLOCK_ROWS);
    for (const check of checks) check.scan(from, to);
    progress.add((to - from) * checks.length);
    table.settleRows(to);
    for (const rule of rowRules) {
      cancelPoint();
      runRuleRows(table, rule, ctx, emit, gaps, from, to);
      progress.add(to - from);
    }
  }
  table.settleRows(Number.POSITIVE_INFINITY);
  cancelPoint();
  if (key.length > 1) checkCompositeKey(table, key, emit);
  for (const def of table.register.columns) if (def.ref) checkReference(table, def, ctx, emit);
  progress.add(table.rowCount);
  for (const rule of sheetRules) {
    cancelPoint();
    runRule(table, rule, ctx, emit, gaps, run.isCancelled);
    progress.add(table.rowCount);
  }
  cancelPoint();
  coverageWarnings(table, gaps, emit);
  let rows = 0;
  const blank = table.blankRows();
  for (let i = 0; i < blank.length; i++) if (blank[i] === 0) rows++;
  return { sheet: table.sheet, register: table.register.id, rows, issues: sortIssues(pending, lang) };
}

/** One calendar/coverage warning per year the calendar could not answer for, naming the rules it stopped. */
function coverageWarnings(table: SheetTable, gaps: CoverageGaps, emit: (i: PendingIssue) => void): void {
  const firstColumn = table.register.columns[0]?.header ?? "";
  for (const [year, rules] of [...gaps].sort((a, b) => a[0] - b[0])) {
    // Rules in catalogue order, as if each had run over the whole sheet in turn.
    const ids = [...new Set(table.register.rules.map((r) => `row/${r.id}`))].filter((id) => rules.has(id));
    emit({
      row: table.headerRow,
      column: firstColumn,
      code: "calendar/coverage",
      severity: "warning",
      text: message(M, "coverage", { year, rules: ids.join(", ") }),
      order: -1,
    });
  }
}

/** The sheets that are not checked registers: settings sheets with their problems, and the unrecognised ones. */
function otherSheets(
  sheets: ValidateInput["sheets"],
  skip: (name: string) => boolean,
  generated: ReadonlySet<string>,
  settingsIssues: readonly SettingsIssue[],
  lang: Lang,
) {
  const unrecognized: string[] = [];
  const settingsReports: SheetReport[] = [];
  for (const s of sheets) {
    if (skip(s.name)) continue;
    const def = settingsSheetOf(s.name);
    if (def) {
      const issues = settingsIssues.filter((i) => i.sheet === s.name);
      settingsReports.push({
        sheet: s.name,
        register: def.id,
        rows: Math.max(0, countNonBlank(s.values) - 1),
        issues: sortIssues(issues.map(settingsPending), lang),
      });
    } else if (!isSettingsSheet(s.name) && !generated.has(s.name.trim())) {
      unrecognized.push(s.name);
    }
  }
  return { unrecognized, settingsReports };
}

function settingsPending(i: SettingsIssue): PendingIssue {
  const def = settingsSheetOf(i.sheet);
  const k = def ? def.columns.findIndex((c) => c.header === i.column) : -1;
  return { row: i.row, column: i.column, code: i.code, severity: i.severity, text: i.text, order: k < 0 ? 1000 : k };
}

/** The report of `ledger check --json` for these sheets. */
export function validateSheets(input: ValidateInput): ValidationReport {
  return runValidation(input).report;
}
