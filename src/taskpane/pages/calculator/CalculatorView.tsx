/** The calculator's form and answer. Presentational: inputs, result and errors come in as props. */
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { translate, type Lang } from "../../../core/i18n";
import { CALCULATOR_MESSAGES, type CalculatorKey } from "./messages";
import { crossedLine, type CalculatorResult } from "./view-model";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "start" },
  field: { minWidth: "130px", flexGrow: 1 },
  result: {
    marginTop: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface CalculatorViewProps {
  lang: Lang;
  start: string;
  days: string;
  onStartChange: (v: string) => void;
  onDaysChange: (v: string) => void;
  result: CalculatorResult | null;
  overrides: number;
  busy: boolean;
  error: string | null;
}

export function CalculatorView(props: CalculatorViewProps) {
  const styles = useStyles();
  const { lang, result } = props;
  const t = (key: CalculatorKey, p?: Record<string, string | number>) => translate(CALCULATOR_MESSAGES, lang, key, p);
  const fieldError = (f: "start" | "days") => (result && !result.ok && result.field === f ? result.message : undefined);
  return (
    <section aria-label={t("title")}>
      <div className={styles.form}>
        <Field className={styles.field} label={t("start")} validationMessage={fieldError("start")}>
          <Input type="date" value={props.start} onChange={(_, d) => props.onStartChange(d.value)} />
        </Field>
        <Field className={styles.field} label={t("days")} validationMessage={fieldError("days")}>
          <Input
            type="number"
            inputMode="numeric"
            value={props.days}
            onChange={(_, d) => props.onDaysChange(d.value)}
          />
        </Field>
      </div>
      {props.busy && <Spinner size="tiny" label={t("loading")} />}
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
      {result && !result.ok && result.field === null && (
        <MessageBar intent="warning">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      )}
      {result?.ok && (
        <div className={styles.result} role="status" aria-live="polite" data-testid="calculator-result">
          <Text weight="semibold" size={500}>
            {t("resultLine", { date: result.iso, weekday: result.weekday })}
          </Text>
          <Text>{result.explanation}</Text>
          <Text weight="semibold">{t("crossed")}</Text>
          {result.crossed.length === 0 ? (
            <Text>{t("noneCrossed")}</Text>
          ) : (
            <ul className={styles.list} aria-label={t("crossed")}>
              {result.crossed.map((c) => (
                <li key={c.iso}>{crossedLine(c, lang)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {props.overrides > 0 && (
        <Text size={200}>{props.overrides === 1 ? t("overridesOne") : t("overrides", { n: props.overrides })}</Text>
      )}
    </section>
  );
}
