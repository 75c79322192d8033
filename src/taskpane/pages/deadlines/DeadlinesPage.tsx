/**
 * The 期限 page: what is due today, this week and overdue across every register, grouped by owner or department; an
 * item jumps to its row, "复制提醒" copies the reminders of the current view. Host access comes in as props (the
 * port, the clipboard, the clock), so the page runs on the Excel adapter, the file adapter or the fake alike.
 */
import { writeDirectly, type WriteWithPreview } from "../../shell/writes";
import { useEffect, useMemo, useState } from "react";
import { isoToSerial } from "../../../core/dates";
import {
  reminderBlockText,
  reminders as remindersOf,
  remindersText,
  type DeadlineItem,
  type DeadlineView,
  type ReminderScope,
} from "../../../core/deadlines";
import { translate, type Lang } from "../../../core/i18n";
import type { WorkbookContext } from "../../../app/load-context";
import type { WorkbookPort } from "../../../workbook/port";
import { IncidentSection } from "./CalendarSections";
import { DeadlinesView } from "./DeadlinesView";
import { weekRoutine, type Schedule } from "./routine";
import { DEADLINES_PAGE_MESSAGES, type DeadlinesPageKey } from "./messages";
import { useDeadlines } from "./useDeadlines";
import {
  failureText,
  farAheadCount,
  FIRST_SCREEN_ITEMS,
  headerCounts,
  limitGroups,
  MORE_ITEMS,
  selectItem,
  viewGroups,
  type GroupBy,
} from "./view-model";

export interface DeadlinesPageProps {
  port: WorkbookPort;
  lang: Lang;
  /** Reads the registers, settings and calendar (src/app/load-context in the add-in). */
  loadContext: (port: WorkbookPort) => Promise<WorkbookContext>;
  /** Today as 'YYYY-MM-DD' in the office's zone; injected so tests fix the clock. */
  today: () => string;
  /** Puts text on the clipboard (navigator.clipboard in a browser task pane). */
  copyText: (text: string) => Promise<void>;
  /** Opens another page (the empty state's way to 台账). */
  navigate?: (pageId: string) => void;
  /** The office's time 'YYYY-MM-DD HH:mm' (shell/clock.ts): open incidents count their minutes left by it. */
  now?: () => string;
  /** Re-reads `now` periodically; injected in tests (setInterval in the pane). */
  schedule?: Schedule;
  /** Every write goes through the shell's preview and undo (writes straight through when omitted, in tests). */
  write?: WriteWithPreview;
}

export function DeadlinesPage({
  port,
  lang,
  loadContext,
  today,
  copyText,
  navigate,
  now,
  schedule,
  write = writeDirectly(port),
}: DeadlinesPageProps) {
  const asOf = useMemo(() => isoToSerial(today()), [today]);
  const [view, setView] = useState<DeadlineView>("overdue");
  const [groupBy, setGroupBy] = useState<GroupBy>("owner");
  const [fillDue, setFillDue] = useState(false);
  const [showFar, setShowFar] = useState(false);
  const [remindersOpen, setRemindersOpen] = useState(false);
  const [scope, setScope] = useState<ReminderScope>("due");
  const [includeFar, setIncludeFar] = useState(false);
  const [info, setInfo] = useState<string | null>(null);
  /** A failed copy or jump to a row (writes and reads report through useDeadlines). */
  const [actionError, setActionError] = useState<{ key: "copyFailed" | "selectFailed"; error: unknown } | null>(null);
  const t = (key: DeadlinesPageKey, p?: Record<string, string | number>) =>
    translate(DEADLINES_PAGE_MESSAGES, lang, key, p);
  const { result, ctx, registers, recurringDuties, busy, progress, error, reload, refresh } = useDeadlines(
    port,
    loadContext,
    asOf,
    lang,
    write,
    t(fillDue ? "refreshAndFill" : "refresh"),
  );

  const items = useMemo(() => result?.items ?? [], [result]);
  const groups = useMemo(() => viewGroups(items, view, groupBy, asOf, showFar), [items, view, groupBy, asOf, showFar]);
  // The first screen is drawn first; once it is on screen the next items follow (a 20,000-row register would
  // otherwise make the page wait for thousands of buttons), and 「再显示」 draws more on request.
  const [limit, setLimit] = useState(FIRST_SCREEN_ITEMS);
  useEffect(() => setLimit(FIRST_SCREEN_ITEMS), [groups]);
  useEffect(() => {
    if (limit !== FIRST_SCREEN_ITEMS) return;
    const timer = setTimeout(() => setLimit(MORE_ITEMS), 50);
    return () => clearTimeout(timer);
  }, [limit, groups]);
  const shown = useMemo(() => limitGroups(groups, limit), [groups, limit]);
  const farCount = useMemo(() => farAheadCount(items, asOf), [items, asOf]);
  const reminders = useMemo(
    () => remindersOf(items, scope, asOf, lang, { includeFar }),
    [items, scope, asOf, lang, includeFar],
  );
  const routine = useMemo(() => (recurringDuties ? weekRoutine(items, asOf) : null), [recurringDuties, items, asOf]);
  const clock = useMemo(() => now ?? (() => `${today()} 00:00`), [now, today]);
  const counts = useMemo(() => (result ? headerCounts(items, asOf) : null), [result, items, asOf]);
  const STEP_KEY = { read: "readFailed", compute: "computeFailed", write: "writeFailed" } as const;
  const shownError =
    error !== null
      ? failureText(STEP_KEY[error.step], error.error, lang)
      : actionError !== null
        ? failureText(actionError.key, actionError.error, lang)
        : null;
  const copyFailed = (e: unknown) => setActionError({ key: "copyFailed", error: e });

  const onCopyAll = () => {
    setInfo(null);
    setActionError(null);
    copyText(remindersText(reminders)).then(
      () => setInfo(t("copied", { count: reminders.count, people: reminders.blocks.length })),
      copyFailed,
    );
  };
  const onCopyBlock = (index: number) => {
    const block = reminders.blocks[index];
    if (!block) return;
    setInfo(null);
    setActionError(null);
    copyText(reminderBlockText(reminders, block)).then(
      () => setInfo(t("copiedOne", { name: block.owner ?? t("noOwner"), count: block.items.length })),
      copyFailed,
    );
  };
  const onRefresh = () => {
    setInfo(null);
    refresh({ fillDue }).then((out) => {
      if (!out) return;
      const filled = out.sheets.reduce((n, s) => n + s.filled, 0);
      setInfo(t("refreshed", { sheets: out.sheets.length }) + (fillDue ? t("filled", { filled }) : ""));
    });
  };
  const onSelect = (i: DeadlineItem) => {
    selectItem(port, ctx, i).catch((e: unknown) => setActionError({ key: "selectFailed", error: e }));
  };

  return (
    <DeadlinesView
      lang={lang}
      asOf={asOf}
      counts={counts}
      view={view}
      onViewChange={setView}
      groupBy={groupBy}
      onGroupByChange={setGroupBy}
      groups={shown.groups}
      hidden={shown.hidden}
      onShowMore={() => setLimit((n) => n + MORE_ITEMS)}
      progress={progress}
      problems={result?.problems ?? []}
      warnings={result?.warnings ?? []}
      onSelect={onSelect}
      onToggleReminders={() => setRemindersOpen((o) => !o)}
      remindersOpen={remindersOpen}
      reminders={{
        scope,
        onScopeChange: setScope,
        includeFar,
        onIncludeFarChange: setIncludeFar,
        farCount,
        reminders,
        onCopyAll,
        onCopyBlock,
      }}
      farCount={farCount}
      showFar={showFar}
      onShowFarChange={setShowFar}
      onRefresh={onRefresh}
      fillDue={fillDue}
      onFillDueChange={setFillDue}
      onReload={reload}
      registers={registers}
      onGoRegisters={navigate ? () => navigate("registers") : undefined}
      busy={busy}
      error={shownError}
      info={info}
      routine={routine}
      incidents={<IncidentSection items={items} lang={lang} now={clock} schedule={schedule} onSelect={onSelect} />}
    />
  );
}
