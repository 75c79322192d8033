/**
 * Reads the open workbook's `节假日调整` and `参数设置` sheets for the LEDGER functions, once for many cells: the result
 * is cached for a few seconds (a recalculation of a thousand cells reads the workbook once), concurrent callers share
 * one read, and an edit to either sheet drops the cache at once when the host supports worksheet events.
 */
import { HOLIDAY_SHEET } from "../core/calendar";
import type { CellValue } from "../core/sheet-spec";
import { buildFunctionContext, type FunctionContext } from "./logic";

export const SETTINGS_SHEET = "参数设置";
const TTL_MS = 10_000;

let cached: { context: FunctionContext; at: number } | null = null;
let pending: Promise<FunctionContext> | null = null;
let watchedSheetIds = new Set<string>();
let eventsRegistered = false;

/** Drops the cache, e.g. after an edit to one of the sheets. */
export function invalidateWorkbookContext(): void {
  cached = null;
}

async function readSheets(): Promise<{ holiday: CellValue[][] | null; settings: CellValue[][] | null; ids: string[] }> {
  return Excel.run(async (context) => {
    const sheets = [HOLIDAY_SHEET, SETTINGS_SHEET].map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    for (const s of sheets) s.load("id");
    await context.sync();
    const ranges = sheets.map((s) => {
      if (s.isNullObject) return null;
      const range = s.getUsedRangeOrNullObject(true);
      range.load("values");
      return range;
    });
    await context.sync();
    const values = ranges.map((r) => (r === null || r.isNullObject ? null : (r.values as CellValue[][])));
    await registerEvents(context);
    return {
      holiday: values[0] ?? null,
      settings: values[1] ?? null,
      ids: sheets.filter((s) => !s.isNullObject).map((s) => s.id),
    };
  });
}

/**
 * Worksheet events (ExcelApi 1.9) drop the cache when one of the two sheets is edited, added or deleted. Excel does
 * not know LEDGER cells depend on those sheets, so an edit there also asks for a full recalculation; edits to
 * 节假日调整 and 参数设置 are rare, and stale deadlines would be worse than one recalculation.
 */
async function registerEvents(context: Excel.RequestContext): Promise<void> {
  if (eventsRegistered || !Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return;
  eventsRegistered = true;
  const worksheets = context.workbook.worksheets;
  worksheets.onChanged.add(async (event) => {
    if (!watchedSheetIds.has(event.worksheetId)) return;
    invalidateWorkbookContext();
    await Excel.run(async (ctx) => {
      ctx.workbook.application.calculate(Excel.CalculationType.full);
      await ctx.sync();
    });
  });
  worksheets.onAdded.add(async () => invalidateWorkbookContext());
  worksheets.onDeleted.add(async () => invalidateWorkbookContext());
  await context.sync();
}

/** The functions' context for the open workbook (cached briefly; see the module comment). */
export async function workbookContext(now: () => number = Date.now): Promise<FunctionContext> {
  if (cached && now() - cached.at < TTL_MS) return cached.context;
  if (!pending) {
    pending = readSheets()
      .then(({ holiday, settings, ids }) => {
        watchedSheetIds = new Set(ids);
        const context = buildFunctionContext(holiday, settings);
        cached = { context, at: now() };
        return context;
      })
      .finally(() => {
        pending = null;
      });
  }
  return pending;
}
