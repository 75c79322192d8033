/**
 * The browser cases, run in this order by main.ts. Each opens the production pane from dist/ in its own context.
 * The Excel cases install the fake seeded by seed.ts and pin the pane's day with `?today=` (shell/clock.ts).
 */
import type { Page } from "playwright-core";
import { translate, type Lang } from "../../src/core/i18n";
import { meetings } from "../../src/core/registers/meetings";
import { SETTINGS_SHEET } from "../../src/excel/settings-sheet";
import { CALCULATOR_MESSAGES } from "../../src/taskpane/pages/calculator/messages";
import { DEADLINES_PAGE_MESSAGES } from "../../src/taskpane/pages/deadlines/messages";
import { KPI_PAGE_MESSAGES } from "../../src/taskpane/pages/kpi/messages";
import { REGISTERS_MESSAGES } from "../../src/taskpane/pages/registers/messages";
import { VALIDATE_PAGE_MESSAGES } from "../../src/taskpane/pages/validate/messages";
import {
  assert,
  confirmWrite,
  expectText,
  fakeRow,
  fakeSelection,
  fakeSheetNames,
  fakeSnapshot,
  notesOf,
  openPage,
  PAGE_IDS,
  pageLabel,
  pageTabs,
  PINNED_DAY,
  registersFake,
  settled,
  shellText,
  snapshotDiff,
} from "./pane";
import { autoCheckCase, copyRemindersCase, fillDueCase, writeUndoCase } from "./action-cases";
import type { E2eCase } from "./runner";
import { narrowPaneCase, readmeScreenshotsCase } from "./screenshot-cases";
import { CLAIMS, INCOMING, PANE_TODAY, PLANTED } from "./seed";
import { currentSheetCase, longRunCancelCase } from "./validate-cases";
import { noticeImportCase } from "./notice-cases";
import { workbenchDemoCase, workbenchLibreOfficeCase } from "./workbench-cases";
import { surveyImportCase } from "./survey-cases";
import { formsCase } from "./forms-cases";
import { rectificationCase } from "./rectification-cases";
import { firstRunCase, overviewCase } from "./first-run-cases";
import { problemsCase } from "./problems-cases";

const calc = (lang: Lang, key: keyof typeof CALCULATOR_MESSAGES) => translate(CALCULATOR_MESSAGES, lang, key);
const dl = (lang: Lang, key: keyof typeof DEADLINES_PAGE_MESSAGES, p?: Record<string, string | number>) =>
  translate(DEADLINES_PAGE_MESSAGES, lang, key, p);
const kpi = (lang: Lang, key: keyof typeof KPI_PAGE_MESSAGES, p?: Record<string, string | number>) =>
  translate(KPI_PAGE_MESSAGES, lang, key, p);
const reg = (lang: Lang, key: keyof typeof REGISTERS_MESSAGES, p?: Record<string, string | number>) =>
  translate(REGISTERS_MESSAGES, lang, key, p);
const val = (lang: Lang, key: keyof typeof VALIDATE_PAGE_MESSAGES, p?: Record<string, string | number>) =>
  translate(VALIDATE_PAGE_MESSAGES, lang, key, p);

/** 2025-09-26 + 5 working days crosses the 2025 National Day week (with 中秋节 on Oct 6) and the 9-28 make-up Sunday. */
async function checkCalculator(page: Page, lang: Lang): Promise<void> {
  const panel = await openPage(page, "calculator", lang);
  await panel.getByLabel(calc(lang, "start")).fill("2025-09-26");
  await panel.getByLabel(calc(lang, "days")).fill("5");
  const result = panel.getByRole("status");
  await expectText(result, "2025-10-10");
  const crossed = panel.getByRole("list", { name: calc(lang, "crossed") });
  await expectText(crossed.getByRole("listitem"), lang === "zh-CN" ? "国庆节" : /National Day/);
  await expectText(crossed.getByRole("listitem"), lang === "zh-CN" ? "中秋节" : /Mid-Autumn/i);
  await expectText(crossed.getByRole("listitem"), "2025-09-28");
}

const calculatorCase: E2eCase = {
  name: "计算器: 2025-09-26 + 5 working days = 2025-10-10 across 国庆节/中秋节 (plain browser, office.js host null)",
  async run(env) {
    const page = await env.openPane({ query: "lang=zh-CN" });
    // Outside Excel the pane says it is on the demo workbook; the calculator needs no Excel.
    await page.getByTestId("demo-banner").waitFor();
    await checkCalculator(page, "zh-CN");
    await env.screenshot(page, "plain-zh-CN-calculator");
  },
};

const ledgerFlowCase: E2eCase = {
  name: "台账 → 检查 on the Excel fake: add 会议台账, validate, jump to a cell, mark, clear marks; values untouched",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
    assert(
      (await page.getByTestId("demo-banner").count()) === 0,
      "the pane shows the demo banner although the Excel fake is the host",
    );

    // 台账: add 会议台账 and find it in the workbook with the catalogue's headers in order.
    const registers = await openPage(page, "registers", lang);
    await registers.getByRole("button", { name: reg(lang, "addLabel", { sheet: meetings.sheet }) }).click();
    // Every write from the pane is confirmed in the shell's dialog first (issue 16 §3).
    const addPreview = await confirmWrite(page, lang);
    assert(addPreview.includes(meetings.sheet), `the confirmation does not name ${meetings.sheet}:\n${addPreview}`);
    // Adding a register also creates the settings sheets it reads (参数设置, 部门, …) when they are missing.
    await expectText(registers, new RegExp(`${reg(lang, "added", { sheets: "" })}.*${meetings.sheet}`));
    assert((await fakeSheetNames(page)).includes(meetings.sheet), `the workbook has no ${meetings.sheet} after 添加`);
    const headers = meetings.columns.map((c) => c.header);
    const row1 = await fakeRow(page, meetings.sheet, 1);
    assert(
      JSON.stringify(row1.slice(0, headers.length)) === JSON.stringify(headers),
      `${meetings.sheet} row 1 is ${JSON.stringify(row1)}, expected ${JSON.stringify(headers)}`,
    );
    await expectText(registers.getByRole("list", { name: reg(lang, "present") }).getByRole("listitem"), meetings.sheet);
    await env.screenshot(page, "zh-CN-registers-after-add");

    const before = await fakeSnapshot(page);

    // 检查: the three planted problems, each with its row and column.
    const check = await openPage(page, "validate", lang);
    await check.getByRole("button", { name: val(lang, "check"), exact: true }).click();
    await settled(check);
    await expectText(check, translate(VALIDATE_PAGE_MESSAGES, lang, "summary", { errors: 3, warnings: 0 }));
    const issue = (p: (typeof PLANTED)[keyof typeof PLANTED]) =>
      check.getByRole("button", { name: new RegExp(`第 ${p.row} 行 · ${p.column}`) });
    for (const p of Object.values(PLANTED)) await issue(p).first().waitFor();
    await env.screenshot(page, "zh-CN-validate-issues");

    // Clicking an issue selects its cell in the workbook.
    await issue(PLANTED.badDate).first().click();
    await page.waitForFunction(
      () =>
        (window as unknown as { excelFake: { current: { state: { selection: unknown } } } }).excelFake.current.state
          .selection !== null,
    );
    const selected = await fakeSelection(page);
    const want = { sheet: PLANTED.badDate.sheet, row: PLANTED.badDate.row, column: 2 };
    assert(
      JSON.stringify(selected) === JSON.stringify(want),
      `selected ${JSON.stringify(selected)}, expected ${JSON.stringify(want)}`,
    );

    // 标记 puts a note on exactly the three cells.
    await check.getByRole("button", { name: val(lang, "mark"), exact: true }).click();
    const markPreview = await confirmWrite(page, lang);
    assert(markPreview.includes("批注 "), `the 加批注 confirmation does not count the notes:\n${markPreview}`);
    await expectText(check, translate(VALIDATE_PAGE_MESSAGES, lang, "marked", { n: 3 }));
    const marked = await fakeSnapshot(page);
    const noted = [
      ...Object.keys(notesOf(marked, INCOMING)).map((a) => `${INCOMING}!${a}`),
      ...Object.keys(notesOf(marked, CLAIMS)).map((a) => `${CLAIMS}!${a}`),
    ].sort();
    const plantedCells = Object.values(PLANTED)
      .map((p) => `${p.sheet}!${p.address}`)
      .sort();
    assert(
      JSON.stringify(noted) === JSON.stringify(plantedCells),
      `notes on ${noted.join(", ")}, expected ${plantedCells.join(", ")}`,
    );
    assert(
      notesOf(marked, INCOMING)[PLANTED.duplicate.address]?.includes("SW-2026-102"),
      "the duplicate's note does not name the repeated 收文编号",
    );

    // 清除标记 takes them all away and leaves every value, format and note of the user as it was.
    await check.getByRole("button", { name: val(lang, "clearMarks"), exact: true }).click();
    await confirmWrite(page, lang);
    await expectText(check, val(lang, "cleared"));
    // The add-in keeps its record of marks in its own very hidden settings sheet; everything else must be as it was.
    const { [SETTINGS_SHEET]: store, ...after } = await fakeSnapshot(page);
    assert(
      store === undefined || (store as { visibility?: string }).visibility === "VeryHidden",
      `${SETTINGS_SHEET} is ${JSON.stringify((store as { visibility?: string }).visibility)}, expected VeryHidden`,
    );
    const diff = snapshotDiff(before, after);
    assert(diff.length === 0, `the workbook differs from before 检查 after 清除标记:\n      ${diff.join("\n      ")}`);
  },
};

const englishCase: E2eCase = {
  name: "en-US: Office displayLanguage en-US gives English labels; the manual switch goes back to Chinese",
  async run(env) {
    const page = await env.openPane({ fake: registersFake("en-US"), query: PINNED_DAY });
    const tabs = pageTabs(page, "en-US");
    await tabs.waitFor();
    for (const id of PAGE_IDS) await tabs.getByRole("tab", { name: pageLabel(id, "en-US"), exact: true }).waitFor();
    await page.getByRole("heading", { name: shellText("en-US", "title") }).waitFor();
    await checkCalculator(page, "en-US");
    const check = await openPage(page, "validate", "en-US");
    await check.getByRole("button", { name: val("en-US", "check"), exact: true }).click();
    await settled(check);
    await expectText(check, translate(VALIDATE_PAGE_MESSAGES, "en-US", "summary", { errors: 3, warnings: 0 }));
    await check
      .getByRole("button", { name: new RegExp(`Row ${PLANTED.duplicate.row} · ${PLANTED.duplicate.column}`) })
      .first()
      .waitFor();

    await page.getByRole("button", { name: shellText("en-US", "otherLang"), exact: true }).click();
    await pageTabs(page, "zh-CN")
      .getByRole("tab", { name: pageLabel("validate", "zh-CN"), exact: true })
      .waitFor();
    await page.getByRole("heading", { name: shellText("zh-CN", "title") }).waitFor();
  },
};

const deadlinesCase: E2eCase = {
  name: "期限 and KPI read the fake workbook: an overdue 收文 as of the pinned day, K02 not met with its row",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });

    const deadlines = await openPage(page, "deadlines", lang);
    // Overdue as of the pinned day: SW-2026-101 (办理期限 11-10, not closed) and BX-2026-0302, whose 提交日期 is no
    // date, so its submission is still open 5 working days after the 11-12 expense.
    await expectText(deadlines, `截至 ${PANE_TODAY}：已逾期 2`);
    const overdue = deadlines.locator('button[data-status="overdue"]');
    await expectText(overdue, "SW-2026-101");
    await expectText(overdue, dl(lang, "row", { sheet: INCOMING, row: 2 }));
    await expectText(overdue, dl(lang, "row", { sheet: CLAIMS, row: 3 }));
    await overdue.filter({ hasText: "SW-2026-101" }).first().click();
    await page.waitForFunction(
      () =>
        (window as unknown as { excelFake: { current: { state: { selection: unknown } } } }).excelFake.current.state
          .selection !== null,
    );
    const sel = await fakeSelection(page);
    assert(
      sel?.sheet === INCOMING && sel.row === 2,
      `the overdue item selected ${JSON.stringify(sel)}, expected ${INCOMING} row 2`,
    );

    const board = await openPage(page, "kpi", lang);
    const k02 = board.locator('[data-kpi="K02"]');
    await k02.waitFor();
    assert(
      (await k02.getAttribute("data-status")) === "not-met",
      `K02 is ${await k02.getAttribute("data-status")}, expected not-met`,
    );
    await expectText(k02, `${kpi(lang, "actual")} 1.5`);
    await k02.getByRole("button", { name: kpi(lang, "showRows", { n: 1 }) }).click();
    await k02.getByRole("button", { name: new RegExp(kpi(lang, "rowLabel", { sheet: CLAIMS, row: 5 })) }).click();
    await page.waitForFunction((sheet) => {
      const st = (
        window as unknown as {
          excelFake: {
            current: { state: { selection: { sheetId: string } | null; sheetByName(n: string): { id: string } } };
          };
        }
      ).excelFake.current.state;
      return st.selection !== null && st.selection.sheetId === st.sheetByName(sheet).id;
    }, CLAIMS);
    const kSel = await fakeSelection(page);
    assert(
      kSel?.sheet === CLAIMS && kSel.row === 5,
      `the K02 row link selected ${JSON.stringify(kSel)}, expected ${CLAIMS} row 5`,
    );
  },
};

const screenshotTourCase: E2eCase = {
  name: "every page renders in zh-CN and en-US on the fake (screenshots in test-output/screenshots/)",
  async run(env) {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
      for (const id of PAGE_IDS) {
        const panel = await openPage(page, id, lang);
        if (id === "validate") {
          // The check page is empty until asked; the screenshot should show a report.
          await panel.getByRole("button", { name: val(lang, "check"), exact: true }).click();
          await panel.getByTestId("validate-summary").waitFor();
          await settled(panel);
        }
        const text = await panel.innerText();
        assert(text.trim().length > 0, `${lang} ${id} rendered nothing`);
        // A page in English should not fall back to Chinese labels; sheet and column names stay Chinese by design.
        if (lang === "en-US")
          assert(!/出错了|失败|无法/.test(text), `${lang} ${id} shows Chinese error text: ${text.slice(0, 200)}`);
        await env.screenshot(page, `${lang}-${id}`);
      }
    }
  },
};

/** Issue 10 §1: on 2026-12-31 the due-soon window reaches 2027, which the calendar lacks; the list still shows, with a warning. */
const yearEndCase: E2eCase = {
  name: "期限 on 2026-12-31: the list is shown with the calendar warning instead of an error",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: "today=2026-12-31" });
    const deadlines = await openPage(page, "deadlines", lang);
    await expectText(deadlines, "截至 2026-12-31：已逾期");
    await expectText(
      deadlines.locator('[data-warning="deadlines/window-incomplete"]'),
      "临期提醒（1 个工作日）只能确定到 2027-01-01",
    );
    await expectText(deadlines.locator('button[data-status="overdue"]'), "SW-2026-101");
  },
};

export const CASES: readonly E2eCase[] = [
  calculatorCase,
  ledgerFlowCase,
  currentSheetCase,
  longRunCancelCase,
  englishCase,
  deadlinesCase,
  autoCheckCase,
  copyRemindersCase,
  fillDueCase,
  writeUndoCase,
  screenshotTourCase,
  narrowPaneCase,
  readmeScreenshotsCase,
  noticeImportCase,
  workbenchDemoCase,
  workbenchLibreOfficeCase,
  yearEndCase,
  surveyImportCase,
  rectificationCase,
  firstRunCase,
  overviewCase,
  problemsCase,
  formsCase,
];
