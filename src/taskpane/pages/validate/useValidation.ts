/**
 * The check page's hook: reads the workbook with progress and cancellation, validates it in a worker (or on the
 * page's thread, sheet by sheet, where no worker runs) with progress in rows and cancellation, puts or clears marks,
 * and — when switched on in Excel — re-checks the rows a person edits. Holds every port call of the page.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { isoToSerial } from "../../../core/dates";
import type { Lang } from "../../../core/i18n";
import type { ValidationReport } from "../../../core/validate";
import { loadContext, type WorkbookContext } from "../../../app/load-context";
import { validateContext } from "../../../app/validate-workbook";
import { readIgnored } from "../../../app/ignored-warnings";
import type { ReportIssue } from "../../../core/validate";
import { CancelledError, type WorkbookPort } from "../../../workbook/port";
import type { WatchChanges } from "../../shell/host";
import type { LastCheck } from "../../shell/last-check";
import type { LoadWorkbookContext } from "../../shell/workbook-store";
import { goToCell } from "../../shell/navigate";
import { writeDirectly, type WriteWithPreview } from "../../shell/writes";
import { clearProblemMarks, ignoreWarning, markProblems } from "./actions";
import { startValidation, type ValidationTask, type ValidationWorker } from "../../workers/validate-client";
import { scopeReport, type Phase, type Scope } from "./view-model";
import { useCheckAsYouType } from "./useCheckAsYouType";

export type { Phase } from "./view-model";

export interface Notice {
  key: "cancelled" | "marked" | "cleared" | "autoOn" | "rechecked" | "noActiveSheet" | "ignoredOne" | "unignoredOne";
  params?: Record<string, string | number>;
}

export interface ValidationState {
  /** The sheet in front, as last asked of the host (null until known, or when the host cannot say). */
  activeSheet: string | null;
  report: ValidationReport | null;
  phase: Phase;
  progress: { done: number; total: number };
  error: unknown;
  notice: Notice | null;
  auto: boolean;
  /** Keys of the warnings accepted in this workbook (app/ignored-warnings). */
  ignored: ReadonlySet<string>;
  /** 忽略此警告 (on) or 取消忽略 (off), stored in the workbook. */
  ignore: (sheet: string, issue: ReportIssue, on: boolean) => void;
  check: (scope: Scope) => void;
  cancel: () => void;
  mark: () => void;
  clear: (scope: Scope) => void;
  select: (sheet: string, row: number, column: string) => void;
  setAuto: (on: boolean) => void;
  /** Asks the host again which sheet is in front (when the user picks 当前工作表). */
  refreshActiveSheet: () => void;
}

const noActiveSheet = () => Object.assign(new Error("no active sheet"), { name: "NoActiveSheet" });

interface CheckRun {
  port: WorkbookPort;
  scope: Scope;
  load: LoadWorkbookContext;
  isCancelled: () => boolean;
  progress: (done: number, total: number) => void;
  /** Reading is done; validating starts. */
  validating: () => void;
  /** The sheet in front when 当前工作表 is checked. */
  activeSheet: (sheet: string | null) => void;
  /** The validation task, for 取消. */
  started: (task: ValidationTask) => void;
  job: { workbook: string; asOf: number; lang: Lang };
  createWorker: () => ValidationWorker | null;
}

/** One check: read the workbook afresh (with progress, cancellable), then validate it in the worker. */
async function readAndValidate(
  run: CheckRun,
): Promise<{ ctx: WorkbookContext; report: ValidationReport; sheet: string | null }> {
  // Asked at the moment of checking: the user may have switched sheets since picking 当前工作表.
  const sheet = run.scope === "current" ? await run.port.getActiveSheet() : null;
  if (run.scope === "current") {
    run.activeSheet(sheet);
    if (sheet === null) throw noActiveSheet();
  }
  const ctx = await run.load(run.port, { fresh: true, isCancelled: run.isCancelled, onProgress: run.progress });
  if (run.isCancelled()) throw new CancelledError();
  run.validating();
  const job = {
    ...run.job,
    sheets: ctx.sheets,
    mappings: ctx.mappings,
    sheet,
    generated: ctx.recognition.generated,
  };
  const task = startValidation(job, run.progress, run.createWorker);
  run.started(task);
  return { ctx, report: await task.report, sheet };
}

export function useValidation(
  port: WorkbookPort,
  lang: Lang,
  today: () => string,
  workbookName: string,
  watchChanges: WatchChanges | null,
  createWorker: () => ValidationWorker | null,
  /** The last whole-workbook check (from 概览 or an earlier visit): the page opens on it. */
  initial: LastCheck | null = null,
  /** Told of each whole-workbook result, with the office's time (the shell keeps it for 概览). */
  onChecked: ((check: LastCheck) => void) | null = null,
  now: () => string = today,
  /**
   * The shell's shared read (a check reads fresh, and the other pages then share what it read). A new function after
   * each write or undo (the shell's invalidation): the ignored warnings are read again then.
   */
  shellLoad: LoadWorkbookContext | null = null,
  /** 加批注, 清除批注 and 忽略此警告 go through the shell's preview and undo (straight through without the shell). */
  write: WriteWithPreview = writeDirectly(port),
): ValidationState {
  const load = useMemo<LoadWorkbookContext>(
    () =>
      shellLoad ??
      ((p, o = {}) =>
        loadContext(p, {
          lang,
          ...(o.isCancelled ? { isCancelled: o.isCancelled } : {}),
          ...(o.onProgress ? { onProgress: o.onProgress } : {}),
        })),
    [shellLoad, lang],
  );
  // Read through a ref by `check`: a new `load` after every write must not re-subscribe 自动检查's change events.
  const loadRef = useRef(load);
  loadRef.current = load;
  const [activeSheet, setActiveSheet] = useState<string | null>(null);
  const [ctx, setCtx] = useState<WorkbookContext | null>(initial?.ctx ?? null);
  const [report, setReport] = useState<ValidationReport | null>(initial?.report ?? null);
  const onCheckedRef = useRef(onChecked);
  onCheckedRef.current = onChecked;
  /** The sheet the shown report covers (null: the whole workbook); check-as-you-type keeps to it. */
  const [checkedSheet, setCheckedSheet] = useState<string | null>(null);
  const [lastScope, setLastScope] = useState<Scope>("workbook");
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [auto, setAutoState] = useState(false);
  const [ignored, setIgnoredKeys] = useState<ReadonlySet<string>>(new Set());
  const cancelled = useRef(false);
  const task = useRef<ValidationTask | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      task.current?.cancel(); // leaving the page: a worker must not keep running for nobody
    };
  }, []);

  const refreshActiveSheet = useCallback(() => {
    port.getActiveSheet().then(
      (s) => mounted.current && setActiveSheet(s),
      (e: unknown) => mounted.current && setError(e),
    );
  }, [port]);
  useEffect(refreshActiveSheet, [refreshActiveSheet]);
  // Read again after every write or undo (the shell gives a new `load` then): an undone 忽略此警告 shows again.
  useEffect(() => {
    readIgnored(port).then(
      (keys) => mounted.current && setIgnoredKeys(keys),
      (e: unknown) => mounted.current && setError(e),
    );
  }, [port, load]);

  const ignore = useCallback(
    (sheet: string, issue: ReportIssue, on: boolean) => {
      if (issue.severity !== "warning") return;
      ignoreWarning(write, sheet, issue, on, lang).then(
        (keys) => {
          if (!mounted.current || keys === null) return;
          setIgnoredKeys(keys);
          setNotice({ key: on ? "ignoredOne" : "unignoredOne", params: { sheet, row: issue.row } });
        },
        (e: unknown) => mounted.current && setError(e),
      );
    },
    [write, lang],
  );

  const validate = useCallback(
    (c: WorkbookContext, sheet: string | null) =>
      scopeReport(validateContext(c, { workbook: workbookName, asOf: isoToSerial(today()), lang }), sheet),
    [workbookName, today, lang],
  );

  const check = useCallback(
    (scope: Scope) => {
      cancelled.current = false;
      setLastScope(scope);
      setError(null);
      setNotice(null);
      setPhase("reading");
      setProgress({ done: 0, total: 0 });
      const isCancelled = () => cancelled.current;
      readAndValidate({
        port,
        scope,
        load: loadRef.current,
        isCancelled,
        progress: (done, total) => mounted.current && setProgress({ done, total }),
        validating: () => {
          setPhase("validating");
          setProgress({ done: 0, total: 0 });
        },
        activeSheet: setActiveSheet,
        started: (t) => (task.current = t),
        job: { workbook: workbookName, asOf: isoToSerial(today()), lang },
        createWorker,
      })
        .then(({ ctx: c, report: r, sheet }) => {
          if (!mounted.current) return;
          setCtx(c);
          setReport(r);
          setCheckedSheet(sheet);
          if (sheet === null) onCheckedRef.current?.({ report: r, ctx: c, at: now() });
        })
        .finally(() => (task.current = null))
        .catch((e: unknown) => {
          if (!mounted.current) return;
          if (e instanceof CancelledError) setNotice({ key: "cancelled" });
          else if (e instanceof Error && e.name === "NoActiveSheet") setNotice({ key: "noActiveSheet" });
          else setError(e);
        })
        .finally(() => mounted.current && setPhase("idle"));
    },
    [port, lang, today, now, workbookName, createWorker],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    task.current?.cancel();
  }, []);

  const mark = useCallback(() => {
    if (!ctx || !report) return;
    // Accepted warnings get no note: the person has already decided about them.
    markProblems(write, ctx, report, ignored, lang).then(
      (n) => n !== null && mounted.current && setNotice({ key: "marked", params: { n } }),
      (e: unknown) => mounted.current && setError(e),
    );
  }, [write, ctx, report, ignored, lang]);

  const clear = useCallback(
    (scope: Scope) => {
      (async () => {
        const sheet = scope === "current" ? await port.getActiveSheet() : null;
        if (scope === "current" && sheet === null) {
          setNotice({ key: "noActiveSheet" });
          return;
        }
        if ((await clearProblemMarks(write, sheet, lang)) !== null && mounted.current) setNotice({ key: "cleared" });
      })().catch((e: unknown) => mounted.current && setError(e));
    },
    [port, write, lang],
  );

  const select = useCallback(
    (sheet: string, row: number, column: string) => {
      if (!ctx) return;
      goToCell(port, ctx, { sheet, row, column }).catch(setError);
    },
    [port, ctx],
  );

  useCheckAsYouType({
    on: auto,
    watchChanges,
    ctx,
    checkedSheet,
    recheckAll: () => check(lastScope),
    validate,
    applied: (next, r, edited) => {
      setCtx(next);
      setReport(r);
      if (checkedSheet === null) onCheckedRef.current?.({ report: r, ctx: next, at: now() });
      setNotice({ key: "rechecked", params: edited });
    },
    watching: () => setNotice({ key: "autoOn" }),
    failed: (e) => mounted.current && setError(e),
  });

  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const setAuto = useCallback(
    (on: boolean) => {
      setAutoState(on);
      if (on && !ctxRef.current) check(lastScope);
    },
    [check, lastScope],
  );

  return {
    activeSheet,
    report,
    phase,
    progress,
    error,
    notice,
    auto,
    ignored,
    ignore,
    check,
    cancel,
    mark,
    clear,
    select,
    setAuto,
    refreshActiveSheet,
  };
}
