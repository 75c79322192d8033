/**
 * The KPI page: loads the workbook through the injected port, computes the KPIs for the chosen period, writes
 * KPI看板 on request, and jumps to a row from the drill-down. Office calls stay behind the port.
 */
import { writeDirectly, type WriteWithPreview } from "../../shell/writes";
import { useCallback, useEffect, useMemo, useState } from "react";
import { isoToSerial } from "../../../core/dates";
import { translate, type Lang } from "../../../core/i18n";
import type { Offender } from "../../../core/kpi";
import { KPI_BOARD } from "../../../app/derived-sheets";
import { computeKpis, resolvePeriod, semesterStartsOf, type KpiReport } from "../../../app/kpis";
import { loadContext as readContext, type WorkbookContext } from "../../../app/load-context";
import type { WorkbookPort } from "../../../workbook/port";
import { KpiView } from "./KpiView";
import { KPI_PAGE_MESSAGES } from "./messages";
import { failureText, periodOptions, selectOffender, writeBoardAndShow, type KpiFailure } from "./view-model";

export interface KpiPageProps {
  port: WorkbookPort;
  lang: Lang;
  /** Reads the registers, settings and calendar (src/app/load-context in the add-in). */
  loadContext: (port: WorkbookPort) => Promise<WorkbookContext>;
  /** Today as 'YYYY-MM-DD' in the office's zone; injected so tests fix the clock. */
  today: () => string;
  /** The 更新于 stamp ('2026-11-22 10:30'); today's date when not given. */
  now?: () => string;
  /** Whether the host draws charts (false for the file adapter in a browser workbench). */
  chartsAvailable?: boolean;
  /** Opens another page (the empty state's way to 台账). */
  navigate?: (pageId: string) => void;
  /** Every write goes through the shell's preview and undo (writes straight through when omitted, in tests). */
  write?: WriteWithPreview;
}

export function KpiPage({
  port,
  lang,
  loadContext,
  today,
  now = today,
  chartsAvailable = true,
  navigate,
  write = writeDirectly(port),
}: KpiPageProps) {
  const asOf = useMemo(() => isoToSerial(today()), [today]);
  const [ctx, setCtx] = useState<WorkbookContext | null>(null);
  const [periodId, setPeriodId] = useState(() => resolvePeriod(undefined, asOf).id);
  const [report, setReport] = useState<KpiReport | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const t = useCallback(
    (key: keyof typeof KPI_PAGE_MESSAGES, p?: Record<string, string | number>) =>
      translate(KPI_PAGE_MESSAGES, lang, key, p),
    [lang],
  );
  // The shared wording of failures (Excel's, the calendar's, a failed download), with the verb of the step that failed.
  const fail = useCallback((step: KpiFailure) => (e: unknown) => setError(failureText(step, e, lang)), [lang]);

  useEffect(() => {
    let live = true;
    loadContext(port).then(
      (c) => live && (setCtx(c), setBusy(false)),
      (e: unknown) => live && (fail("readFailed")(e), setBusy(false)),
    );
    return () => {
      live = false;
    };
  }, [port, loadContext, fail]);

  // Memoised: a fresh array each render would re-run the computation effect forever.
  const starts = useMemo(() => (ctx ? semesterStartsOf(ctx.settings) : undefined), [ctx]);
  useEffect(() => {
    if (!ctx) return;
    try {
      setReport(computeKpis(ctx, resolvePeriod(periodId, asOf, starts), asOf, lang));
      setError(null);
    } catch (e) {
      fail("computeFailed")(e);
    }
  }, [ctx, periodId, asOf, lang, starts, fail]);

  const writeBoard = () => {
    if (!ctx) return;
    setBusy(true);
    setInfo(null);
    setError(null);
    // Through the derived-sheet registry, as `ledger refresh` writes it; once written (not while the write is only
    // planned for the preview) the sheet is brought to the front.
    writeBoardAndShow(port, () =>
      write(t("writeBoard"), async (p) =>
        KPI_BOARD.refresh({
          port: p,
          ctx: await readContext(p, { lang }),
          asOf,
          lang,
          options: { period: periodId },
          updatedAt: now(),
          charts: { available: chartsAvailable },
        }),
      ),
    )
      .then((out) => out !== null && setInfo(t("boardWritten")), fail("writeFailed"))
      .finally(() => setBusy(false));
  };

  const selectRow = (o: Offender) => {
    selectOffender(port, o, ctx).catch(fail("selectFailed"));
  };

  return (
    <KpiView
      lang={lang}
      periods={periodOptions(asOf, lang, starts)}
      periodId={periodId}
      onPeriodChange={setPeriodId}
      onWriteBoard={writeBoard}
      onSelectRow={selectRow}
      empty={ctx !== null && ctx.tables.size === 0}
      onGoRegisters={navigate ? () => navigate("registers") : undefined}
      report={report}
      busy={busy}
      error={error}
      info={info}
    />
  );
}
