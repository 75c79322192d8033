/** The 整改 page's body: figures, tables, filters, the item list and the actions. Presentational: state comes in as props. */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  MessageBar,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { serialToIso } from "../../../core/dates";
import { translate, type Lang } from "../../../core/i18n";
import { periodLabel } from "../../../core/kpi";
import { itemKey, rateText, type RectificationItem, type RectificationStatus } from "../../../core/rectification";
import type { PeriodOption } from "../kpi/view-model";
import { RECTIFICATION_PAGE_MESSAGES, type RectificationPageKey } from "./messages";
import { departmentsOf, itemId, itemMeta, itemTitle, type StateFilter } from "./view-model";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(64px, 1fr))",
    gap: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalS,
  },
  figure: { display: "flex", flexDirection: "column", alignItems: "start" },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    marginBottom: tokens.spacingVerticalS,
    tableLayout: "fixed",
  },
  name: { width: "40%", textAlign: "start", overflowWrap: "anywhere" },
  num: { textAlign: "end" },
  item: { display: "flex", alignItems: "start", gap: tokens.spacingHorizontalXS },
  itemButton: {
    display: "block",
    flexGrow: 1,
    minWidth: 0,
    textAlign: "start",
    height: "auto",
    paddingBlock: tokens.spacingVerticalXS,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  details: { marginBlock: tokens.spacingVerticalXS },
});

export interface RectificationViewProps {
  lang: Lang;
  status: RectificationStatus | null;
  periods: PeriodOption[];
  periodId: string;
  onPeriodChange: (id: string) => void;
  department: string;
  onDepartmentChange: (d: string) => void;
  state: StateFilter;
  onStateChange: (s: StateFilter) => void;
  shown: RectificationItem[];
  selected: ReadonlySet<string>;
  onToggle: (x: RectificationItem, on: boolean) => void;
  onSelect: (x: RectificationItem) => void;
  onCopy: () => void;
  onWriteSheet: () => void;
  onRecord: () => void;
  /** The pending confirmation of 记录跟踪, or null. */
  confirming: { count: number; date: string } | null;
  onConfirmRecord: () => void;
  onCancelRecord: () => void;
  onReload: () => void;
  busy: boolean;
  error: string | null;
  info: string | null;
}

type Row = { name: string; total: number; open: number; overdue: number; closed: number; closureRate: number | null };

function CountTable({ title, rows, lang }: { title: string; rows: Row[]; lang: Lang }) {
  const styles = useStyles();
  const t = (key: RectificationPageKey) => translate(RECTIFICATION_PAGE_MESSAGES, lang, key);
  return (
    <details className={styles.details} open>
      <summary>{title}</summary>
      <table className={styles.table} aria-label={title}>
        <thead>
          <tr>
            <th className={styles.name}>{t("colName")}</th>
            {(["colTotal", "colOpen", "colOverdue", "colClosed", "colRate"] as const).map((k) => (
              <th key={k} className={styles.num}>
                {t(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <td className={styles.name}>{r.name}</td>
              <td className={styles.num}>{r.total}</td>
              <td className={styles.num}>{r.open}</td>
              <td className={styles.num}>{r.overdue}</td>
              <td className={styles.num}>{r.closed}</td>
              <td className={styles.num}>{r.closureRate === null ? "—" : r.closureRate.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Figures({ status: s, lang }: { status: RectificationStatus; lang: Lang }) {
  const styles = useStyles();
  const t = (key: RectificationPageKey, p?: Record<string, string | number>) =>
    translate(RECTIFICATION_PAGE_MESSAGES, lang, key, p);
  const figures: Array<[string, string, string]> = [
    ["open", t("open"), String(s.summary.open)],
    ["overdue", t("overdue"), String(s.summary.overdue)],
    ["closedInPeriod", t("closedInPeriod"), String(s.summary.closedInPeriod)],
    ["closureRate", t("closureRate"), rateText(s.summary.closureRate, lang)],
  ];
  return (
    <>
      <Text block size={200}>
        {t("asOf", { asOf: serialToIso(s.asOf), period: periodLabel(s.period, lang) })}
      </Text>
      <div className={styles.figures} data-testid="rectification-figures">
        {figures.map(([id, label, value]) => (
          <div key={id} className={styles.figure} data-figure={id}>
            <Text size={700} weight="semibold">
              {value}
            </Text>
            <Text size={200}>{label}</Text>
          </div>
        ))}
      </div>
      <Text block size={200}>
        {t("counts", {
          total: s.summary.total,
          closed: s.summary.closed,
          longTerm: s.summary.longTerm,
          openedInPeriod: s.summary.openedInPeriod,
        })}
      </Text>
      <Text block size={200} data-testid="rectification-ageing">
        {t("ageing", {
          a: s.ageing["0-5"],
          b: s.ageing["6-20"],
          c: s.ageing[">20"],
          follow: s.followUpsThisWeek.length,
        })}
      </Text>
      <Text block size={200} data-testid="rectification-k09">
        {t("k09", { actual: rateText(s.k09.actual, lang), target: s.k09.target })}
      </Text>
    </>
  );
}

export function RectificationView(props: RectificationViewProps) {
  const styles = useStyles();
  const { lang, status: s } = props;
  const t = (key: RectificationPageKey, p?: Record<string, string | number>) =>
    translate(RECTIFICATION_PAGE_MESSAGES, lang, key, p);
  const chosen = props.selected.size;
  return (
    <section aria-label={t("title")}>
      <div className={styles.bar}>
        <Field label={t("period")}>
          <Select value={props.periodId} onChange={(_, d) => props.onPeriodChange(d.value)} disabled={props.busy}>
            {props.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={props.onCopy} disabled={props.busy || s === null || s.sheet === null}>
          {t("copy")}
        </Button>
        <Button onClick={props.onWriteSheet} disabled={props.busy || s === null || s.sheet === null}>
          {t("writeSheet")}
        </Button>
        <Button appearance="subtle" onClick={props.onReload} disabled={props.busy}>
          {t("reload")}
        </Button>
      </div>
      {props.busy && <Spinner size="tiny" label={t("loading")} />}
      {props.error && <MessageBar intent="error">{props.error}</MessageBar>}
      {props.info && <MessageBar intent="success">{props.info}</MessageBar>}
      {s && s.sheet === null && <MessageBar intent="info">{t("noRegister")}</MessageBar>}
      {s && s.sheet !== null && (
        <>
          <Figures status={s} lang={lang} />
          <CountTable
            title={t("byStatus")}
            lang={lang}
            rows={s.byStatus.map((b) => ({
              name: b.state,
              total: b.count,
              open: b.phase === "open" ? b.count : 0,
              overdue: s.items.filter((x) => x.state === b.state && x.overdue).length,
              closed: b.phase === "closed" ? b.count : 0,
              closureRate: null,
            }))}
          />
          <CountTable
            title={t("byDepartment")}
            lang={lang}
            rows={s.byDepartment.map((d) => ({ ...d, name: d.department }))}
          />
          <CountTable title={t("bySource")} lang={lang} rows={s.bySource.map((d) => ({ ...d, name: d.source }))} />
          {s.sections.length > 0 && (
            <Text block size={200}>
              {t("sections", {
                parts: s.sections
                  .map((x) => t("section", { sheet: x.sheet, open: x.open, overdue: x.overdue }))
                  .join(lang === "zh-CN" ? "；" : "; "),
              })}
            </Text>
          )}
          {s.problems.length > 0 && (
            <MessageBar intent="warning">
              {t("problems", { count: s.problems.length })}{" "}
              {s.problems
                .slice(0, 3)
                .map((p) => p.message)
                .join("；")}
            </MessageBar>
          )}
          <div className={styles.bar}>
            <Field label={t("filterDepartment")}>
              <Select value={props.department} onChange={(_, d) => props.onDepartmentChange(d.value)}>
                <option value="">{t("all")}</option>
                {departmentsOf(s).map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("filterState")}>
              <Select value={props.state} onChange={(_, d) => props.onStateChange(d.value as StateFilter)}>
                <option value="all">{t("all")}</option>
                <option value="open">{t("allOpen")}</option>
                <option value="overdue">{t("onlyOverdue")}</option>
                {s.byStatus.map((b) => (
                  <option key={b.state} value={`state:${b.state}`}>
                    {b.state}
                  </option>
                ))}
              </Select>
            </Field>
            <Button onClick={props.onRecord} disabled={props.busy || chosen === 0}>
              {t("record")}
            </Button>
          </div>
          {props.confirming && (
            <MessageBar intent="warning" data-testid="record-confirm">
              {t("confirmRecord", props.confirming)}{" "}
              <Button size="small" appearance="primary" onClick={props.onConfirmRecord}>
                {t("confirm")}
              </Button>{" "}
              <Button size="small" onClick={props.onCancelRecord}>
                {t("cancel")}
              </Button>
            </MessageBar>
          )}
          <Text block size={200}>
            {t("shown", { shown: props.shown.length, selected: chosen })}
          </Text>
          {props.shown.length === 0 && <Text block>{t("empty")}</Text>}
          <div role="list" aria-label={t("items")}>
            {props.shown.map((x) => (
              <div
                role="listitem"
                key={itemId(x)}
                className={styles.item}
                data-item={itemId(x)}
                data-overdue={x.overdue ? "true" : "false"}
              >
                <Checkbox
                  aria-label={t("choose", { key: itemKey(x) })}
                  checked={props.selected.has(itemId(x))}
                  onChange={(_, d) => props.onToggle(x, d.checked === true)}
                />
                <Button appearance="subtle" className={styles.itemButton} onClick={() => props.onSelect(x)}>
                  {x.overdue && (
                    <Badge appearance="tint" color="danger">
                      {t("overdue")}
                    </Badge>
                  )}{" "}
                  <Text>{itemTitle(x)}</Text>
                  {x.subject && (
                    <Text block size={200}>
                      {x.subject}
                    </Text>
                  )}
                  <Text block size={200} className={styles.meta}>
                    {itemMeta(x, lang, (k, p) => t(k as RectificationPageKey, p))}
                  </Text>
                </Button>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
