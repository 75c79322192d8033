/**
 * The problems of a check, worked through one by one: chips for the sheets that have problems, a search, 上一条 /
 * 下一条 that select the cell in Excel, the selected problem highlighted, every problem reachable page by page, and
 * 忽略此警告 / 取消忽略 on warnings. Holds only what the person is looking at (filter, page, selection).
 */
import { useMemo, useState } from "react";
import { Badge, Button, Input, Text, ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { translate, type Lang } from "../../../core/i18n";
import type { ReportIssue, ValidationReport } from "../../../core/validate";
import { VALIDATE_PAGE_MESSAGES, type ValidateKey } from "./messages";
import {
  filterProblems,
  PAGE_SIZE,
  pageCount,
  pageOf,
  problemList,
  sheetChips,
  stepProblem,
  type Problem,
} from "./view-model";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  chip: { minWidth: 0, maxWidth: "100%", whiteSpace: "normal", textAlign: "start", height: "auto" },
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  row: {
    display: "flex",
    alignItems: "start",
    gap: tokens.spacingHorizontalXS,
    borderLeft: `3px solid transparent`,
    paddingLeft: "2px",
  },
  selected: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorNeutralBackground1Selected },
  issue: {
    flex: "1 1 auto",
    minWidth: 0,
    justifyContent: "start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    minHeight: "auto",
    paddingTop: "2px",
    paddingBottom: "2px",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  ignoredText: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  badge: { whiteSpace: "nowrap", flexShrink: 0, marginInlineEnd: tokens.spacingHorizontalXS },
  side: { flexShrink: 0 },
});

export interface ProblemListProps {
  lang: Lang;
  report: ValidationReport;
  ignored: ReadonlySet<string>;
  onSelect: (sheet: string, row: number, column: string) => void;
  onIgnore: (sheet: string, issue: ReportIssue, on: boolean) => void;
}

export function ProblemList({ lang, report, ignored, onSelect, onIgnore }: ProblemListProps) {
  const styles = useStyles();
  const t = (key: ValidateKey, p?: Record<string, string | number>) => translate(VALIDATE_PAGE_MESSAGES, lang, key, p);
  const list = useMemo(() => problemList(report, ignored), [report, ignored]);
  const chips = useMemo(() => sheetChips(list), [list]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const shown = useMemo(() => filterProblems(list, { sheet, query }), [list, sheet, query]);
  const pages = pageCount(shown.length);
  const current = Math.min(page, pages - 1);
  const visible = pageOf(shown, current);
  const open = list.filter((p) => !p.ignored).length;

  const choose = (p: Problem) => {
    setSelected(p.id);
    const at = shown.findIndex((x) => x.id === p.id);
    if (at >= 0) setPage(Math.floor(at / PAGE_SIZE));
    onSelect(p.sheet, p.issue.row, p.issue.column);
  };
  const step = (d: 1 | -1) => {
    const p = stepProblem(shown, selected, d);
    if (p) choose(p);
  };
  const filterBy = (s: string | null) => {
    setSheet(s);
    setPage(0);
  };

  return (
    <div className={styles.block}>
      {chips.length > 1 && (
        <div className={styles.chips} role="group" aria-label={t("filterSheets")}>
          <ToggleButton className={styles.chip} size="small" checked={sheet === null} onClick={() => filterBy(null)}>
            {t("allSheets", { n: open })}
          </ToggleButton>
          {chips.map((c) => (
            <ToggleButton
              key={c.sheet}
              className={styles.chip}
              size="small"
              checked={sheet === c.sheet}
              onClick={() => filterBy(sheet === c.sheet ? null : c.sheet)}
              data-chip={c.sheet}
            >
              {t("sheetChip", { sheet: c.sheet, n: c.count })}
            </ToggleButton>
          ))}
        </div>
      )}
      <Input
        type="search"
        aria-label={t("search")}
        placeholder={t("search")}
        value={query}
        onChange={(_, d) => {
          setQuery(d.value);
          setPage(0);
        }}
      />
      <div className={styles.nav}>
        <Button size="small" onClick={() => step(-1)} disabled={open === 0}>
          {t("previous")}
        </Button>
        <Button size="small" appearance="primary" onClick={() => step(1)} disabled={open === 0}>
          {t("next")}
        </Button>
        {shown.length > 0 && (
          <Text size={200} data-testid="problem-page">
            {t("pageInfo", {
              from: current * PAGE_SIZE + 1,
              to: current * PAGE_SIZE + visible.length,
              total: shown.length,
            })}
          </Text>
        )}
      </div>
      {shown.length === 0 && <Text>{t("noMatch")}</Text>}
      <ul className={styles.list} aria-label={t("problems")}>
        {visible.map((p) => {
          const isSelected = p.id === selected;
          const isWarning = p.issue.severity === "warning";
          return (
            <li
              key={p.id}
              className={mergeClasses(styles.row, isSelected && styles.selected)}
              data-problem={p.sheet}
              data-ignored={p.ignored ? "true" : undefined}
            >
              <Button
                className={styles.issue}
                appearance="subtle"
                size="small"
                aria-current={isSelected ? "true" : undefined}
                onClick={() => choose(p)}
              >
                <Badge
                  className={styles.badge}
                  size="small"
                  appearance={p.ignored ? "outline" : "filled"}
                  color={p.ignored ? "informative" : isWarning ? "warning" : "danger"}
                >
                  {p.ignored ? t("ignoredBadge") : isWarning ? t("severityWarning") : t("severityError")}
                </Badge>
                <span
                  className={p.ignored ? styles.ignoredText : undefined}
                >{`${p.sheet} · ${t("issue", { row: p.issue.row, column: p.issue.column, message: p.issue.message })}`}</span>
              </Button>
              {isWarning && (p.ignored || isSelected) && (
                <Button
                  className={styles.side}
                  size="small"
                  appearance="subtle"
                  onClick={() => onIgnore(p.sheet, p.issue, !p.ignored)}
                >
                  {p.ignored ? t("unignore") : t("ignore")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {pages > 1 && (
        <div className={styles.nav}>
          <Button size="small" onClick={() => setPage(current - 1)} disabled={current === 0}>
            {t("previousPage")}
          </Button>
          <Button size="small" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
            {t("nextPage")}
          </Button>
        </div>
      )}
    </div>
  );
}
