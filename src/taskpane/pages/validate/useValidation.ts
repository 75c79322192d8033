/**
 * The check page's hook: reads the workbook with progress and cancellation, validates it, puts or clears marks, and
 * — when switched on in Excel — re-checks the rows a person edits. Holds every port call of the page.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { isoToSerial } from "../../../core/dates";
import type { Lang } from "../../../core/i18n";
import type { ValidationReport } from "../../../core/validate";
import { loadContext, type WorkbookContext } from "../../../app/load-context";
import { markReport, validateContext } from "../../../app/validate-workbook";
import type { WorkbookPort } from "../../../workbook/port";
import type { WatchChanges } from "../../shell/host";
import { headerRowOf, issueColumn, patchRows, scopeReport, WHOLE_WORKBOOK } from "./view-model";

export type Phase = "idle" | "reading" | "validating";

export interface Notice {
  key: "cancelled" | "marked" | "cleared" | "autoOn" | "rechecked";
  params?: Record<string, string | number>;
}

export interface ValidationState {
  sheets: string[];
  report: ValidationReport | null;
  phase: Phase;
  progress: { done: number; total: number };
  error: unknown;
  notice: Notice | null;
  auto: boolean;
  check: (scope: string) => void;
  cancel: () => void;
  mark: () => void;
  clear: (scope: string) => void;
  select: (sheet: string, row: number, column: string) => void;
  setAuto: (on: boolean) => void;
}

const isCancel = (e: unknown) => e instanceof Error && e.name === "CancelledError";
/** Lets React paint the progress bar between the read and the (synchronous) validation. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useValidation(port: WorkbookPort, lang: Lang, today: () => string, workbookName: string, watchChanges: WatchChanges | null): ValidationState {
  const [sheets, setSheets] = useState<string[]>([]);
  const [ctx, setCtx] = useState<WorkbookContext | null>(null);
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [scope, setScope] = useState(WHOLE_WORKBOOK);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [auto, setAutoState] = useState(false);
  const cancelled = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    port.listSheets().then((list) => live && setSheets(list.map((s) => s.name)), (e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [port]);

  const validate = useCallback(
    (c: WorkbookContext, s: string) => scopeReport(validateContext(c, { workbook: workbookName, asOf: isoToSerial(today()), lang }), s),
    [workbookName, today, lang]
  );

  const check = useCallback(
    (s: string) => {
      cancelled.current = false;
      setScope(s);
      setError(null);
      setNotice(null);
      setPhase("reading");
      setProgress({ done: 0, total: 0 });
      const isCancelled = () => cancelled.current;
      (async () => {
        const c = await loadContext(port, { lang, isCancelled, onProgress: (done, total) => setProgress({ done, total }) });
        if (cancelled.current) throw Object.assign(new Error("cancelled"), { name: "CancelledError" });
        setPhase("validating");
        await yieldToUi();
        const r = scopeReport(validateContext(c, { workbook: workbookName, asOf: isoToSerial(today()), lang, isCancelled }), s);
        setCtx(c);
        setReport(r);
        setSheets(c.sheetInfos.map((i) => i.name));
      })()
        .catch((e: unknown) => (isCancel(e) ? setNotice({ key: "cancelled" }) : setError(e)))
        .finally(() => setPhase("idle"));
    },
    [port, lang, today, workbookName]
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  const mark = useCallback(() => {
    if (!ctx || !report) return;
    markReport(port, ctx, report).then(
      () => setNotice({ key: "marked", params: { n: report.summary.errors + report.summary.warnings } }),
      setError
    );
  }, [port, ctx, report]);

  const clear = useCallback(
    (s: string) => {
      port.clearMarks(s === WHOLE_WORKBOOK ? undefined : [s]).then(() => setNotice({ key: "cleared" }), setError);
    },
    [port]
  );

  const select = useCallback(
    (sheet: string, row: number, column: string) => {
      if (!ctx) return;
      port.select(sheet, row, issueColumn(ctx, sheet, column)).catch(setError);
    },
    [port, ctx]
  );

  // Check-as-you-type: the edited rows are folded into the context read last, and the workbook is checked again
  // from memory. An edit at or above a header row can change recognition, so that triggers a full check instead.
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const watchedSheets = ctx ? ctx.recognition.recognized.map((r) => r.sheet).join("\u0000") : "";
  useEffect(() => {
    if (!auto || !watchChanges || watchedSheets === "") return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    watchChanges(
      watchedSheets.split("\u0000"),
      (sheet, rows) => {
        const c = ctxRef.current;
        if (!live || !c) return;
        const headerRow = headerRowOf(c, sheet);
        if (headerRow === null || rows.first <= headerRow) {
          check(scope);
          return;
        }
        const next = { ...c, sheets: patchRows(c.sheets, sheet, rows.first, rows.values) };
        try {
          setCtx(next);
          setReport(validate(next, scope));
          setNotice({ key: "rechecked", params: { sheet, first: rows.first, last: rows.last } });
        } catch (e) {
          setError(e);
        }
      },
      (e) => live && setError(e)
    ).then(
      (s) => {
        if (live) {
          stop = s;
          setNotice({ key: "autoOn" });
        } else {
          s().catch((e: unknown) => mounted.current && setError(e)); // switched off before the watch was in place
        }
      },
      (e: unknown) => live && setError(e)
    );
    return () => {
      live = false;
      // Switching off while the page stays open: a failure to unsubscribe is worth saying (events would keep coming).
      stop?.().catch((e: unknown) => mounted.current && setError(e));
    };
  }, [auto, watchChanges, watchedSheets, scope, check, validate]);

  const setAuto = useCallback(
    (on: boolean) => {
      setAutoState(on);
      if (on && !ctxRef.current) check(scope);
    },
    [check, scope]
  );

  return { sheets, report, phase, progress, error, notice, auto, check, cancel, mark, clear, select, setAuto };
}
