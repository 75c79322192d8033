/** The 表单 page's body: make forms from rows; pick filled forms → preview → 导入. Presentational. */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../../core/i18n";
import type { FormDef } from "../../../core/forms";
import { tr, type OutcomeRow } from "./view-model";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
  },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    marginBottom: tokens.spacingVerticalM,
  },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    textAlign: "left",
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  bad: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // A narrow pane (320 px) must not scroll sideways: the form list may shrink below its longest option.
  field: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, maxWidth: "100%", width: "100%" },
});

export interface FormsViewProps {
  lang: Lang;
  forms: readonly FormDef[];
  formId: string;
  onForm: (id: string) => void;
  keys: string;
  onKeys: (text: string) => void;
  /** Fills the keys from the register rows selected in the workbook. */
  onFromSelection: () => void;
  onGenerate: () => void;
  onFiles: (files: File[]) => void;
  progress: string | null;
  error: string | null;
  info: string | null;
  previewSheet: string | null;
  rows: OutcomeRow[];
  planText: { text: string; blocked: boolean } | null;
  update: boolean;
  onUpdate: (on: boolean) => void;
  canImport: boolean;
  onImport: () => void;
}

export function FormsView(props: FormsViewProps) {
  const styles = useStyles();
  const { lang } = props;
  const t = (k: Parameters<typeof tr>[1], p?: Record<string, string | number>) => tr(lang, k, p);
  return (
    <section aria-label={t("title")}>
      {props.error ? <MessageBar intent="error">{props.error}</MessageBar> : null}
      {props.info ? <MessageBar intent="success">{props.info}</MessageBar> : null}
      {props.progress ? <ProgressBar aria-label={props.progress} /> : null}
      <Text as="h3" weight="semibold" block>
        {t("exportTitle")}
      </Text>
      <div className={styles.bar}>
        <Field label={t("form")} className={styles.field}>
          <Select
            value={props.formId}
            onChange={(_, d) => props.onForm(d.value)}
            className={styles.select}
            select={{ style: { minWidth: 0, maxWidth: "100%" } }}
          >
            {props.forms.map((f) => (
              <option key={f.id} value={f.id}>
                {lang === "zh-CN" ? f.title : f.en}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("keys")} className={styles.field}>
          <Input value={props.keys} onChange={(_, d) => props.onKeys(d.value)} />
        </Field>
        <Button onClick={props.onFromSelection} disabled={props.progress !== null}>
          {t("fromSelection")}
        </Button>
        <Button appearance="primary" onClick={props.onGenerate} disabled={props.progress !== null}>
          {t("generate")}
        </Button>
      </div>
      <Text as="h3" weight="semibold" block>
        {t("importTitle")}
      </Text>
      <Field label={t("files")}>
        <input
          type="file"
          multiple
          accept=".xlsx,.xlsm,.csv,.txt"
          aria-label={t("files")}
          onChange={(e) => props.onFiles(Array.from(e.target.files ?? []))}
        />
      </Field>
      {props.previewSheet !== null ? (
        <>
          <Text block>{t("preview", { sheet: props.previewSheet })}</Text>
          <table className={styles.table} aria-label={t("preview", { sheet: props.previewSheet })}>
            <thead>
              <tr>
                {(["file", "key", "action", "problems"] as const).map((k) => (
                  <th key={k} className={styles.cell}>
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r, i) => (
                <tr key={i} className={r.error ? styles.bad : undefined}>
                  <td className={styles.cell}>{r.file}</td>
                  <td className={styles.cell}>{r.key}</td>
                  <td className={styles.cell}>{r.action}</td>
                  <td className={styles.cell}>
                    {r.problems.length ? (
                      <ul className={styles.list}>
                        {r.problems.map((p, k) => (
                          <li key={k}>{p}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {props.planText ? (
            <MessageBar intent={props.planText.blocked ? "warning" : "info"}>{props.planText.text}</MessageBar>
          ) : null}
          <div className={styles.bar}>
            <Checkbox
              checked={props.update}
              onChange={(_, d) => props.onUpdate(d.checked === true)}
              label={t("update")}
            />
            <Button appearance="primary" onClick={props.onImport} disabled={!props.canImport}>
              {t("import")}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
