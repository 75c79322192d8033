/** 概览's body: big-number cards that open their pages, the last check's time, or the first-run empty state. */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { translate, type Lang } from "../../../core/i18n";
import { EmptyState } from "../../shell/EmptyState";
import { OVERVIEW_MESSAGES, type OverviewKey } from "./messages";
import type { OverviewCard } from "./view-model";

const useStyles = makeStyles({
  // Two cards a row at 320 px, more in a wider pane; each keeps its number large and its label on one or two lines.
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    alignItems: "start",
    justifyContent: "start",
    height: "auto",
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalS,
    textAlign: "start",
    whiteSpace: "normal",
  },
  number: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  danger: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  calm: { color: tokens.colorNeutralForeground1 },
  meta: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    color: tokens.colorNeutralForeground3,
  },
});

export interface OverviewViewProps {
  lang: Lang;
  asOf: string;
  /** null while the workbook is read. */
  cards: OverviewCard[] | null;
  /** The workbook has no recognised register: the empty state replaces the cards. */
  empty: boolean;
  checking: boolean;
  lastCheckAt: string | null;
  onOpen: (page: string) => void;
  onRecheck: () => void;
  busy: boolean;
  error: string | null;
}

export function OverviewView(props: OverviewViewProps) {
  const styles = useStyles();
  const { lang } = props;
  const t = (key: OverviewKey, p?: Record<string, string | number>) => translate(OVERVIEW_MESSAGES, lang, key, p);
  const labelOf = (c: OverviewCard) => (typeof c.label === "string" ? t(c.label) : c.label[lang]);
  return (
    <section aria-label={t("title")}>
      {props.busy && <Spinner size="tiny" label={t("loading")} />}
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
      {props.empty && <EmptyState lang={lang} message={t("empty")} onGoRegisters={() => props.onOpen("registers")} />}
      {!props.empty && props.cards && (
        <>
          <Text block size={200}>
            {t("asOf", { asOf: props.asOf })}
          </Text>
          <div className={styles.grid}>
            {props.cards.map((c) => {
              const value = c.value === null ? (props.checking && c.id === "errors" ? "…" : "–") : String(c.value);
              const tone =
                c.value === null || c.value === 0 ? styles.calm : c.tone === "danger" ? styles.danger : styles.warning;
              return (
                <Button
                  key={c.id}
                  className={styles.card}
                  data-card={c.id}
                  aria-label={t("cardLabel", { label: labelOf(c), value })}
                  onClick={() => props.onOpen(c.page)}
                >
                  <span className={`${styles.number} ${tone}`}>{value}</span>
                  <Text>{labelOf(c)}</Text>
                  {c.detail && <Caption1>{t(c.detail.key, c.detail.params)}</Caption1>}
                </Button>
              );
            })}
          </div>
          <div className={styles.meta}>
            <Caption1 data-testid="last-check">
              {props.checking
                ? t("checking")
                : props.lastCheckAt === null
                  ? t("notChecked")
                  : t("lastCheck", { at: props.lastCheckAt })}
            </Caption1>
            <Button size="small" appearance="subtle" onClick={props.onRecheck} disabled={props.checking || props.busy}>
              {t("recheck")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
