/**
 * What the registers page lists, derived from a loaded workbook: which catalogue registers were recognised (and how
 * well), which are absent, which settings sheets exist, and the column mapping a person may confirm.
 */
import type { WorkbookContext } from "../../../app/load-context";
import { REGISTERS, SETTINGS_SHEETS } from "../../../core/registers";
import { columnLetter, toColumnMapping, type ColumnMapping, type Recognition } from "../../../core/recognize";
import type { Lang } from "../../../core/i18n";
import { workbookTemplateSpecs } from "../../../core/templates";

export interface PresentRegister {
  id: string;
  name: string;
  sheet: string;
  /** The register's name, plus the sheet's own name when the person named it differently. */
  label: string;
  /** Whole percent. */
  score: number;
  missing: string[];
  confirmed: boolean;
  stale: boolean;
}

export interface AbsentRegister {
  id: string;
  name: string;
  sheet: string;
  /** The register's name with the sheet 添加 would create, in the page's language. */
  label: string;
}

export interface MappingRow {
  header: string;
  /** 0-based sheet column, or null when the sheet has no such column. */
  index: number | null;
  /** Corrected by the person in this session (not yet confirmed). */
  changed: boolean;
  /** 'C', or null when the sheet has no such column. */
  letter: string | null;
  /** The header text as the sheet writes it. */
  sheetHeader: string | null;
  required: boolean;
}

export interface RegistersOverview {
  present: PresentRegister[];
  absent: AbsentRegister[];
  settingsMissing: string[];
  unrecognized: string[];
}

const nameOf = (r: { sheet: string; en: string }, lang: Lang) => (lang === "zh-CN" ? r.sheet : r.en);

/**
 * The name a person knows the register by, then the sheet's own name, which stays Chinese because it is what the Excel
 * tab says; in Chinese the register's name is the catalogue's sheet name, so it is said once when the two agree.
 */
function labelOf(r: { sheet: string; en: string }, sheet: string, lang: Lang): string {
  return lang === "zh-CN" && sheet === r.sheet ? sheet : `${nameOf(r, lang)} · ${sheet}`;
}

export function registersOverview(ctx: WorkbookContext, lang: Lang): RegistersOverview {
  const recognized = ctx.recognition.recognized;
  const stale = new Set(ctx.recognition.stale);
  const present = recognized.map((r) => ({
    id: r.register.id,
    name: nameOf(r.register, lang),
    sheet: r.sheet,
    label: labelOf(r.register, r.sheet, lang),
    score: Math.round(r.score * 100),
    missing: r.missing,
    confirmed: r.basis === "confirmed",
    stale: r.staleConfirmation || stale.has(r.sheet),
  }));
  const have = new Set(recognized.map((r) => r.register.id));
  const absent = REGISTERS.filter((r) => !have.has(r.id)).map((r) => ({
    id: r.id,
    name: nameOf(r, lang),
    sheet: r.sheet,
    label: labelOf(r, r.sheet, lang),
  }));
  const sheetNames = new Set(ctx.sheetInfos.map((s) => s.name));
  const settingsMissing = SETTINGS_SHEETS.filter((s) => !sheetNames.has(s.sheet)).map((s) => s.sheet);
  return { present, absent, settingsMissing, unrecognized: ctx.recognition.unrecognized };
}

export function recognitionOf(ctx: WorkbookContext, sheet: string): Recognition | null {
  return ctx.recognition.recognized.find((r) => r.sheet === sheet) ?? null;
}

/** A person's corrections to the proposed column correspondence: register header → sheet column index, or null for none. */
export type MappingOverrides = Readonly<Record<string, number | null>>;

export interface SheetColumn {
  index: number;
  letter: string;
  /** The header text in the header row. */
  text: string;
}

/** The columns of the header row that have a header, offered when correcting a correspondence. */
export function sheetColumns(ctx: WorkbookContext, rec: Recognition): SheetColumn[] {
  const header = ctx.sheets.find((s) => s.name === rec.sheet)?.values[rec.headerRow - 1] ?? [];
  return header.flatMap((v, index) =>
    v === null || v === undefined || String(v).trim() === ""
      ? []
      : [{ index, letter: columnLetter(index), text: String(v) }],
  );
}

/** The correspondence with the person's corrections applied. */
function correctedMapping(rec: Recognition, overrides: MappingOverrides = {}): Record<string, number> {
  const out: Record<string, number> = { ...rec.mapping };
  for (const [header, index] of Object.entries(overrides)) {
    if (index === null) delete out[header];
    else out[header] = index;
  }
  return out;
}

/** Every catalogue column of the register, where the sheet has it (after the person's corrections). */
export function mappingRows(ctx: WorkbookContext, rec: Recognition, overrides: MappingOverrides = {}): MappingRow[] {
  const header = ctx.sheets.find((s) => s.name === rec.sheet)?.values[rec.headerRow - 1] ?? [];
  const mapping = correctedMapping(rec, overrides);
  return rec.register.columns.map((c) => {
    const index = mapping[c.header];
    const text = index === undefined ? null : header[index];
    return {
      header: c.header,
      index: index ?? null,
      letter: index === undefined ? null : columnLetter(index),
      sheetHeader: text === null || text === undefined ? null : String(text),
      required: c.required === true,
      changed:
        Object.prototype.hasOwnProperty.call(overrides, c.header) &&
        overrides[c.header] !== (rec.mapping[c.header] ?? null),
    };
  });
}

/** Sheet columns the corrected correspondence gives to more than one register column (the person must choose one). */
export function doubleAssigned(rows: readonly MappingRow[]): string[] {
  const seen = new Map<number, string[]>();
  for (const r of rows) if (r.index !== null) seen.set(r.index, [...(seen.get(r.index) ?? []), r.header]);
  return [...seen.values()].filter((hs) => hs.length > 1).map((hs) => hs.join(" / "));
}

/** The mapping to store when the person confirms what the page shows, corrections included. */
export function mappingToConfirm(
  ctx: WorkbookContext,
  rec: Recognition,
  overrides: MappingOverrides = {},
): ColumnMapping {
  return toColumnMapping(
    { ...rec, mapping: correctedMapping(rec, overrides) },
    ctx.sheets.find((s) => s.name === rec.sheet)?.values ?? [],
  );
}

/**
 * The registers 「一键建立常用台账」 proposes: the ones nearly every school office keeps and that feed the deadlines
 * and KPIs (收文, 发文, 会议, 决议追踪, 报销, 问题整改). The person can tick others before confirming.
 */
export const COMMON_REGISTERS: readonly string[] = [
  "incoming-documents",
  "outgoing-documents",
  "meetings",
  "resolutions",
  "reimbursements",
  "rectifications",
];

/** The common registers not yet in the workbook, as the first choice of 一键建立. */
export function defaultQuickChoice(overview: RegistersOverview): string[] {
  const absent = new Set(overview.absent.map((a) => a.id));
  return COMMON_REGISTERS.filter((id) => absent.has(id));
}

/**
 * What 一键建立 would add for the chosen registers: the sheets the person will see appear (registers, then the
 * settings sheets they read), leaving out sheets that exist — those are never touched — and the hidden 列表 sheet.
 */
export function setupPreview(
  existingSheets: readonly string[],
  registerIds: readonly string[],
): { registers: string[]; settings: string[] } {
  const have = new Set(existingSheets);
  const specs = workbookTemplateSpecs(registerIds).filter((s) => !s.hidden && !have.has(s.name));
  const registerSheets = new Set(REGISTERS.filter((r) => registerIds.includes(r.id)).map((r) => r.sheet));
  return {
    registers: specs.filter((s) => registerSheets.has(s.name)).map((s) => s.name),
    settings: specs.filter((s) => !registerSheets.has(s.name)).map((s) => s.name),
  };
}
