/**
 * 概览, the pane's first page: how many errors the last check found, what is overdue or due soon, how many KPIs are
 * not met; a card opens its page. The first visit checks the whole workbook (in the worker, as 检查 does) and records
 * the result with the shell, so 检查 opens on it; a workbook without registers gets the way to 台账 instead.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { isoToSerial } from "../../../core/dates";
import { readIgnored, withoutIgnored } from "../../../app/ignored-warnings";
import { isCancelled } from "../../../core/cancelled";
import { translate } from "../../../core/i18n";
import type { PageProps } from "../types";
import { errorText } from "../../shell/errors";
import { useWorkbookContext } from "../../shell/useWorkbookContext";
import { createValidateWorker } from "../../workers/create-validate-worker";
import { startValidation, type ValidationTask } from "../../workers/validate-client";
import { VALIDATE_PAGE_MESSAGES } from "../validate/messages";
import { OVERVIEW_MESSAGES, type OverviewKey } from "./messages";
import { OverviewView } from "./OverviewView";
import { needsCheck, overviewCards, overviewFigures } from "./view-model";

export default function OverviewPage({
  port,
  lang,
  today,
  now,
  loadContext,
  navigate,
  lastCheck,
  recordCheck,
}: PageProps) {
  const { ctx, busy, error: loadError, reload } = useWorkbookContext(port, loadContext);
  const asOf = useMemo(() => isoToSerial(today()), [today]);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const task = useRef<ValidationTask | null>(null);
  // Warnings accepted on 检查 (stored in the workbook) are not counted here either.
  const [ignored, setIgnoredKeys] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    // Unreadable: every warning is counted, which loses nothing; 检查 reports the failure when it reads the same setting.
    readIgnored(port).then(
      (keys) => live && setIgnoredKeys(keys),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // loadContext changes after every write or undo: an ignore undone on 检查 is counted again.
  }, [port, lastCheck, loadContext]);
  const t = (key: OverviewKey, p?: Record<string, string | number>) => translate(OVERVIEW_MESSAGES, lang, key, p);

  const computed = useMemo(() => {
    if (!ctx) return { figures: null, error: null };
    try {
      return { figures: overviewFigures(ctx, asOf, lang), error: null };
    } catch (e) {
      return { figures: null, error: e };
    }
  }, [ctx, asOf, lang]);

  const runCheck = useCallback(() => {
    if (!ctx) return;
    setChecking(true);
    setCheckError(null);
    const job = {
      workbook: translate(VALIDATE_PAGE_MESSAGES, lang, "workbookName"),
      sheets: ctx.sheets,
      mappings: ctx.mappings,
      asOf,
      lang,
      sheet: null,
    };
    const started = startValidation(job, () => undefined, createValidateWorker);
    task.current = started;
    started.report
      .then(
        (report) => task.current === started && recordCheck({ report, ctx, at: now() }),
        (e: unknown) => task.current === started && !isCancelled(e) && setCheckError(e),
      )
      .finally(() => {
        if (task.current === started) {
          task.current = null;
          setChecking(false);
        }
      });
  }, [ctx, lang, asOf, now, recordCheck]);

  // The first visit checks once; later visits show the last check (from here or from 检查) until asked again, and
  // 重新检查 reads the workbook again first, so the check and the other cards see the same edits.
  const hasRegisters = (ctx?.recognition.recognized.length ?? 0) > 0;
  const wantCheck = useRef(needsCheck(lastCheck?.report ?? null));
  useEffect(() => {
    if (!ctx || !hasRegisters || !wantCheck.current) return;
    wantCheck.current = false;
    runCheck();
  }, [ctx, hasRegisters, runCheck]);
  useEffect(() => () => task.current?.cancel(), []);

  const cards = useMemo(
    () =>
      ctx && computed.figures
        ? overviewCards(computed.figures, lastCheck ? withoutIgnored(lastCheck.report, ignored) : null, {
            ctx,
            asOf,
            lang,
          })
        : null,
    [ctx, computed.figures, lastCheck, ignored, asOf, lang],
  );
  const error =
    loadError !== null
      ? t("readFailed", { message: errorText(loadError, lang) })
      : computed.error !== null
        ? t("readFailed", { message: errorText(computed.error, lang) })
        : checkError !== null
          ? t("checkFailed", { message: errorText(checkError, lang) })
          : null;
  return (
    <OverviewView
      lang={lang}
      asOf={today()}
      cards={cards}
      empty={ctx !== null && !hasRegisters}
      checking={checking}
      lastCheckAt={lastCheck && !needsCheck(lastCheck.report) ? lastCheck.at : null}
      onOpen={navigate}
      onRecheck={() => {
        wantCheck.current = true;
        reload();
      }}
      busy={busy}
      error={error}
    />
  );
}
