/**
 * The page's hook: loads the workbook through the injected port once, computes its deadlines as of the day, and
 * refreshes the workbook on request. Office access stays behind the port.
 */
import { useCallback, useEffect, useState } from "react";
import type { Serial } from "../../../core/dates";
import type { DeadlineResult } from "../../../core/deadlines";
import type { Lang } from "../../../core/i18n";
import { computeWorkbookDeadlines, refreshDeadlines, type RefreshDeadlinesResult } from "../../../app/deadlines";
import type { WorkbookContext } from "../../../app/load-context";
import type { WorkbookPort } from "../../../workbook/port";

export interface DeadlinesState {
  result: DeadlineResult | null;
  busy: boolean;
  error: unknown;
  reload: () => void;
  refresh: () => Promise<RefreshDeadlinesResult | null>;
}

export function useDeadlines(port: WorkbookPort, loadContext: (port: WorkbookPort) => Promise<WorkbookContext>, asOf: Serial, lang: Lang): DeadlinesState {
  const [ctx, setCtx] = useState<WorkbookContext | null>(null);
  const [result, setResult] = useState<DeadlineResult | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    setBusy(true);
    loadContext(port).then(
      (c) => {
        if (!live) return;
        setCtx(c);
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
  }, [port, loadContext, generation]);

  useEffect(() => {
    if (!ctx) return;
    try {
      setResult(computeWorkbookDeadlines(ctx, asOf, lang));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [ctx, asOf, lang]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const refresh = useCallback(async () => {
    if (!ctx) return null;
    setBusy(true);
    try {
      const out = await refreshDeadlines(port, ctx, asOf, lang);
      setGeneration((g) => g + 1);
      return out;
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  }, [port, ctx, asOf, lang]);

  return { result, busy, error, reload, refresh };
}
