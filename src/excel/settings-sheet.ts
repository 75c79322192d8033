/**
 * Add-in settings in the workbook, in the same very hidden `_ledger` sheet the .xlsx adapter uses
 * (src/xlsx/settings-sheet.ts): row 1 is a header, then one row per key, value text in column B and, past Excel's
 * 32,767-character cell limit, continued in the cells to its right. Settings therefore travel with the file between
 * the CLI and Excel on every platform, unlike `Office.context.document.settings`, which only this add-in can read.
 */
import { address, columnLetter } from "../workbook/a1";
import type { XlRange, XlRequestContext, XlWorksheet } from "./office-api";

export const SETTINGS_SHEET = "_ledger";
const CHUNK = 32_000;
const HEADER = ["key", "value (台账助手 settings; do not edit)"];

export interface SettingsState {
  values: Map<string, string>;
  /** The sheet when it exists, and the extent its content covers now (to blank it before rewriting). */
  sheet: XlWorksheet | null;
  extent: { rows: number; columns: number };
}

export interface PendingSettingsRead {
  sheet: XlWorksheet;
  used: XlRange;
}

/** Queues the read of the settings sheet; the caller syncs (sharing the sync with other reads), then calls settingsFrom. */
export function queueSettingsRead(context: XlRequestContext): PendingSettingsRead {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["values", "rowIndex", "columnIndex"]);
  return { sheet, used };
}

/** The settings from a read queued by queueSettingsRead, after its sync. */
export function settingsFrom(read: PendingSettingsRead): SettingsState {
  const { sheet, used } = read;
  const values = new Map<string, string>();
  if (sheet.isNullObject) return { values, sheet: null, extent: { rows: 0, columns: 0 } };
  if (used.isNullObject) return { values, sheet, extent: { rows: 0, columns: 0 } };
  const top = used.rowIndex;
  const left = used.columnIndex;
  const grid = used.values;
  grid.forEach((row, i) => {
    if (top + i === 0 || left > 0) return; // header row; or column A is empty, so no keys
    const key = row[0];
    if (typeof key !== "string" || key === "") return;
    values.set(
      key,
      row
        .slice(1)
        .map((v) => (v === null || v === undefined ? "" : String(v)))
        .join(""),
    );
  });
  return { values, sheet, extent: { rows: top + grid.length, columns: left + (grid[0]?.length ?? 0) } };
}

/** Excel eats one leading apostrophe as its text marker, even in a text-formatted cell. */
const keepText = (s: string): string => (s.startsWith("'") ? `'${s}` : s);

/** Queues rewriting the whole settings sheet from `values` (sorted by key, as the .xlsx adapter writes it). */
export function queueSettingsWrite(
  context: XlRequestContext,
  state: SettingsState,
  values: ReadonlyMap<string, string>,
): void {
  let ws = state.sheet;
  if (!ws) {
    ws = context.workbook.worksheets.add(SETTINGS_SHEET);
    ws.visibility = "VeryHidden";
  }
  const rows: string[][] = [HEADER];
  for (const [key, value] of [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const chunks: string[] = [];
    for (let i = 0; i < Math.max(1, value.length); i += CHUNK) chunks.push(keepText(value.slice(i, i + CHUNK)));
    rows.push([keepText(key), ...chunks]);
  }
  const width = Math.max(...rows.map((r) => r.length));
  const height = rows.length;
  if (state.extent.rows > 0 && state.extent.columns > 0) {
    const h = state.extent.rows;
    const w = state.extent.columns;
    ws.getRange(`A1:${address(h, w)}`).values = Array.from({ length: h }, () => new Array<string>(w).fill(""));
  }
  const range = ws.getRange(`A1:${columnLetter(width)}${height}`);
  range.numberFormat = rows.map(() => new Array<string>(width).fill("@"));
  range.values = rows.map((r) => [...r, ...new Array<string>(width - r.length).fill("")]);
}
