/**
 * 计算器 → 导入国务院节假日通知 on the Excel fake: paste a notice for a year the data lacks, preview, write, and the
 * calculator then counts into that year. The workbook had no 节假日调整: it is created with the rows and 全年完整.
 */
import { translate, type Lang } from "../../src/core/i18n";
import { CALCULATOR_MESSAGES, NOTICE_MESSAGES } from "../../src/taskpane/pages/calculator/messages";
import { assert, expectText, fakeRow, fakeSheetNames, openPage, PINNED_DAY, registersFake, settled } from "./pane";
import type { E2eCase } from "./runner";

/** An invented 2027 schedule in the notice's form (the bundled data ends in 2026). */
const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知（测试用虚构文本）
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。`;

const notice = (lang: Lang, key: keyof typeof NOTICE_MESSAGES, p?: Record<string, string | number>) =>
  translate(NOTICE_MESSAGES, lang, key, p);
const calc = (lang: Lang, key: keyof typeof CALCULATOR_MESSAGES) => translate(CALCULATOR_MESSAGES, lang, key);

export const noticeImportCase: E2eCase = {
  name: "计算器: 导入国务院节假日通知 — paste, preview 2027, write 节假日调整 with 全年完整, then WORKDAY(2026-12-31, 1) = 2027-01-04",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
    const panel = await openPage(page, "calculator", lang);
    // Before the import, 2027 is refused with the sentence that says how to complete it.
    await panel.getByLabel(calc(lang, "start")).fill("2026-12-31");
    await panel.getByLabel(calc(lang, "days")).fill("1");
    await expectText(panel, "导入国务院节假日通知");
    await expectText(panel, "2027 年的法定节假日安排尚未载入");

    const section = panel.getByRole("region", { name: notice(lang, "title") });
    await section.getByLabel(notice(lang, "text")).fill("会议纪要：下周一开会。");
    await section.getByRole("button", { name: notice(lang, "preview"), exact: true }).click();
    await expectText(section, "无法从文字中看出年份");

    await section.getByLabel(notice(lang, "text")).fill(NOTICE_2027);
    await section.getByRole("button", { name: notice(lang, "preview"), exact: true }).click();
    await expectText(
      section.getByTestId("notice-summary"),
      notice(lang, "summary", { year: 2027, off: 11, work: 2, n: 13 }),
    );
    await expectText(section.getByRole("cell"), "2027-02-14");
    await env.screenshot(page, "zh-CN-notice-preview");

    await section.getByRole("button", { name: notice(lang, "confirm"), exact: true }).click();
    await expectText(section.getByTestId("notice-done"), "已写入「节假日调整」：2027 年 13 行和“全年完整”标记");
    assert((await fakeSheetNames(page)).includes("节假日调整"), "the workbook has no 节假日调整 after the import");
    const last = await fakeRow(page, "节假日调整", 15);
    assert(
      last[0] === "2027年" && last[1] === "全年完整",
      `节假日调整 row 15 is ${JSON.stringify(last)}, expected the 全年完整 row`,
    );

    // The page re-reads the workbook: 2027 is now covered.
    await settled(panel);
    await expectText(panel.getByTestId("calculator-result"), "2027-01-04");
    await env.screenshot(page, "zh-CN-notice-done");
  },
};
