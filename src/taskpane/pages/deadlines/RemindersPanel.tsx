/**
 * 复制提醒: what the reminders cover (已逾期 and 临期 unless another scope is chosen), the header line they start with,
 * and one block per person with its own copy button, so each person gets only their own items.
 */
import { Button, Card, Checkbox, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { REMINDER_MESSAGES, REMINDER_SCOPES, type ReminderScope, type Reminders } from "../../../core/deadlines";
import { translate, type Lang } from "../../../core/i18n";
import { DEADLINES_PAGE_MESSAGES, type DeadlinesPageKey } from "./messages";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalS,
  },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
  },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0, fontFamily: "inherit" },
  copy: { alignSelf: "start" },
});

export interface RemindersPanelProps {
  lang: Lang;
  scope: ReminderScope;
  onScopeChange: (scope: ReminderScope) => void;
  includeFar: boolean;
  onIncludeFarChange: (on: boolean) => void;
  /** Open items due more than a year ahead (the choice to include them shows only when there are some). */
  farCount: number;
  reminders: Reminders;
  onCopyAll: () => void;
  onCopyBlock: (index: number) => void;
}

export function RemindersPanel(props: RemindersPanelProps) {
  const styles = useStyles();
  const { lang, reminders } = props;
  const t = (key: DeadlinesPageKey, p?: Record<string, string | number>) =>
    translate(DEADLINES_PAGE_MESSAGES, lang, key, p);
  const unassigned = t("noOwner");
  return (
    <Card className={styles.panel} role="region" aria-label={t("copy")}>
      <div className={styles.bar}>
        <Field label={t("reminderScope")}>
          <Select value={props.scope} onChange={(_, d) => props.onScopeChange(d.value as ReminderScope)}>
            {REMINDER_SCOPES.map((s) => (
              <option key={s} value={s}>
                {translate(REMINDER_MESSAGES, lang, `scope.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={props.onCopyAll} disabled={reminders.count === 0}>
          {t("copyAll", { people: reminders.blocks.length })}
        </Button>
      </div>
      {props.scope === "open" && props.farCount > 0 && (
        <Checkbox
          checked={props.includeFar}
          onChange={(_, d) => props.onIncludeFarChange(d.checked === true)}
          label={t("includeFar", { n: props.farCount })}
        />
      )}
      <Text weight="semibold" data-testid="reminder-header">
        {reminders.header}
      </Text>
      {reminders.count === 0 && <Text>{t("noReminders")}</Text>}
      {reminders.blocks.map((b, k) => (
        <Card key={b.owner ?? ""} className={styles.block} appearance="outline" data-reminder={b.owner ?? ""}>
          <pre className={styles.text}>{b.text}</pre>
          <Button
            className={styles.copy}
            size="small"
            onClick={() => props.onCopyBlock(k)}
            aria-label={t("copyOneLabel", { name: b.owner ?? unassigned })}
          >
            {t("copyOne")}
          </Button>
        </Card>
      ))}
    </Card>
  );
}
