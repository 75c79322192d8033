/** Survey messages (zh-CN default, en-US complete): refusals with their location, and the summary sheet's text. */
import { defineMessages, translate, type Lang, type MessageParams } from "../i18n";

export const SURVEY_MESSAGES = defineMessages({
  where: { "zh-CN": "{file}，工作表“{sheet}”", "en-US": "{file}, sheet '{sheet}'" },
  "error/empty": {
    "zh-CN": "{where}：文件是空的，没有任何答卷",
    "en-US": "{where}: the file is empty; it holds no responses",
  },
  "error/no-rows": {
    "zh-CN": "{where}：第 {row} 行是表头，但下面没有答卷",
    "en-US": "{where}: row {row} is the header, but no responses follow it",
  },
  "error/no-header": {
    "zh-CN": "{where}：前 5 行找不到表头（第 {row} 行看起来已是答案，如“{sample}”）。请保留导出时的第一行题目",
    "en-US":
      "{where}: no header row in the first 5 rows (row {row} already looks like answers, e.g. '{sample}'). Keep the exported first row of questions",
  },
  "error/no-scored": {
    "zh-CN": "{where}：没有可计分的题目列（表头在第 {row} 行）。评分题的答案应为 1–5/1–7 或“非常满意…非常不满意”等",
    "en-US":
      "{where}: no scored question column (header on row {row}). Scored answers are 1–5/1–7 or words such as 非常满意…非常不满意",
  },
  "error/mixed-scale": {
    "zh-CN": "{where}，{column} 列“{header}”混用了两种量表：“{a}”与“{b}”。请分开导出或统一答案",
    "en-US":
      "{where}, column {column} '{header}' mixes two scales: '{a}' and '{b}'. Export them separately or make the answers consistent",
  },
  "error/unconfirmed": {
    "zh-CN": "{where}：以下评分对应关系需要先确认：{mapping}（列：{columns}）",
    "en-US": "{where}: confirm this score mapping first: {mapping} (columns: {columns})",
  },
  "error/bad-mapping": {
    "zh-CN": "参数设置“评分映射”中无法读取：{entries}（应写成 标签=分值，用“；”分隔，分值 1–7）",
    "en-US": "参数设置 '评分映射' has unreadable entries: {entries} (write label=score separated by '；', scores 1–7)",
  },
  "error/reversed": {
    "zh-CN": "评分方向相反：“{better}”得分低于“{worse}”。分数越高应表示越满意，请调整评分映射",
    "en-US":
      "The scores run the wrong way: '{better}' scores lower than '{worse}'. A higher score must mean more satisfied; fix the score mapping",
  },
  "error/no-survey": {
    "zh-CN": "满意度调查台账中没有名为“{name}”的调查",
    "en-US": "The 满意度调查 register holds no survey named '{name}'",
  },
  "error/group-by": {
    "zh-CN": "{where}：找不到分组列“{header}”（可用：{available}）",
    "en-US": "{where}: no column '{header}' to group by (available: {available})",
  },
  // The 满意度汇总 sheet.
  "sheet/title": { "zh-CN": "满意度汇总 — {name}（{kind}）", "en-US": "Satisfaction summary — {name} ({kind})" },
  "sheet/info": {
    "zh-CN": "来源 {source} · 答卷 {n} 份 · 最小公开人数 {min} · 更新于 {updated}",
    "en-US": "Source {source} · {n} responses · smallest group shown {min} · updated {updated}",
  },
  "sheet/dropped": {
    "zh-CN": "导入时已删除的身份信息列：{columns}",
    "en-US": "Identity columns dropped on import: {columns}",
  },
  "col/item": { "zh-CN": "题目", "en-US": "Question" },
  "col/n": { "zh-CN": "有效答卷", "en-US": "n" },
  "col/mean": { "zh-CN": "平均分", "en-US": "Mean" },
  "col/sd": { "zh-CN": "标准差", "en-US": "SD" },
  "col/ciLow": { "zh-CN": "95%置信下限", "en-US": "95% CI low" },
  "col/ciHigh": { "zh-CN": "95%置信上限", "en-US": "95% CI high" },
  "col/top2": { "zh-CN": "满意率(前两项%)", "en-US": "Top-2-box %" },
  "col/pct": { "zh-CN": "{score}分(%)", "en-US": "{score} (%)" },
  "col/count": { "zh-CN": "{score}分人数", "en-US": "{score} (count)" },
  "sec/overall": { "zh-CN": "总体满意度", "en-US": "Overall satisfaction" },
  "overall/item": {
    "zh-CN": "总体题：{item}　平均分 {mean}　满意率 {top2}%",
    "en-US": "Overall item: {item}  mean {mean}  top-2-box {top2}%",
  },
  "overall/mean": {
    "zh-CN": "无总体题，按每位答卷人各题平均分计：平均 {mean}　满意率 {top2}%",
    "en-US": "No overall item; from each respondent's mean over the scored items: mean {mean}  top-2-box {top2}%",
  },
  "sec/groups": { "zh-CN": "分组（按“{by}”）", "en-US": "Groups (by '{by}')" },
  "group/row": {
    "zh-CN": "{value}：{n} 人，{item} 平均分 {mean}，满意率 {top2}%",
    "en-US": "{value}: {n} people, {item} mean {mean}, top-2-box {top2}%",
  },
  "group/size": {
    "zh-CN": "{value}：人数少于 {min}，不公开",
    "en-US": "{value}: fewer than {min} people, not shown",
  },
  "group/complementary": {
    "zh-CN": "{value}：为防止由总数推算出未公开的组，一并不公开",
    "en-US": "{value}: also not shown, so the hidden group cannot be worked out from the total",
  },
  "sec/choices": { "zh-CN": "多选题选项人次", "en-US": "Multi-select option counts" },
  "sec/comments": { "zh-CN": "开放意见", "en-US": "Open comments" },
  "comments/count": {
    "zh-CN": "{item}：{count} 条",
    "en-US": (p) => `${p.item}: ${p.count} comment${p.count === 1 ? "" : "s"}`,
  },
  "comments/group": { "zh-CN": "〔{group}〕", "en-US": "[{group}]" },
  "comments/hidden": {
    "zh-CN": "人数少于 10 的组不列出意见原文",
    "en-US": "Comment texts are listed only for groups of 10 or more",
  },
  "comments/redacted": {
    "zh-CN": "{n} 条意见含电话号码或电子邮箱，已不予保存",
    "en-US": (p) =>
      `${p.n} comment${p.n === 1 ? "" : "s"} held a phone number or e-mail address and ${p.n === 1 ? "was" : "were"} not stored`,
  },
  "chart/title": { "zh-CN": "各题得分分布(%)", "en-US": "Score distribution by question (%)" },
  "kind/师生": { "zh-CN": "师生", "en-US": "teachers and students" },
  "kind/员工": { "zh-CN": "员工", "en-US": "staff" },
});

export type SurveyMessageKey = keyof typeof SURVEY_MESSAGES;

export function surveyMsg(lang: Lang, key: SurveyMessageKey, params?: MessageParams): string {
  return translate(SURVEY_MESSAGES, lang, key, params);
}

export type SurveyErrorCode =
  | "empty"
  | "no-rows"
  | "no-header"
  | "no-scored"
  | "mixed-scale"
  | "unconfirmed"
  | "bad-mapping"
  | "reversed"
  | "no-survey"
  | "group-by";

/** A refused survey input: a code and its parameters, rendered in the user's language where it is shown. */
export class SurveyError extends Error {
  constructor(
    readonly code: SurveyErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(`survey/${code}`);
    this.name = "SurveyError";
  }

  describe(lang: Lang): string {
    const where =
      this.params["sheet"] !== undefined ? surveyMsg(lang, "where", this.params) : String(this.params["file"] ?? "");
    return surveyMsg(lang, `error/${this.code}` as SurveyMessageKey, { ...this.params, where });
  }
}
