/**
 * Cases for the pane's actions that reach outside the page: 自动检查 (Excel change events, subscribed and removed
 * through Excel.run overloads) and 复制提醒 (the clipboard).
 */
import { isoToSerial } from "../../src/core/dates";
import { columnLetter as columnLetterOf } from "../../src/workbook/a1";
import { DEADLINE_MESSAGES } from "../../src/core/deadlines/messages";
import { translate, type Lang } from "../../src/core/i18n";
import { DEADLINES_PAGE_MESSAGES } from "../../src/taskpane/pages/deadlines/messages";
import { VALIDATE_PAGE_MESSAGES } from "../../src/taskpane/pages/validate/messages";
import { WRITE_MESSAGES } from "../../src/taskpane/shell/write-messages";
import {
  assert,
  confirmWrite,
  expectText,
  fakeRow,
  fakeSheetNames,
  fakeSnapshot,
  openPage,
  PINNED_DAY,
  registersFake,
  settled,
  snapshotDiff,
  type Snapshot,
} from "./pane";
import type { E2eCase } from "./runner";
import { INCOMING, INCOMING_HEADERS, PANE_TODAY, PLANTED } from "./seed";

const val = (lang: Lang, key: keyof typeof VALIDATE_PAGE_MESSAGES, p?: Record<string, string | number>) =>
  translate(VALIDATE_PAGE_MESSAGES, lang, key, p);

interface FakeWindow {
  excelFake: {
    current: { userEdit(sheet: string, address: string, values: unknown[][]): void; handlerCount(): number };
  };
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
    const badDate = () =>
      check.getByRole("button", { name: new RegExp(`第 ${PLANTED.badDate.row} 行 · ${PLANTED.badDate.column}`) });
    assert(
      (await badDate().count()) > 0,
      `no issue listed for ${PLANTED.badDate.sheet}!${PLANTED.badDate.address} before the edit`,
    );

    const auto = check.getByRole("switch", { name: val(lang, "autoCheck") });
    await auto.check();
    // The notice comes once the handlers are registered, so the edit below cannot race the subscription.
    await expectText(check, val(lang, "autoOn"));
    const handlers = () => page.evaluate(() => (window as unknown as FakeWindow).excelFake.current.handlerCount());
    assert((await handlers()) > 0, "自动检查 is on but the workbook has no change handler");

    // The person types a real date over 「2026-13-45」: that row is read again and its error goes away.
    await page.evaluate(
      ([sheet, address, value]) =>
        (window as unknown as FakeWindow).excelFake.current.userEdit(sheet as string, address as string, [[value]]),
      [PLANTED.badDate.sheet, PLANTED.badDate.address, isoToSerial("2026-11-06")] as const,
    );
    await expectText(summary, val(lang, "summary", { errors: 2, warnings: 0 }));
    await expectText(
      check,
      val(lang, "rechecked", { sheet: PLANTED.badDate.sheet, first: PLANTED.badDate.row, last: PLANTED.badDate.row }),
    );
    assert((await badDate().count()) === 0, "the fixed 收文日期 is still listed as a problem");

    // Switching off unsubscribes through Excel.run(context, …); that used to fail with "batch is not a function".
    await auto.uncheck();
    await page.waitForFunction(
      () => (window as unknown as FakeWindow).excelFake.current.handlerCount() === 0,
      undefined,
      { timeout: 10_000 },
    );
    const failure = val(lang, "error", { message: "" });
    assert(
      !(await check.innerText()).includes(failure),
      `switching 自动检查 off shows an error: ${await check.innerText()}`,
    );
    await env.screenshot(page, "zh-CN-validate-auto-off");
  },
};

export const copyRemindersCase: E2eCase = {
  name: "期限 复制提醒: a dated header and one 「@name：」 block per person (已逾期 + 临期 by default); other scopes on choice; a per-person copy",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
    const origin = new URL(page.url()).origin;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const text = (key: keyof typeof DEADLINES_PAGE_MESSAGES, p?: Record<string, string | number>) =>
      translate(DEADLINES_PAGE_MESSAGES, lang, key, p);
    const deadlines = await openPage(page, "deadlines", lang);
    await deadlines.getByRole("button", { name: text("copy"), exact: true }).click();
    const panel = deadlines.getByRole("region", { name: text("copy") });
    await panel.getByRole("button", { name: text("copyAll", { people: 1 }) }).click();
    await expectText(deadlines, text("copied", { count: 2, people: 1 }));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split("\n");
    const dl = (key: keyof typeof DEADLINE_MESSAGES, p: Record<string, string | number>) =>
      translate(DEADLINE_MESSAGES, lang, key, p);
    // The two items overdue on the pinned day (seed.ts), most days late first, under their owner.
    assert(lines[0] === `期限提醒（${PANE_TODAY}（星期五），已逾期和临期，共 2 项）`, `the header is ${lines[0]}`);
    assert(
      lines[1] === "" && lines[2] === "@张伟：",
      `the block does not start with @张伟：\n      ${lines.join("\n      ")}`,
    );
    const expected = [
      { key: "SW-2026-101", due: "2026-11-10", late: 8 },
      { key: "BX-2026-0302", due: "2026-11-19", late: 1 },
    ];
    assert(lines.length === 3 + expected.length, `copied ${lines.length} lines:\n      ${lines.join("\n      ")}`);
    expected.forEach((e, i) => {
      const line = lines[3 + i] ?? "";
      const parts = line.split(" · ");
      assert(
        parts[0]?.startsWith(`${i + 1}. `) && parts[0].includes(e.key),
        `item ${i + 1} does not say what is due (${e.key}): ${line}`,
      );
      assert(parts[1] === dl("dueOn", { due: e.due }), `item ${i + 1} does not give the due date ${e.due}: ${line}`);
      assert(
        parts[2] === dl("lateDays", { n: e.late }),
        `item ${i + 1} does not say ${e.late} working days late: ${line}`,
      );
    });

    // 全部未完成 on choice: more people, each with a copy button that copies the header and only that person's block.
    await panel.getByLabel(text("reminderScope")).selectOption("open");
    await expectText(panel.getByTestId("reminder-header"), "全部未完成");
    const blocks = panel.locator("[data-reminder]");
    const people = await blocks.evaluateAll((els) => els.map((e) => e.getAttribute("data-reminder") ?? ""));
    assert(people.length >= 2, `全部未完成 has reminders for ${people.length} people: ${people.join(", ")}`);
    const last = people[people.length - 1] as string;
    await panel.getByRole("button", { name: text("copyOneLabel", { name: last || text("noOwner") }) }).click();
    await expectText(deadlines, new RegExp(`已复制给 ${last || text("noOwner")} 的 \\d+ 条提醒`));
    const one = (await page.evaluate(() => navigator.clipboard.readText())).split("\n");
    assert(
      one[0]?.startsWith("期限提醒（") && one[0].includes("全部未完成"),
      `the per-person copy lacks the header: ${one[0]}`,
    );
    assert(
      one[1] === (last ? `@${last}：` : "未指定责任人："),
      `the per-person copy is not ${last}'s block: ${one.join(" / ")}`,
    );
    assert(
      one.filter((l) => l.startsWith("@")).length <= 1,
      `the per-person copy holds other people's blocks: ${one.join(" / ")}`,
    );
    await env.screenshot(page, "zh-CN-deadlines-reminders");
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
      ([sheet, at]) =>
        (window as unknown as FakeWindow).excelFake.current.userEdit(sheet as string, at as string, [[""]]),
      [INCOMING, address] as const,
    );
    const deadlines = await openPage(page, "deadlines", lang);
    const text = (key: keyof typeof DEADLINES_PAGE_MESSAGES, p?: Record<string, string | number>) =>
      translate(DEADLINES_PAGE_MESSAGES, lang, key, p);
    await deadlines.getByRole("checkbox", { name: text("fillDue") }).check();
    await deadlines.getByRole("button", { name: text("refresh"), exact: true }).click();
    await confirmWrite(page, lang);
    await expectText(deadlines, text("filled", { filled: 1 }));
    // 办理时限 5 working days after Thu 2026-11-05: 11-06, 11-09, 11-10, 11-11, 11-12.
    const row4 = await fakeRow(page, INCOMING, 4);
    assert(
      row4[dueColumn] === isoToSerial("2026-11-12"),
      `row 4's 办理期限 is ${String(row4[dueColumn])}, expected 2026-11-12`,
    );
    const after = await fakeRow(page, INCOMING, 2);
    assert(
      after[dueColumn] === before[dueColumn],
      `row 2's own 办理期限 changed from ${String(before[dueColumn])} to ${String(after[dueColumn])}`,
    );
  },
};

/** The snapshot with Excel's own conditional-format ids and the formats' order left out (a restored one gets a new id). */
function comparable(snap: Snapshot): Snapshot {
  const out: Snapshot = {};
  for (const [sheet, s] of Object.entries(snap)) {
    const formats = ((s as { conditionalFormats?: Record<string, unknown>[] }).conditionalFormats ?? [])
      .map(({ id: _id, ...rest }) => JSON.stringify(rest))
      .sort();
    const cells = Object.fromEntries(
      Object.entries(s.cells).map(([a, c]) => [
        a,
        typeof c.value === "string" ? { ...c, value: c.value.replace(/"ids":\[[^\]]*\]/g, '"ids":[]') } : c,
      ]),
    );
    out[sheet] = { ...s, cells, conditionalFormats: formats } as Snapshot[string];
  }
  return out;
}

export const writeUndoCase: E2eCase = {
  name: "写入 preview and 撤销上次写入 on the fake: the dialog lists sheets, columns and cells; cancel writes nothing; undo puts every cell back",
  async run(env) {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const page = await env.openPane({ fake: registersFake(lang), query: `${PINNED_DAY}&lang=${lang}` });
      const w = (key: keyof typeof WRITE_MESSAGES, p?: Record<string, string | number>) =>
        translate(WRITE_MESSAGES, lang, key, p);
      const text = (key: keyof typeof DEADLINES_PAGE_MESSAGES, p?: Record<string, string | number>) =>
        translate(DEADLINES_PAGE_MESSAGES, lang, key, p);
      const before = await fakeSnapshot(page);
      const sheetsBefore = await fakeSheetNames(page);
      const deadlines = await openPage(page, "deadlines", lang);
      await deadlines.getByRole("checkbox", { name: text("fillDue") }).check();
      const write = deadlines.getByRole("button", { name: text("refresh"), exact: true });
      await write.click();
      const cancelled = await confirmWrite(page, lang, "cancel");
      assert(
        cancelled.includes(w("sheetCreated", { sheet: "期限总览" })),
        `the preview does not say 期限总览 is created:\n${cancelled}`,
      );
      // 截止日期 is the first computed column, right after the register's own (REGISTERS.md's and the extensions).
      const dueColumn = `截止日期（${columnLetterOf(INCOMING_HEADERS.length + 1)}）`;
      assert(
        cancelled.includes(`${INCOMING}`) && cancelled.includes(dueColumn),
        `the preview does not list ${INCOMING} and its 截止日期 column:\n${cancelled}`,
      );
      assert(
        new RegExp(w("total", { sheets: "\\d+", cells: "[\\d,]+" })).test(cancelled),
        `the preview has no total:\n${cancelled}`,
      );
      assert(snapshotDiff(before, await fakeSnapshot(page)).length === 0, "cancelling the preview wrote something");
      await write.click();
      await confirmWrite(page, lang);
      await page.getByRole("button", { name: w("undo"), exact: true }).waitFor();
      await settled(deadlines);
      assert((await fakeSheetNames(page)).includes("期限总览"), "期限总览 was not written");
      assert(snapshotDiff(before, await fakeSnapshot(page)).length > 0, "the write changed nothing");
      await env.screenshot(page, `${lang}-write-undo-bar`);
      await page.getByRole("button", { name: w("undo"), exact: true }).click();
      await expectText(page.getByTestId("undo-notice"), w("undone", { label: text("refreshAndFill") }));
      const diff = snapshotDiff(comparable(before), comparable(await fakeSnapshot(page)), 20);
      assert(diff.length === 0, `after the undo the workbook differs (${lang}):\n      ${diff.join("\n      ")}`);
      const sheetsAfter = (await fakeSheetNames(page)).filter((n) => !n.startsWith("~ledger-undo-"));
      assert(
        JSON.stringify(sheetsAfter) === JSON.stringify(sheetsBefore),
        `sheets after the undo: ${sheetsAfter.join(", ")}; before: ${sheetsBefore.join(", ")}`,
      );
    }
  },
};
