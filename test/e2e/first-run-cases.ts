/**
 * First run and 概览: an empty workbook says what is missing on every page and leads to 台账, where
 * 一键建立常用台账 previews and creates the sheets; on the seeded workbook 概览 opens first with its big numbers, a
 * card opens its page, and 检查 opens on the check 概览 ran.
 */
import { translate, type Lang } from "../../src/core/i18n";
import { OVERVIEW_MESSAGES } from "../../src/taskpane/pages/overview/messages";
import { REGISTERS_MESSAGES } from "../../src/taskpane/pages/registers/messages";
import { VALIDATE_PAGE_MESSAGES } from "../../src/taskpane/pages/validate/messages";
import {
  assert,
  expectAttribute,
  expectText,
  fakeSheetNames,
  openPage,
  pageLabel,
  pageTabs,
  PINNED_DAY,
  registersFake,
  settled,
  shellText,
} from "./pane";
import type { E2eCase } from "./runner";

const ov = (lang: Lang, key: keyof typeof OVERVIEW_MESSAGES, p?: Record<string, string | number>) =>
  translate(OVERVIEW_MESSAGES, lang, key, p);
const reg = (lang: Lang, key: keyof typeof REGISTERS_MESSAGES, p?: Record<string, string | number>) =>
  translate(REGISTERS_MESSAGES, lang, key, p);
const val = (lang: Lang, key: keyof typeof VALIDATE_PAGE_MESSAGES, p?: Record<string, string | number>) =>
  translate(VALIDATE_PAGE_MESSAGES, lang, key, p);

export const firstRunCase: E2eCase = {
  name: "first run on an empty workbook: every page says what is missing and leads to 台账; 一键建立常用台账 previews, then creates the sheets",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({
      fake: {
        seed: {
          sheets: [
            {
              name: "Sheet1",
              values: [
                ["姓名", "电话"],
                ["王芳", "123"],
              ],
            },
          ],
        },
        displayLanguage: lang,
      },
      query: PINNED_DAY,
    });
    // The pane opens on 概览.
    const tab = pageTabs(page, lang).getByRole("tab", { name: pageLabel("overview", lang), exact: true });
    await expectAttribute(tab, "aria-selected", "true");
    const overview = page.locator("main#panel-overview");
    await expectText(overview.getByTestId("empty-state"), ov(lang, "empty"));
    await env.screenshot(page, "zh-CN-first-run-overview");

    // 检查 says nothing was checked, never 未发现问题.
    const check = await openPage(page, "validate", lang);
    await check.getByRole("button", { name: val(lang, "check"), exact: true }).click();
    await expectText(check.getByTestId("validate-summary"), val(lang, "nothingChecked"));
    assert(
      !(await check.innerText()).includes(val(lang, "noIssues")),
      "the check of an empty workbook says 未发现问题",
    );
    assert(
      await check.getByRole("button", { name: val(lang, "mark"), exact: true }).isDisabled(),
      "标记 is enabled with nothing to mark",
    );
    for (const id of ["deadlines", "kpi"] as const) {
      const panel = await openPage(page, id, lang);
      await panel.getByTestId("empty-state").waitFor();
    }

    // The empty state's button opens 台账, where the common set is proposed and previewed before anything is made.
    await page
      .locator("main#panel-kpi")
      .getByRole("button", { name: shellText(lang, "goRegisters") })
      .click();
    await expectAttribute(
      pageTabs(page, lang).getByRole("tab", { name: pageLabel("registers", lang), exact: true }),
      "aria-selected",
      "true",
    );
    const registers = page.locator("main#panel-registers");
    await settled(registers);
    const quick = registers.getByRole("region", { name: reg(lang, "quickTitle") });
    await quick.getByRole("button", { name: reg(lang, "quickOpen") }).click();
    const preview = quick.getByTestId("setup-preview");
    await expectText(preview, /将新建 \d+ 张工作表。台账：收文登记簿、发文登记簿、会议台账/);
    const sheetsBefore = await fakeSheetNames(page);
    assert(
      JSON.stringify(sheetsBefore) === JSON.stringify(["Sheet1"]),
      `the preview already changed the workbook: ${sheetsBefore.join(", ")}`,
    );
    await env.screenshot(page, "zh-CN-first-run-preview");
    // Untick 发文登记簿: the preview follows.
    await quick.getByRole("checkbox", { name: "发文登记簿" }).uncheck();
    await expectText(preview, /台账：收文登记簿、会议台账/);
    const previewText = await preview.innerText();
    await quick.getByRole("button", { name: /^确认建立 \d+ 张工作表$/ }).click();
    await expectText(registers, reg(lang, "added", { sheets: "" }));
    const created = await fakeSheetNames(page);
    for (const sheet of [
      "收文登记簿",
      "会议台账",
      "决议追踪台账",
      "报销台账",
      "问题整改台账",
      "参数设置",
      "部门",
      "人员名单",
    ]) {
      assert(created.includes(sheet), `一键建立 did not create ${sheet}; the workbook has ${created.join(", ")}`);
      assert(previewText.includes(sheet), `the preview did not list ${sheet}: ${previewText}`);
    }
    assert(!created.includes("发文登记簿"), "一键建立 created 发文登记簿 although it was unticked");
    assert(created[0] === "Sheet1", "the person's own sheet moved or went away");

    // 概览 now has cards instead of the empty state.
    const after = await openPage(page, "overview", lang);
    await after.locator('[data-card="errors"]').waitFor();
    // The check of the empty workbook found no register; 概览 checks the new registers instead of showing its 错误 0.
    await page.waitForFunction(
      () => /\d/.test(document.querySelector('[data-card="errors"]')?.getAttribute("aria-label") ?? ""),
      undefined,
      { timeout: 15_000 },
    );
    await expectText(after.getByTestId("last-check"), ov(lang, "lastCheck", { at: "2026-11-20 00:00" }));
    assert(
      (await after.getByTestId("empty-state").count()) === 0,
      "概览 still shows the empty state after the registers were created",
    );
  },
};

export const overviewCase: E2eCase = {
  name: "概览 on the seeded workbook: 错误/已逾期/临期/KPI 未达成 cards with the last check's time; a card opens its page; 检查 opens on that check",
  async run(env) {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
      const overview = page.locator("main#panel-overview");
      await overview.locator("section").first().waitFor();
      const card = (id: string) => overview.locator(`[data-card="${id}"]`);
      // A number on the 错误 card (a card not there yet, or still "…", is not one).
      await page.waitForFunction(
        () => /\d/.test(document.querySelector('[data-card="errors"]')?.getAttribute("aria-label") ?? ""),
        undefined,
        { timeout: 15_000 },
      );
      const label = (key: keyof typeof OVERVIEW_MESSAGES, value: number) =>
        ov(lang, "cardLabel", { label: ov(lang, key), value });
      assert(
        (await card("errors").getAttribute("aria-label")) === label("errors", 3),
        `errors card: ${await card("errors").getAttribute("aria-label")}`,
      );
      assert(
        (await card("overdue").getAttribute("aria-label")) === label("overdue", 2),
        `overdue card: ${await card("overdue").getAttribute("aria-label")}`,
      );
      await card("due-soon").waitFor();
      await card("kpi-not-met").waitFor();
      await expectText(overview.getByTestId("last-check"), ov(lang, "lastCheck", { at: "2026-11-20 00:00" }));
      await env.screenshot(page, `${lang}-overview`);

      await card("overdue").click();
      await expectAttribute(
        pageTabs(page, lang).getByRole("tab", { name: pageLabel("deadlines", lang), exact: true }),
        "aria-selected",
        "true",
      );
      // 检查 shows the check 概览 ran, without checking again.
      const check = await openPage(page, "validate", lang);
      await expectText(check.getByTestId("validate-summary"), val(lang, "summary", { errors: 3, warnings: 0 }));
      const back = await openPage(page, "overview", lang);
      await back.locator('[data-card="errors"]').click();
      await expectAttribute(
        pageTabs(page, lang).getByRole("tab", { name: pageLabel("validate", lang), exact: true }),
        "aria-selected",
        "true",
      );
    }
  },
};
