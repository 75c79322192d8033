/** The 调查 page's body: pick a file or a sheet, preview the columns, confirm scores, import, read the summary. */
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
import type { MappingProposal, SurveyKind, SurveyPlan, SurveySummary } from "../../../core/survey";
import { columnRows, summaryLines, tr } from "./view-model";

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
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SurveyViewProps {
  lang: Lang;
  sheets: string[];
  sheetChoice: string;
  onSheetChoice: (name: string) => void;
  onReadSheet: () => void;
  onFile: (file: File) => void;
  progress: { label: string; value: number | undefined } | null;
  error: string | null;
  info: string | null;
  plan: SurveyPlan | null;
  rows: number;
  name: string;
  onName: (name: string) => void;
  kind: SurveyKind;
  onKind: (kind: SurveyKind) => void;
  groupBy: string;
  groupOptions: string[];
  overallItem: string;
  itemOptions: string[];
  onOverallItem: (header: string) => void;
  onGroupBy: (header: string) => void;
  positions: boolean;
  onPositions: (on: boolean) => void;
  draft: Record<string, number>;
  onDraft: (label: string, score: number) => void;
  onConfirm: () => void;
  canImport: boolean;
  onImport: () => void;
  summary: SurveySummary | null;
}

function Proposal({ p, props }: { p: MappingProposal; props: SurveyViewProps }) {
  const { lang } = props;
  return (
    <div role="group" aria-label={tr(lang, `proposal/${p.kind}`, { columns: p.columns.join("、") })}>
      <Text block>{tr(lang, `proposal/${p.kind}`, { columns: p.columns.join("、") })}</Text>
      <div className={useStyles().bar}>
        {Object.keys(p.scores).map((label) => (
          <Field key={label} label={label}>
            <Input
              type="number"
              aria-label={tr(lang, "score", { label })}
              value={String(props.draft[label] ?? p.scores[label])}
              onChange={(_, d) => props.onDraft(label, Number(d.value))}
              style={{ width: "5em" }}
            />
          </Field>
        ))}
      </div>
    </div>
  );
}

export function SurveyView(props: SurveyViewProps) {
  const styles = useStyles();
  const { lang, plan, summary } = props;
  const t = (k: Parameters<typeof tr>[1], p?: Record<string, string | number>) => tr(lang, k, p);
  const lines = summary ? summaryLines(summary, lang) : null;
  return (
    <section aria-label={t("title")}>
      <Field label={t("file")}>
        <input
          type="file"
          accept=".csv,.txt,.xlsx,.xlsm"
          aria-label={t("file")}
          onChange={(e) => e.target.files?.[0] && props.onFile(e.target.files[0])}
        />
      </Field>
      <div className={styles.bar}>
        <Field label={t("orSheet")}>
          <Select value={props.sheetChoice} onChange={(_, d) => props.onSheetChoice(d.value)}>
            {props.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={props.onReadSheet} disabled={props.sheetChoice === "" || props.progress !== null}>
          {t("readSheet")}
        </Button>
      </div>
      {props.progress && <ProgressBar value={props.progress.value} aria-label={props.progress.label} />}
      {props.progress && <Text block>{props.progress.label}</Text>}
      {props.error && <MessageBar intent="error">{props.error}</MessageBar>}
      {props.info && <MessageBar intent="success">{props.info}</MessageBar>}
      {plan && (
        <>
          <Text block weight="semibold">
            {t("preview", { source: plan.source, rows: props.rows })}
          </Text>
          <div className={styles.bar}>
            <Field label={t("name")}>
              <Input value={props.name} onChange={(_, d) => props.onName(d.value)} />
            </Field>
            <Field label={t("kind")}>
              <Select value={props.kind} onChange={(_, d) => props.onKind(d.value as SurveyKind)}>
                <option value="师生">{t("kind/师生")}</option>
                <option value="员工">{t("kind/员工")}</option>
              </Select>
            </Field>
            <Field label={t("groupBy")}>
              <Select value={props.groupBy} onChange={(_, d) => props.onGroupBy(d.value)}>
                <option value="">{t("noGroups")}</option>
                {props.groupOptions.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("overallItem")}>
              <Select value={props.overallItem} onChange={(_, d) => props.onOverallItem(d.value)}>
                <option value="">{t("overallAuto")}</option>
                {props.itemOptions.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Checkbox
            label={t("positions")}
            checked={props.positions}
            onChange={(_, d) => props.onPositions(d.checked === true)}
          />
          <table className={styles.table} aria-label={t("columns")}>
            <thead>
              <tr>
                <th className={styles.cell}>{t("colHeader")}</th>
                <th className={styles.cell}>{t("colRole")}</th>
                <th className={styles.cell}>{t("colScale")}</th>
              </tr>
            </thead>
            <tbody>
              {columnRows(plan, lang).map((r, i) => (
                <tr key={i}>
                  <td className={styles.cell}>{r.header}</td>
                  <td className={styles.cell}>{r.role}</td>
                  <td className={styles.cell}>{r.scale}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.proposals.length > 0 && (
            <MessageBar intent="warning">
              <div>
                <Text block weight="semibold">
                  {t("confirmTitle")}
                </Text>
                {plan.proposals.map((p, i) => (
                  <Proposal key={i} p={p} props={props} />
                ))}
                <Button onClick={props.onConfirm}>{t("confirm")}</Button>
              </div>
            </MessageBar>
          )}
          <Button appearance="primary" onClick={props.onImport} disabled={!props.canImport}>
            {t("import")}
          </Button>
        </>
      )}
      {summary && lines && (
        <section aria-label={t("summary", { survey: summary.survey, n: summary.respondents })}>
          <Text block weight="semibold">
            {t("summary", { survey: summary.survey, n: summary.respondents })}
          </Text>
          <ul className={styles.list}>
            {lines.items.map((i) => (
              <li key={i.item}>{i.line}</li>
            ))}
          </ul>
          {lines.overall && <Text block>{lines.overall}</Text>}
          {lines.groups.length > 0 && (
            <ul className={styles.list} aria-label={t("groupBy")}>
              {lines.groups.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          )}
          {lines.notes.map((n) => (
            <Text block key={n}>
              {n}
            </Text>
          ))}
        </section>
      )}
    </section>
  );
}
