/**
 * Reading sheets as 2-D values, the way Excel on the web can serve them: one sync for the extents of every requested
 * sheet, then row blocks (≤ 20,000 rows, fewer for wide sheets) packed into syncs of ~4 MB of response each. The
 * bytes per cell of each sheet are learned from the blocks already read, so later syncs are packed closer to the
 * budget; a response that still overflows is retried with the failed blocks split in half.
 */
import type { CellValue } from "../core/sheet-spec";
import type { Lang } from "../core/i18n";
import { CancelledError, type ReadOptions, type SheetValues } from "../workbook/port";
import { address } from "../workbook/a1";
import { ExcelAdapterError, officeErrorCode } from "./errors";
import type { XlRange, XlRequestContext } from "./office-api";
import { estimateRowBytes } from "./cell-input";

export const MAX_BLOCK_ROWS = 20_000;
/** Office may return null for a read over 5,000,000 cells; blocks stay far below. */
const MAX_BLOCK_CELLS = 1_000_000;
/** First guess of response bytes per cell before a sheet has been sampled (JSON: quotes, commas, CJK as 3 bytes). */
const INITIAL_BYTES_PER_CELL = 16;

export interface SheetExtent {
  name: string;
  /** Last used row and column counted from A1 (0 when the sheet has no values). */
  rows: number;
  columns: number;
}

/** What listSheets saw last, used only to size the first read (the real extent is always loaded with it). */
export type ExtentHints = ReadonlyMap<string, { rows: number; columns: number }>;

interface Head {
  used: XlRange;
  /** Rows 1..headRows of the sheet from A1, read in the same sync as the extent; null when no head was asked. */
  head: XlRange | null;
  headRows: number;
}

/** Column count assumed for sizing the first read of a sheet listSheets has not described. */
const ASSUMED_COLUMNS = 24;
const DEFAULT_HEAD_ROWS = 200;

/**
 * Rows to read with each sheet's extent, in the first sync: as many as the budget allows by the hints, so a workbook
 * of ordinary size is read in one sync and a large one wastes none of its first round trip.
 */
export function headRows(names: readonly string[], hints: ExtentHints, budget: number, maxBlockRows: number): number[] {
  let left = budget;
  return names.map((name) => {
    const hint = hints.get(name);
    const columns = Math.max(1, hint?.columns ?? ASSUMED_COLUMNS);
    const want = hint ? hint.rows : DEFAULT_HEAD_ROWS;
    const fit = Math.floor(left / (columns * INITIAL_BYTES_PER_CELL));
    // At least one row: it is what tells an empty sheet (A1 holding '') from a sheet with only A1 filled.
    const rows = Math.max(1, Math.min(want, fit, maxBlockRows, Math.floor(MAX_BLOCK_CELLS / columns)));
    left -= rows * columns * INITIAL_BYTES_PER_CELL;
    return rows;
  });
}

/** Queues, for each sheet, its used range and (when `rows[i]` > 0) its first rows from A1; the caller syncs. */
export function queueHeads(context: XlRequestContext, names: readonly string[], rows: readonly number[]): Head[] {
  return names.map((name, i) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRange(true);
    used.load(["rowIndex", "rowCount", "columnIndex", "columnCount"]);
    const n = rows[i] ?? 0;
    if (n === 0) return { used, head: null, headRows: 0 };
    // From A1 to the last used cell, cut to the first n rows; resolved by Excel in this same sync.
    const head = ws.getRange(`1:${n}`).getIntersectionOrNullObject(ws.getRange("A1").getBoundingRect(used));
    head.load("values");
    return { used, head, headRows: n };
  });
}

/** After the sync: each sheet's extent and the rows already read. An empty sheet's used range is A1 holding ''. */
export function extentsFrom(
  names: readonly string[],
  heads: readonly Head[],
): { extents: SheetExtent[]; firstRows: CellValue[][][] } {
  const extents: SheetExtent[] = [];
  const firstRows: CellValue[][][] = [];
  heads.forEach((h, i) => {
    const name = names[i] as string;
    const u = h.used;
    const rows = u.rowIndex + u.rowCount;
    const columns = u.columnIndex + u.columnCount;
    const values = h.head && !h.head.isNullObject ? (h.head.values as CellValue[][]) : [];
    const emptyA1 = rows === 1 && columns === 1 && (h.head === null ? false : values[0]?.[0] === "");
    extents.push(emptyA1 ? { name, rows: 0, columns: 0 } : { name, rows, columns });
    firstRows.push(emptyA1 ? [] : values.slice(0, Math.min(h.headRows, rows)));
  });
  return { extents, firstRows };
}

/** Which of `names` the workbook lacks (after an ItemNotFound), so the message can name it. */
export async function missingSheet(context: XlRequestContext, names: readonly string[]): Promise<string | null> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((ws) => ws.name.toLowerCase()));
  return names.find((n) => !present.has(n.toLowerCase())) ?? null;
}

export function sheetMissingError(name: string, lang: Lang): ExcelAdapterError {
  return new ExcelAdapterError("sheetMissing", { sheet: name }, lang);
}

interface Block {
  sheet: number;
  /** 1-based first and last row. */
  first: number;
  last: number;
  columns: number;
}

export interface ReadTuning {
  budgetBytes: number;
  maxBlockRows: number;
}

/**
 * The next sync's blocks: rows from each sheet's cursor, as many as fit the budget by the current estimates, cut into
 * blocks of at most maxBlockRows rows (and 1,000,000 cells). Always at least one row, so reading always advances.
 */
function nextBatch(
  extents: readonly SheetExtent[],
  next: readonly number[],
  tuning: ReadTuning,
  bytesPerCell: readonly number[],
): Block[] {
  const batch: Block[] = [];
  let left = tuning.budgetBytes;
  extents.forEach((e, sheet) => {
    let first = next[sheet] as number;
    if (e.columns === 0 || first > e.rows) return;
    const rowBytes = e.columns * (bytesPerCell[sheet] as number);
    let take = Math.min(e.rows - first + 1, Math.floor(left / rowBytes));
    if (take <= 0) {
      if (batch.length > 0) return;
      take = 1;
    }
    left -= take * rowBytes;
    const size = Math.max(1, Math.min(tuning.maxBlockRows, Math.floor(MAX_BLOCK_CELLS / e.columns)));
    const end = first + take - 1;
    for (; first <= end; first += size)
      batch.push({ sheet, first, last: Math.min(end, first + size - 1), columns: e.columns });
  });
  return batch;
}

const isPayloadError = (e: unknown): boolean => officeErrorCode(e) === "RequestPayloadSizeLimitExceeded";

/**
 * Reads the rest of the values of sheets whose extents are known (`firstRows` were read with the extents), in as few
 * syncs as the payload budget allows.
 */
export async function readValues(
  context: XlRequestContext,
  extents: readonly SheetExtent[],
  firstRows: readonly CellValue[][][],
  tuning: ReadTuning,
  options: ReadOptions | undefined,
): Promise<SheetValues[]> {
  const out: CellValue[][][] = extents.map((e, i) => {
    const rows = new Array<CellValue[]>(e.rows);
    (firstRows[i] ?? []).forEach((row, k) => (rows[k] = row));
    return rows;
  });
  // What the first rows taught about each sheet's bytes per cell (JSON, as Excel sends it).
  const bytesPerCell = extents.map((e, i) => {
    const sample = firstRows[i] ?? [];
    const cells = sample.length * e.columns;
    if (cells === 0) return INITIAL_BYTES_PER_CELL;
    return Math.max(1, (sample.reduce((n, r) => n + estimateRowBytes(r), 0) / cells) * 1.1);
  });
  const total = extents.reduce((n, e) => n + (e.columns > 0 ? e.rows : 0), 0);
  // Next row to read per sheet (1-based).
  const next = firstRows.map((r) => r.length + 1);
  let done = firstRows.reduce((n, r) => n + r.length, 0);
  if (done > 0) options?.onProgress?.(done, total);
  for (
    let batch = nextBatch(extents, next, tuning, bytesPerCell);
    batch.length > 0;
    batch = nextBatch(extents, next, tuning, bytesPerCell)
  ) {
    if (options?.isCancelled?.()) throw new CancelledError();
    const ranges = batch.map((b) => {
      const range = context.workbook.worksheets
        .getItem((extents[b.sheet] as SheetExtent).name)
        .getRange(`A${b.first}:${address(b.last, b.columns)}`);
      range.load("values");
      return range;
    });
    try {
      await readRoundTrip(context);
    } catch (e) {
      if (!isPayloadError(e) || batch.every((b) => b.first === b.last)) throw e;
      // The estimate was far too low (the response says no more than "too large"): the next try asks for an eighth
      // as many rows; the first batch that arrives sets the estimate from measured bytes again.
      for (const b of batch) bytesPerCell[b.sheet] = (bytesPerCell[b.sheet] as number) * 8;
      continue;
    }
    const measured = new Map<number, { bytes: number; cells: number }>();
    batch.forEach((b, i) => {
      const values = (ranges[i] as XlRange).values as CellValue[][];
      const target = out[b.sheet] as CellValue[][];
      let bytes = 0;
      values.forEach((row, k) => {
        target[b.first - 1 + k] = row;
        bytes += estimateRowBytes(row);
      });
      const m = measured.get(b.sheet) ?? { bytes: 0, cells: 0 };
      m.bytes += bytes;
      m.cells += values.length * b.columns;
      measured.set(b.sheet, m);
      next[b.sheet] = Math.max(next[b.sheet] as number, b.last + 1);
      done += b.last - b.first + 1;
    });
    for (const [sheet, m] of measured) if (m.cells > 0) bytesPerCell[sheet] = Math.max(1, (m.bytes / m.cells) * 1.1);
    options?.onProgress?.(done, total);
  }
  return extents.map((e, i) => ({ name: e.name, values: e.columns > 0 ? (out[i] as CellValue[][]) : [] }));
}

/** One round trip per payload-sized batch (see batches.ts): the loop above is over megabytes, not rows. */
function readRoundTrip(context: XlRequestContext): Promise<unknown> {
  return context.sync();
}
