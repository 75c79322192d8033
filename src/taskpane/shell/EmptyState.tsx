/**
 * What a page shows when the workbook holds nothing it can work on: what is missing, in one sentence, and the way to
 * 台账, where registers are recognised or created. The same block on every page, so a first run reads the same way.
 */
import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { translate, type Lang } from "../../core/i18n";
import { SHELL_MESSAGES } from "./messages";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalS,
  },
  action: { alignSelf: "start" },
});

export interface EmptyStateProps {
  lang: Lang;
  /** What is missing, in the page's words. */
  message: string;
  /** Opens 台账; absent when the page is 台账 itself. */
  onGoRegisters?: () => void;
}

export function EmptyState({ lang, message, onGoRegisters }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="empty-state" role="status">
      <Text weight="semibold">{message}</Text>
      {onGoRegisters && (
        <Button className={styles.action} appearance="primary" onClick={onGoRegisters}>
          {translate(SHELL_MESSAGES, lang, "goRegisters")}
        </Button>
      )}
    </Card>
  );
}
