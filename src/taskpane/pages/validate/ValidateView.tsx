/** The check page's body. Presentational: the report, progress and handlers come in as props. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { translate, type Lang } from "../../../core/i18n";
import type { ReportIssue, ValidationReport } from "../../../core/validate";
import { EmptyState } from "../../shell/EmptyState";
import { VALIDATE_PAGE_MESSAGES, type ValidateKey } from "./messages";
import { ProblemList } from "./ProblemList";
import { problemCounts, problemList, progressShare, type Phase, type Scope } from "./view-model";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
  },
  grow: { flexGrow: 1, minWidth: "140px" },
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
});

export interface ValidateViewProps {
  lang: Lang;
  /** The sheet in front, named in the 当前工作表 option (null: not known). */
  activeSheet: string | null;
  scope: Scope;
  onScopeChange: (scope: Scope) => void;
  onCheck: () => void;
  onCancel: () => void;
  onMark: () => void;
  onClear: () => void;
  onSelect: (sheet: string, row: number, column: string) => void;
  onGoRegisters: () => void;
  /** Keys of the accepted warnings, and how one is ignored or shown again. */
  ignored: ReadonlySet<string>;
  onIgnore: (sheet: string, issue: ReportIssue, on: boolean) => void;
  auto: boolean;
  autoAvailable: boolean;
  onAutoChange: (on: boolean) => void;
  phase: Phase;
  progress: { done: number; total: number };
  report: ValidationReport | null;
  error: string | null;
  notice: string | null;
}

export function ValidateView(props: ValidateViewProps) {
  const styles = useStyles();
  const { lang, report, phase } = props;
  const t = (key: ValidateKey, p?: Record<string, string | number>) => translate(VALIDATE_PAGE_MESSAGES, lang, key, p);
  const running = phase !== "idle";
  const fraction = progressShare(phase, props.progress);
  const rows = { done: props.progress.done, total: props.progress.total };
  const counts = report ? problemCounts(problemList(report, props.ignored)) : null;
  return (
    <section aria-label={t("title")}>
      <div className={styles.bar}>
        <Field className={styles.grow} label={t("scope")}>
          <Select
            value={props.scope}
            onChange={(_, d) => props.onScopeChange(d.value === "current" ? "current" : "workbook")}
            disabled={running}
          >
            <option value="workbook">{t("wholeWorkbook")}</option>
            <option value="current">
              {props.activeSheet === null ? t("currentSheetUnknown") : t("currentSheet", { sheet: props.activeSheet })}
            </option>
          </Select>
        </Field>
        <Button appearance="primary" onClick={props.onCheck} disabled={running}>
          {t("check")}
        </Button>
      </div>
      <div className={styles.bar}>
        <Button
          onClick={props.onMark}
          disabled={running || report === null || report.summary.errors + report.summary.warnings === 0}
          title={t("markHint")}
        >
          {t("mark")}
        </Button>
        <Button onClick={props.onClear} disabled={running}>
          {t("clearMarks")}
        </Button>
        <Switch
          checked={props.auto}
          disabled={!props.autoAvailable}
          onChange={(_, d) => props.onAutoChange(d.checked)}
          label={props.autoAvailable ? t("autoCheck") : t("autoUnavailable")}
        />
      </div>
      {running && (
        <Field
          label={t("progress")}
          validationState="none"
          validationMessage={t(phase === "reading" ? "reading" : "validating", rows)}
        >
          <div className={styles.bar}>
            <ProgressBar className={styles.grow} value={fraction} thickness="large" />
            <Button size="small" onClick={props.onCancel} data-testid="validate-cancel">
              {t("cancel")}
            </Button>
          </div>
        </Field>
      )}
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
      {props.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.sheets.length === 0 && (
        <div className={styles.block}>
          <Text weight="semibold" role="status" data-testid="validate-summary">
            {t("nothingChecked")}
          </Text>
          {report.unrecognized.length > 0 && (
            <Text size={200}>
              {t("unrecognized", { sheets: report.unrecognized.join(lang === "zh-CN" ? "、" : ", ") })}
            </Text>
          )}
          <EmptyState lang={lang} message={t("nothingCheckedWhy")} onGoRegisters={props.onGoRegisters} />
        </div>
      )}
      {report && report.sheets.length > 0 && (
        <div className={styles.block}>
          <Text weight="semibold" role="status" data-testid="validate-summary">
            {counts && counts.ignored > 0 ? t("summaryIgnored", { ...counts }) : t("summary", report.summary)}
          </Text>
          {report.unrecognized.length > 0 && (
            <Text size={200}>
              {t("unrecognized", { sheets: report.unrecognized.join(lang === "zh-CN" ? "、" : ", ") })}
            </Text>
          )}
          {report.summary.errors + report.summary.warnings === 0 ? (
            <Text>{t("noIssues")}</Text>
          ) : (
            <ProblemList
              lang={lang}
              report={report}
              ignored={props.ignored}
              onSelect={props.onSelect}
              onIgnore={props.onIgnore}
            />
          )}
        </div>
      )}
    </section>
  );
}
