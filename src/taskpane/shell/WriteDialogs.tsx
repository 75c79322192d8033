/** The shell's write confirmation (a dialog listing what will change) and the 「撤销上次写入」 bar with its notices. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { translate, type Lang } from "../../core/i18n";
import { columnLetter } from "../../workbook/a1";
import { errorText } from "./errors";
import { WRITE_MESSAGES, type WriteMessageKey } from "./write-messages";
import { previewLines } from "./write-preview";
import type { PaneWrites, WriteNotice } from "./writes";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  details: { color: tokens.colorNeutralForeground3, display: "block" },
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function WriteConfirmDialog({ writes, lang, undoable }: { writes: PaneWrites; lang: Lang; undoable: boolean }) {
  const styles = useStyles();
  const t = (key: WriteMessageKey, p?: Record<string, string | number>) => translate(WRITE_MESSAGES, lang, key, p);
  const pending = writes.pending;
  if (!pending) return null;
  const { lines, total } = previewLines(pending.plan.summary, lang);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && pending.cancel()}>
      <DialogSurface data-testid="write-preview" lang={lang}>
        <DialogBody>
          <DialogTitle>{t("confirmTitle", { label: pending.label })}</DialogTitle>
          <DialogContent>
            <Text as="p">{t(undoable ? "confirmIntro" : "confirmIntroNoUndo")}</Text>
            <ul className={styles.list} aria-label={t("confirmTitle", { label: pending.label })}>
              {lines.map((l, i) => (
                <li key={i} data-sheet={l.sheet ?? undefined}>
                  {l.text}
                  {l.details.length > 0 && (
                    <Text className={styles.details} size={200}>
                      {l.details.join("；")}
                    </Text>
                  )}
                </li>
              ))}
            </ul>
            <Text as="p" weight="semibold" data-testid="write-preview-total">
              {total}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={pending.confirm}>
              {t("confirm")}
            </Button>
            <Button onClick={pending.cancel}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function noticeText(n: WriteNotice, lang: Lang): { intent: "success" | "warning" | "error" | "info"; text: string } {
  const t = (key: WriteMessageKey, p?: Record<string, string | number>) => translate(WRITE_MESSAGES, lang, key, p);
  if (n.kind === "undone") return { intent: "success", text: t("undone", { label: n.label }) };
  if (n.kind === "noUndo") return { intent: "info", text: t("noUndo", { label: n.label }) };
  if (n.kind === "undoFailed") return { intent: "error", text: t("undoFailed", { message: errorText(n.error, lang) }) };
  const o = n.outcome;
  if (o.reason === "sheetGone") return { intent: "warning", text: t("refusedSheetGone", { sheet: o.sheet }) };
  if (o.reason === "cellChanged")
    return {
      intent: "warning",
      text: t("refusedCellChanged", { sheet: o.sheet, row: o.row, column: columnLetter(o.column) }),
    };
  return { intent: "info", text: t("refusedNothing") };
}

export function UndoBar({ writes, lang }: { writes: PaneWrites; lang: Lang }) {
  const styles = useStyles();
  const t = (key: WriteMessageKey, p?: Record<string, string | number>) => translate(WRITE_MESSAGES, lang, key, p);
  if (!writes.last && !writes.notice) return null;
  const notice = writes.notice ? noticeText(writes.notice, lang) : null;
  return (
    <div className={styles.bar} data-testid="undo-bar">
      {writes.last && (
        <Button
          size="small"
          title={t("undoHint", { label: writes.last })}
          disabled={writes.undoing}
          icon={writes.undoing ? <Spinner size="tiny" /> : undefined}
          onClick={() => void writes.undo()}
        >
          {t("undo")}
        </Button>
      )}
      {notice && (
        <MessageBar intent={notice.intent} data-testid="undo-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
