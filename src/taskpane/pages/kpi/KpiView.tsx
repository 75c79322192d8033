/** The KPI page's body: period picker, actions, summary and one card per KPI. Presentational: state comes in as props. */
import { useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  Select,
  Spinner,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { statusLabel, type KpiStatus } from "../../../core/kpi";
import { translate, type Lang } from "../../../core/i18n";
import type { Offender } from "../../../core/kpi";
import type { KpiReport } from "../../../app/kpis";
import { EmptyState } from "../../shell/EmptyState";
import { KpiCard } from "./KpiCard";
import { KPI_PAGE_MESSAGES } from "./messages";
import { KPI_STATUSES, sortedKpis, statusCounts, type PeriodOption } from "./view-model";

const useStyles = makeStyles({
  tiles: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalS,
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "start",
    height: "auto",
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalS,
    whiteSpace: "normal",
    textAlign: "start",
  },
  number: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  met: { color: tokens.colorPaletteGreenForeground1 },
  "not-met": { color: tokens.colorPaletteRedForeground1 },
  "no-data": { color: tokens.colorNeutralForeground3 },
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalM,
  },
});

export interface KpiViewProps {
  lang: Lang;
  periods: PeriodOption[];
  periodId: string;
  onPeriodChange: (id: string) => void;
  onWriteBoard: () => void;
  onSelectRow: (o: Offender) => void;
  report: KpiReport | null;
  /** No register is recognised: no KPI can be computed, and there is nothing to write. */
  empty?: boolean;
  onGoRegisters?: () => void;
  busy: boolean;
  error: string | null;
  info: string | null;
}

export function KpiView(props: KpiViewProps) {
  const styles = useStyles();
  const { lang, report } = props;
  const t = (key: keyof typeof KPI_PAGE_MESSAGES, p?: Record<string, string | number>) =>
    translate(KPI_PAGE_MESSAGES, lang, key, p);
  // A tile narrows the cards to its status; a second click shows them all again.
  const [only, setOnly] = useState<KpiStatus | null>(null);
  if (props.empty) {
    return (
      <section aria-label={t("title")}>
        {props.error && <MessageBar intent="error">{props.error}</MessageBar>}
        <EmptyState lang={lang} message={t("noRegisters")} onGoRegisters={props.onGoRegisters} />
      </section>
    );
  }
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
        <Button appearance="primary" onClick={props.onWriteBoard} disabled={props.busy || report === null}>
          {t("writeBoard")}
        </Button>
      </div>
      {props.busy && <Spinner size="tiny" label={t("loading")} />}
      {props.error && <MessageBar intent="error">{props.error}</MessageBar>}
      {props.info && <MessageBar intent="success">{props.info}</MessageBar>}
      {report && (
        <>
          <Text block>{`${report.period.start} – ${report.period.end}`}</Text>
          <div className={styles.tiles} role="group" aria-label={t("tiles")}>
            {KPI_STATUSES.map((s) => {
              const n = statusCounts(report.kpis)[s];
              return (
                <ToggleButton
                  key={s}
                  className={styles.tile}
                  checked={only === s}
                  onClick={() => setOnly(only === s ? null : s)}
                  aria-label={t("tileLabel", { status: statusLabel(s, lang), n })}
                  data-tile={s}
                >
                  <span className={`${styles.number} ${styles[s]}`}>{n}</span>
                  <Text size={200}>{statusLabel(s, lang)}</Text>
                </ToggleButton>
              );
            })}
          </div>
          {sortedKpis(report.kpis)
            .filter((k) => only === null || k.status === only)
            .map((k) => (
              <KpiCard key={k.id} kpi={k} lang={lang} onSelectRow={props.onSelectRow} />
            ))}
        </>
      )}
    </section>
  );
}
