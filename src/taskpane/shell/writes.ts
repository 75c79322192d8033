/**
 * The pane's one way to write: `write(label, action)` plans the use case (nothing written), asks the user to confirm
 * what it lists, then commits it with a checkpoint so 「撤销上次写入」 can take it back. Pages call `PageProps.write`;
 * the shell owns the journal, the pending confirmation and the undo button (WriteDialogs.tsx).
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { WritePlan } from "../../app/write-plan";
import type { UndoOutcome } from "../../app/write-journal";

/** Resolves to the action's result once written, or null when the user did not confirm. */
export type WriteWithPreview = <T>(label: string, action: (port: WorkbookPort) => Promise<T>) => Promise<T | null>;

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

export interface PaneWrites {
  write: WriteWithPreview;
  pending: PendingWrite | null;
  /** The label of the write that can be undone, or null. */
  last: string | null;
  undo: () => Promise<void>;
  undoing: boolean;
  notice: WriteNotice | null;
  dismiss: () => void;
}

export function usePaneWrites(port: WorkbookPort, afterChange: () => void): PaneWrites {
  const journal = useRef<import("../../app/write-journal").WriteJournal | null>(null);
  const [pending, setPending] = useState<PendingWrite | null>(null);
  const [last, setLast] = useState<string | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [notice, setNotice] = useState<WriteNotice | null>(null);
  const journalFor = useCallback(async () => {
    if (!journal.current)
      journal.current = new (
        await import(/* webpackChunkName: "workbook-context" */ "../../app/write-journal")
      ).WriteJournal();
    return journal.current;
  }, []);

  const write = useCallback<WriteWithPreview>(
    async <T>(label: string, action: (p: WorkbookPort) => Promise<T>): Promise<T | null> => {
      const { planWrite } = await import(/* webpackChunkName: "workbook-context" */ "../../app/write-plan");
      const plan = await planWrite(port, action);
      if (plan.calls.length === 0) return plan.result;
      const confirmed = await new Promise<boolean>((resolve) => {
        setPending({ label, plan, confirm: () => resolve(true), cancel: () => resolve(false) });
      });
      setPending(null);
      if (!confirmed) return null;
      const j = await journalFor();
      setNotice(null);
      try {
        const out = await j.commit(port, plan, label);
        setLast(j.last?.label ?? null);
        if (!out.undoable) setNotice({ kind: "noUndo", label });
        return out.result;
      } finally {
        afterChange();
      }
    },
    [port, journalFor, afterChange],
  );

  const undo = useCallback(async () => {
    const j = await journalFor();
    setUndoing(true);
    try {
      const outcome = await j.undo(port);
      if (outcome.ok) {
        setNotice({ kind: "undone", label: outcome.label });
        afterChange();
      } else setNotice({ kind: "undoRefused", outcome });
      setLast(j.last?.label ?? null);
    } catch (e) {
      setNotice({ kind: "undoFailed", error: e });
    } finally {
      setUndoing(false);
    }
  }, [port, journalFor, afterChange]);

  const dismiss = useCallback(() => setNotice(null), []);
  return useMemo(
    () => ({ write, pending, last, undo, undoing, notice, dismiss }),
    [write, pending, last, undo, undoing, notice, dismiss],
  );
}

/** A page rendered without the shell (tests, stories) writes straight through, as before previews existed. */
export function writeDirectly(port: WorkbookPort): WriteWithPreview {
  return async (_label, action) => action(port);
}
