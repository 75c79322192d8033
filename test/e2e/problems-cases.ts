/**
 * Working through problems on 检查, on the Excel fake seeded with the demo workbook (its deliberate errors and
 * warnings): chips only for sheets with problems, 下一条/上一条 selecting the cell, the selected state, search, and
 * 忽略此警告 stored in the workbook, shown as ignored and undone.
 */
import { translate, type Lang } from "../../src/core/i18n";
import { VALIDATE_PAGE_MESSAGES } from "../../src/taskpane/pages/validate/messages";
import { demoWorkbook } from "../../src/taskpane/shell/demo-workbook";
import type { WorkbookSeed } from "../support/excel-fake/index";
import { WRITE_MESSAGES } from "../../src/taskpane/shell/write-messages";
import { assert, confirmWrite, expectText, fakeSelection, openPage, PINNED_DAY, settled } from "./pane";
import type { E2eCase } from "./runner";

const val = (lang: Lang, key: keyof typeof VALIDATE_PAGE_MESSAGES, p?: Record<string, string | number>) =>
  translate(VALIDATE_PAGE_MESSAGES, lang, key, p);

/** The demo workbook's sheets as the fake's seed (values only; the demo's mistakes are in the values). */
async function demoSeed(): Promise<WorkbookSeed> {
  const wb = await demoWorkbook();
  const names = (await wb.listSheets()).map((s) => s.name);
  const sheets = await wb.readSheets(names);
  return { sheets: sheets.map((s) => ({ name: s.name, values: s.values })), activeSheet: names[0] };
}

export const problemsCase: E2eCase = {
  name: "检查 on the demo workbook: sheet chips, search, 下一条/上一条 select the cell, 忽略此警告 stored in the workbook and undone",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: { seed: await demoSeed(), displayLanguage: lang }, query: PINNED_DAY });
    const check = await openPage(page, "validate", lang);
    await check.getByRole("button", { name: val(lang, "check"), exact: true }).click();
    await check.getByTestId("validate-summary").waitFor();
    await settled(check);
    const summary = await check.getByTestId("validate-summary").innerText();

    // Chips: only sheets with problems (the settings sheet 部门 has none).
    const chips = check.getByRole("group", { name: val(lang, "filterSheets") });
    const chipSheets = await chips
      .locator("[data-chip]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-chip") ?? ""));
    assert(chipSheets.length >= 2, `chips for ${chipSheets.join(", ")}`);
    assert(
      !chipSheets.includes("部门") && !chipSheets.includes("参数设置"),
      `a sheet without problems has a chip: ${chipSheets.join(", ")}`,
    );

    // 下一条 selects the first problem's cell in Excel and marks it selected in the list; again the second; 上一条 back.
    const list = check.getByRole("list", { name: val(lang, "problems") });
    const items = list.locator("li");
    const sheetOf = async (i: number) => (await items.nth(i).getAttribute("data-problem")) ?? "";
    const rowOf = async (i: number) => Number(/第 (\d+) 行/.exec(await items.nth(i).innerText())?.[1]);
    await check.getByRole("button", { name: val(lang, "next"), exact: true }).click();
    await page.waitForFunction(() => document.querySelector('main#panel-validate [aria-current="true"]') !== null);
    let sel = await fakeSelection(page);
    assert(
      sel?.sheet === (await sheetOf(0)) && sel.row === (await rowOf(0)),
      `下一条 selected ${JSON.stringify(sel)}, expected the first problem ${await sheetOf(0)} row ${await rowOf(0)}`,
    );
    assert(
      (await items.nth(0).getByRole("button").first().getAttribute("aria-current")) === "true",
      "the first problem is not shown as selected",
    );
    await check.getByRole("button", { name: val(lang, "next"), exact: true }).click();
    await page.waitForFunction(
      () => document.querySelectorAll("main#panel-validate li")[1]?.querySelector('[aria-current="true"]') != null,
    );
    sel = await fakeSelection(page);
    assert(
      sel?.row === (await rowOf(1)) && sel.sheet === (await sheetOf(1)),
      `the second 下一条 selected ${JSON.stringify(sel)}`,
    );
    await check.getByRole("button", { name: val(lang, "previous"), exact: true }).click();
    await page.waitForFunction(
      () => document.querySelectorAll("main#panel-validate li")[0]?.querySelector('[aria-current="true"]') != null,
    );
    await env.screenshot(page, "zh-CN-validate-next");

    // A chip narrows the list to its sheet.
    const chosen = chipSheets[1] as string;
    await chips.locator(`[data-chip="${chosen}"]`).click();
    const shown = await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-problem")));
    assert(shown.length > 0 && shown.every((s) => s === chosen), `the ${chosen} chip shows ${shown.join(", ")}`);
    await chips.getByRole("button", { name: /^全部/ }).click();

    // A warning: find it by search, ignore it, see it ignored and counted apart, then undo.
    const warning = items.filter({ has: page.getByText(val(lang, "severityWarning"), { exact: true }) }).first();
    const warningText = (await warning.innerText()).split("：").slice(1).join("：").trim();
    const word = warningText.slice(0, 6);
    await check.getByRole("searchbox", { name: val(lang, "search") }).fill(word);
    await expectText(items, word);
    const found = items.filter({ has: page.getByText(val(lang, "severityWarning"), { exact: true }) }).first();
    await found.getByRole("button").first().click();
    await found.getByRole("button", { name: val(lang, "ignore") }).click();
    // A write like any other (issue 16 §3): the shell's confirmation names what it stores.
    const preview = await confirmWrite(page, lang);
    assert(preview.includes("已忽略的警告"), `the 忽略此警告 confirmation does not say what it stores:\n${preview}`);
    await expectText(check.getByTestId("validate-summary"), /已忽略 1$/);
    await page.locator('main#panel-validate li[data-ignored="true"]').first().waitFor();
    await env.screenshot(page, "zh-CN-validate-ignored");
    // Stored in the workbook: leaving the page and coming back reads it again through the port.
    await openPage(page, "calculator", lang);
    const again = await openPage(page, "validate", lang);
    await again.getByRole("button", { name: val(lang, "check"), exact: true }).click();
    await settled(again);
    await expectText(again.getByTestId("validate-summary"), /已忽略 1$/);
    const ignoredItem = again.locator('li[data-ignored="true"]').first();
    await ignoredItem.getByRole("button", { name: val(lang, "unignore") }).click();
    await confirmWrite(page, lang);
    await expectText(again.getByTestId("validate-summary"), summary);
    assert(
      (await again.locator('li[data-ignored="true"]').count()) === 0,
      "the warning is still shown as ignored after 取消忽略",
    );
    // 撤销上次写入 takes the 取消忽略 back: the warning is ignored again, as the workbook had it.
    await page.getByRole("button", { name: translate(WRITE_MESSAGES, lang, "undo"), exact: true }).click();
    await expectText(again.getByTestId("validate-summary"), /已忽略 1$/);
  },
};
