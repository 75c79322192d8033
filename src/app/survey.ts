/**
 * Use cases of satisfaction surveys: preview an export (its plan and summary, nothing written), import it into the
 * 满意度调查 register, and write the generated `满意度汇总` sheet (`refreshSurveySummary`, self-contained:
 * (port, ctx, options) → result, for the derived-sheet registry). Every refusal is a SurveyError raised before the
 * first write, so a failed import leaves the workbook as it was.
 */
import type { Lang } from "../core/i18n";
import { recognizeSheet } from "../core/recognize/recognize";
import { registerById } from "../core/registers";
import { SURVEY_RESPONSES_SHEET, surveyResponses } from "../core/registers/survey-responses";
import type { CellValue } from "../core/sheet-spec";
import {
  buildSurveySheet,
  formatMapping,
  MAPPING_KEY,
  mergeMapping,
  parseMapping,
  planRegisterWrite,
  planSurvey,
  readSurvey,
  registerRows,
  reversedPair,
  summarise,
  SurveyError,
  surveysFromTable,
  SURVEY_SUMMARY_SHEET,
  type MappingProposal,
  type SurveyData,
  type SurveyKind,
  type SurveyPlan,
  type SurveySheet,
  type SurveySummary,
} from "../core/survey";
import type { Settings } from "../core/settings-types";
import { buildTable } from "../core/table";
import type { RegisterTable } from "../core/table-types";
import { registerSheetSpec, settingsSheetSpecs } from "../core/templates";
import type { SheetValues, WorkbookPort } from "../workbook/port";

const MIN_GROUP_KEY = "最小公开人数";
const PARAMETERS_SHEET = "参数设置";

/** What the survey use cases need of a loaded workbook (a WorkbookContext has all of it). */
export interface SurveyContext {
  settings: Settings;
  tables: ReadonlyMap<string, RegisterTable>;
  sheets?: readonly SheetValues[];
}

/** The workbook's confirmed mapping (参数设置 评分映射); a SurveyError when an entry cannot be read. */
export function workbookMapping(settings: Settings | null): Map<string, number> {
  const text = settings ? settings.text(MAPPING_KEY) : "";
  const { mapping, bad } = parseMapping(text ?? "");
  if (bad.length > 0) throw new SurveyError("bad-mapping", { entries: bad.join("、") });
  return mapping;
}

export interface PreviewOptions {
  /** File name for messages (问卷星's 按序号 marker is read from it). */
  file: string;
  name?: string;
  kind?: SurveyKind;
  /** The workbook's mapping and the user's confirmations so far. */
  mapping?: ReadonlyMap<string, number>;
  /** Numbers are option positions (问卷星 按序号). */
  positions?: boolean;
  groupBy?: string;
  overallItem?: string;
  minGroupSize?: number;
}

export interface SurveyPreview {
  plan: SurveyPlan;
  /** Present when the plan needs no confirmation. */
  data: SurveyData | null;
  summary: SurveySummary | null;
}

/** The survey name when none is given: the file name without its folder, extension and 问卷星's id/count parts. */
export function defaultSurveyName(file: string): string {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return (
    base
      .replace(/^\d+_/, "")
      .replace(/_(按文本|按分数|按序号)(_\d+)*$/, "")
      .trim() || base
  );
}

/** Plans an export and, when no mapping waits for confirmation, reads and summarises it. Writes nothing. */
export function previewSurvey(sheet: SurveySheet, options: PreviewOptions): SurveyPreview {
  const mapping = new Map(options.mapping ?? []);
  const reversed = reversedPair(mapping);
  if (reversed) throw new SurveyError("reversed", { better: reversed[0], worse: reversed[1] });
  const plan = planSurvey(sheet, {
    file: options.file,
    mapping,
    ...(options.positions === undefined ? {} : { positions: options.positions }),
  });
  if (plan.proposals.length > 0) return { plan, data: null, summary: null };
  const data = readSurvey(sheet, plan, {
    file: options.file,
    name: options.name ?? defaultSurveyName(options.file),
    kind: options.kind ?? "师生",
    mapping,
  });
  // The user's pick of the overall item is what the register's 总体题 records, so K07/K14 read the same item.
  const pick = options.overallItem?.trim();
  if (pick && data.items.some((i) => i.header === pick)) for (const i of data.items) i.overall = i.header === pick;
  const summary = summarise(data, {
    ...(options.groupBy === undefined ? {} : { groupBy: options.groupBy }),
    ...(options.overallItem === undefined ? {} : { overallItem: options.overallItem }),
    ...(options.minGroupSize === undefined ? {} : { minGroupSize: options.minGroupSize }),
    where: { file: options.file, sheet: sheet.name },
  });
  return { plan, data, summary };
}

/** The mapping with the proposals accepted as shown (a confirmation); refused when it runs the wrong way. */
export function acceptProposals(
  mapping: ReadonlyMap<string, number>,
  proposals: readonly MappingProposal[],
): Map<string, number> {
  let out = new Map(mapping);
  for (const p of proposals) out = mergeMapping(out, p.scores);
  const reversed = reversedPair(out);
  if (reversed) throw new SurveyError("reversed", { better: reversed[0], worse: reversed[1] });
  return out;
}

export interface ImportSurveyOptions extends PreviewOptions {
  lang: Lang;
  /** The 更新于 stamp of the summary sheet. */
  updatedAt: string;
}

export interface ImportSurveyResult {
  plan: SurveyPlan;
  summary: SurveySummary;
  added: number;
  updated: number;
  unchanged: number;
  /** Whether 参数设置 评分映射 was written (new confirmations). */
  mappingStored: boolean;
}

/** Values of the 参数设置 sheet and the (0-based) row and column of 评分映射's value, or where to append it. */
function mappingCell(
  sheets: readonly SheetValues[] | undefined,
): { row: number; column: number; exists: boolean } | null {
  const values = sheets?.find((s) => s.name.trim() === PARAMETERS_SHEET)?.values;
  if (!values) return null;
  for (let h = 0; h < Math.min(5, values.length); h++) {
    const row = (values[h] ?? []).map((v) => (typeof v === "string" ? v.replace(/[*＊\s]/g, "") : ""));
    const keyCol = row.indexOf("参数");
    const valueCol = row.indexOf("值");
    if (keyCol < 0 || valueCol < 0) continue;
    let last = h;
    for (let r = h + 1; r < values.length; r++) {
      const key = values[r]?.[keyCol];
      if (typeof key === "string" && key.trim() === MAPPING_KEY) return { row: r, column: valueCol, exists: true };
      if ((values[r] ?? []).some((v) => v !== null && v !== "")) last = r;
    }
    return { row: last + 1, column: valueCol, exists: false };
  }
  return null;
}

async function storeMapping(
  port: WorkbookPort,
  ctx: SurveyContext,
  mapping: ReadonlyMap<string, number>,
): Promise<void> {
  const text = formatMapping(mapping);
  let cell = mappingCell(ctx.sheets);
  if (!cell) {
    const spec = settingsSheetSpecs().find((s) => s.name === PARAMETERS_SHEET);
    if (!spec) return;
    await port.ensureSheets([spec]);
    const [fresh] = await port.readSheets([PARAMETERS_SHEET]);
    cell = mappingCell(fresh ? [fresh] : []);
    if (!cell) return;
  }
  const blocks = cell.exists
    ? [{ sheet: PARAMETERS_SHEET, row: cell.row + 1, column: cell.column + 1, values: [[text]] }]
    : [{ sheet: PARAMETERS_SHEET, row: cell.row + 1, column: cell.column, values: [[MAPPING_KEY, text]] }];
  await port.writeBlocks(blocks);
}

async function freshRegister(port: WorkbookPort): Promise<RegisterTable | null> {
  const names = (await port.listSheets()).map((s) => s.name);
  const name = names.find((n) => n.trim() === SURVEY_RESPONSES_SHEET);
  if (!name) return null;
  const [sheet] = await port.readSheets([name]);
  if (!sheet) return null;
  const recognition = recognizeSheet(name, sheet.values, [surveyResponses]);
  return recognition ? buildTable(name, sheet.values as CellValue[][], recognition) : null;
}

/**
 * Imports an export: plan, read and summarise (any refusal here writes nothing), then append or rewrite its rows in
 * 满意度调查 (created from the template when absent), store new mapping confirmations in 参数设置 评分映射, and write
 * 满意度汇总 for this survey over every response the register now holds.
 */
export async function importSurvey(
  port: WorkbookPort,
  ctx: SurveyContext,
  sheet: SurveySheet,
  options: ImportSurveyOptions,
): Promise<ImportSurveyResult> {
  const stored = workbookMapping(ctx.settings);
  const mapping = mergeMapping(stored, options.mapping ?? new Map());
  const minGroupSize = options.minGroupSize ?? ctx.settings.number(MIN_GROUP_KEY);
  const preview = previewSurvey(sheet, { ...options, mapping, minGroupSize });
  if (!preview.data || !preview.summary) {
    const p = preview.plan.proposals[0] as MappingProposal;
    throw new SurveyError("unconfirmed", {
      file: options.file,
      sheet: sheet.name,
      mapping: Object.entries(p.scores)
        .map(([k, v]) => `${k}=${v}`)
        .join("；"),
      columns: p.columns.join("、"),
    });
  }
  const rows = registerRows(preview.data);
  let existing = await freshRegister(port);
  if (!existing) {
    await port.ensureSheets([registerSheetSpec(registerById(surveyResponses.id) ?? surveyResponses)]);
    existing = await freshRegister(port);
  }
  const write = planRegisterWrite(existing?.sheet ?? SURVEY_RESPONSES_SHEET, rows, existing);
  if (write.blocks.length > 0) await port.writeBlocks(write.blocks);

  const used = [...mapping].filter(([k, v]) => stored.get(k) !== v);
  const mappingStored = used.length > 0;
  if (mappingStored) await storeMapping(port, ctx, mapping);

  const after = await freshRegister(port);
  const tables = new Map(ctx.tables);
  if (after) tables.set(surveyResponses.id, after);
  const refreshed = await refreshSurveySummary(
    port,
    { ...ctx, tables },
    {
      lang: options.lang,
      updatedAt: options.updatedAt,
      survey: preview.data.name,
      dropped: preview.summary.dropped,
      ...(options.groupBy === undefined ? {} : { groupBy: options.groupBy }),
      ...(options.overallItem === undefined ? {} : { overallItem: options.overallItem }),
      minGroupSize,
    },
  );
  // The sheet summarises the register (earlier respondents of this survey included).
  const summary = refreshed ? { ...refreshed.summary, redacted: preview.summary.redacted } : preview.summary;
  return {
    plan: preview.plan,
    summary,
    added: write.added,
    updated: write.updated,
    unchanged: write.unchanged,
    mappingStored,
  };
}

export interface RefreshSurveyOptions {
  lang: Lang;
  updatedAt: string;
  /** The survey to summarise (调查名称); default: the last one in the register. */
  survey?: string;
  groupBy?: string;
  overallItem?: string;
  minGroupSize?: number;
  /** Extra lines above the table (the import's dropped columns). */
  dropped?: readonly string[];
}

export interface RefreshSurveyResult {
  sheet: string;
  summary: SurveySummary;
  surveys: string[];
}

/** Writes 满意度汇总 from the 满意度调查 register; null when the register holds no survey. */
export async function refreshSurveySummary(
  port: WorkbookPort,
  ctx: SurveyContext,
  options: RefreshSurveyOptions,
): Promise<RefreshSurveyResult | null> {
  const table = ctx.tables.get(surveyResponses.id);
  if (!table) return null;
  const surveys = surveysFromTable(table);
  if (surveys.length === 0) return null;
  const data =
    options.survey === undefined ? surveys[surveys.length - 1] : surveys.find((s) => s.name === options.survey?.trim());
  if (!data) throw new SurveyError("no-survey", { name: options.survey ?? "" });
  if (options.dropped) data.dropped = [...options.dropped];
  const summary = summarise(data, {
    ...(options.groupBy === undefined ? {} : { groupBy: options.groupBy }),
    ...(options.overallItem === undefined ? {} : { overallItem: options.overallItem }),
    minGroupSize: options.minGroupSize ?? ctx.settings.number(MIN_GROUP_KEY),
    where: { file: table.sheet, sheet: table.sheet },
  });
  await port.ensureSheets([buildSurveySheet({ summary, lang: options.lang, updatedAt: options.updatedAt })]);
  return { sheet: SURVEY_SUMMARY_SHEET, summary, surveys: surveys.map((s) => s.name) };
}
