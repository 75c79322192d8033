/**
 * The pane's one way to write: `write(label, action)` plans the use case (nothing written), asks the user to confirm
 * what it lists, then commits it with a checkpoint so 「撤销上次写入」 can take it back. Pages call `PageProps.write`;
 * the shell owns the journal, the pending confirmation and the undo button (WriteDialogs.tsx). `PaneWriter` holds
 * all of it without React, so a page's write can be driven in a test exactly as the shell drives it.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { WritePlan } from "../../app/write-plan";
import type { UndoOutcome, WriteJournal } from "../../app/write-journal";

export interface WriteOptions {
  /**
   * The page's own confirmation step has already shown what will change (the sheets and how much) and the user
   * confirmed it there: the shell does not ask a second time. The write is still planned, checkpointed and undoable.
   */
  confirmed?: boolean;
}

/** Resolves to the action's result once written, or null when the user did not confirm. */
export type WriteWithPreview = <T>(
  label: string,
  action: (port: WorkbookPort) => Promise<T>,
  options?: WriteOptions,
) => Promise<T | null>;

export interface PendingWrite {
  label: string;
  plan: WritePlan<unknown>;
  confirm: () => void;
  cancel: () => void;
}

export type WriteNotice =
  | { kind: "undone"; label: string }
  | { kind: "undoRefused"; outcome: Exclude<UndoOutcome, { ok: true }> }
  | { kind: "noUndo"; label: string }
  | { kind: "undoFailed"; error: unknown };

export interface PaneWriterState {
  pending: PendingWrite | null;
  /** The label of the write that can be undone, or null. */
  last: string | null;
  undoing: boolean;
  notice: WriteNotice | null;
}

export interface PaneWrites extends PaneWriterState {
  write: WriteWithPreview;
  undo: () => Promise<void>;
  dismiss: () => void;
}

const IDLE: PaneWriterState = { pending: null, last: null, undoing: false, notice: null };

/** A plan that changes nothing the user could see (clearing notes where there are none): written without asking. */
function changesNothing(plan: WritePlan<unknown>): boolean {
  const { scope, summary } = plan;
  return (
    summary.sheets.length === 0 &&
    summary.settings.length === 0 &&
    scope.cells.length === 0 &&
    scope.notes.length === 0 &&
    scope.created.length === 0 &&
    scope.replaced.length === 0 &&
    scope.formats.length === 0
  );
}

/** The journal, the pending confirmation and the notices of one port; `onState` is told of every change. */
export class PaneWriter {
  private journal: WriteJournal | null = null;
  private current: PaneWriterState = IDLE;

  constructor(
    private readonly port: WorkbookPort,
    private readonly afterChange: () => void,
    private readonly onState: (state: PaneWriterState) => void = () => undefined,
  ) {}

  get state(): PaneWriterState {
    return this.current;
  }

  private set(next: Partial<PaneWriterState>): void {
    this.current = { ...this.current, ...next };
    this.onState(this.current);
  }

  private async journalFor(): Promise<WriteJournal> {
    this.journal ??= new (
      await import(/* webpackChunkName: "workbook-context" */ "../../app/write-journal")
    ).WriteJournal();
    return this.journal;
  }

  readonly write: WriteWithPreview = async <T>(
    label: string,
    action: (p: WorkbookPort) => Promise<T>,
    options: WriteOptions = {},
  ): Promise<T | null> => {
    const { planWrite, replay } = await import(/* webpackChunkName: "workbook-context" */ "../../app/write-plan");
    const plan = await planWrite(this.port, action);
    if (plan.calls.length === 0) return plan.result;
    if (changesNothing(plan)) {
      // Nothing to show and nothing to take back: the last real write stays the one 「撤销上次写入」 undoes.
      await replay(this.port, plan.calls);
      return plan.result;
    }
    if (!options.confirmed) {
      // One confirmation at a time: a write asked for while another waits (a second click) replaces it.
      this.current.pending?.cancel();
      let mine: PendingWrite | null = null;
      const confirmed = await new Promise<boolean>((resolve) => {
        mine = { label, plan, confirm: () => resolve(true), cancel: () => resolve(false) };
        this.set({ pending: mine });
      });
      if (this.current.pending === mine) this.set({ pending: null });
      if (!confirmed) return null;
    }
    const j = await this.journalFor();
    this.set({ notice: null });
    try {
      const out = await j.commit(this.port, plan, label);
      this.set({ last: j.last?.label ?? null, ...(out.undoable ? {} : { notice: { kind: "noUndo", label } }) });
      return out.result;
    } finally {
      this.afterChange();
    }
  };

  readonly undo = async (): Promise<void> => {
    const j = await this.journalFor();
    this.set({ undoing: true });
    try {
      const outcome = await j.undo(this.port);
      if (outcome.ok) {
        this.set({ notice: { kind: "undone", label: outcome.label } });
        this.afterChange();
      } else this.set({ notice: { kind: "undoRefused", outcome } });
      this.set({ last: j.last?.label ?? null });
    } catch (e) {
      this.set({ notice: { kind: "undoFailed", error: e } });
    } finally {
      this.set({ undoing: false });
    }
  };

  readonly dismiss = (): void => this.set({ notice: null });
}

export function usePaneWrites(port: WorkbookPort, afterChange: () => void): PaneWrites {
  const [state, setState] = useState<PaneWriterState>(IDLE);
  const writer = useMemo(() => new PaneWriter(port, afterChange, setState), [port, afterChange]);
  // Another workbook (the workbench opened a file): the old one's undo no longer applies.
  useEffect(() => setState(IDLE), [writer]);
  const dismiss = useCallback(() => writer.dismiss(), [writer]);
  return useMemo(() => ({ ...state, write: writer.write, undo: writer.undo, dismiss }), [state, writer, dismiss]);
}

/** A page rendered without the shell (tests, stories) writes straight through, as before previews existed. */
export function writeDirectly(port: WorkbookPort): WriteWithPreview {
  return async (_label, action) => action(port);
}
