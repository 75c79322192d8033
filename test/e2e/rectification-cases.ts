/**
 * The 整改 page on the Excel fake (seed.ts rectificationSeed, pinned Friday 2026-11-20): the figures, the department
 * filter, an item selecting its row, 复制周报 on the clipboard, and 记录跟踪 writing today's date into 最近跟踪日期 of the
 * chosen row after a confirmation — and nothing else in the workbook.
 */
import { translate, type Lang } from "../../src/core/i18n";
import {
  RECTIFICATION_PAGE_MESSAGES,
  type RectificationPageKey,
} from "../../src/taskpane/pages/rectification/messages";
import { isoToSerial } from "../../src/core/dates";
import { SETTINGS_SHEET } from "../../src/excel/settings-sheet";
import { assert, expectText, fakeSelection, fakeSnapshot, openPage, PINNED_DAY, settled, snapshotDiff } from "./pane";
import type { E2eCase } from "./runner";
import { PANE_TODAY, RECTIFICATION_HEADERS, RECTIFICATIONS, rectificationColumn, rectificationSeed } from "./seed";

const rect = (lang: Lang, key: RectificationPageKey, p?: Record<string, string | number>) =>
  translate(RECTIFICATION_PAGE_MESSAGES, lang, key, p);

export const rectificationCase: E2eCase = {
  name: "整改: figures, department filter, jump to the row, 复制周报, and 记录跟踪 changing nothing but 最近跟踪日期",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: { seed: rectificationSeed(), displayLanguage: lang }, query: PINNED_DAY });
    const origin = new URL(page.url()).origin;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const panel = await openPage(page, "rectification", lang);

    // Open: ZG-2026-01, -02, -03; overdue: -01 (20 working days) and -02 (5).
    const figure = (id: string) => panel.locator(`[data-figure="${id}"]`);
    await expectText(figure("open"), /^3/);
    await expectText(figure("overdue"), /^2/);
    await expectText(panel, "逾期 20 个工作日 · 报办公室负责人 → 周主任");
    await expectText(panel, "逾期 5 个工作日 · 预警分管领导 → 王分管");
    await env.screenshot(page, "zh-CN-rectification");

    // Filtered to 总务处: its two open items, the overdue one first.
    await panel.getByLabel(rect(lang, "filterDepartment"), { exact: true }).selectOption("总务处");
    const items = panel.getByRole("list", { name: rect(lang, "items") }).getByRole("listitem");
    await expectText(panel, rect(lang, "shown", { shown: 2, selected: 0 }));
    const first = await items.first().innerText();
    assert(first.includes("ZG-2026-01"), `the first 总务处 item is not ZG-2026-01: ${first}`);

    // Clicking an item selects its 状态 cell.
    await items.first().getByRole("button").click();
    await page.waitForFunction(
      () =>
        (window as unknown as { excelFake: { current: { state: { selection: unknown } } } }).excelFake.current.state
          .selection !== null,
    );
    const selected = await fakeSelection(page);
    const want = { sheet: RECTIFICATIONS, row: 2, column: RECTIFICATION_HEADERS.indexOf("状态") + 1 };
    assert(
      JSON.stringify(selected) === JSON.stringify(want),
      `selected ${JSON.stringify(selected)}, expected ${JSON.stringify(want)}`,
    );

    // 复制周报 of what the filter shows: counts, 总务处's overdue item, its escalation.
    await panel.getByRole("button", { name: rect(lang, "copy"), exact: true }).click();
    await expectText(panel, rect(lang, "copied", { count: 1 }));
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).split("\n");
    const expected = [
      `【整改周报】截至 ${PANE_TODAY}`,
      "未完成 3 项，其中已逾期 2 项；本期销号 1 项；销号率 25.0%",
      "逾期事项（按部门）：",
      "总务处（1 项）：",
      "· ZG-2026-01 张伟 《食堂后厨排风不畅》 完成时限 2026-10-23，逾期 20 个工作日",
      "需升级：",
      "· 报办公室负责人（周主任）：ZG-2026-01",
    ];
    assert(
      JSON.stringify(copied) === JSON.stringify(expected),
      `copied:\n      ${copied.join("\n      ")}\nexpected:\n      ${expected.join("\n      ")}`,
    );

    // 记录跟踪: choose ZG-2026-01, confirm, and only its 最近跟踪日期 changes (to today).
    const before = await fakeSnapshot(page);
    await panel.getByRole("checkbox", { name: rect(lang, "choose", { key: "ZG-2026-01" }) }).check();
    await panel.getByRole("button", { name: rect(lang, "record"), exact: true }).click();
    await expectText(panel.getByTestId("record-confirm"), rect(lang, "confirmRecord", { count: 1, date: PANE_TODAY }));
    // The page's own confirmation is the write's: no second dialog (docs/DESIGN.md, "Writes from the pane").
    await panel.getByRole("button", { name: rect(lang, "confirm"), exact: true }).click();
    await expectText(panel, rect(lang, "recorded", { count: 1, date: PANE_TODAY }));
    await settled(panel);
    const { [SETTINGS_SHEET]: _store, ...after } = await fakeSnapshot(page);
    const { [SETTINGS_SHEET]: _before, ...beforeUser } = before;
    const diff = snapshotDiff(beforeUser, after, 20);
    const cell = `${RECTIFICATIONS}!${rectificationColumn("最近跟踪日期")}2`;
    assert(
      diff.length === 1 && diff[0]?.startsWith(`${cell}:`),
      `记录跟踪 changed more than ${cell}:\n      ${diff.join("\n      ")}`,
    );
    assert(diff[0]?.includes(String(isoToSerial(PANE_TODAY))), `${cell} is not today's date: ${diff[0]}`);
    // The reloaded page counts from the new follow-up: next one a week later.
    await expectText(panel, "下次跟踪 2026-11-27");
  },
};
