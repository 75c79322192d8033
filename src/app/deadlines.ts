/**
 * Use cases of the deadline feature: compute every deadline of a loaded workbook as of a day, and refresh the
 * workbook — computed columns on each register, optional fill of blank due-date columns, and the `期限总览` sheet.
 * Port calls per refresh: one getSetting, one writeBlocks, one setSetting, one setOwnedConditionalFormats, one
 * ensureSheets, whatever the row count.
 */
import type { ConditionalFormatSpec, CellValue, Block } from "../core/sheet-spec";
import type { Serial } from "../core/dates";
import type { Lang } from "../core/i18n";
import {
  computeDeadlines,
  createDeadlineContext,
  deadlinesFor,
  overviewSheet,
  planComputedColumns,
  planDueFills,
  OVERVIEW_SHEET,
  type DeadlineResult,
  type OwnedColumns,
} from "../core/deadlines";
import type { OwnedFormatsEntry, WorkbookPort } from "../workbook/port";
import type { WorkbookContext } from "./load-context";

/** Workbook setting recording where this add-in's computed columns are, per sheet, so none is mistaken for the user's. */
export const DEADLINE_COLUMNS_SETTING = "ledger.deadlines.columns";

/** Owner of the row colours on register sheets, so a refresh replaces its own colours and no one else's. */
const DEADLINE_FORMATS_OWNER = "deadlines";

/** What computing deadlines needs of a loaded workbook. */
export type DeadlinesContext = Pick<WorkbookContext, "tables" | "settings" | "calendar">;

export function computeWorkbookDeadlines(ctx: DeadlinesContext, asOf: Serial, lang: Lang): DeadlineResult {
  return computeDeadlines([...ctx.tables.values()], createDeadlineContext(ctx.settings, ctx.calendar, asOf, lang));
}

export interface RefreshDeadlinesOptions {
  /** Write 截止日期 / 期限状态 / 逾期工作日 on each register with deadlines (default true). */
  columns?: boolean;
  /** Fill blank 办理期限 / 到期日期 cells from the rule; a cell holding anything is never written. */
  fillDue?: boolean;
  /** Rebuild `期限总览` (default true). */
  overview?: boolean;
}

export interface RefreshedSheet {
  sheet: string;
  columns: OwnedColumns;
  /** Computed columns not written because the user has both `截止日期` and `截止日期(计算)` (and so on). */
  skipped: string[];
  /** Computed columns not written: the register reaches Excel's last column (XFD). */
  noRoom?: string[];
  /** Due-date cells filled (fillDue). */
  filled: number;
}

export interface RefreshDeadlinesResult {
  result: DeadlineResult;
  sheets: RefreshedSheet[];
  overview: string | null;
  /**
   * Colours for 临期 / 已逾期 rows of each register that got computed columns, as applied to the sheets (replacing the
   * previous refresh's; the user's own conditional formats stay).
   */
  rowFormats: Array<{ sheet: string; formats: ConditionalFormatSpec[] }>;
}

type OwnedRecord = Record<string, OwnedColumns>;

function parseOwned(text: string | null): OwnedRecord {
  if (text === null) return {};
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as OwnedRecord) : {};
  } catch {
    // A damaged record only means we treat every existing column as the user's: safe, never destructive.
    return {};
  }
}

export async function refreshDeadlines(
  port: WorkbookPort,
  ctx: WorkbookContext,
  asOf: Serial,
  lang: Lang,
  options: RefreshDeadlinesOptions = {},
): Promise<RefreshDeadlinesResult> {
  const result = computeWorkbookDeadlines(ctx, asOf, lang);
  const values = new Map(ctx.sheets.map((s) => [s.name, s.values]));
  const owned = parseOwned(await port.getSetting(DEADLINE_COLUMNS_SETTING));
  const blocks: Block[] = [];
  const sheets: RefreshedSheet[] = [];
  const rowFormats: RefreshDeadlinesResult["rowFormats"] = [];
  const colours: OwnedFormatsEntry[] = [];
  for (const table of ctx.tables.values()) {
    if (deadlinesFor(table.register.id).length === 0) continue;
    const sheetValues: readonly (readonly CellValue[])[] = values.get(table.sheet) ?? [];
    const fills = options.fillDue ? planDueFills(table, result.items) : [];
    blocks.push(...fills);
    const refreshed: RefreshedSheet = {
      sheet: table.sheet,
      columns: owned[table.sheet] ?? {},
      skipped: [],
      filled: fills.reduce((n, b) => n + b.values.length, 0),
    };
    if (options.columns !== false) {
      const plan = planComputedColumns({
        table,
        headerCells: sheetValues[table.headerRow - 1] ?? [],
        usedColumns: sheetValues.reduce((w, row) => Math.max(w, row.length), 0),
        items: result.items,
        owned: owned[table.sheet],
        lang,
        asOf,
      });
      blocks.push(...plan.blocks);
      owned[table.sheet] = plan.owned;
      refreshed.columns = plan.owned;
      refreshed.skipped = plan.skipped;
      if (plan.noRoom.length > 0) refreshed.noRoom = plan.noRoom;
      if (plan.conditionalFormats.length > 0) rowFormats.push({ sheet: table.sheet, formats: plan.conditionalFormats });
      // An empty list too: a register whose status column went (or whose rows did) loses last refresh's colours.
      colours.push({ sheet: table.sheet, owner: DEADLINE_FORMATS_OWNER, formats: plan.conditionalFormats });
    }
    sheets.push(refreshed);
  }
  // Which columns are the add-in's is recorded before they are written: should the write fail, the next refresh still
  // knows them (a column left unrecorded would look like the user's own and a second set would be added beside it).
  if (options.columns !== false) await port.setSetting(DEADLINE_COLUMNS_SETTING, JSON.stringify(owned));
  if (blocks.length > 0) await port.writeBlocks(blocks);
  // After the values, so the formulas colour the statuses just written.
  if (colours.length > 0) await port.setOwnedConditionalFormats(colours);
  let overview: string | null = null;
  if (options.overview !== false) {
    await port.ensureSheets([
      overviewSheet(
        result.items,
        asOf,
        lang,
        result.warnings.map((w) => w.message),
      ),
    ]);
    overview = OVERVIEW_SHEET;
  }
  return { result, sheets, overview, rowFormats };
}
