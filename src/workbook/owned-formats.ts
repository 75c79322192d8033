/**
 * Which conditional formats on existing sheets belong to the add-in, shared by every adapter so formats added by the
 * CLI are replaced by the add-in in Excel and vice versa.
 *
 * The record lives in the workbook setting OWNED_FORMATS_SETTING: per (sheet, owner) the specs applied last time and,
 * where the host gives them (Office.js), the ids of the formats it created. A format found on the sheet counts as ours
 * when its id is recorded or, failing that, when it equals a recorded spec (range and rule) — a file written by one
 * host keeps no ids the other understands, and Excel need not keep ids across a save. Each recorded spec claims at
 * most one format, so a user's identical copy beside ours is left alone; anything unrecorded is the user's.
 */
import type { ConditionalFormatSpec } from "../core/sheet-spec";

export const OWNED_FORMATS_SETTING = "ledger.conditionalFormats";

/** One argument of `WorkbookPort.setOwnedConditionalFormats`. */
export interface OwnedFormatsEntry {
  sheet: string;
  /** What the formats are for (e.g. 'deadlines'); owners on one sheet replace only their own formats. */
  owner: string;
  formats: readonly ConditionalFormatSpec[];
}

export interface OwnedFormatsRecord {
  sheet: string;
  owner: string;
  formats: ConditionalFormatSpec[];
  /** Host ids of the created formats, parallel to `formats` (Office.js only). */
  ids?: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isSpec(v: unknown): v is ConditionalFormatSpec {
  return isObject(v) && typeof v.range === "string" && (v.kind === "formula" || v.kind === "iconSet");
}

/** Reads the setting; a damaged value counts as owning nothing, so the user's formats are never at risk. */
export function parseOwnedFormats(text: string | null): OwnedFormatsRecord[] {
  if (text === null || text === "") return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const out: OwnedFormatsRecord[] = [];
  for (const r of data) {
    if (!isObject(r) || typeof r.sheet !== "string" || typeof r.owner !== "string" || !Array.isArray(r.formats))
      continue;
    const formats = r.formats.filter(isSpec);
    const ids =
      Array.isArray(r.ids) && r.ids.every((id) => typeof id === "string") && r.ids.length === r.formats.length
        ? (r.ids as string[])
        : undefined;
    out.push({
      sheet: r.sheet,
      owner: r.owner,
      formats,
      ...(ids && formats.length === r.formats.length ? { ids } : {}),
    });
  }
  return out;
}

export function serializeOwnedFormats(records: readonly OwnedFormatsRecord[]): string {
  return JSON.stringify(records);
}

const sameSheet = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A formula as hosts compare it: without the leading '=' ExcelJS drops and Office.js adds. */
export function bareFormula(formula: string | undefined): string {
  return (formula ?? "").replace(/^=/, "");
}

/** Same range (case-insensitive, '$' ignored) and the same rule: how a format on the sheet is recognised as ours. */
export function sameFormat(a: ConditionalFormatSpec, b: ConditionalFormatSpec): boolean {
  const ref = (r: string) => r.replace(/\$/g, "").toUpperCase();
  if (ref(a.range) !== ref(b.range) || a.kind !== b.kind) return false;
  if (a.kind === "formula") return bareFormula(a.formula) === bareFormula(b.formula);
  return a.iconSet?.style === b.iconSet?.style && a.iconSet?.thresholds.join() === b.iconSet?.thresholds.join();
}

/**
 * Indices of `present` (a sheet's formats, in any host form) that are the recorded `owned` ones: each recorded spec
 * claims one unclaimed format it matches, its recorded id first when `idOf` gives ids.
 */
export function claimOwned<T>(
  present: readonly T[],
  owned: readonly OwnedFormatsRecord[],
  matches: (p: T, spec: ConditionalFormatSpec) => boolean,
  idOf?: (p: T) => string,
  /** Formats already claimed by other owners' records on the sheet. */
  taken: ReadonlySet<number> = new Set(),
): Set<number> {
  const claimed = new Set<number>();
  const free = (k: number) => !claimed.has(k) && !taken.has(k);
  const pending: ConditionalFormatSpec[] = [];
  for (const record of owned) {
    record.formats.forEach((spec, i) => {
      const id = record.ids?.[i];
      const byId = id !== undefined && idOf ? present.findIndex((p, k) => free(k) && idOf(p) === id) : -1;
      if (byId >= 0) claimed.add(byId);
      else pending.push(spec);
    });
  }
  for (const spec of pending) {
    const k = present.findIndex((p, j) => free(j) && matches(p, spec));
    if (k >= 0) claimed.add(k);
  }
  return claimed;
}

export interface OwnedFormatsPlan {
  /**
   * Per sheet asked for: the recorded (sheet, owner) entries being replaced, the sheet's other recorded entries (whose
   * formats stay and must not be claimed for the replaced ones), and the formats to add.
   */
  sheets: Array<{
    sheet: string;
    replaced: OwnedFormatsRecord[];
    others: OwnedFormatsRecord[];
    add: ConditionalFormatSpec[];
  }>;
  /** Records of other sheets and owners, kept as they were. */
  kept: OwnedFormatsRecord[];
}

/**
 * Indices of `present` to delete on one planned sheet: the replaced owners' formats, never one the sheet's other
 * recorded owners claim.
 */
export function ownedToDelete<T>(
  present: readonly T[],
  planned: OwnedFormatsPlan["sheets"][number],
  matches: (p: T, spec: ConditionalFormatSpec) => boolean,
  idOf?: (p: T) => string,
): Set<number> {
  const others = claimOwned(present, planned.others, matches, idOf);
  return claimOwned(present, planned.replaced, matches, idOf, others);
}

/** What replacing `entries` means given the recorded formats. Later entries for the same (sheet, owner) win. */
export function planOwnedFormats(
  recorded: readonly OwnedFormatsRecord[],
  entries: readonly OwnedFormatsEntry[],
): OwnedFormatsPlan {
  const latest = new Map<string, OwnedFormatsEntry>();
  for (const e of entries) latest.set(`${e.sheet.toLowerCase()}\u0000${e.owner}`, e);
  const asked = [...latest.values()];
  const isAsked = (r: OwnedFormatsRecord) => asked.some((e) => sameSheet(e.sheet, r.sheet) && e.owner === r.owner);
  const bySheet = new Map<string, OwnedFormatsPlan["sheets"][number]>();
  for (const e of asked) {
    const key = e.sheet.toLowerCase();
    const s = bySheet.get(key) ?? {
      sheet: e.sheet,
      replaced: [],
      others: recorded.filter((r) => sameSheet(r.sheet, e.sheet) && !isAsked(r)),
      add: [],
    };
    s.replaced.push(...recorded.filter((r) => sameSheet(r.sheet, e.sheet) && r.owner === e.owner));
    s.add.push(...e.formats);
    bySheet.set(key, s);
  }
  return { sheets: [...bySheet.values()], kept: recorded.filter((r) => !isAsked(r)) };
}

/** The record after applying `entries`: kept records plus one per non-empty entry (with ids when the host gave them). */
export function recordAfter(
  plan: OwnedFormatsPlan,
  entries: readonly OwnedFormatsEntry[],
  idsOf?: (entry: OwnedFormatsEntry) => string[],
): OwnedFormatsRecord[] {
  const latest = new Map<string, OwnedFormatsEntry>();
  for (const e of entries) latest.set(`${e.sheet.toLowerCase()}\u0000${e.owner}`, e);
  const added = [...latest.values()]
    .filter((e) => e.formats.length > 0)
    .map((e) => ({ sheet: e.sheet, owner: e.owner, formats: [...e.formats], ...(idsOf ? { ids: idsOf(e) } : {}) }));
  return [...plan.kept, ...added];
}
