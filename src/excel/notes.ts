/**
 * Cell notes through Office.js (ExcelApi 1.18 `worksheet.notes`) — the same legacy notes .xlsx files and ExcelJS
 * call comments, so marks and header notes written by the CLI and by the add-in are one thing.
 * Two phases: look every cell's note up, then add, rewrite or delete — each one sync per ~4 MB of request, so a
 * register with tens of thousands of findings is still a handful of syncs, and never an oversized request.
 */
import { address } from "../workbook/a1";
import { cellKey, type MarkedCell, type NoteWrite } from "../workbook/mark-notes";
import { syncInBatches, type QueuedWork } from "./batches";
import { estimateBytes } from "./cell-input";
import type { XlNote, XlRequestContext, XlWorksheet } from "./office-api";

/** Request bytes of one note action besides its text (object path, method, address). */
const NOTE_ACTION_BYTES = 200;

export interface NoteLookup {
  /** Current note text by cellKey; null when the cell has no note. */
  text: Map<string, string | null>;
  proxies: Map<string, XlNote>;
}

/** Worksheet proxies by name, created once per batch. */
export class SheetProxies {
  private readonly byName = new Map<string, XlWorksheet>();
  constructor(private readonly context: XlRequestContext) {}

  get(name: string): XlWorksheet {
    let ws = this.byName.get(name);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.byName.set(name, ws);
    }
    return ws;
  }
}

/** Looks up the notes of `cells`: one sync, or one per ~4 MB of lookups. */
export async function lookUpNotes(
  context: XlRequestContext,
  sheets: SheetProxies,
  cells: readonly MarkedCell[],
  budget: number,
): Promise<NoteLookup> {
  const proxies = new Map<string, XlNote>();
  const work: QueuedWork[] = [];
  for (const cell of cells) {
    const key = cellKey(cell.sheet, cell.row, cell.column);
    if (proxies.has(key)) continue;
    proxies.set(key, null as unknown as XlNote);
    work.push({
      bytes: NOTE_ACTION_BYTES,
      queue: () => {
        const note = sheets.get(cell.sheet).notes.getItemOrNullObject(address(cell.row, cell.column));
        note.load("content");
        proxies.set(key, note);
      },
    });
  }
  if (work.length === 0) await context.sync();
  else await syncInBatches(context, work, budget);
  const text = new Map<string, string | null>();
  for (const [key, note] of proxies) text.set(key, note.isNullObject ? null : note.content);
  return { text, proxies };
}

/** Note writes (null deletes) against the notes found by `lookUpNotes`, as payload-sized work for syncInBatches. */
export function noteWriteWork(sheets: SheetProxies, lookup: NoteLookup, writes: readonly NoteWrite[]): QueuedWork[] {
  const work: QueuedWork[] = [];
  for (const w of writes) {
    const key = cellKey(w.cell.sheet, w.cell.row, w.cell.column);
    const existing = lookup.text.get(key) ?? null;
    const proxy = lookup.proxies.get(key);
    const bytes = NOTE_ACTION_BYTES + (w.note === null ? 0 : estimateBytes(w.note));
    if (existing !== null && proxy) {
      if (w.note === null) work.push({ bytes, queue: () => proxy.delete() });
      else if (w.note !== existing) {
        const text = w.note;
        work.push({ bytes, queue: () => (proxy.content = text) });
      }
    } else if (w.note !== null) {
      const text = w.note;
      work.push({
        bytes,
        queue: () => void sheets.get(w.cell.sheet).notes.add(address(w.cell.row, w.cell.column), text),
      });
    }
  }
  return work;
}
