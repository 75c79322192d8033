/** The 期限 page's 「本周例行工作」 list and the open incidents' countdown, which follows the pane's clock while shown. */
import { useEffect, useMemo, useState } from "react";
import { Badge, Button, MessageBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { serialToIso } from "../../../core/dates";
import { statusLabel, type DeadlineItem } from "../../../core/deadlines";
import { translate, type Lang } from "../../../core/i18n";
import { CALENDAR_SECTION_MESSAGES } from "./calendar-messages";
import { incidentLines, startClock, type Schedule } from "./routine";
import { dueText } from "./view-model";

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
  item: {
    display: "block",
    width: "100%",
    textAlign: "start",
    height: "auto",
    paddingBlock: tokens.spacingVerticalXXS,
  },
  meta: { color: tokens.colorNeutralForeground3 },
});

type Key = keyof typeof CALENDAR_SECTION_MESSAGES;

export function RoutineSection({
  items,
  lang,
  onSelect,
}: {
  items: readonly DeadlineItem[];
  lang: Lang;
  onSelect: (i: DeadlineItem) => void;
}) {
  const styles = useStyles();
  const t = (key: Key, p?: Record<string, string | number>) => translate(CALENDAR_SECTION_MESSAGES, lang, key, p);
  return (
    <section className={styles.section} aria-label={t("routineTitle")} data-section="routine">
      <Text block weight="semibold">
        {t("routineTitle")}
      </Text>
      {items.length === 0 && (
        <Text block size={200}>
          {t("routineNone")}
        </Text>
      )}
      {items.map((i) => (
        <Button
          key={`${i.row}!${i.due}`}
          appearance="subtle"
          className={styles.item}
          onClick={() => onSelect(i)}
          data-routine={i.subject ?? ""}
          data-status={i.status}
        >
          <Badge
            appearance="tint"
            color={
              i.status === "overdue"
                ? "danger"
                : i.done !== null
                  ? "success"
                  : i.status === "due-soon"
                    ? "warning"
                    : "informative"
            }
          >
            {statusLabel(i.status, lang)}
          </Badge>{" "}
          <Text>{`${dueText(i)} · ${i.subject ?? ""}`}</Text>
          <Text block size={200} className={styles.meta}>
            {[i.cycle, i.owner, i.done === null ? null : t("routineDone", { done: serialToIso(i.done) })]
              .filter((x) => x !== null && x !== undefined)
              .join(" · ")}
          </Text>
        </Button>
      ))}
    </section>
  );
}

export interface IncidentSectionProps {
  items: readonly DeadlineItem[];
  lang: Lang;
  /** The pane's clock, 'YYYY-MM-DD HH:mm' (shell/clock.ts); re-read while the section is shown. */
  now: () => string;
  /** Injected in tests; setInterval in the pane. */
  schedule?: Schedule;
  onSelect: (i: DeadlineItem) => void;
}

export function IncidentSection({ items, lang, now, schedule, onSelect }: IncidentSectionProps) {
  const styles = useStyles();
  const [time, setTime] = useState(now);
  useEffect(() => {
    setTime(now());
    return startClock(now, setTime, schedule);
  }, [now, schedule]);
  const lines = useMemo(() => incidentLines(items, time, lang), [items, time, lang]);
  if (lines.length === 0) return null;
  const t = (key: Key, p?: Record<string, string | number>) => translate(CALENDAR_SECTION_MESSAGES, lang, key, p);
  return (
    <section className={styles.section} aria-label={t("incidentsTitle")} data-section="incidents" data-now={time}>
      <Text block weight="semibold">{`${t("incidentsTitle")}（${t("clockAt", { now: time })}）`}</Text>
      {lines.map((l) => (
        <MessageBar
          key={`${l.step.item.sheet}!${l.step.item.row}`}
          intent={l.late ? "error" : "warning"}
          data-incident={l.step.item.row}
          data-minutes={l.step.minutesLeft}
        >
          <Button appearance="transparent" className={styles.item} onClick={() => onSelect(l.step.item)}>
            {l.text}
          </Button>
        </MessageBar>
      ))}
    </section>
  );
}
