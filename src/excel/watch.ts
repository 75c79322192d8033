/**
 * Checking as the user types: one onChanged registration per watched sheet. Excel sends no per-cell details for
 * multi-cell edits (paste, fill, delete), so the handler re-reads the changed rows itself, across the sheet's used
 * columns, and hands them to the task pane.
 */
import type { CellValue } from "../core/sheet-spec";
import { address, MAX_ROWS } from "../workbook/a1";
import type { XlEventRegistration, XlRequestContext, XlRun, XlRunIn, XlWorksheet } from "./office-api";

export interface ChangedRows {
  /** 1-based first and last changed row, clamped to the sheet's used rows. */
  first: number;
  last: number;
  /** The changed rows from column A to the last used column. */
  values: CellValue[][];
}

export type OnRows = (sheet: string, rows: ChangedRows) => void;

/** 'B3:D5', 'C7', 'A:C' (whole columns) or '4:6' (whole rows) → first and last row, or null for anything else. */
export function changedRowSpan(addr: string): { first: number; last: number } | null {
  const local = addr.includes("!") ? addr.slice(addr.lastIndexOf("!") + 1) : addr;
  const [a = "", b = a] = local.replace(/\$/g, "").split(":");
  const ma = /^([A-Za-z]{0,3})(\d*)$/.exec(a);
  const mb = /^([A-Za-z]{0,3})(\d*)$/.exec(b);
  if (!ma || !mb) return null;
  if (ma[2] === "" && mb[2] === "") return ma[1] && mb[1] ? { first: 1, last: MAX_ROWS } : null;
  if (ma[2] === "" || mb[2] === "") return null;
  const first = Number(ma[2]);
  const last = Number(mb[2]);
  return { first: Math.min(first, last), last: Math.max(first, last) };
}

async function readChangedRows(
  run: XlRun,
  sheet: string,
  span: { first: number; last: number },
): Promise<ChangedRows | null> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "rowCount", "columnIndex", "columnCount"]);
    await context.sync();
    if (ws.isNullObject || used.isNullObject) return null;
    const lastRow = used.rowIndex + used.rowCount;
    const lastColumn = used.columnIndex + used.columnCount;
    const first = span.first;
    const last = Math.min(span.last, lastRow);
    if (first > last) return { first, last: first - 1, values: [] };
    const range = context.workbook.worksheets.getItem(sheet).getRange(`A${first}:${address(last, lastColumn)}`);
    range.load("values");
    await context.sync();
    return { first, last, values: range.values as CellValue[][] };
  });
}

/**
 * Registers change handlers on `sheetNames`; returns the function that removes them. Errors while re-reading go to
 * `onError` (the task pane shows them) rather than being thrown into Excel's event loop.
 */
export async function watchSheets(
  run: XlRun,
  runIn: XlRunIn | undefined,
  sheetNames: readonly string[],
  onRows: OnRows,
  onError: (e: unknown) => void,
): Promise<() => Promise<void>> {
  let registrations: XlEventRegistration[] = [];
  let holder: XlRequestContext | null = null;
  await run(async (context) => {
    holder = context;
    const sheets: XlWorksheet[] = sheetNames.map((name) => context.workbook.worksheets.getItem(name));
    registrations = sheets.map((ws, i) =>
      ws.onChanged.add(async (args) => {
        const name = sheetNames[i] as string;
        const span = changedRowSpan(args.address);
        if (!span) return;
        try {
          const rows = await readChangedRows(run, name, span);
          if (rows) onRows(name, rows);
        } catch (e) {
          onError(e);
        }
      }),
    );
    await context.sync();
  });
  return async () => {
    const context = holder as XlRequestContext | null;
    if (!context || registrations.length === 0) return;
    const removing = registrations;
    registrations = [];
    // Handlers belong to the context that added them, so they are removed through it: with Excel.run(context, …)
    // inside Excel, or by syncing that context directly where no such overload exists (the fake).
    const remove = async (ctx: XlRequestContext): Promise<void> => {
      for (const r of removing) r.remove();
      await ctx.sync();
    };
    await (runIn ? runIn(context, remove) : remove(context));
  };
}
