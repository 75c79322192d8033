/** One KPI: status badge, target / actual / previous, notes, and the rows that count against it (clickable). */
import { useState } from "react";
import { Badge, Button, Caption1, Card, CardHeader, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { translate, type Lang } from "../../../core/i18n";
import { formatTarget, formatValue, statusLabel, type KpiResult, type Offender } from "../../../core/kpi";
import { KPI_PAGE_MESSAGES } from "./messages";
import { DRILL_DOWN_LIMIT, statusColor, trendOf } from "./view-model";

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalS },
  figures: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", alignItems: "baseline" },
  notes: { color: tokens.colorNeutralForeground3 },
  // The name wraps; the status badge keeps to one line at its natural width ("Not met" in a 320 px pane).
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  better: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  worse: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  level: { color: tokens.colorNeutralForeground3 },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface KpiCardProps {
  kpi: KpiResult;
  lang: Lang;
  onSelectRow: (o: Offender) => void;
  /** Start with the drill-down open (the e2e test and a deep link use it). */
  initiallyOpen?: boolean;
}

export function KpiCard({ kpi, lang, onSelectRow, initiallyOpen = false }: KpiCardProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(initiallyOpen);
  const [all, setAll] = useState(false);
  const t = (key: keyof typeof KPI_PAGE_MESSAGES, p?: Record<string, string | number>) =>
    translate(KPI_PAGE_MESSAGES, lang, key, p);
  const remarks = [kpi.reason, ...kpi.notes].filter((x): x is string => !!x);
  // A long drill-down opens short so the page stays scannable; the rest is one click away, not in another tool.
  const shown = all ? kpi.offenders : kpi.offenders.slice(0, DRILL_DOWN_LIMIT);
  const trend = trendOf(kpi);
  const trendWords =
    trend === null ? null : trend.better === null ? t("level") : trend.better ? t("better") : t("worse");
  return (
    <Card className={styles.card} data-kpi={kpi.id} data-status={kpi.status}>
      <CardHeader
        header={<Text weight="semibold">{kpi.name}</Text>}
        action={
          <Badge className={styles.badge} appearance="filled" color={statusColor(kpi.status)}>
            {statusLabel(kpi.status, lang)}
          </Badge>
        }
      />
      <div className={styles.figures}>
        <Text>{`${t("target")} ${formatTarget(kpi.target, kpi.direction, kpi.unit, lang)}`}</Text>
        <Text weight="semibold">{`${t("actual")} ${formatValue(kpi.actual, kpi.unit, lang)}`}</Text>
        <Text>
          {`${t("previous")} ${formatValue(kpi.previous, kpi.unit, lang)}`}
          {trend && trendWords && (
            <span
              className={trend.better === null ? styles.level : trend.better ? styles.better : styles.worse}
              title={trendWords}
              aria-label={trendWords}
              data-trend={trend.arrow}
            >
              {` ${trend.arrow}`}
            </span>
          )}
        </Text>
        <Caption1>{t("sample", { n: kpi.n })}</Caption1>
      </div>
      {remarks.length > 0 && (
        <Caption1 className={styles.notes}>{remarks.join(lang === "zh-CN" ? "；" : "; ")}</Caption1>
      )}
      {kpi.offenders.length > 0 && (
        <div>
          <Button appearance="subtle" size="small" onClick={() => setOpen(!open)} aria-expanded={open}>
            {open ? t("hideRows") : t("showRows", { n: kpi.offenders.length })}
          </Button>
          {open && (
            <ul className={styles.rows}>
              {shown.map((o, k) => (
                <li key={`${o.sheet}-${o.row ?? o.key ?? k}`}>
                  {o.row === null ? (
                    <Text>{o.key ?? o.sheet}</Text>
                  ) : (
                    <Link as="button" onClick={() => onSelectRow(o)}>
                      {t("rowLabel", { sheet: o.sheet, row: o.row })}
                      {o.key ? ` ${o.key}` : ""}
                    </Link>
                  )}
                  <Caption1>{` ${o.why}`}</Caption1>
                </li>
              ))}
              {kpi.offenders.length > shown.length && (
                <li>
                  <Link as="button" onClick={() => setAll(true)}>
                    {t("moreRows", { n: kpi.offenders.length - shown.length })}
                  </Link>
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}
