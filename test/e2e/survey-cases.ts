/** 调查: a GBK CSV export picked through the file input is previewed, imported into the Excel fake and summarised. */
import fs from "node:fs";
import path from "node:path";
import { translate, type Lang } from "../../src/core/i18n";
import { SURVEY_PAGE_MESSAGES } from "../../src/taskpane/pages/survey/messages";
import {
  assert,
  confirmWrite,
  expectText,
  fakeRow,
  fakeSheetNames,
  openPage,
  PINNED_DAY,
  registersFake,
  settled,
} from "./pane";
import type { E2eCase } from "./runner";

const sv = (lang: Lang, key: keyof typeof SURVEY_PAGE_MESSAGES, p?: Record<string, string | number>) =>
  translate(SURVEY_PAGE_MESSAGES, lang, key, p);
const FIXTURE = path.join(__dirname, "../fixtures/survey/wjx-按文本-gbk.csv");

export const surveyImportCase: E2eCase = {
  name: "调查: a 问卷星 GBK CSV through the file input → preview (dropped identity columns) → import → summary with suppression notes",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
    const panel = await openPage(page, "survey", lang);
    await panel
      .getByLabel(sv(lang, "file"))
      .setInputFiles({ name: "wjx-按文本-gbk.csv", mimeType: "text/csv", buffer: fs.readFileSync(FIXTURE) });
    const columns = panel.getByRole("table", { name: sv(lang, "columns") });
    await expectText(columns, "来自IP");
    await expectText(columns, sv(lang, "role/dropped"));
    await expectText(columns, "非常满意…非常不满意");
    await expectText(panel, sv(lang, "preview", { source: "wjx", rows: 6 }));
    await panel.getByRole("button", { name: sv(lang, "import"), exact: true }).click();
    await confirmWrite(page, lang);
    await settled(panel);
    const summary = panel.getByRole("region", { name: sv(lang, "summary", { survey: "wjx-按文本-gbk", n: 6 }) });
    await expectText(summary, "2、您对综合办公室服务效率的满意度：n=5 · 平均 4.2 · 满意率 80%");
    await expectText(summary, sv(lang, "suppressedSize", { value: "教师", min: 5 }));
    await expectText(summary, sv(lang, "dropped", { columns: "来源详情、来自IP、8、请留下您的手机号" }));
    await expectText(panel, sv(lang, "imported", { added: 44, updated: 0, unchanged: 0 }));
    const names = await fakeSheetNames(page);
    assert(names.includes("满意度调查") && names.includes("满意度汇总"), `sheets after import: ${names.join(", ")}`);
    const first = await fakeRow(page, "满意度调查", 2);
    assert(
      first[0] === "wjx-按文本-gbk" && first[4] === "2、您对综合办公室服务效率的满意度" && first[6] === 5,
      `first register row: ${JSON.stringify(first)}`,
    );
    const title = await fakeRow(page, "满意度汇总", 1);
    assert(String(title[0]).startsWith("满意度汇总 — wjx-按文本-gbk"), `summary title: ${JSON.stringify(title)}`);
  },
};
