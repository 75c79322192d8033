/**
 * The page's hook: loads the workbook through the injected port once, computes its deadlines as of the day, and
 * refreshes the workbook on request. Office access stays behind the port.
 */
import { useCallback, useMemo, useState } from "react";
import { serialToIso, type Serial } from "../../../core/dates";
import { deadlinesFor, type DeadlineResult } from "../../../core/deadlines";
import type { Lang } from "../../../core/i18n";
import { computeWorkbookDeadlines, type RefreshDeadlinesResult } from "../../../app/deadlines";
import { DEADLINE_OVERVIEW } from "../../../app/derived-sheets";
import type { WorkbookContext } from "../../../app/load-context";
import type { WorkbookPort } from "../../../workbook/port";
import { useWorkbookContext } from "../../shell/useWorkbookContext";

export interface DeadlinesState {
  result: DeadlineResult | null;
  /** The workbook as read (null until read): an item's cell is found through it. */
  ctx: WorkbookContext | null;
  /** Recognised registers that have deadline rules (null until read); 0 means there is nothing to compute or write. */
  registers: number | null;
  busy: boolean;
  /** What failed, with the step it failed in, so the page names it with the right verb. */
  error: { step: "read" | "compute" | "write"; error: unknown } | null;
  reload: () => void;
  /** Writes the computed columns, row colours and 期限总览; `fillDue` also fills blank 办理期限 / 到期日期 cells. */
  refresh: (options?: { fillDue?: boolean }) => Promise<RefreshDeadlinesResult | null>;
}

export function useDeadlines(port: WorkbookPort, loadContext: (port: WorkbookPort) => Promise<WorkbookContext>, asOf: Serial, lang: Lang): DeadlinesState {
  const loaded = useWorkbookContext(port, loadContext);
  const { ctx, reload } = loaded;
  const [writing, setWriting] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  const computed = useMemo((): { result: DeadlineResult | null; error: unknown } => {
    if (!ctx) return { result: null, error: null };
    try {
      return { result: computeWorkbookDeadlines(ctx, asOf, lang), error: null };
    } catch (e) {
      return { result: null, error: e };
    }
  }, [ctx, asOf, lang]);

  const refresh = useCallback(
    async (options: { fillDue?: boolean } = {}) => {
      if (!ctx) return null;
      setWriting(true);
      setActionError(null);
      try {
        // Through the derived-sheet registry, as `ledger refresh` writes it.
        const run = { port, ctx, asOf, lang, options: { "fill-due": options.fillDue === true }, updatedAt: serialToIso(asOf), charts: { available: true } };
        const out = (await DEADLINE_OVERVIEW.refresh(run)).result;
        reload();
        return out;
      } catch (e) {
        setActionError(e);
        return null;
      } finally {
        setWriting(false);
      }
    },
    [port, ctx, asOf, lang, reload]
  );

  const registers = ctx ? ctx.recognition.recognized.filter((r) => deadlinesFor(r.register.id).length > 0).length : null;
  return {
    result: computed.result,
    ctx: ctx ?? null,
    registers,
    busy: loaded.busy || writing,
    error:
      actionError !== null
        ? { step: "write", error: actionError }
        : loaded.error !== null
          ? { step: "read", error: loaded.error }
          : computed.error !== null
            ? { step: "compute", error: computed.error }
            : null,
    reload,
    refresh,
  };
}
