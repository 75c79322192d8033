/**
 * The 整改 page: the rectification status of the workbook (the 整改状态 sheet's figures), a list filtered by department
 * and state whose items jump to their rows, 记录跟踪 (today's date into 最近跟踪日期 of the chosen rows, after a
 * confirmation, nothing else), 复制周报 and writing the 整改状态 sheet through the derived-sheet registry. Host access
 * comes in as props, so the page runs on the Excel adapter, the file adapter or the fake alike.
 */
import { writeDirectly, type WriteWithPreview } from "../../shell/writes";
import { useCallback, useMemo, useState } from "react";
import { isoToSerial, serialToIso } from "../../../core/dates";
import { translate, type Lang } from "../../../core/i18n";
import type { RectificationItem, RectificationStatus } from "../../../core/rectification";
import { RECTIFICATION_BOARD } from "../../../app/derived-sheets";
import { resolvePeriod, semesterStartsOf } from "../../../app/kpis";
import { loadContext as readContext, type WorkbookContext } from "../../../app/load-context";
import { computeWorkbookRectification, recordFollowUps } from "../../../app/rectification";
import type { WorkbookPort } from "../../../workbook/port";
import { useWorkbookContext } from "../../shell/useWorkbookContext";
import { periodOptions } from "../kpi/view-model";
import { RECTIFICATION_PAGE_MESSAGES, type RectificationPageKey } from "./messages";
import { RectificationView } from "./RectificationView";
import {
  ALL_DEPARTMENTS,
  failureText,
  filterItems,
  itemId,
  listOrder,
  selectItem,
  weeklyReportOf,
  type StateFilter,
} from "./view-model";

export interface RectificationPageProps {
  port: WorkbookPort;
  lang: Lang;
  loadContext: (port: WorkbookPort) => Promise<WorkbookContext>;
  /** Today as 'YYYY-MM-DD' in the office's zone; injected so tests fix the clock. */
  today: () => string;
  /** The 更新于 stamp ('2026-11-22 10:30'); today's date when not given. */
  now?: () => string;
  copyText: (text: string) => Promise<void>;
  chartsAvailable?: boolean;
  /** Every write goes through the shell's preview and undo (writes straight through when omitted, in tests). */
  write?: WriteWithPreview;
}

export function RectificationPage({
  port,
  lang,
  loadContext,
  today,
  now = today,
  copyText,
  chartsAvailable = true,
  write = writeDirectly(port),
}: RectificationPageProps) {
  const asOf = useMemo(() => isoToSerial(today()), [today]);
  const { ctx, busy: loading, error: loadError, reload } = useWorkbookContext(port, loadContext);
  const [periodId, setPeriodId] = useState(() => resolvePeriod(undefined, asOf).id);
  const [department, setDepartment] = useState(ALL_DEPARTMENTS);
  const [state, setState] = useState<StateFilter>("open");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [writing, setWriting] = useState(false);
  const [info, setInfo] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const t = useCallback(
    (key: RectificationPageKey, p?: Record<string, string | number>) =>
      translate(RECTIFICATION_PAGE_MESSAGES, lang, key, p),
    [lang],
  );

  const starts = useMemo(() => (ctx ? semesterStartsOf(ctx.settings) : undefined), [ctx]);
  const computed = useMemo((): { status: RectificationStatus | null; error: unknown } => {
    if (!ctx) return { status: null, error: null };
    try {
      return {
        status: computeWorkbookRectification(ctx, resolvePeriod(periodId, asOf, starts), asOf, lang),
        error: null,
      };
    } catch (e) {
      return { status: null, error: e };
    }
  }, [ctx, periodId, asOf, lang, starts]);
  const status = computed.status;
  const shown = useMemo(
    () => (status ? filterItems(status.items, department, state).sort(listOrder) : []),
    [status, department, state],
  );
  const chosen = useMemo(() => (status ? status.items.filter((x) => selected.has(itemId(x))) : []), [status, selected]);

  const shownError = actionError ?? loadError ?? computed.error;
  const shownText = shownError === null ? null : failureText(shownError, lang);

  const act = (work: () => Promise<string | null>) => {
    setInfo(null);
    setActionError(null);
    setWriting(true);
    work()
      .then((text) => text !== null && setInfo(text), setActionError)
      .finally(() => setWriting(false));
  };

  const onCopy = () => {
    if (!status) return;
    const overdueShown = shown.filter((x) => x.overdue).length;
    act(async () => (await copyText(weeklyReportOf(status, shown, lang)), t("copied", { count: overdueShown })));
  };
  const onWriteSheet = () => {
    if (!ctx) return;
    act(async () => {
      const out = await write(t("writeSheet"), async (p) =>
        RECTIFICATION_BOARD.refresh({
          port: p,
          ctx: await readContext(p, { lang }),
          asOf,
          lang,
          options: { period: periodId },
          updatedAt: now(),
          charts: { available: chartsAvailable },
        }),
      );
      return out === null ? null : t("sheetWritten");
    });
  };
  const onConfirmRecord = () => {
    if (!ctx) return;
    setConfirming(false);
    act(async () => {
      // The page's own confirmation (record-confirm: the column, the rows, the date) was this write's confirmation.
      const out = await write(t("record"), (p) => recordFollowUps(p, ctx, chosen, asOf), { confirmed: true });
      if (out === null) return null;
      setSelected(new Set());
      reload();
      const date = serialToIso(asOf);
      return (
        t("recorded", { count: out.written.length, date }) +
        (out.moved.length > 0 ? t("moved", { count: out.moved.length }) : "")
      );
    });
  };
  const onSelect = (x: RectificationItem) => {
    selectItem(port, ctx ?? null, ctx?.tables.get("rectifications"), x).catch(setActionError);
  };
  const onToggle = (x: RectificationItem, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(itemId(x));
    else next.delete(itemId(x));
    setSelected(next);
  };

  return (
    <RectificationView
      lang={lang}
      status={status}
      periods={periodOptions(asOf, lang, starts)}
      periodId={periodId}
      onPeriodChange={setPeriodId}
      department={department}
      onDepartmentChange={setDepartment}
      state={state}
      onStateChange={setState}
      shown={shown}
      selected={selected}
      onToggle={onToggle}
      onSelect={onSelect}
      onCopy={onCopy}
      onWriteSheet={onWriteSheet}
      onRecord={() => setConfirming(true)}
      confirming={confirming ? { count: chosen.length, date: serialToIso(asOf) } : null}
      onConfirmRecord={onConfirmRecord}
      onCancelRecord={() => setConfirming(false)}
      onReload={reload}
      busy={loading || writing}
      error={shownText}
      info={info}
    />
  );
}
