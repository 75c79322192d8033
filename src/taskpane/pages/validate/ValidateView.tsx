/** The check page's body. Presentational: the report, progress and handlers come in as props. */
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { translate, type Lang } from "../../../core/i18n";
import type { ValidationReport } from "../../../core/validate";
import { EmptyState } from "../../shell/EmptyState";
import { VALIDATE_PAGE_MESSAGES, type ValidateKey } from "./messages";
import { issueGroups, progressShare, sheetSummaries, type Phase, type Scope } from "./view-model";

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap", marginBottom: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: "140px" },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0 },
  // A fixed layout keeps the table inside a 320 px pane whatever the font: the numbers get narrow columns and long
  // words (sheet names, "Warnings" in a wide CJK-capable font) wrap instead of pushing the pane sideways.
  table: { tableLayout: "fixed", width: "100%" },
  sheetColumn: { width: "31%" },
  wrap: { whiteSpace: "normal", overflowWrap: "break-word" },
  issue: { justifyContent: "start", textAlign: "start", width: "100%", fontWeight: tokens.fontWeightRegular, minHeight: "auto", paddingTop: "2px", paddingBottom: "2px" },
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
  return (
    <section aria-label={t("title")}>
      <div className={styles.bar}>
        <Field className={styles.grow} label={t("scope")}>
          <Select value={props.scope} onChange={(_, d) => props.onScopeChange(d.value === "current" ? "current" : "workbook")} disabled={running}>
            <option value="workbook">{t("wholeWorkbook")}</option>
            <option value="current">{props.activeSheet === null ? t("currentSheetUnknown") : t("currentSheet", { sheet: props.activeSheet })}</option>
          </Select>
        </Field>
        <Button appearance="primary" onClick={props.onCheck} disabled={running}>
          {t("check")}
        </Button>
      </div>
      <div className={styles.bar}>
        <Button onClick={props.onMark} disabled={running || report === null || report.summary.errors + report.summary.warnings === 0} title={t("markHint")}>
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
          {report.unrecognized.length > 0 && <Text size={200}>{t("unrecognized", { sheets: report.unrecognized.join(lang === "zh-CN" ? "、" : ", ") })}</Text>}
          <EmptyState lang={lang} message={t("nothingCheckedWhy")} onGoRegisters={props.onGoRegisters} />
        </div>
      )}
      {report && report.sheets.length > 0 && (
        <div className={styles.block}>
          <Text weight="semibold" role="status" data-testid="validate-summary">
            {t("summary", report.summary)}
          </Text>
          <Table className={styles.table} size="extra-small" aria-label={t("sheetsTitle")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={mergeClasses(styles.sheetColumn, styles.wrap)}>{t("colSheet")}</TableHeaderCell>
                <TableHeaderCell className={styles.wrap}>{t("colRows")}</TableHeaderCell>
                <TableHeaderCell className={styles.wrap}>{t("colErrors")}</TableHeaderCell>
                <TableHeaderCell className={styles.wrap}>{t("colWarnings")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sheetSummaries(report).map((s) => (
                <TableRow key={s.sheet}>
                  <TableCell className={styles.wrap}>{s.sheet}</TableCell>
                  <TableCell>{s.rows}</TableCell>
                  <TableCell>{s.errors}</TableCell>
                  <TableCell>{s.warnings}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {report.unrecognized.length > 0 && <Text size={200}>{t("unrecognized", { sheets: report.unrecognized.join(lang === "zh-CN" ? "、" : ", ") })}</Text>}
          {report.summary.errors + report.summary.warnings === 0 && <Text>{t("noIssues")}</Text>}
          {issueGroups(report).map((g) => (
            <div key={g.sheet} className={styles.block}>
              <Text as="h2" weight="semibold">
                {t("issuesOf", { sheet: g.sheet })}
              </Text>
              <ul className={styles.list} aria-label={t("issuesOf", { sheet: g.sheet })}>
                {g.issues.map((i, k) => (
                  <li key={k}>
                    <Button className={styles.issue} appearance="subtle" size="small" onClick={() => props.onSelect(g.sheet, i.row, i.column)}>
                      <Badge size="small" color={i.severity === "error" ? "danger" : "warning"} aria-label={i.severity === "error" ? t("severityError") : t("severityWarning")}>
                        {i.severity === "error" ? "!" : "?"}
                      </Badge>
                      &nbsp;{t("issue", { row: i.row, column: i.column, message: i.message })}
                    </Button>
                  </li>
                ))}
              </ul>
              {g.hidden > 0 && <Text size={200}>{t("more", { n: g.hidden })}</Text>}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
