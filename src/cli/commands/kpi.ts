/**
 * `ledger kpi <workbook.xlsx> [--period 2026Q3] [--as-of YYYY-MM-DD] [--json] [--lang zh-CN|en-US]`: the fourteen KPIs
 * for a period (default: the quarter containing as-of) as a readable table or as the JSON contract. Read-only: the
 * KPI sheet is written by `ledger refresh`.
 */
import type { Serial } from "../../core/dates";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import { computeKpis, resolvePeriod, PeriodError, semesterStartsOf, type KpiContext } from "../../app/kpis";
import type { Period } from "../../core/kpi";
import { kpiJson, kpiText } from "../../app/kpis-report";
import { loadContext } from "../../app/load-context";
import { openWorkbookCommand } from "../open-workbook";
import { EXIT_OK, UsageError, type CliIo, type Command } from "../io";

const MESSAGES = defineMessages({
  needWorkbook: {
    "zh-CN": "请给出工作簿文件，例如 ledger kpi 台账.xlsx",
    "en-US": "give a workbook file, e.g. ledger kpi ledgers.xlsx",
  },
  badPeriod: {
    "zh-CN": "“{text}”不是统计期间：可写 2026-09（月）、2026Q3（季度）、2026S1/2026S2（春/秋季学期）或 2026（年）",
    "en-US":
      "'{text}' is not a period: write 2026-09 (month), 2026Q3 (quarter), 2026S1/2026S2 (spring/autumn semester) or 2026 (year)",
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
});

export const badPeriodMessage = (text: string, lang: Lang): string => translate(MESSAGES, lang, "badPeriod", { text });

/** The --period a command was given (default: the quarter containing as-of), or a usage error in the user's language. */
export function periodFrom(flags: Record<string, string | boolean>, asOf: Serial, ctx: KpiContext, lang: Lang): Period {
  try {
    return resolvePeriod(flags["period"] as string | undefined, asOf, semesterStartsOf(ctx.settings));
  } catch (e) {
    if (e instanceof PeriodError) throw new UsageError(badPeriodMessage(e.text, lang));
    throw e;
  }
}

export const kpiCommand: Command = {
  name: "kpi",
  summary: "计算 KPI 指标 K01–K14（默认本季度）/ KPIs K01–K14 for a period (default: this quarter)",
  usage: [
    "Usage: ledger kpi <workbook.xlsx> [--period 2026Q3] [--as-of YYYY-MM-DD] [--json] [--lang zh-CN|en-US]",
    "",
    "  --period   2026-09 (month), 2026Q3 (quarter), 2026S1 / 2026S2 (spring / autumn semester), 2026 (year);",
    "             default: the quarter containing --as-of",
    "  --as-of    the day the data is judged at (open items past due); default: today in Asia/Shanghai",
    '  --json     {"period": {...}, "kpis": [{"id", "name", "unit", "target", "direction", "actual", "status", "n", "previous", ...}]}',
  ].join("\n"),
  async run(args: string[], io: CliIo): Promise<number> {
    const { flags, lang, asOf, workbook } = await openWorkbookCommand(args, io, {
      strings: ["period"],
      booleans: ["json"],
      needFile: (l) => translate(MESSAGES, l, "needWorkbook"),
    });
    const ctx = await loadContext(workbook, { lang });
    const period = periodFrom(flags, asOf, ctx, lang);
    const report = computeKpis(ctx, period, asOf, lang);
    io.out(flags["json"] === true ? JSON.stringify(kpiJson(report), null, 2) : kpiText(report, lang));
    return EXIT_OK;
  },
};
