/**
 * The import plan: filled forms (and rows of CSV / .xlsx files) checked against the register as it would be after
 * the import, with the register's own validation, so every problem reads as `ledger check` words it. Pure: nothing is
 * written here; the plan says what to write, and is all-or-nothing — `blocked` when any entry has an error, or a
 * conflict without `update`.
 *
 * An entry whose key is already in the register with the same values (the form's fields only) is skipped; with
 * different values it is a conflict, listed, and written over the row's form fields only with `update`.
 */
import type { Calendar } from "../calendar";
import type { Serial } from "../dates";
import { translate, type Lang } from "../i18n";
import { label } from "../registers/kit";
import type { ColumnDef, RegisterDef } from "../registers/types";
import type { Recognition } from "../recognize/types";
import type { Settings } from "../settings-types";
import type { CellValue, Severity } from "../sheet-spec";
import { SheetTable } from "../table";
import { numberFormat } from "../templates";
import { runValidation, type SheetRecognition } from "../validate";
import { isBlankCell, normalizeText, toHalfWidth } from "../values";
import { FORM_MESSAGES as M } from "./messages";
import { comparable, normalisedCell } from "./values";

export interface ImportProblem {
  /** Canonical header of the field, or '' for the file as a whole. */
  field: string;
  code: string;
  severity: Severity;
  message: string;
  /** Where in the source file (a form's cell such as B5, or a CSV row's column letter and row). */
  cell?: string;
}

export interface ImportEntry {
  file: string;
  /** Excel row in the source file, for rows of a CSV / .xlsx list; absent for a form. */
  row?: number;
  /** The form's title, for a filled form. */
  form?: string;
  /** Canonical header → raw value, for the fields the source holds. */
  fields: ReadonlyMap<string, CellValue>;
  /** Canonical header → source cell (for locating problems). */
  cells?: ReadonlyMap<string, string>;
  /** Problems found reading the file (a field not found, not a form): the entry is an error whatever else holds. */
  problems: ImportProblem[];
}

export type ImportAction = "append" | "skip" | "conflict" | "error";

export interface ImportOutcome {
  file: string;
  row?: number;
  key: string | null;
  action: ImportAction;
  /** A conflict written over the register's row (--update). */
  updated?: boolean;
  /** The register row it was appended at, skipped as, or conflicts with. */
  registerRow?: number;
  problems: ImportProblem[];
}

export interface ImportWrite {
  sheet: string;
  /** The register's sheet does not exist yet: create it from its template first. */
  create: boolean;
  /** First Excel row of the appended rows. */
  appendRow: number;
  /** Full rows from column A, in the sheet's column order. */
  rows: CellValue[][];
  /** Rows written over (--update): Excel row and its full values. */
  updates: { row: number; values: CellValue[] }[];
  /** Number format per sheet column (null: the cell's own). */
  columnFormats: (string | null)[];
}

export interface ImportPlan {
  register: string;
  sheet: string;
  outcomes: ImportOutcome[];
  summary: { append: number; skip: number; conflict: number; error: number; updated: number };
  blocked: boolean;
  /** Null when nothing is to be written. */
  write: ImportWrite | null;
}

export interface PlanInput {
  register: RegisterDef;
  entries: readonly ImportEntry[];
  /** Every sheet of the workbook (settings, other registers for references). */
  sheets: readonly { name: string; values: CellValue[][] }[];
  /** Every recognised register sheet of the workbook. */
  recognized: readonly Recognition[];
  settings: Settings;
  calendar: Calendar;
  asOf: Serial;
  lang: Lang;
  update: boolean;
}

const keyText = (v: unknown): string => (isBlankCell(v) ? "" : toHalfWidth(normalizeText(String(v))).trim());

function describeCell(def: ColumnDef, v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" && (def.type.kind === "date" || def.type.kind === "datetime")
    ? comparable(def, v)
    : String(v);
}

export function planImport(input: PlanInput): ImportPlan {
  const { register, lang } = input;
  const rec = input.recognized.find((r) => r.register.id === register.id) ?? null;
  const sheet = rec?.sheet ?? register.sheet;
  const headerRow = rec?.headerRow ?? 1;
  const mapping = new Map<string, number>(
    rec ? Object.entries(rec.mapping) : register.columns.map((c, k) => [c.header, k]),
  );
  const original = rec
    ? (input.sheets.find((s) => s.name === sheet)?.values ?? [])
    : [register.columns.map((c) => c.header)];
  const width = Math.max(original[headerRow - 1]?.length ?? 0, ...[...mapping.values()].map((k) => k + 1));
  const source: SheetRecognition = { sheet, register, headerRow, mapping: Object.fromEntries(mapping) };
  const existing = new SheetTable(sheet, original, source, { settings: input.settings });
  const keyHeader = register.key?.length === 1 ? (register.key[0] as string) : null;
  const defs = new Map(register.columns.map((c) => [c.header, c]));

  const byKey = new Map<string, number>();
  let lastFilled = -1;
  for (let i = 0; i < existing.rowCount; i++) {
    if (existing.isBlank(i)) continue;
    lastFilled = i;
    if (keyHeader) {
      const k = keyText(existing.raw(keyHeader, i));
      if (k !== "" && !byKey.has(k)) byKey.set(k, i);
    }
  }
  const appendIndex = headerRow + lastFilled + 1; // 0-based index of the first appended row in the values

  const outcomes: ImportOutcome[] = [];
  const appended: { entry: ImportEntry; outcome: ImportOutcome }[] = [];
  const updated = new Map<number, { entry: ImportEntry; outcome: ImportOutcome }>();
  const t = (k: keyof typeof M, p: Record<string, string | number>) => translate(M, lang, k, p);

  for (const entry of input.entries) {
    const key = keyHeader ? keyText(entry.fields.get(keyHeader)) || null : null;
    const outcome: ImportOutcome = {
      file: entry.file,
      ...(entry.row ? { row: entry.row } : {}),
      key,
      action: "append",
      problems: [...entry.problems],
    };
    outcomes.push(outcome);
    for (const h of entry.fields.keys()) {
      if (!mapping.has(h))
        outcome.problems.push({
          field: h,
          code: "fields/missing",
          severity: "error",
          message: t("columnMissing", { sheet, field: label(register, h, lang) }),
        });
    }
    for (const [h, raw] of entry.fields) {
      // The port writes a string starting with = as a formula: a form must not put one into the register.
      if (typeof raw === "string" && raw.trim().startsWith("=") && raw.trim().length > 1) {
        const cell = entry.cells?.get(h);
        outcome.problems.push({
          field: h,
          code: "import/formula",
          severity: "error",
          message: t("formulaText", { field: label(register, h, lang), value: raw.trim().slice(0, 40) }),
          ...(cell ? { cell } : {}),
        });
      }
    }
    if (outcome.problems.some((p) => p.severity === "error")) {
      outcome.action = "error";
      continue;
    }
    const at = key !== null ? byKey.get(key) : undefined;
    if (at === undefined) {
      appended.push({ entry, outcome });
      continue;
    }
    outcome.registerRow = existing.excelRow(at);
    const differences: ImportProblem[] = [];
    for (const [h, raw] of entry.fields) {
      const def = defs.get(h) as ColumnDef;
      const mine = comparable(def, existing.raw(h, at), input.settings);
      const theirs = comparable(def, raw, input.settings);
      if (mine === theirs) continue;
      differences.push({
        field: h,
        code: "import/conflict",
        severity: input.update ? "warning" : "error",
        message: t("conflict", {
          key: key ?? "",
          sheet,
          row: existing.excelRow(at),
          field: label(register, h, lang),
          existing: describeCell(def, existing.raw(h, at) as CellValue),
          incoming: describeCell(def, raw),
        }),
        ...(entry.cells?.get(h) ? { cell: entry.cells.get(h) as string } : {}),
      });
    }
    if (differences.length === 0) {
      outcome.action = "skip";
      continue;
    }
    outcome.action = "conflict";
    outcome.problems.push(...differences);
    if (input.update && !updated.has(at)) updated.set(at, { entry, outcome });
  }

  // The register as it would be: updated rows rewritten, new rows after the last filled one.
  const rowOf = (entry: ImportEntry, base: readonly CellValue[] | undefined): CellValue[] => {
    const row: CellValue[] = Array.from({ length: width }, (_, k) => base?.[k] ?? null);
    for (const [h, raw] of entry.fields) {
      const k = mapping.get(h);
      if (k !== undefined) row[k] = normalisedCell(defs.get(h) as ColumnDef, raw, input.settings);
    }
    return row;
  };
  const candidate: CellValue[][] = original.map((r) => r as CellValue[]);
  while (candidate.length < appendIndex) candidate.push([]);
  const updates: ImportWrite["updates"] = [];
  const rowToOutcome = new Map<number, { entry: ImportEntry; outcome: ImportOutcome }>();
  for (const [i, u] of updated) {
    const values = rowOf(u.entry, original[headerRow + i]);
    candidate[headerRow + i] = values;
    updates.push({ row: existing.excelRow(i), values });
    rowToOutcome.set(existing.excelRow(i), u);
  }
  const rows: CellValue[][] = [];
  let noRoom = false;
  appended.forEach((a, k) => {
    const index = appendIndex + k;
    const there = original[index];
    if (there && there.some((v) => !isBlankCell(v))) noRoom = true;
    const values = rowOf(a.entry, undefined);
    candidate[index] = values;
    rows.push(values);
    rowToOutcome.set(index + 1, a);
  });
  if (noRoom) {
    for (const a of appended)
      a.outcome.problems.push({
        field: "",
        code: "import/no-room",
        severity: "error",
        message: t("noRoom", { sheet, row: appendIndex }),
      });
  }

  if (rowToOutcome.size > 0) {
    const sheets = rec
      ? input.sheets.map((s) => (s.name === sheet ? { name: s.name, values: candidate } : s))
      : [...input.sheets, { name: sheet, values: candidate }];
    const recognitions: SheetRecognition[] = input.recognized
      .filter((r) => r.sheet !== sheet)
      .map((r) => ({ sheet: r.sheet, register: r.register, headerRow: r.headerRow, mapping: r.mapping }));
    recognitions.push(source);
    const run = runValidation({
      workbook: "",
      sheets,
      recognitions,
      settings: input.settings,
      calendar: input.calendar,
      asOf: input.asOf,
      lang,
      only: [sheet],
    });
    for (const issue of run.report.sheets.find((s) => s.sheet === sheet)?.issues ?? []) {
      const hit = rowToOutcome.get(issue.row);
      if (!hit) continue;
      const cell = hit.entry.cells?.get(issue.column);
      hit.outcome.problems.push({
        field: issue.column,
        code: issue.code,
        severity: issue.severity,
        message: issue.message,
        ...(cell ? { cell } : {}),
      });
    }
  }
  for (const { outcome } of [...appended, ...updated.values()]) {
    if (outcome.problems.some((p) => p.severity === "error" && p.code !== "import/conflict")) outcome.action = "error";
  }
  appended.forEach((a, k) => {
    if (a.outcome.action === "append") a.outcome.registerRow = appendIndex + k + 1;
  });

  const summary = { append: 0, skip: 0, conflict: 0, error: 0, updated: 0 };
  for (const o of outcomes) {
    summary[o.action]++;
    if (o.action === "conflict" && input.update) {
      o.updated = true;
      summary.updated++;
    }
  }
  const blocked = summary.error > 0 || (summary.conflict > 0 && !input.update);
  const columnFormats: (string | null)[] = Array.from({ length: width }, () => null);
  for (const [h, k] of mapping) columnFormats[k] = numberFormat((defs.get(h) as ColumnDef).type) ?? null;
  const write: ImportWrite | null =
    blocked || (rows.length === 0 && updates.length === 0)
      ? null
      : { sheet, create: rec === null, appendRow: appendIndex + 1, rows, updates, columnFormats };
  return { register: register.id, sheet, outcomes, summary, blocked, write };
}
