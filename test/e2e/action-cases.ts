/**
 * Cases for the pane's actions that reach outside the page: 自动检查 (Excel change events, subscribed and removed
 * through Excel.run overloads) and 复制提醒 (the clipboard).
 */
import { isoToSerial } from "../../src/core/dates";
import { DEADLINE_MESSAGES } from "../../src/core/deadlines/messages";
import { translate, type Lang } from "../../src/core/i18n";
import { DEADLINES_PAGE_MESSAGES } from "../../src/taskpane/pages/deadlines/messages";
import { VALIDATE_PAGE_MESSAGES } from "../../src/taskpane/pages/validate/messages";
import { assert, expectText, fakeRow, openPage, PINNED_DAY, registersFake, settled } from "./pane";
import type { E2eCase } from "./runner";
import { INCOMING, INCOMING_HEADERS, PLANTED } from "./seed";

const val = (lang: Lang, key: keyof typeof VALIDATE_PAGE_MESSAGES, p?: Record<string, string | number>) => translate(VALIDATE_PAGE_MESSAGES, lang, key, p);

interface FakeWindow {
  excelFake: { current: { userEdit(sheet: string, address: string, values: unknown[][]): void; handlerCount(): number } };
}

export const autoCheckCase: E2eCase = {
  name: "检查 自动检查 on the fake: an edit that fixes a planted date is checked again; switching off removes the handlers",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
    const check = await openPage(page, "validate", lang);
    await check.getByRole("button", { name: val(lang, "check"), exact: true }).click();
    await settled(check);
    const summary = check.getByTestId("validate-summary");
    await expectText(summary, val(lang, "summary", { errors: 3, warnings: 0 }));
    const badDate = () => check.getByRole("button", { name: new RegExp(`第 ${PLANTED.badDate.row} 行 · ${PLANTED.badDate.column}`) });
    assert((await badDate().count()) > 0, `no issue listed for ${PLANTED.badDate.sheet}!${PLANTED.badDate.address} before the edit`);

    const auto = check.getByRole("switch", { name: val(lang, "autoCheck") });
    await auto.check();
    // The notice comes once the handlers are registered, so the edit below cannot race the subscription.
    await expectText(check, val(lang, "autoOn"));
    const handlers = () => page.evaluate(() => (window as unknown as FakeWindow).excelFake.current.handlerCount());
    assert((await handlers()) > 0, "自动检查 is on but the workbook has no change handler");

    // The person types a real date over 「2026-13-45」: that row is read again and its error goes away.
    await page.evaluate(
      ([sheet, address, value]) => (window as unknown as FakeWindow).excelFake.current.userEdit(sheet as string, address as string, [[value]]),
      [PLANTED.badDate.sheet, PLANTED.badDate.address, isoToSerial("2026-11-06")] as const
    );
    await expectText(summary, val(lang, "summary", { errors: 2, warnings: 0 }));
    await expectText(check, val(lang, "rechecked", { sheet: PLANTED.badDate.sheet, first: PLANTED.badDate.row, last: PLANTED.badDate.row }));
    assert((await badDate().count()) === 0, "the fixed 收文日期 is still listed as a problem");

    // Switching off unsubscribes through Excel.run(context, …); that used to fail with "batch is not a function".
    await auto.uncheck();
    await page.waitForFunction(() => (window as unknown as FakeWindow).excelFake.current.handlerCount() === 0, undefined, { timeout: 10_000 });
    const failure = val(lang, "error", { message: "" });
    assert(!(await check.innerText()).includes(failure), `switching 自动检查 off shows an error: ${await check.innerText()}`);
    await env.screenshot(page, "zh-CN-validate-auto-off");
  },
};

export const copyRemindersCase: E2eCase = {
  name: "期限 复制提醒 puts one line per item on the clipboard: owner, what, due date and working days late",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
    const origin = new URL(page.url()).origin;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const deadlines = await openPage(page, "deadlines", lang);
    await deadlines.getByRole("button", { name: translate(DEADLINES_PAGE_MESSAGES, lang, "copy"), exact: true }).click();
    await expectText(deadlines, translate(DEADLINES_PAGE_MESSAGES, lang, "copied", { count: 2 }));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split("\n");
    const dl = (key: keyof typeof DEADLINE_MESSAGES, p: Record<string, string | number>) => translate(DEADLINE_MESSAGES, lang, key, p);
    // The two items overdue on the pinned day (seed.ts), most days late first.
    const expected = [
      { owner: "张伟", key: "SW-2026-101", due: "2026-11-10", late: 8 },
      { owner: "张伟", key: "BX-2026-0302", due: "2026-11-19", late: 1 },
    ];
    assert(lines.length === expected.length, `copied ${lines.length} lines, expected ${expected.length}:\n      ${lines.join("\n      ")}`);
    expected.forEach((e, i) => {
      const line = lines[i] ?? "";
      const parts = line.split(" · ");
      assert(parts[0] === e.owner, `line ${i + 1} does not start with its owner ${e.owner}: ${line}`);
      assert(parts[1]?.includes(e.key), `line ${i + 1} does not say what is due (${e.key}): ${line}`);
      assert(parts[2] === dl("dueOn", { due: e.due }), `line ${i + 1} does not give the due date ${e.due}: ${line}`);
      assert(parts[3] === dl("lateDays", { n: e.late }), `line ${i + 1} does not say ${e.late} working days late: ${line}`);
    });
  },
};

export const fillDueCase: E2eCase = {
  name: "期限 写入 with 补填 fills a blank 办理期限 from the rule and leaves every filled one alone",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
    const dueColumn = INCOMING_HEADERS.indexOf("办理期限");
    const before = await fakeRow(page, INCOMING, 2);
    // The person empties row 4's 办理期限 (收文日期 2026-11-05) before opening 期限.
    const address = `${String.fromCharCode(65 + dueColumn)}4`;
    await page.evaluate(
      ([sheet, at]) => (window as unknown as FakeWindow).excelFake.current.userEdit(sheet as string, at as string, [[""]]),
      [INCOMING, address] as const
    );
    const deadlines = await openPage(page, "deadlines", lang);
    const text = (key: keyof typeof DEADLINES_PAGE_MESSAGES, p?: Record<string, string | number>) => translate(DEADLINES_PAGE_MESSAGES, lang, key, p);
    await deadlines.getByRole("checkbox", { name: text("fillDue") }).check();
    await deadlines.getByRole("button", { name: text("refresh"), exact: true }).click();
    await expectText(deadlines, text("filled", { filled: 1 }));
    // 办理时限 5 working days after Thu 2026-11-05: 11-06, 11-09, 11-10, 11-11, 11-12.
    const row4 = await fakeRow(page, INCOMING, 4);
    assert(row4[dueColumn] === isoToSerial("2026-11-12"), `row 4's 办理期限 is ${String(row4[dueColumn])}, expected 2026-11-12`);
    const after = await fakeRow(page, INCOMING, 2);
    assert(after[dueColumn] === before[dueColumn], `row 2's own 办理期限 changed from ${String(before[dueColumn])} to ${String(after[dueColumn])}`);
  },
};
