/**
 * The last write from the pane and how to take it back. `commit` takes a checkpoint of the plan's scope, replays the
 * plan (restoring the checkpoint if a call fails, so a failed write leaves nothing behind) and keeps one undo entry;
 * `undo` first checks that what was written is still there as written — a cell the user changed since, or a sheet
 * removed, makes the undo refuse with the place it found, rather than overwrite the user's later work.
 */
import type { CellValue } from "../core/sheet-spec";
import type { Checkpoint, WorkbookPort } from "../workbook/port";
import { replay, type WritePlan } from "./write-plan";

export interface UndoEntry {
  /** What the user confirmed (the page's own wording), shown on the undo button's confirmation. */
  label: string;
  checkpoint: Checkpoint;
  plan: WritePlan<unknown>;
}

export type UndoRefusal =
  | { reason: "nothing" }
  | { reason: "sheetGone"; sheet: string }
  | { reason: "cellChanged"; sheet: string; row: number; column: number };

export type UndoOutcome = { ok: true; label: string } | ({ ok: false } & UndoRefusal);

export interface CommitOutcome<T> {
  result: T;
  /** False when the host cannot take a checkpoint (then the write is done without an undo). */
  undoable: boolean;
}

const blank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === "";
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function sameCell(written: CellValue | undefined, now: CellValue | undefined): boolean {
  if (blank(written) && blank(now)) return true;
  if (typeof written === "number" && typeof now === "number") return Math.abs(written - now) < 1e-9;
  return written === now;
}

export class WriteJournal {
  private entry: UndoEntry | null = null;

  get last(): { label: string } | null {
    return this.entry ? { label: this.entry.label } : null;
  }

  async commit<T>(port: WorkbookPort, plan: WritePlan<T>, label: string): Promise<CommitOutcome<T>> {
    const checkpoint = port.checkpoint ? await port.checkpoint(plan.scope) : null;
    try {
      await replay(port, plan.calls);
    } catch (e) {
      if (checkpoint) {
        try {
          await checkpoint.restore();
        } catch {
          // The failure that stopped the write is the one to report.
        }
      }
      throw e;
    }
    // An older entry can no longer be undone exactly once this write went over it.
    const previous = this.entry;
    this.entry = null;
    if (previous) await previous.checkpoint.discard();
    if (!checkpoint) return { result: plan.result, undoable: false };
    await checkpoint.settle();
    this.entry = { label, checkpoint, plan: plan as WritePlan<unknown> };
    return { result: plan.result, undoable: true };
  }

  /** What stands in the way of undoing the last write, or null when it can be undone. */
  async obstacle(port: WorkbookPort): Promise<UndoRefusal | null> {
    const entry = this.entry;
    if (!entry) return { reason: "nothing" };
    const { scope, calls } = entry.plan;
    const names = (await port.listSheets()).map((s) => s.name);
    for (const sheet of [...scope.created, ...scope.replaced, ...scope.cells.map((c) => c.sheet)]) {
      if (!names.some((n) => same(n, sheet))) return { reason: "sheetGone", sheet };
    }
    const written = calls.flatMap((c) => (c.method === "writeBlocks" ? c.blocks : []));
    const sheets = [...new Set(written.map((b) => b.sheet))];
    const now = new Map((await port.readSheets(sheets)).map((s) => [s.name.toLowerCase(), s.values]));
    // Later blocks win where two overlap: compare each cell with its last write.
    const expected = new Map<string, { sheet: string; row: number; column: number; value: CellValue }>();
    for (const b of written) {
      b.values.forEach((line, i) =>
        line.forEach((value, j) =>
          expected.set(`${b.sheet.toLowerCase()}\u0000${b.row + i}\u0000${b.column + j}`, {
            sheet: b.sheet,
            row: b.row + i,
            column: b.column + j,
            value,
          }),
        ),
      );
    }
    for (const cell of expected.values()) {
      const values = now.get(cell.sheet.toLowerCase()) ?? [];
      if (!sameCell(cell.value, values[cell.row - 1]?.[cell.column - 1]))
        return { reason: "cellChanged", sheet: cell.sheet, row: cell.row, column: cell.column };
    }
    return null;
  }

  async undo(port: WorkbookPort): Promise<UndoOutcome> {
    const entry = this.entry;
    const refusal = await this.obstacle(port);
    if (refusal || !entry) return { ok: false, ...(refusal ?? { reason: "nothing" }) };
    await entry.checkpoint.restore();
    this.entry = null;
    return { ok: true, label: entry.label };
  }

  /** Forgets the last write (the workbook was reopened or replaced: its checkpoint no longer applies). */
  async forget(): Promise<void> {
    const previous = this.entry;
    this.entry = null;
    if (previous) await previous.checkpoint.discard();
  }
}
