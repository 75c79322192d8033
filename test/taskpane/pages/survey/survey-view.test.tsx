/** The 调查 page's view in both languages: column uses and scales, the confirmation, the summary's suppression notes. */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { previewSurvey } from "../../../../src/app/survey";
import type { Lang } from "../../../../src/core/i18n";
import { planSurvey } from "../../../../src/core/survey";
import { SurveyView, type SurveyViewProps } from "../../../../src/taskpane/pages/survey/SurveyView";

const sheet = {
  name: "Sheet1",
  values: [
    ["序号", "来自IP", "1、您的身份", "2、效率", "3、总体满意度", "4、建议"],
    ...Array.from({ length: 12 }, (_, i) => [
      i + 1,
      `10.0.0.${i}`,
      i < 9 ? "教师" : "学生",
      i % 2 ? "满意" : "非常满意",
      5,
      i ? "" : "多开窗口",
    ]),
  ],
};
const preview = previewSurvey(sheet, { file: "秋季.csv", name: "秋季" });
const noop = () => undefined;
const props = (lang: Lang, over: Partial<SurveyViewProps> = {}): SurveyViewProps => ({
  lang,
  sheets: ["Sheet1"],
  sheetChoice: "Sheet1",
  onSheetChoice: noop,
  onReadSheet: noop,
  onFile: noop,
  progress: null,
  error: null,
  info: null,
  plan: preview.plan,
  rows: 12,
  name: "秋季",
  onName: noop,
  kind: "师生",
  onKind: noop,
  groupBy: "1、您的身份",
  groupOptions: ["1、您的身份"],
  overallItem: "",
  itemOptions: ["2、效率", "3、总体满意度"],
  onOverallItem: noop,
  onGroupBy: noop,
  positions: false,
  onPositions: noop,
  draft: {},
  onDraft: noop,
  onConfirm: noop,
  canImport: true,
  onImport: noop,
  summary: preview.summary,
  ...over,
});
const html = (p: SurveyViewProps) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{<SurveyView {...p} />}</FluentProvider>);

test("zh-CN: preview columns, the summary and its suppression notes", () => {
  const out = html(props("zh-CN"));
  expect(out).toContain("预览：wjx，12 份答卷"); // 来自IP marks a 问卷星 export
  expect(out).toContain("已删除（身份信息）");
  expect(out).toContain("非常满意…非常不满意");
  // 学生 (3) is small and alone, so 教师 (9), the next smallest, is hidden too.
  expect(out).toContain("学生：少于 5 人，不公开");
  expect(out).toContain("教师：为防止推算出未公开的组，一并不公开");
  expect(out).toContain("已删除的身份信息列：来自IP");
  expect(out).not.toContain("10.0.0.");
});

test("en-US: the same in English, and a mapping waiting for confirmation", () => {
  const s = {
    name: "S",
    values: [
      ["序号", "2、服务质量"],
      [1, "很好"],
      [2, "较差"],
    ],
  };
  const plan = planSurvey(s, { file: "x.csv" });
  const out = html(props("en-US", { plan, summary: null, canImport: false }));
  expect(out).toContain("Confirm the scores (higher means more satisfied)");
  expect(out).toContain("Answer words → score (columns: 2、服务质量)");
  expect(out).toContain('aria-label="Score of &#x27;很好&#x27;"');
  expect(html(props("en-US"))).toContain("学生: fewer than 5 people, not shown");
});
