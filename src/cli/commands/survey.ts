/**
 * `ledger survey <export.csv|xlsx> [--json] [--group-by <header>] [--name <调查名称>] [--kind 师生|员工]` summarises a
 * survey export (问卷星, Microsoft Forms, Tencent 问卷, any sheet or CSV) without writing anything;
 * `ledger survey <export> --into <workbook.xlsx> -o <out.xlsx> [--name …] [--kpi K07|K14]` also stores the responses
 * in 满意度调查 and writes 满意度汇总 into a new workbook (the input workbook is never modified).
 * A 问卷星 按序号 export or an unknown answer vocabulary needs its score mapping confirmed: the command shows it and
 * `--accept-mapping` accepts it as shown (with --into it is then kept in 参数设置 评分映射).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import {
  overallScores,
  summaryJson,
  SurveyError,
  type SurveyKind,
  type SurveyPlan,
  type SurveySummary,
} from "../../core/survey";
import { acceptProposals, defaultSurveyName, importSurvey, previewSurvey, workbookMapping } from "../../app/survey";
import { loadContext } from "../../app/load-context";
import { ExternalFileError, readExternalFile } from "../../xlsx/external-files";
import { WorkbookReadError } from "../../xlsx/workbook";
import { EXIT_OK, EXIT_USAGE, UsageError, parseArgs, type CliIo, type Command } from "../io";
import { openWorkbook, outputPath } from "../open-workbook";
import { langFlag } from "./calendar-shared";

const M = defineMessages({
  needFile: {
    "zh-CN": "请给出调查导出文件，例如 ledger survey 满意度调查.csv",
    "en-US": "give a survey export, e.g. ledger survey survey.csv",
  },
  needOutput: { "zh-CN": "--into 需要同时给出 -o 输出文件", "en-US": "--into needs -o <output file> as well" },
  badKind: {
    "zh-CN": "--kind 只能是 师生 或 员工，不是“{text}”",
    "en-US": "--kind must be 师生 or 员工, not '{text}'",
  },
  badKpi: { "zh-CN": "--kpi 只能是 K07 或 K14，不是“{text}”", "en-US": "--kpi must be K07 or K14, not '{text}'" },
  noSheet: { "zh-CN": "{file} 中没有工作表“{sheet}”", "en-US": "{file} has no sheet '{sheet}'" },
  confirm: {
    "zh-CN":
      "{file}：以下评分对应关系需要确认（{kind}，列：{columns}）：\n  {mapping}\n确认无误请加 --accept-mapping；如需修改，请在参数设置“评分映射”中填写后用 --into 导入",
    "en-US":
      "{file}: confirm this score mapping ({kind}, columns: {columns}):\n  {mapping}\nAdd --accept-mapping if it is right; otherwise write it into 参数设置 '评分映射' and import with --into",
  },
  position: { "zh-CN": "问卷星按序号导出：选项序号 → 分值", "en-US": "问卷星 按序号 export: option position → score" },
  vocabulary: { "zh-CN": "未知答案用语 → 分值", "en-US": "unknown answer words → score" },
  header: { "zh-CN": "调查“{survey}”（{source}）：{n} 份答卷", "en-US": "Survey '{survey}' ({source}): {n} responses" },
  dropped: { "zh-CN": "已删除身份信息列：{columns}", "en-US": "Identity columns dropped: {columns}" },
  item: {
    "zh-CN": "  {item}：n={n} 平均 {mean} 标准差 {sd} 95%CI [{lo}, {hi}] 满意率 {top2}%",
    "en-US": "  {item}: n={n} mean {mean} SD {sd} 95% CI [{lo}, {hi}] top-2-box {top2}%",
  },
  overallItem: {
    "zh-CN": "总体（{item}）：平均 {mean}，满意率 {top2}%",
    "en-US": "Overall ({item}): mean {mean}, top-2-box {top2}%",
  },
  overallMean: {
    "zh-CN": "总体（各题平均）：平均 {mean}，满意率 {top2}%",
    "en-US": "Overall (respondent means): mean {mean}, top-2-box {top2}%",
  },
  group: { "zh-CN": "  {by} = {value}：{n} 人", "en-US": "  {by} = {value}: {n} people" },
  suppressed: { "zh-CN": "  {by} = {value}：不公开（{why}）", "en-US": "  {by} = {value}: not shown ({why})" },
  size: { "zh-CN": "人数少于 {min}", "en-US": "fewer than {min} people" },
  complementary: { "zh-CN": "防止推算", "en-US": "so the hidden group cannot be derived" },
  stored: {
    "zh-CN": "满意度调查：新增 {added} 行，更新 {updated} 行，{unchanged} 行未变；已写入满意度汇总",
    "en-US": "满意度调查: {added} rows added, {updated} updated, {unchanged} unchanged; 满意度汇总 written",
  },
  mappingStored: { "zh-CN": "评分映射已保存到参数设置", "en-US": "Score mapping kept in 参数设置" },
  kpi: { "zh-CN": "{id} 本次调查：{value}（{n} 人）", "en-US": "{id} from this survey: {value} ({n} people)" },
  saved: { "zh-CN": "已保存到 {file}", "en-US": "Saved to {file}" },
  cannotRead: { "zh-CN": "无法读取 {file}：{reason}", "en-US": "cannot read {file}: {reason}" },
});

type Flags = Record<string, string | boolean>;

function kindOf(flags: Flags, lang: Lang): SurveyKind {
  const kpi = flags["kpi"];
  if (typeof kpi === "string" && !/^K(07|14)$/i.test(kpi.trim()))
    throw new UsageError(translate(M, lang, "badKpi", { text: kpi }));
  const text = flags["kind"];
  if (typeof text === "string") {
    if (text !== "师生" && text !== "员工") throw new UsageError(translate(M, lang, "badKind", { text }));
    return text;
  }
  return typeof kpi === "string" && /14$/.test(kpi) ? "员工" : "师生";
}

function confirmText(plan: SurveyPlan, file: string, lang: Lang): string {
  return plan.proposals
    .map((p) =>
      translate(M, lang, "confirm", {
        file,
        kind: translate(M, lang, p.kind),
        columns: p.columns.join("、"),
        mapping: Object.entries(p.scores)
          .map(([k, v]) => `${k}=${v}`)
          .join("；"),
      }),
    )
    .join("\n");
}

function summaryText(s: SurveySummary, lang: Lang): string {
  const t = (k: keyof typeof M, p?: Record<string, string | number>) => translate(M, lang, k, p);
  const f = (v: number | null | undefined) => (v === null || v === undefined ? "—" : String(v));
  const lines = [t("header", { survey: s.survey, source: s.source, n: s.respondents })];
  if (s.dropped.length) lines.push(t("dropped", { columns: s.dropped.join("、") }));
  for (const i of s.items)
    lines.push(
      t("item", {
        item: i.item,
        n: i.n,
        mean: f(i.mean),
        sd: f(i.sd),
        lo: f(i.ci95?.[0]),
        hi: f(i.ci95?.[1]),
        top2: f(i.top2),
      }),
    );
  if (s.overall) {
    lines.push(
      s.overall.basis === "item"
        ? t("overallItem", { item: s.overall.item ?? "", mean: f(s.overall.mean), top2: f(s.overall.top2) })
        : t("overallMean", { mean: f(s.overall.mean), top2: f(s.overall.top2) }),
    );
  }
  for (const g of s.groups) {
    lines.push(
      g.suppressed
        ? t("suppressed", {
            by: g.by,
            value: g.value,
            why: g.reason === "size" ? t("size", { min: s.minGroupSize }) : t("complementary"),
          })
        : t("group", { by: g.by, value: g.value, n: g.n }),
    );
  }
  return lines.join("\n");
}

export const surveyCommand: Command = {
  name: "survey",
  summary:
    "汇总满意度调查导出（问卷星/Forms/通用），可导入工作簿 / summarise a survey export and import it into a workbook",
  usage: [
    "Usage: ledger survey <export.csv|xlsx> [--json] [--group-by <header>] [--name <调查名称>] [--kind 师生|员工]",
    "       ledger survey <export> --into <workbook.xlsx> -o <out.xlsx> [--name …] [--kpi K07|K14]",
    "",
    "  --into <wb> -o <out>  store the responses in 满意度调查 and write 满意度汇总 into <out> (<wb> is never modified)",
    "  --kpi K07|K14     print that KPI over this survey's respondents; also sets --kind (K07 → 师生, K14 → 员工)",
    "  --sheet           the sheet of an .xlsx export (default: the first)",
    "  --positions       numbers are option positions (问卷星 按序号; also read from a file name containing 按序号)",
    "  --accept-mapping  accept the proposed score mapping as shown (按序号 exports, unknown answer words)",
    "  --overall <header> the overall item (default: the one whose text says 总体/整体/综合, else respondent means)",
    "  --group-by <h>    group by this single-choice column (default: the first named 身份/部门/年级 …)",
    "  --no-groups       no groups",
    '  --json            {"survey", "source", "respondents", "dropped", "items", "overall", "groups", "choices", "comments"}',
  ].join("\n"),
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, {
      strings: ["group-by", "name", "kind", "into", "output", "kpi", "lang", "sheet", "overall"],
      booleans: ["json", "accept-mapping", "positions", "no-groups", "force"],
      aliases: { o: "output" },
    });
    const lang = langFlag(flags);
    const t = (k: keyof typeof M, p?: Record<string, string | number>) => translate(M, lang, k, p);
    const file = positional[0];
    if (file === undefined || positional.length > 1) throw new UsageError(t("needFile"));
    const kind = kindOf(flags, lang);
    const into = typeof flags["into"] === "string" ? flags["into"] : null;
    if (into && typeof flags["output"] !== "string") throw new UsageError(t("needOutput"));
    // -o is checked as refresh checks it: never the --into workbook (nor a link to it), never an existing file unless --force.
    const output = into ? await outputPath(into, flags["output"] as string, io, lang, flags["force"] === true) : null;
    const str = (k: string) => (typeof flags[k] === "string" ? (flags[k] as string) : undefined);

    try {
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(path.resolve(io.cwd, file));
      } catch (e) {
        io.err(`ledger survey: ${t("cannotRead", { file, reason: (e as { code?: string }).code ?? String(e) })}`);
        return EXIT_USAGE;
      }
      const external = await readExternalFile(path.basename(file), bytes);
      const sheetName = str("sheet");
      const sheet = sheetName ? external.sheets.find((s) => s.name === sheetName) : external.sheets[0];
      if (!sheet) {
        io.err(`ledger survey: ${t("noSheet", { file, sheet: sheetName ?? "" })}`);
        return EXIT_USAGE;
      }
      const workbook = into ? await openWorkbook(into, io, lang) : null;
      const ctx = workbook ? await loadContext(workbook, { lang }) : null;
      let mapping = workbookMapping(ctx?.settings ?? null);
      const options = {
        file: path.basename(file),
        name: str("name") ?? defaultSurveyName(file),
        kind,
        ...(flags["positions"] === true ? { positions: true } : {}),
        ...(flags["no-groups"] === true
          ? { groupBy: "" }
          : str("group-by") === undefined
            ? {}
            : { groupBy: str("group-by") as string }),
        ...(str("overall") === undefined ? {} : { overallItem: str("overall") as string }),
        ...(ctx ? { minGroupSize: ctx.settings.number("最小公开人数") } : {}),
      };
      let preview = previewSurvey(sheet, { ...options, mapping });
      if (preview.plan.proposals.length > 0) {
        if (flags["accept-mapping"] !== true) {
          io.err(confirmText(preview.plan, path.basename(file), lang));
          return EXIT_USAGE;
        }
        mapping = acceptProposals(mapping, preview.plan.proposals);
        preview = previewSurvey(sheet, { ...options, mapping });
      }
      let summary = preview.summary as SurveySummary;
      const lines: string[] = [];
      if (workbook && ctx && output) {
        const result = await importSurvey(workbook, ctx, sheet, { ...options, mapping, lang, updatedAt: io.today() });
        summary = result.summary;
        lines.push(t("stored", { added: result.added, updated: result.updated, unchanged: result.unchanged }));
        if (result.mappingStored) lines.push(t("mappingStored"));
        await workbook.save(output);
        lines.push(t("saved", { file: String(flags["output"]) }));
      }
      const kpi =
        typeof flags["kpi"] === "string" && preview.data
          ? kpiOf(flags["kpi"], preview.data, ctx?.settings.number("满意阈值(分)") ?? 4)
          : null;
      if (kpi) lines.push(t("kpi", { id: kpi.id, value: kpi.value === null ? "—" : String(kpi.value), n: kpi.n }));
      if (flags["json"] === true) io.out(JSON.stringify({ ...summaryJson(summary), ...(kpi ? { kpi } : {}) }, null, 2));
      else io.out([summaryText(summary, lang), ...lines].join("\n"));
      if (flags["json"] === true && lines.length) io.err(lines.join("\n"));
      return EXIT_OK;
    } catch (e) {
      if (e instanceof SurveyError || e instanceof ExternalFileError || e instanceof WorkbookReadError) {
        io.err(`ledger survey: ${e.describe(lang)}`);
        return EXIT_USAGE;
      }
      throw e;
    }
  },
};

/** K07 (mean overall score) or K14 (% of respondents at or above 满意阈值) over one survey's respondents. */
function kpiOf(
  id: string,
  data: NonNullable<ReturnType<typeof previewSurvey>["data"]>,
  threshold: number,
): { id: string; value: number | null; n: number } {
  const scores = [...overallScores(data)].filter((s) => s === s);
  const n = scores.length;
  if (n === 0) return { id, value: null, n };
  const k14 = /14$/.test(id);
  const value = k14 ? (scores.filter((s) => s >= threshold).length * 100) / n : scores.reduce((a, b) => a + b, 0) / n;
  return { id: id.toUpperCase(), value: Math.round(value * (k14 ? 10 : 100)) / (k14 ? 10 : 100), n };
}
