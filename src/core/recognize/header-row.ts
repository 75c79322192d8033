/**
 * Where the header is. Sheets often carry a merged title (2026年收文登记簿) and a blank row above it, so the first
 * HEADER_SCAN_ROWS rows are candidates. Only those rows are ever read: a sheet whose used range reaches row 1,048,576
 * costs recognition no more than a sheet of ten rows.
 */
import type { RegisterDef } from "../registers/types";
import { describeRaw, isBlankCell } from "../values";
import { columnLetter } from "./column-letter";
import { normalizeHeader } from "./header";
import { headerIndex, lookupHeader } from "./header-index";
import type { MatchRank } from "./header-index";
import type { DuplicateColumn, ExtraColumn, SheetRows } from "./types";

export const HEADER_SCAN_ROWS = 5;

/** One candidate header row: its raw cells and their normalised forms (trailing blanks dropped). */
export interface HeaderCandidate {
  /** 0-based row index. */
  row: number;
  raw: readonly unknown[];
  normalized: string[];
}

export function headerCandidates(values: SheetRows): HeaderCandidate[] {
  const out: HeaderCandidate[] = [];
  const rows = Math.min(HEADER_SCAN_ROWS, values.length);
  for (let r = 0; r < rows; r++) {
    const raw = values[r] ?? [];
    let width = raw.length;
    while (width > 0 && isBlankCell(raw[width - 1])) width--;
    const normalized = new Array<string>(width);
    for (let c = 0; c < width; c++) normalized[c] = normalizeHeader(raw[c]);
    out.push({ row: r, raw, normalized });
  }
  return out;
}

/** How one row's headers meet one register's columns. */
export interface RowMatch {
  row: number;
  mapping: Record<string, number>;
  duplicates: DuplicateColumn[];
  extra: ExtraColumn[];
  requiredMatched: number;
  requiredTotal: number;
  optionalMatched: number;
  optionalTotal: number;
  score: number;
}

/**
 * Maps the row's columns onto the register. When several columns meet one field, the best kind of match wins
 * (see MatchRank) and, among equals, the leftmost; equals are reported as
 * duplicates, weaker matches are left as extra columns — a sheet with both 收文编号 and a running 编号 is common and
 * not a mistake.
 */
export function matchRow(candidate: HeaderCandidate, register: RegisterDef): RowMatch {
  const index = headerIndex(register);
  const hits = new Map<string, { rank: MatchRank; columns: number[] }>();
  const unmatched: number[] = [];
  const { normalized, raw } = candidate;
  for (let c = 0; c < normalized.length; c++) {
    const key = normalized[c] as string;
    if (key === "") continue;
    const m = lookupHeader(index, key);
    if (!m) {
      unmatched.push(c);
      continue;
    }
    const seen = hits.get(m.header);
    if (!seen) hits.set(m.header, { rank: m.rank, columns: [c] });
    else if (m.rank < seen.rank) {
      unmatched.push(...seen.columns);
      seen.rank = m.rank;
      seen.columns = [c];
    } else if (m.rank === seen.rank) seen.columns.push(c);
    else unmatched.push(c);
  }
  const mapping: Record<string, number> = {};
  const duplicates: DuplicateColumn[] = [];
  let requiredMatched = 0;
  let requiredTotal = 0;
  let optionalMatched = 0;
  let optionalTotal = 0;
  for (const col of register.columns) {
    const hit = hits.get(col.header);
    if (col.required) requiredTotal++;
    else optionalTotal++;
    if (!hit) continue;
    if (col.required) requiredMatched++;
    else optionalMatched++;
    mapping[col.header] = hit.columns[0] as number;
    if (hit.columns.length > 1)
      duplicates.push({ header: col.header, columns: hit.columns, letters: hit.columns.map(columnLetter) });
  }
  unmatched.sort((a, b) => a - b);
  const extra: ExtraColumn[] = unmatched.map((c) => ({
    text: describeRaw(raw[c], Infinity),
    column: c,
    letter: columnLetter(c),
  }));
  const weight = 2 * requiredTotal + optionalTotal;
  const score = weight === 0 ? 0 : (2 * requiredMatched + optionalMatched) / weight;
  return {
    row: candidate.row,
    mapping,
    duplicates,
    extra,
    requiredMatched,
    requiredTotal,
    optionalMatched,
    optionalTotal,
    score,
  };
}

/** Better header row for a register: more required columns, then a higher score, then the higher row. */
function betterRow(a: RowMatch, b: RowMatch): RowMatch {
  if (a.requiredMatched !== b.requiredMatched) return a.requiredMatched > b.requiredMatched ? a : b;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return a.row <= b.row ? a : b;
}

/** The best of the candidate rows for a register (null when there are no rows at all). */
export function bestRow(candidates: readonly HeaderCandidate[], register: RegisterDef): RowMatch | null {
  let best: RowMatch | null = null;
  for (const c of candidates) {
    const m = matchRow(c, register);
    best = best === null ? m : betterRow(best, m);
  }
  return best;
}

/**
 * The 1-based header row among the first HEADER_SCAN_ROWS rows, or null. With a register: the row matching most of
 * its columns (null when none matches any). Without: the row with the most text cells, at least two — a merged title
 * has one.
 */
export function findHeaderRow(values: SheetRows, register?: RegisterDef): number | null {
  const candidates = headerCandidates(values);
  if (register) {
    const best = bestRow(candidates, register);
    return best && best.requiredMatched + best.optionalMatched > 0 ? best.row + 1 : null;
  }
  let bestRowIndex = -1;
  let bestCount = 1;
  for (const c of candidates) {
    let count = 0;
    for (let i = 0; i < c.normalized.length; i++) if (c.normalized[i] !== "" && typeof c.raw[i] === "string") count++;
    if (count > bestCount) {
      bestCount = count;
      bestRowIndex = c.row;
    }
  }
  return bestRowIndex < 0 ? null : bestRowIndex + 1;
}
