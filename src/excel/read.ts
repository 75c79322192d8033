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

/** Queues the used-range lookup of `names`; the returned function (after a sync) gives their extents. */
export function queueExtents(context: XlRequestContext, names: readonly string[], lang: Lang): () => SheetExtent[] {
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  const used = sheets.map((ws) => ws.getUsedRangeOrNullObject(true));
  for (const u of used) u.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  return () =>
    names.map((name, i) => {
      if ((sheets[i] as { isNullObject: boolean }).isNullObject) throw new ExcelAdapterError("sheetMissing", { sheet: name }, lang);
      const u = used[i] as XlRange;
      return u.isNullObject ? { name, rows: 0, columns: 0 } : { name, rows: u.rowIndex + u.rowCount, columns: u.columnIndex + u.columnCount };
    });
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

function blocksOf(extents: readonly SheetExtent[], tuning: ReadTuning, bytesPerCell: readonly number[]): Block[] {
  const blocks: Block[] = [];
  extents.forEach((e, sheet) => {
    if (e.rows === 0 || e.columns === 0) return;
    const byBytes = Math.floor(tuning.budgetBytes / (e.columns * (bytesPerCell[sheet] as number)));
    const size = Math.max(1, Math.min(tuning.maxBlockRows, Math.floor(MAX_BLOCK_CELLS / e.columns), byBytes));
    for (let first = 1; first <= e.rows; first += size) blocks.push({ sheet, first, last: Math.min(e.rows, first + size - 1), columns: e.columns });
  });
  return blocks;
}

const isPayloadError = (e: unknown): boolean => officeErrorCode(e) === "RequestPayloadSizeLimitExceeded";

/** Reads the values of sheets whose extents are known, in as few syncs as the payload budget allows. */
export async function readValues(
  context: XlRequestContext,
  extents: readonly SheetExtent[],
  tuning: ReadTuning,
  options: ReadOptions | undefined
): Promise<SheetValues[]> {
  const out: CellValue[][][] = extents.map((e) => new Array<CellValue[]>(e.rows));
  const bytesPerCell = extents.map(() => INITIAL_BYTES_PER_CELL);
  const total = extents.reduce((n, e) => n + (e.columns > 0 ? e.rows : 0), 0);
  let pending = blocksOf(extents, tuning, bytesPerCell);
  let done = 0;
  while (pending.length > 0) {
    if (options?.isCancelled?.()) throw new CancelledError();
    // Pack the next sync from the front of the queue by the current per-sheet estimate.
    const batch: Block[] = [];
    let used = 0;
    for (const b of pending) {
      const bytes = (b.last - b.first + 1) * b.columns * (bytesPerCell[b.sheet] as number);
      if (batch.length > 0 && used + bytes > tuning.budgetBytes) break;
      batch.push(b);
      used += bytes;
    }
    const ranges = batch.map((b) => {
      const range = context.workbook.worksheets.getItem((extents[b.sheet] as SheetExtent).name).getRange(`A${b.first}:${address(b.last, b.columns)}`);
      range.load("values");
      return range;
    });
    try {
      await readRoundTrip(context);
    } catch (e) {
      if (!isPayloadError(e) || batch.every((b) => b.first === b.last)) throw e;
      // The estimate was too low: split the failed blocks and learn that cells here are bigger than thought.
      const split = batch.flatMap((b) => {
        if (b.first === b.last) return [b];
        const mid = Math.floor((b.first + b.last) / 2);
        return [{ ...b, last: mid }, { ...b, first: mid + 1 }];
      });
      for (const b of batch) bytesPerCell[b.sheet] = (bytesPerCell[b.sheet] as number) * 2;
      pending = [...split, ...pending.slice(batch.length)];
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
      done += b.last - b.first + 1;
    });
    for (const [sheet, m] of measured) if (m.cells > 0) bytesPerCell[sheet] = Math.max(1, (m.bytes / m.cells) * 1.1);
    pending = pending.slice(batch.length);
    options?.onProgress?.(done, total);
  }
  return extents.map((e, i) => ({ name: e.name, values: e.columns > 0 ? (out[i] as CellValue[][]) : [] }));
}

/** One round trip per payload-sized batch (see batches.ts): the loop above is over megabytes, not rows. */
function readRoundTrip(context: XlRequestContext): Promise<unknown> {
  return context.sync();
}
