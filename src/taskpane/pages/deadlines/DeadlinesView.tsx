/** The 期限 page's body: view tabs, grouping, counts, grouped items that jump to their rows, and the copy action. */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  MessageBar,
  ProgressBar,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { serialToIso, type Serial } from "../../../core/dates";
import {
  escalationLabel,
  statusLabel,
  type DeadlineGroup,
  type DeadlineItem,
  type DeadlineProblem,
  type DeadlineView,
  type DeadlineWarning,
} from "../../../core/deadlines";
import { translate, type Lang } from "../../../core/i18n";
import { EmptyState } from "../../shell/EmptyState";
import type { ReactNode } from "react";
import { RoutineSection } from "./CalendarSections";
import { RemindersPanel, type RemindersPanelProps } from "./RemindersPanel";
import { DEADLINES_PAGE_MESSAGES, type DeadlinesPageKey } from "./messages";
import { MORE_ITEMS, VIEWS, dueText, itemId, type GroupBy, type HeaderCounts } from "./view-model";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
  },
  group: { marginTop: tokens.spacingVerticalM },
  item: { display: "block", width: "100%", textAlign: "start", height: "auto", paddingBlock: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground3 },
  // Four view tabs are wider than a 320 px pane in English; they wrap rather than push the page sideways.
  views: { flexWrap: "wrap" },
});

export interface DeadlinesViewProps {
  lang: Lang;
  asOf: Serial;
  counts: HeaderCounts | null;
  view: DeadlineView;
  onViewChange: (v: DeadlineView) => void;
  groupBy: GroupBy;
  onGroupByChange: (g: GroupBy) => void;
  groups: DeadlineGroup[];
  problems: DeadlineProblem[];
  /** Run-wide limits, e.g. a due-soon window reaching a year the calendar lacks (issue 10). */
  warnings?: DeadlineWarning[];
  onSelect: (item: DeadlineItem) => void;
  /** 复制提醒 opens or closes the reminders panel. */
  onToggleReminders: () => void;
  remindersOpen: boolean;
  reminders: Omit<RemindersPanelProps, "lang">;
  /** Open items due more than a year ahead, which 全部未完成 shows only when asked. */
  farCount: number;
  showFar: boolean;
  onShowFarChange: (show: boolean) => void;
  onRefresh: () => void;
  /** Whether writing the deadline columns also fills blank due-date cells (never cells holding anything). */
  fillDue: boolean;
  onFillDueChange: (fill: boolean) => void;
  onReload: () => void;
  /** Recognised registers with deadline rules (null while reading): with none, the page says so and writes nothing. */
  registers: number | null;
  onGoRegisters?: () => void;
  busy: boolean;
  /** Rows read so far while the workbook is read (the progress bar says so, as 检查 does). */
  progress?: { done: number; total: number } | null;
  /** Items left out of `groups` (the first screen is drawn first); `onShowMore` draws more. */
  hidden?: number;
  onShowMore?: () => void;
  error: string | null;
  info: string | null;
  /** This week's recurring duties (「本周例行工作」); the section shows when the workbook has 周期工作. */
  routine?: DeadlineItem[] | null;
  /** The open incidents' live countdown (CalendarSections' IncidentSection), rendered above the lists. */
  incidents?: ReactNode;
}

const statusColor = (i: DeadlineItem): "danger" | "warning" | "informative" =>
  i.status === "overdue" ? "danger" : i.status === "due-soon" ? "warning" : "informative";

function ItemButton({ item, lang, onSelect }: { item: DeadlineItem; lang: Lang; onSelect: (i: DeadlineItem) => void }) {
  const styles = useStyles();
  const t = (key: DeadlinesPageKey, p?: Record<string, string | number>) =>
    translate(DEADLINES_PAGE_MESSAGES, lang, key, p);
  const what = [item.rule.label[lang], item.key, item.subject].filter((x) => x !== null && x !== "").join(" · ");
  const meta = [t("row", { sheet: item.sheet, row: item.row }), t("due", { due: dueText(item) })];
  if (item.status === "overdue")
    meta.push(item.overdueWorkdays === 1 ? t("lateOne") : t("late", { n: item.overdueWorkdays }));
  if (item.escalation !== null) meta.push(escalationLabel(item.escalation, lang));
  return (
    <Button
      appearance="subtle"
      className={styles.item}
      onClick={() => onSelect(item)}
      data-item={itemId(item)}
      data-status={item.status}
    >
      <Badge appearance="tint" color={statusColor(item)}>
        {statusLabel(item.status, lang)}
      </Badge>{" "}
      <Text>{what}</Text>
      <Text block size={200} className={styles.meta}>
        {meta.join(" · ")}
      </Text>
    </Button>
  );
}

export function DeadlinesView(props: DeadlinesViewProps) {
  const styles = useStyles();
  const { lang } = props;
  const t = (key: DeadlinesPageKey, p?: Record<string, string | number>) =>
    translate(DEADLINES_PAGE_MESSAGES, lang, key, p);
  const total = props.groups.reduce((n, g) => n + g.items.length, 0);
  if (props.registers === 0) {
    return (
      <section aria-label={t("title")}>
        {props.error && <MessageBar intent="error">{props.error}</MessageBar>}
        <EmptyState lang={lang} message={t("noRegisters")} onGoRegisters={props.onGoRegisters} />
      </section>
    );
  }
  return (
    <section aria-label={t("title")}>
      {props.counts && (
        <Text block weight="semibold" data-counts>
          {t("header", { asOf: serialToIso(props.asOf), ...props.counts })}
        </Text>
      )}
      <TabList
        className={styles.views}
        size="small"
        selectedValue={props.view}
        onTabSelect={(_, d) => props.onViewChange(d.value as DeadlineView)}
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v}>
            {t(`view.${v}`)}
          </Tab>
        ))}
      </TabList>
      <div className={styles.bar}>
        <Field label={t("groupBy")}>
          <Select value={props.groupBy} onChange={(_, d) => props.onGroupByChange(d.value as GroupBy)}>
            <option value="owner">{t("groupBy.owner")}</option>
            <option value="department">{t("groupBy.department")}</option>
          </Select>
        </Field>
        <Button
          appearance="primary"
          onClick={props.onToggleReminders}
          aria-expanded={props.remindersOpen}
          disabled={props.counts === null}
        >
          {t("copy")}
        </Button>
        <Button onClick={props.onRefresh} disabled={props.busy || props.registers === null}>
          {t("refresh")}
        </Button>
        <Checkbox
          label={t("fillDue")}
          checked={props.fillDue}
          onChange={(_, d) => props.onFillDueChange(d.checked === true)}
        />
        <Button appearance="subtle" onClick={props.onReload} disabled={props.busy}>
          {t("reload")}
        </Button>
      </div>
      {props.remindersOpen && <RemindersPanel lang={lang} {...props.reminders} />}
      {props.busy && props.progress && props.progress.total > 0 ? (
        <Field
          validationMessage={t("readingRows", {
            done: props.progress.done.toLocaleString(lang),
            total: props.progress.total.toLocaleString(lang),
          })}
          validationState="none"
        >
          <ProgressBar value={props.progress.done / props.progress.total} data-testid="deadlines-progress" />
        </Field>
      ) : (
        props.busy && <Spinner size="tiny" label={t("loading")} />
      )}
      {props.error && <MessageBar intent="error">{props.error}</MessageBar>}
      {props.info && <MessageBar intent="success">{props.info}</MessageBar>}
      {(props.warnings ?? []).map((w) => (
        <MessageBar key={w.code} intent="warning" data-warning={w.code}>
          {w.message}
        </MessageBar>
      ))}
      {props.problems.length > 0 && (
        <MessageBar intent="warning">
          {t("problems", { count: props.problems.length })}{" "}
          {props.problems
            .slice(0, 3)
            .map((p) => p.message)
            .join("；")}
        </MessageBar>
      )}
      {props.incidents}
      {props.routine && <RoutineSection items={props.routine} lang={lang} onSelect={props.onSelect} />}
      {props.view === "open" && props.farCount > 0 && (
        <Checkbox
          label={t("showFar", { n: props.farCount })}
          checked={props.showFar}
          onChange={(_, d) => props.onShowFarChange(d.checked === true)}
        />
      )}
      {!props.busy && total === 0 && <Text block>{t("empty", { view: t(`view.${props.view}`) })}</Text>}
      {props.groups.map((g) => (
        <div key={g.name ?? ""} className={styles.group} data-group={g.name ?? ""}>
          <Text block weight="semibold">
            {`${g.name ?? t("noOwner")} · ${t("groupCount", { count: g.items.length, overdue: g.overdue })}`}
          </Text>
          {g.items.map((i) => (
            <ItemButton key={itemId(i)} item={i} lang={lang} onSelect={props.onSelect} />
          ))}
        </div>
      ))}
      {(props.hidden ?? 0) > 0 && props.onShowMore && (
        <Button appearance="subtle" onClick={props.onShowMore} data-testid="deadlines-more">
          {t("showMore", { n: Math.min(MORE_ITEMS, props.hidden ?? 0), left: props.hidden ?? 0 })}
        </Button>
      )}
    </section>
  );
}
