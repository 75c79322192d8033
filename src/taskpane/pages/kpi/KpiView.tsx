/** The KPI page's body: period picker, actions, summary and one card per KPI. Presentational: state comes in as props. */
import { Button, Field, MessageBar, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { translate, type Lang } from "../../../core/i18n";
import type { Offender } from "../../../core/kpi";
import type { KpiReport } from "../../../app/kpis";
import { EmptyState } from "../../shell/EmptyState";
import { KpiCard } from "./KpiCard";
import { KPI_PAGE_MESSAGES } from "./messages";
import type { PeriodOption } from "./view-model";

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap", marginBottom: tokens.spacingVerticalM },
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
  const t = (key: keyof typeof KPI_PAGE_MESSAGES, p?: Record<string, string | number>) => translate(KPI_PAGE_MESSAGES, lang, key, p);
  const count = (s: string) => report?.kpis.filter((k) => k.status === s).length ?? 0;
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
          <Text block>{`${report.period.start} – ${report.period.end} · ${t("summary", { met: count("met"), notMet: count("not-met"), noData: count("no-data") })}`}</Text>
          {report.kpis.map((k) => (
            <KpiCard key={k.id} kpi={k} lang={lang} onSelectRow={props.onSelectRow} />
          ))}
        </>
      )}
    </section>
  );
}
