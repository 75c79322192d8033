/** 导入国务院节假日通知: paste → preview (year, count, rows) → confirm. Presentational: state and actions come in as props. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { translate, type Lang } from "../../../core/i18n";
import { NOTICE_MESSAGES, type NoticeKey } from "./messages";
import type { NoticePreview } from "./notice-import";

const useStyles = makeStyles({
  section: {
    marginTop: tokens.spacingVerticalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  table: { maxHeight: "320px", overflowY: "auto" },
});

export interface NoticeImportViewProps {
  lang: Lang;
  text: string;
  onTextChange: (v: string) => void;
  onPreview: () => void;
  preview: NoticePreview | null;
  onConfirm: () => void;
  writing: boolean;
  /** Sentences after a successful write. */
  done: string[] | null;
  /** Why the write failed, already in the user's language. */
  error: string | null;
}

export function NoticeImportView(props: NoticeImportViewProps) {
  const styles = useStyles();
  const { lang, preview } = props;
  const t = (key: NoticeKey, p?: Record<string, string | number>) => translate(NOTICE_MESSAGES, lang, key, p);
  return (
    <section className={styles.section} aria-label={t("title")}>
      <Text as="h3" weight="semibold" size={400}>
        {t("title")}
      </Text>
      <Text size={200}>{t("hint")}</Text>
      <Field label={t("text")} validationMessage={preview && !preview.ok ? preview.message : undefined}>
        <Textarea resize="vertical" rows={6} value={props.text} onChange={(_, d) => props.onTextChange(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button onClick={props.onPreview} disabled={props.text.trim() === "" || props.writing}>
          {t("preview")}
        </Button>
      </div>
      {preview?.ok && (
        <>
          <Text weight="semibold" role="status" data-testid="notice-summary">
            {preview.summary}
          </Text>
          <div className={styles.table}>
            <Table size="extra-small" aria-label={preview.summary}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("colDate")}</TableHeaderCell>
                  <TableHeaderCell>{t("colWeekday")}</TableHeaderCell>
                  <TableHeaderCell>{t("colKind")}</TableHeaderCell>
                  <TableHeaderCell>{t("colName")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.rows.map((r) => (
                  <TableRow key={r.date}>
                    <TableCell>{r.date}</TableCell>
                    <TableCell>{r.weekday}</TableCell>
                    <TableCell>{r.kindLabel}</TableCell>
                    <TableCell>{r.name}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Text size={200}>{t("confirmNote")}</Text>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={props.onConfirm} disabled={props.writing}>
              {t("confirm")}
            </Button>
            {props.writing && <Spinner size="tiny" label={t("writing")} />}
          </div>
        </>
      )}
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
      {props.done && (
        <MessageBar intent="success">
          <MessageBarBody data-testid="notice-done">{props.done.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
