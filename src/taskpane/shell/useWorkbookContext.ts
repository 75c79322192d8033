/**
 * The workbook for a page that computes from all of it: the shell's shared read (workbook-store.ts), with the rows
 * read so far while it runs; `reload` makes every page read again. Outside the shell (tests) it loads per port.
 */
import { useCallback, useEffect, useState } from "react";
import { useWorkbookStore } from "./workbook-store";
import type { WorkbookContext } from "../../app/load-context";
import type { WorkbookPort } from "../../workbook/port";

export interface WorkbookContextState {
  ctx: WorkbookContext | null;
  busy: boolean;
  error: unknown;
  reload: () => void;
  /** Rows read so far while the shared read runs. */
  progress: { done: number; total: number } | null;
}

export function useWorkbookContext(
  port: WorkbookPort,
  load: (port: WorkbookPort) => Promise<WorkbookContext>,
): WorkbookContextState {
  const [ctx, setCtx] = useState<WorkbookContext | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    setBusy(true);
    load(port).then(
      (c) => {
        if (!live) return;
        setCtx(c);
        setError(null);
        setBusy(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [port, load, generation]);
  const store = useWorkbookStore();
  const invalidate = store?.invalidate;
  const reload = useCallback(() => (invalidate ? invalidate() : setGeneration((g) => g + 1)), [invalidate]);
  return { ctx, busy, error, reload, progress: busy ? (store?.progress ?? null) : null };
}
