/**
 * Cell notes through Office.js (ExcelApi 1.18 `worksheet.notes`) — the same legacy notes .xlsx files and ExcelJS
 * call comments, so marks and header notes written by the CLI and by the add-in are one thing.
 * Two phases, two syncs whatever the number of cells: look every cell's note up, then add, rewrite or delete.
 */
import { address } from "../workbook/a1";
import { cellKey, type MarkedCell, type NoteWrite } from "../workbook/mark-notes";
import type { XlNote, XlRequestContext, XlWorksheet } from "./office-api";

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

/** Looks up the notes of `cells` in one sync. */
export async function lookUpNotes(context: XlRequestContext, sheets: SheetProxies, cells: readonly MarkedCell[]): Promise<NoteLookup> {
  const proxies = new Map<string, XlNote>();
  for (const cell of cells) {
    const key = cellKey(cell.sheet, cell.row, cell.column);
    if (proxies.has(key)) continue;
    const note = sheets.get(cell.sheet).notes.getItemOrNullObject(address(cell.row, cell.column));
    note.load("content");
    proxies.set(key, note);
  }
  await context.sync();
  const text = new Map<string, string | null>();
  for (const [key, note] of proxies) text.set(key, note.isNullObject ? null : note.content);
  return { text, proxies };
}

/** Queues note writes (null deletes) against the notes found by `lookUpNotes`; sent with the caller's next sync. */
export function queueNoteWrites(sheets: SheetProxies, lookup: NoteLookup, writes: readonly NoteWrite[]): void {
  for (const w of writes) {
    const key = cellKey(w.cell.sheet, w.cell.row, w.cell.column);
    const existing = lookup.text.get(key) ?? null;
    const proxy = lookup.proxies.get(key);
    if (existing !== null && proxy) {
      if (w.note === null) proxy.delete();
      else if (w.note !== existing) proxy.content = w.note;
    } else if (w.note !== null) {
      sheets.get(w.cell.sheet).notes.add(address(w.cell.row, w.cell.column), w.note);
    }
  }
}
