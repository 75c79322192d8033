/** Labels of the task pane's 调查 (survey) page. */
import { defineMessages } from "../../../core/i18n";

export const SURVEY_PAGE_MESSAGES = defineMessages({
  title: { "zh-CN": "满意度调查", "en-US": "Satisfaction surveys" },
  file: {
    "zh-CN": "导出文件（.csv / .xlsx，只在本机读取，不上传）",
    "en-US": "Export file (.csv / .xlsx; read here, never uploaded)",
  },
  orSheet: { "zh-CN": "或选择工作簿中的工作表", "en-US": "Or pick a sheet of this workbook" },
  readSheet: { "zh-CN": "读取工作表", "en-US": "Read sheet" },
  reading: { "zh-CN": "正在读取 {file}… {percent}%", "en-US": "Reading {file}… {percent}%" },
  parsing: { "zh-CN": "正在分析 {file}…", "en-US": "Analysing {file}…" },
  importing: { "zh-CN": "正在写入满意度调查与满意度汇总…", "en-US": "Writing 满意度调查 and 满意度汇总…" },
  name: { "zh-CN": "调查名称", "en-US": "Survey name" },
  kind: { "zh-CN": "类型", "en-US": "Kind" },
  "kind/师生": { "zh-CN": "师生（K07）", "en-US": "Teachers and students (K07)" },
  "kind/员工": { "zh-CN": "员工（K14）", "en-US": "Staff (K14)" },
  groupBy: { "zh-CN": "分组列", "en-US": "Group by" },
  overallItem: { "zh-CN": "总体题", "en-US": "Overall item" },
  overallAuto: {
    "zh-CN": "（自动：总体/整体/综合，否则各题平均）",
    "en-US": "(automatic: 总体/整体/综合, else respondent means)",
  },
  noGroups: { "zh-CN": "（不分组）", "en-US": "(no groups)" },
  positions: {
    "zh-CN": "数字是选项序号（问卷星“按序号”导出）",
    "en-US": "Numbers are option positions (问卷星 按序号 export)",
  },
  preview: { "zh-CN": "预览：{source}，{rows} 份答卷", "en-US": "Preview: {source}, {rows} responses" },
  columns: { "zh-CN": "各列用途", "en-US": "Columns" },
  colHeader: { "zh-CN": "列", "en-US": "Column" },
  colRole: { "zh-CN": "用途", "en-US": "Use" },
  colScale: { "zh-CN": "量表", "en-US": "Scale" },
  "role/item": { "zh-CN": "评分题", "en-US": "Scored item" },
  "role/group": { "zh-CN": "分组（单选）", "en-US": "Group (single choice)" },
  "role/choice": { "zh-CN": "多选题", "en-US": "Multi-select" },
  "role/comment": { "zh-CN": "开放意见", "en-US": "Comment" },
  "role/dropped": { "zh-CN": "已删除（身份信息）", "en-US": "Dropped (identity)" },
  "role/ignored": { "zh-CN": "忽略", "en-US": "Ignored" },
  "role/id": { "zh-CN": "答卷编号", "en-US": "Response id" },
  "role/time": { "zh-CN": "提交时间", "en-US": "Submitted" },
  "scale/numeric": { "zh-CN": "{points} 分制数字", "en-US": "numbers 1–{points}" },
  "scale/satisfied": { "zh-CN": "非常满意…非常不满意", "en-US": "非常满意…非常不满意" },
  "scale/very-satisfied": { "zh-CN": "很满意…很不满意", "en-US": "很满意…很不满意" },
  "scale/agree": { "zh-CN": "非常同意…非常不同意", "en-US": "非常同意…非常不同意" },
  "scale/mapped": { "zh-CN": "评分映射", "en-US": "score mapping" },
  "scale/position": { "zh-CN": "选项序号", "en-US": "option positions" },
  confirmTitle: {
    "zh-CN": "请确认评分对应（分数越高越满意）",
    "en-US": "Confirm the scores (higher means more satisfied)",
  },
  "proposal/position": {
    "zh-CN": "选项序号 → 分值（列：{columns}）",
    "en-US": "Option position → score (columns: {columns})",
  },
  "proposal/vocabulary": {
    "zh-CN": "答案用语 → 分值（列：{columns}）",
    "en-US": "Answer words → score (columns: {columns})",
  },
  score: { "zh-CN": "“{label}”的分值", "en-US": "Score of '{label}'" },
  confirm: { "zh-CN": "确认评分对应", "en-US": "Confirm scores" },
  import: { "zh-CN": "导入并写入满意度汇总", "en-US": "Import and write 满意度汇总" },
  imported: {
    "zh-CN": "已导入：新增 {added} 行，更新 {updated} 行，{unchanged} 行未变；已写入「满意度汇总」",
    "en-US": "Imported: {added} rows added, {updated} updated, {unchanged} unchanged; 满意度汇总 written",
  },
  summary: { "zh-CN": "汇总：{survey}，{n} 份答卷", "en-US": "Summary: {survey}, {n} responses" },
  dropped: { "zh-CN": "已删除的身份信息列：{columns}", "en-US": "Identity columns dropped: {columns}" },
  redacted: {
    "zh-CN": "{n} 条意见含电话或邮箱，未保存",
    "en-US": (p) =>
      `${p.n} comment${p.n === 1 ? "" : "s"} held a phone number or e-mail and ${p.n === 1 ? "was" : "were"} not stored`,
  },
  itemRow: { "zh-CN": "{item}：{line}", "en-US": "{item}: {line}" },
  itemLine: { "zh-CN": "n={n} · 平均 {mean} · 满意率 {top2}%", "en-US": "n={n} · mean {mean} · top-2-box {top2}%" },
  overall: { "zh-CN": "总体：平均 {mean}，满意率 {top2}%", "en-US": "Overall: mean {mean}, top-2-box {top2}%" },
  group: { "zh-CN": "{value}：{n} 人", "en-US": "{value}: {n} people" },
  suppressedSize: { "zh-CN": "{value}：少于 {min} 人，不公开", "en-US": "{value}: fewer than {min} people, not shown" },
  suppressedComplementary: {
    "zh-CN": "{value}：为防止推算出未公开的组，一并不公开",
    "en-US": "{value}: also hidden so the hidden group cannot be worked out",
  },
  comments: {
    "zh-CN": "{item}：{count} 条意见",
    "en-US": (p) => `${p.item}: ${p.count} comment${p.count === 1 ? "" : "s"}`,
  },
  error: { "zh-CN": "无法导入：{message}", "en-US": "Cannot import: {message}" },
});

export type SurveyPageKey = keyof typeof SURVEY_PAGE_MESSAGES;
