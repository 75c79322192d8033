/**
 * The page's hook: loads the workbook through the injected port once, computes its deadlines as of the day, and
 * refreshes the workbook on request. Office access stays behind the port.
 */
import { useCallback, useMemo, useState } from "react";
import { serialToIso, type Serial } from "../../../core/dates";
import { deadlinesFor, INCIDENTS, RECURRING_DUTIES, type DeadlineResult } from "../../../core/deadlines";
import type { Lang } from "../../../core/i18n";
import { computeWorkbookDeadlines, type RefreshDeadlinesResult } from "../../../app/deadlines";
import { DEADLINE_OVERVIEW } from "../../../app/derived-sheets";
import { loadContext as readContext, type WorkbookContext } from "../../../app/load-context";
import type { WorkbookPort } from "../../../workbook/port";
import { useWorkbookContext } from "../../shell/useWorkbookContext";
import { writeDirectly, type WriteWithPreview } from "../../shell/writes";

export interface DeadlinesState {
  result: DeadlineResult | null;
  /** The workbook as read (null until read): an item's cell is found through it. */
  ctx: WorkbookContext | null;
  /** Recognised registers that have deadline rules (null until read); 0 means there is nothing to compute or write. */
  registers: number | null;
  /** Whether the workbook has 周期工作 (the page then shows 「本周例行工作」, even when nothing falls this week). */
  recurringDuties: boolean;
  busy: boolean;
  /** Rows read so far while the workbook is read. */
  progress: { done: number; total: number } | null;
  /** What failed, with the step it failed in, so the page names it with the right verb. */
  error: { step: "read" | "compute" | "write"; error: unknown } | null;
  reload: () => void;
  /** Writes the computed columns, row colours and 期限总览; `fillDue` also fills blank 办理期限 / 到期日期 cells. */
  refresh: (options?: { fillDue?: boolean }) => Promise<RefreshDeadlinesResult | null>;
}

export function useDeadlines(
  port: WorkbookPort,
  loadContext: (port: WorkbookPort) => Promise<WorkbookContext>,
  asOf: Serial,
  lang: Lang,
  write: WriteWithPreview = writeDirectly(port),
  label = "",
): DeadlinesState {
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
        const run = {
          ctx,
          asOf,
          lang,
          options: { "fill-due": options.fillDue === true },
          updatedAt: serialToIso(asOf),
          charts: { available: true },
        };
        // Planned on the workbook as it is now, not as the page read it: a cell filled since is never overwritten.
        const out = await write(
          label,
          async (p) =>
            (await DEADLINE_OVERVIEW.refresh({ ...run, port: p, ctx: await readContext(p, { lang }) })).result,
        );
        if (out === null) return null;
        reload();
        return out;
      } catch (e) {
        setActionError(e);
        return null;
      } finally {
        setWriting(false);
      }
    },
    [ctx, asOf, lang, reload, write, label],
  );

  // 周期工作 and 突发事件登记 give items through their own modules, not through deadline rules (issue 17).
  const withItems = (id: string) => deadlinesFor(id).length > 0 || id === RECURRING_DUTIES || id === INCIDENTS;
  const registers = ctx ? ctx.recognition.recognized.filter((r) => withItems(r.register.id)).length : null;
  return {
    result: computed.result,
    ctx: ctx ?? null,
    registers,
    recurringDuties: ctx !== null && ctx.recognition.recognized.some((r) => r.register.id === RECURRING_DUTIES),
    busy: loaded.busy || writing,
    progress: loaded.progress,
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
