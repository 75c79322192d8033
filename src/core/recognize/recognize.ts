/**
 * Which register a sheet is, where its header is and which column holds which field.
 *
 * A sheet is recognised when one of its first rows holds every required column of a register (by canonical name or
 * synonym, after normalizeHeader). When several registers qualify, the highest score wins, then the register whose
 * canonical sheet name the sheet carries, then catalogue order. A sheet that carries a register's canonical name
 * (normalised: 收文登記簿 counts) but falls short on headers is still recognised as that register, with the missing
 * columns listed: the person clearly meant it, and "缺少必填列“收文日期”" helps them far more than "unrecognised".
 * Any other sheet is unrecognised — never guessed.
 */
import type { RegisterDef } from "../registers/types";
import { isBlankCell, describeRaw } from "../values";
import { columnLetter } from "./column-letter";
import { normalizeHeader } from "./header";
import { bestRow, findHeaderRow, headerCandidates, matchRow } from "./header-row";
import type { RowMatch } from "./header-row";
import { isSettingsSheet } from "./settings-sheets";
import type {
  ColumnMapping,
  ExtraColumn,
  Recognition,
  RecognitionBasis,
  SheetRows,
  WorkbookRecognition,
} from "./types";

function missingOf(
  register: RegisterDef,
  mapping: Record<string, number>,
): { missing: string[]; missingOptional: string[] } {
  const missing: string[] = [];
  const missingOptional: string[] = [];
  for (const c of register.columns) {
    if (c.header in mapping) continue;
    (c.required ? missing : missingOptional).push(c.header);
  }
  return { missing, missingOptional };
}

function fromRowMatch(
  sheet: string,
  register: RegisterDef,
  m: RowMatch,
  basis: RecognitionBasis,
  staleConfirmation: boolean,
): Recognition {
  return {
    sheet,
    register,
    headerRow: m.row + 1,
    mapping: m.mapping,
    score: m.score,
    ...missingOf(register, m.mapping),
    duplicates: m.duplicates,
    extra: m.extra,
    basis,
    staleConfirmation,
  };
}

/** The register a confirmed mapping names, when every confirmed column still has its header text; else null. */
function confirmedFit(
  values: SheetRows,
  registers: readonly RegisterDef[],
  confirmed: ColumnMapping,
): RegisterDef | null {
  const register = registers.find((r) => r.id === confirmed.register);
  if (!register || !Number.isInteger(confirmed.headerRow) || confirmed.headerRow < 1) return null;
  const row = values[confirmed.headerRow - 1];
  if (!row) return null;
  const headers = new Set(register.columns.map((c) => c.header));
  const used = new Set<number>();
  // The mapping comes back from the workbook's stored settings: treat it as untrusted JSON.
  if (typeof confirmed.columns !== "object" || confirmed.columns === null) return null;
  for (const [header, col] of Object.entries(confirmed.columns)) {
    if (!headers.has(header) || typeof col !== "object" || col === null || typeof col.header !== "string") return null;
    if (!Number.isInteger(col.index) || col.index < 0 || used.has(col.index)) return null;
    used.add(col.index);
    if (normalizeHeader(row[col.index]) !== normalizeHeader(col.header)) return null;
  }
  return register;
}

function fromConfirmed(sheet: string, values: SheetRows, register: RegisterDef, confirmed: ColumnMapping): Recognition {
  const mapping: Record<string, number> = {};
  for (const c of register.columns) {
    const col = confirmed.columns[c.header];
    if (col) mapping[c.header] = col.index;
  }
  const row = values[confirmed.headerRow - 1] ?? [];
  const mappedColumns = new Set(Object.values(mapping));
  const extra: ExtraColumn[] = [];
  for (let c = 0; c < row.length; c++) {
    if (mappedColumns.has(c) || isBlankCell(row[c])) continue;
    extra.push({ text: describeRaw(row[c], Infinity), column: c, letter: columnLetter(c) });
  }
  let got = 0;
  let total = 0;
  for (const c of register.columns) {
    const w = c.required ? 2 : 1;
    total += w;
    if (c.header in mapping) got += w;
  }
  return {
    sheet,
    register,
    headerRow: confirmed.headerRow,
    mapping,
    score: total === 0 ? 0 : got / total,
    ...missingOf(register, mapping),
    duplicates: [],
    extra,
    basis: "confirmed",
    staleConfirmation: false,
  };
}

const EMPTY_ROW = { row: 0, raw: [], normalized: [] };

interface Candidate {
  register: RegisterDef;
  match: RowMatch;
  complete: boolean;
  byName: boolean;
  order: number;
}

function better(a: Candidate, b: Candidate): Candidate {
  if (a.complete !== b.complete) return a.complete ? a : b;
  if (a.match.score !== b.match.score) return a.match.score > b.match.score ? a : b;
  if (a.byName !== b.byName) return a.byName ? a : b;
  return a.order <= b.order ? a : b;
}

/**
 * Recognises one sheet. A confirmed mapping that still fits wins; one that no longer fits is set aside and the
 * result says so (`staleConfirmation`). Returns null for a sheet that is no register.
 */
export function recognizeSheet(
  name: string,
  values: SheetRows,
  registers: readonly RegisterDef[],
  confirmed?: ColumnMapping | null,
): Recognition | null {
  let stale = false;
  if (confirmed) {
    const register = confirmedFit(values, registers, confirmed);
    if (register) return fromConfirmed(name, values, register, confirmed);
    stale = true;
  }
  const candidates = headerCandidates(values);
  const sheetKey = normalizeHeader(name);
  let chosen: Candidate | null = null;
  for (let order = 0; order < registers.length; order++) {
    const register = registers[order] as RegisterDef;
    const byName = sheetKey !== "" && normalizeHeader(register.sheet) === sheetKey;
    const match = bestRow(candidates, register);
    const complete = match !== null && match.requiredTotal > 0 && match.requiredMatched === match.requiredTotal;
    if (!complete && !byName) continue;
    const usable = match ?? matchRow(EMPTY_ROW, register);
    const candidate: Candidate = { register, match: usable, complete, byName, order };
    chosen = chosen === null ? candidate : better(chosen, candidate);
  }
  if (chosen === null) return null;
  let match = chosen.match;
  if (!chosen.complete && match.requiredMatched + match.optionalMatched === 0) {
    // Named right but no header matched: point at the row that looks like a header, so `missing` is reported there.
    const row = findHeaderRow(values) ?? 1;
    match = matchRow(candidates[row - 1] ?? EMPTY_ROW, chosen.register);
  }
  return fromRowMatch(name, chosen.register, match, chosen.complete ? "headers" : "sheet-name", stale);
}

export interface WorkbookSheet {
  name: string;
  values: SheetRows;
}

export interface RecognizeOptions {
  /**
   * Names of the sheets the add-in generates (期限总览, KPI看板 …): set apart, never "unrecognised". The app's
   * derived-sheet registry (src/app/derived-sheets.ts) supplies them; the core keeps no list of its own.
   */
  generated?: Iterable<string>;
}

/** Recognises every sheet; settings and generated sheets are set apart, the rest is recognised or listed as unrecognised. */
export function recognizeWorkbook(
  sheets: readonly WorkbookSheet[],
  registers: readonly RegisterDef[],
  confirmed?: Readonly<Record<string, ColumnMapping>> | null,
  options: RecognizeOptions = {},
): WorkbookRecognition {
  const generated = new Set([...(options.generated ?? [])].map((n) => n.trim()));
  const result: WorkbookRecognition = { recognized: [], unrecognized: [], settings: [], generated: [], stale: [] };
  for (const sheet of sheets) {
    if (isSettingsSheet(sheet.name)) {
      result.settings.push(sheet.name);
      continue;
    }
    if (generated.has(sheet.name.trim())) {
      result.generated.push(sheet.name);
      continue;
    }
    const mapping =
      confirmed && Object.prototype.hasOwnProperty.call(confirmed, sheet.name) ? confirmed[sheet.name] : undefined;
    const recognition = recognizeSheet(sheet.name, sheet.values, registers, mapping);
    if (mapping && (recognition === null || recognition.staleConfirmation)) result.stale.push(sheet.name);
    if (recognition) result.recognized.push(recognition);
    else result.unrecognized.push(sheet.name);
  }
  return result;
}

/** The mapping to store when a person confirms a recognition (possibly after editing `mapping`). */
export function toColumnMapping(
  recognition: Pick<Recognition, "register" | "headerRow" | "mapping">,
  values: SheetRows,
): ColumnMapping {
  const row = values[recognition.headerRow - 1] ?? [];
  const columns: ColumnMapping["columns"] = {};
  for (const [header, index] of Object.entries(recognition.mapping)) {
    columns[header] = { index, header: describeRaw(row[index], Infinity) };
  }
  return { register: recognition.register.id, headerRow: recognition.headerRow, columns };
}
