/** Loads the workbook once per port (and again on `reload`), for pages that compute from the whole workbook. */
import { useCallback, useEffect, useState } from "react";
import type { WorkbookContext } from "../../app/load-context";
import type { WorkbookPort } from "../../workbook/port";

export interface WorkbookContextState {
  ctx: WorkbookContext | null;
  busy: boolean;
  error: unknown;
  reload: () => void;
}

export function useWorkbookContext(port: WorkbookPort, load: (port: WorkbookPort) => Promise<WorkbookContext>): WorkbookContextState {
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
      }
    );
    return () => {
      live = false;
    };
  }, [port, load, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ctx, busy, error, reload };
}
