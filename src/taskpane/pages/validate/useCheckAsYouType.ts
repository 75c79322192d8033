/**
 * Check-as-you-type on the 检查 page: while on, the rows a person edits in Excel are folded into the context read
 * last and the workbook is checked again from memory, without reading it. An edit at or above a header row can
 * change recognition, so that asks for a full check instead.
 */
import { useEffect, useRef } from "react";
import type { ValidationReport } from "../../../core/validate";
import type { WorkbookContext } from "../../../app/load-context";
import type { WatchChanges } from "../../shell/host";
import { headerRowOf, patchRows } from "./view-model";

export interface CheckAsYouType {
  on: boolean;
  watchChanges: WatchChanges | null;
  /** The context the shown report was made from. */
  ctx: WorkbookContext | null;
  /** The sheet the shown report covers (null: the whole workbook); the re-check keeps to it. */
  checkedSheet: string | null;
  /** A full check (read and validate again), for an edit that may change recognition. */
  recheckAll: () => void;
  validate: (ctx: WorkbookContext, sheet: string | null) => ValidationReport;
  /** The edited rows' new context and report, and which rows they were. */
  applied: (
    ctx: WorkbookContext,
    report: ValidationReport,
    edited: { sheet: string; first: number; last: number },
  ) => void;
  /** The watch is in place. */
  watching: () => void;
  failed: (e: unknown) => void;
}

export function useCheckAsYouType(o: CheckAsYouType): void {
  // The handlers read the latest values through a ref: a new report must not re-subscribe the change events.
  const latest = useRef(o);
  latest.current = o;
  const watchedSheets = o.ctx ? o.ctx.recognition.recognized.map((r) => r.sheet).join("\u0000") : "";
  const { on, watchChanges } = o;
  useEffect(() => {
    if (!on || !watchChanges || watchedSheets === "") return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    watchChanges(
      watchedSheets.split("\u0000"),
      (sheet, rows) => {
        const now = latest.current;
        const c = now.ctx;
        if (!live || !c) return;
        const headerRow = headerRowOf(c, sheet);
        if (headerRow === null || rows.first <= headerRow) {
          now.recheckAll();
          return;
        }
        const next = { ...c, sheets: patchRows(c.sheets, sheet, rows.first, rows.values) };
        try {
          now.applied(next, now.validate(next, now.checkedSheet), { sheet, first: rows.first, last: rows.last });
        } catch (e) {
          now.failed(e);
        }
      },
      (e) => live && latest.current.failed(e),
    ).then(
      (s) => {
        if (live) {
          stop = s;
          latest.current.watching();
        } else {
          s().catch((e: unknown) => latest.current.failed(e)); // switched off before the watch was in place
        }
      },
      (e: unknown) => live && latest.current.failed(e),
    );
    return () => {
      live = false;
      // Switching off while the page stays open: a failure to unsubscribe is worth saying (events would keep coming).
      stop?.().catch((e: unknown) => latest.current.failed(e));
    };
  }, [on, watchChanges, watchedSheets]);
}
