/**
 * The registry of derived sheets: every sheet the add-in generates from the registers and replaces on each refresh.
 * `ledger refresh` runs them in order, the pane's 写入 buttons run one by id, and recognition sets their names apart
 * ("generated, never unrecognised") through loadContext. Adding a sheet is one entry in DERIVED_SHEETS:
 *
 *   { id, sheet: NAME, owner, protected, flags: { strings?, booleans? }, refresh: (run) => Promise<{ result, lines }> }
 *
 * where `refresh` writes the sheet through the port (and whatever else the feature writes) and returns its result
 * and the lines `ledger refresh` prints. Flags are the CLI's (`--period`), passed to every surface as `run.options`.
 */
import { countByStatus, isUnfinished } from "../core/deadlines";
import type { Serial } from "../core/dates";
import { defineMessages, translate, type Lang } from "../core/i18n";
import { KPI_BOARD_SHEET } from "../core/kpi";
import { OVERVIEW_SHEET } from "../core/deadlines/overview";
import { RECTIFICATION_SHEET } from "../core/rectification";
import { escalationLabel } from "../core/deadlines";
import type { WorkbookPort } from "../workbook/port";
import { refreshDeadlines, type RefreshDeadlinesResult } from "./deadlines";
import { refreshKpis, resolvePeriod, semesterStartsOf, type RefreshKpisResult } from "./kpis";
import type { WorkbookContext } from "./load-context";
import { refreshRectification, type RefreshRectificationResult } from "./rectification";
import { refreshSurveySummary, type RefreshSurveyResult } from "./survey";
import { SURVEY_SUMMARY_SHEET } from "../core/survey";

export interface DerivedSheetRun {
  port: WorkbookPort;
  ctx: WorkbookContext;
  asOf: Serial;
  lang: Lang;
  /** Values of the entry's flags by flag name ({ "fill-due": true, period: "2026Q3" }); absent = the default. */
  options: Readonly<Record<string, string | boolean | undefined>>;
  /** The 更新于 stamp ('2026-11-22 10:30'); the core never reads the clock. */
  updatedAt: string;
  /**
   * Whether the host draws charts, and (file adapter) how many it has left undrawn so far: a sheet whose charts were
   * not drawn is written again with its visible note.
   */
  charts: { available: boolean; unrendered?: () => number };
}

export interface DerivedSheetOutcome<R> {
  result: R;
  /** What changed, in the run's language (printed by `ledger refresh`). */
  lines: string[];
}

export interface DerivedSheet<R = unknown> {
  id: string;
  /** The generated sheet's name (recognition never lists it as unrecognised). */
  sheet: string;
  /** The feature that builds it (its use case module in src/app). */
  owner: string;
  /** Protected against casual edits (no password); a refresh replaces it anyway. */
  protected: boolean;
  /** CLI flags it reads beyond --as-of, --lang and -o (strings take a value, booleans do not). */
  flags: { strings?: readonly string[]; booleans?: readonly string[] };
  refresh(run: DerivedSheetRun): Promise<DerivedSheetOutcome<R>>;
}

const M = defineMessages({
  deadlines: {
    "zh-CN":
      "期限：{sheets} 个台账已写入截止日期/期限状态/逾期工作日，“期限总览”列出 {open} 项未完成（已逾期 {overdue} 项）",
    "en-US":
      "Deadlines: computed columns written on {sheets} registers; 期限总览 lists {open} open items ({overdue} overdue)",
  },
  filled: { "zh-CN": "  “{sheet}”补填空白期限 {n} 处", "en-US": "  {sheet}: {n} blank due dates filled" },
  noRoom: {
    "zh-CN": "  “{sheet}”右侧已没有空列（表格已用到最后一列 XFD），未写入“{headers}”；请删去多余的空列后再刷新",
    "en-US":
      "  {sheet}: no column is left right of the register (it reaches the last column, XFD); “{headers}” not written. Delete unused columns and refresh again",
  },
  skipped: {
    "zh-CN": "  “{sheet}”已有用户自己的“{headers}”列，未写入",
    "en-US": "  {sheet}: the user's own “{headers}” columns exist; not written",
  },
  board: {
    "zh-CN": "KPI看板：{period}（{start} 至 {end}）达成 {met} 项，未达成 {notMet} 项，数据不足 {noData} 项",
    "en-US": "KPI看板: {period} ({start} to {end}) {met} met, {notMet} not met, {noData} without data",
  },
  charts: {
    "zh-CN": "  文件模式无法绘制图表：{n} 个趋势图将在 Excel 中用加载项刷新 KPI看板 后出现（表内已注明，数据已写入）",
    "en-US":
      "  Charts cannot be drawn in file mode: {n} trend charts appear when KPI看板 is refreshed with the add-in in Excel (noted in the sheet; their data is written)",
  },
  rectification: {
    "zh-CN":
      "整改状态：{period} 共 {total} 项，未完成 {open} 项（已逾期 {overdue} 项，其中 {escalated}），本期销号 {closedInPeriod} 项",
    "en-US":
      "整改状态: {period} {total} items, {open} open ({overdue} overdue; {escalated}), {closedInPeriod} closed this period",
  },
  escalatedNone: { "zh-CN": "无需升级", "en-US": "none to escalate" },
  survey: { "zh-CN": "满意度汇总：“{survey}” {n} 份答卷", "en-US": "满意度汇总: “{survey}”, {n} respondents" },
  rectificationProblems: {
    "zh-CN": "  “{sheet}”有 {n} 处数据问题，已列在“整改状态”表末",
    "en-US": "  {sheet}: {n} data problems, listed at the end of 整改状态",
  },
  rectificationCharts: {
    "zh-CN": "  文件模式未能绘制整改趋势图（数据已写入“近 12 周”区域）",
    "en-US": "  The weekly chart could not be drawn in file mode (its data is in the 12-week block)",
  },
});

const t = (lang: Lang, key: keyof typeof M, p?: Record<string, string | number>) => translate(M, lang, key, p);
const text = (v: string | boolean | undefined): string | undefined => (typeof v === "string" ? v : undefined);

export const DEADLINE_OVERVIEW: DerivedSheet<RefreshDeadlinesResult> = {
  id: "deadlines",
  sheet: OVERVIEW_SHEET,
  owner: "deadlines",
  protected: false,
  flags: { booleans: ["fill-due"] },
  async refresh({ port, ctx, asOf, lang, options }) {
    const out = await refreshDeadlines(port, ctx, asOf, lang, { fillDue: options["fill-due"] === true });
    const open = out.result.items.filter(isUnfinished).length;
    const lines = [
      t(lang, "deadlines", { sheets: out.sheets.length, open, overdue: countByStatus(out.result.items).overdue }),
    ];
    for (const s of out.sheets) {
      if (s.filled > 0) lines.push(t(lang, "filled", { sheet: s.sheet, n: s.filled }));
      if (s.skipped.length > 0) lines.push(t(lang, "skipped", { sheet: s.sheet, headers: s.skipped.join("、") }));
      if (s.noRoom) lines.push(t(lang, "noRoom", { sheet: s.sheet, headers: s.noRoom.join("、") }));
    }
    for (const w of out.result.warnings) lines.push(`  ${w.message}`);
    for (const p of out.result.problems) lines.push(`  ${p.message}`);
    return { result: out, lines };
  },
};

export const KPI_BOARD: DerivedSheet<RefreshKpisResult> = {
  id: "kpi",
  sheet: KPI_BOARD_SHEET,
  owner: "kpi",
  protected: true,
  flags: { strings: ["period"] },
  async refresh({ port, ctx, asOf, lang, options, updatedAt, charts }) {
    const period = resolvePeriod(text(options["period"]), asOf, semesterStartsOf(ctx.settings));
    const before = charts.unrendered?.() ?? 0;
    const base = { period, asOf, lang, updatedAt };
    let out = await refreshKpis(port, ctx, { ...base, chartsUnavailable: !charts.available });
    const unrendered = (charts.unrendered?.() ?? 0) - before;
    // A chart the host left undrawn: the sheet is written again with the visible note saying where charts will come from.
    if (unrendered > 0) out = await refreshKpis(port, ctx, { ...base, chartsUnavailable: true });
    const count = (s: string) => out.kpis.filter((k) => k.status === s).length;
    const lines = [
      t(lang, "board", {
        period: out.period.id,
        start: out.period.start,
        end: out.period.end,
        met: count("met"),
        notMet: count("not-met"),
        noData: count("no-data"),
      }),
    ];
    if (unrendered > 0) lines.push(t(lang, "charts", { n: unrendered }));
    return { result: out, lines };
  },
};

export const RECTIFICATION_BOARD: DerivedSheet<RefreshRectificationResult> = {
  id: "rectification",
  sheet: RECTIFICATION_SHEET,
  owner: "rectification",
  protected: true,
  flags: { strings: ["period"] },
  async refresh({ port, ctx, asOf, lang, options, updatedAt, charts }) {
    const period = resolvePeriod(text(options["period"]), asOf, semesterStartsOf(ctx.settings));
    const before = charts.unrendered?.() ?? 0;
    const out = await refreshRectification(port, ctx, { period, asOf, lang, updatedAt });
    const s = out.status;
    const ladder = new Map<string, number>();
    for (const x of s.overdue)
      if (x.escalation !== null && x.escalation !== "urge")
        ladder.set(escalationLabel(x.escalation, lang), (ladder.get(escalationLabel(x.escalation, lang)) ?? 0) + 1);
    const escalated =
      ladder.size === 0
        ? t(lang, "escalatedNone")
        : [...ladder].map(([label, n]) => `${label} ${n}`).join(lang === "zh-CN" ? "、" : ", ");
    const lines = [
      t(lang, "rectification", {
        period: out.period.id,
        total: s.summary.total,
        open: s.summary.open,
        overdue: s.summary.overdue,
        escalated,
        closedInPeriod: s.summary.closedInPeriod,
      }),
    ];
    if (s.problems.length > 0 && s.sheet !== null)
      lines.push(t(lang, "rectificationProblems", { sheet: s.sheet, n: s.problems.length }));
    if ((charts.unrendered?.() ?? 0) > before) lines.push(t(lang, "rectificationCharts"));
    return { result: out, lines };
  },
};

export const SURVEY_SUMMARY: DerivedSheet<RefreshSurveyResult | null> = {
  id: "survey",
  sheet: SURVEY_SUMMARY_SHEET,
  owner: "survey",
  protected: true,
  flags: {},
  async refresh({ port, ctx, lang, updatedAt }) {
    // The last survey in 满意度调查; a workbook without survey responses gets no summary sheet (and no line).
    const out = await refreshSurveySummary(port, ctx, { lang, updatedAt });
    return {
      result: out,
      lines: out === null ? [] : [t(lang, "survey", { survey: out.summary.survey, n: out.summary.respondents })],
    };
  },
};

/** Every derived sheet, in the order `ledger refresh` writes them. Append one entry to add a sheet. */
export const DERIVED_SHEETS: readonly DerivedSheet[] = [
  DEADLINE_OVERVIEW,
  KPI_BOARD,
  RECTIFICATION_BOARD,
  SURVEY_SUMMARY,
];

/** The generated sheets' names (kept in a module of their own so loading a workbook does not load the builders). */
export { DERIVED_SHEET_NAMES } from "./derived-sheet-names";

export function derivedSheet(id: string): DerivedSheet | undefined {
  return DERIVED_SHEETS.find((d) => d.id === id);
}

/** The CLI flags all derived sheets take together (each once). */
export function derivedSheetFlags(): { strings: string[]; booleans: string[] } {
  const uniq = (xs: readonly string[]) => [...new Set(xs)];
  return {
    strings: uniq(DERIVED_SHEETS.flatMap((d) => d.flags.strings ?? [])),
    booleans: uniq(DERIVED_SHEETS.flatMap((d) => d.flags.booleans ?? [])),
  };
}
