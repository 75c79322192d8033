/**
 * 检查 on long runs and on the sheet in front: a 30,000-row 收文登记簿 is read and validated (in the worker) with a
 * progress bar that advances, and 取消 mid-way leaves the pane as before and the workbook untouched; 当前工作表
 * checks only the sheet the user has in front, asked again at each check.
 */
import type { Page } from "playwright-core";
import { translate, type Lang } from "../../src/core/i18n";
import type { CellValue } from "../../src/core/sheet-spec";
import { VALIDATE_PAGE_MESSAGES } from "../../src/taskpane/pages/validate/messages";
import type { WorkbookSeed } from "../support/excel-fake";
import { assert, expectText, openPage, PINNED_DAY, registersFake, settled } from "./pane";
import type { E2eCase } from "./runner";
import { CLAIMS, INCOMING, PLANTED } from "./seed";

const val = (lang: Lang, key: keyof typeof VALIDATE_PAGE_MESSAGES, p?: Record<string, string | number>) =>
  translate(VALIDATE_PAGE_MESSAGES, lang, key, p);

const LARGE_ROWS = 30_000;

/** The registers seed with 收文登记簿 grown to LARGE_ROWS more valid rows (copies of its first row, own numbers). */
function largeSeed(): WorkbookSeed {
  const seed = registersFake("zh-CN").seed;
  return {
    ...seed,
    sheets: seed.sheets.map((s) => {
      if (s.name !== INCOMING || !s.values) return s;
      const [header, first] = s.values as CellValue[][];
      const id = (header ?? []).indexOf("收文编号");
      const extra = Array.from({ length: LARGE_ROWS }, (_, i) =>
        (first ?? []).map((v, k) => (k === id ? `SW-2026-L${i + 1}` : v)),
      );
      return { ...s, values: [...s.values, ...extra] };
    }),
  };
}

/** A digest of the fake's user content, computed in the page (the snapshot of 30,000 rows is too big to ship). */
function workbookDigest(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as { excelFake: { snapshot(): unknown } };
    const text = JSON.stringify(w.excelFake.snapshot());
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return `${text.length}:${h.toString(16)}`;
  });
}

interface Seen {
  reading: number[];
  checking: number[];
  total: number;
  cancelledAt: number | null;
}

export const longRunCancelCase: E2eCase = {
  name: `检查 a ${LARGE_ROWS.toLocaleString("en-US")}-row 收文登记簿: the progress bar advances, 取消 mid-check stops the worker; pane and workbook as before`,
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: { seed: largeSeed(), displayLanguage: lang }, query: PINNED_DAY });
    const check = await openPage(page, "validate", lang);
    const before = await workbookDigest(page);

    // Watch the progress text from inside the page, and click 取消 the moment checking has started but not finished:
    // polling from the test could miss a run this short, an observer in the page cannot.
    await page.evaluate(() => {
      const panel = document.querySelector("main#panel-validate") as HTMLElement;
      const seen = { reading: [] as number[], checking: [] as number[], total: 0, cancelledAt: null as number | null };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const observer = new MutationObserver(() => {
        const text = panel.textContent ?? "";
        const m = /正在(读取|检查)：(\d+) \/ (\d+) 行/.exec(text);
        if (!m) return;
        const done = Number(m[2]);
        const total = Number(m[3]);
        const list = m[1] === "读取" ? seen.reading : seen.checking;
        if (list[list.length - 1] !== done) list.push(done);
        if (m[1] === "检查" && total > 0 && done < total) {
          seen.total = total;
          seen.cancelledAt = done;
          observer.disconnect();
          (panel.querySelector('[data-testid="validate-cancel"]') as HTMLButtonElement).click();
        }
      });
      observer.observe(panel, { subtree: true, childList: true, characterData: true });
    });
    const reportBefore = await check.getByTestId("validate-summary").count();
    await check.getByRole("button", { name: val(lang, "check"), exact: true }).click();
    await expectText(check, val(lang, "cancelled"), 30_000);
    await settled(check);

    const seen = (await page.evaluate(() => (window as unknown as { __seen: unknown }).__seen)) as Seen;
    assert(
      seen.cancelledAt !== null && seen.cancelledAt < seen.total,
      `取消 was not clicked mid-check: ${JSON.stringify(seen)}`,
    );
    assert(seen.total >= LARGE_ROWS, `the check counted ${seen.total} rows, expected at least ${LARGE_ROWS}`);
    const advancing = seen.reading.filter((d, i) => i === 0 || d > (seen.reading[i - 1] ?? 0));
    assert(
      seen.reading.length >= 2 && advancing.length === seen.reading.length,
      `reading progress did not advance: ${JSON.stringify(seen.reading)}`,
    );
    // The previous state: the report shown before (none, unless 概览's first check had finished), controls enabled, no error.
    assert(
      (await check.getByTestId("validate-summary").count()) === reportBefore,
      "取消 changed whether a report is shown",
    );
    assert(
      await check.getByRole("button", { name: val(lang, "check"), exact: true }).isEnabled(),
      "开始检查 stays disabled after 取消",
    );
    // The engine ran in the worker chunk, not on the pane's thread.
    const workerLoaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").some((e) => /\/validate\.[0-9a-f]+\.js$/.test(e.name)),
    );
    assert(workerLoaded, "the validation worker's script was never loaded");
    assert((await workbookDigest(page)) === before, "the workbook changed although the check was cancelled");
    await env.screenshot(page, "zh-CN-validate-cancelled");
  },
};

export const currentSheetCase: E2eCase = {
  name: "检查 当前工作表: only the sheet in front is checked, and switching sheets is picked up at the next check",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
    const check = await openPage(page, "validate", lang);
    const scope = check.getByRole("combobox", { name: val(lang, "scope") });
    await scope.selectOption("current");
    // An <option> is never "visible" to Playwright: wait on its text instead.
    const currentOptionReads = async (sheet: string) =>
      page.waitForFunction(
        ([el, want]) => (el as Element | null)?.textContent === want,
        [await scope.locator("option[value=current]").elementHandle(), val(lang, "currentSheet", { sheet })] as const,
        {
          timeout: 10_000,
        },
      );
    await currentOptionReads(INCOMING);

    // The sheets the listed problems come from (every seeded register has some, so a checked sheet always shows up).
    const problems = check.getByRole("list", { name: val(lang, "problems") }).locator("li");
    const checkedSheets = async () => [
      ...new Set(await problems.evaluateAll((els) => els.map((e) => e.getAttribute("data-problem") ?? ""))),
    ];
    await check.getByRole("button", { name: val(lang, "check"), exact: true }).click();
    await settled(check);
    await expectText(check.getByTestId("validate-summary"), val(lang, "summary", { errors: 2, warnings: 0 }));
    assert(
      JSON.stringify(await checkedSheets()) === JSON.stringify([INCOMING]),
      `checked ${JSON.stringify(await checkedSheets())}, expected only ${INCOMING}`,
    );
    await check
      .getByRole("button", { name: new RegExp(`第 ${PLANTED.duplicate.row} 行 · ${PLANTED.duplicate.column}`) })
      .first()
      .waitFor();

    // The user clicks the 报销台账 tab in Excel; the next check follows without touching the scope again.
    await page.evaluate((name) => {
      const fake = (
        window as unknown as {
          excelFake: {
            current: { state: { activeSheetId: string | null; sheetByName(n: string): { id: string } | undefined } };
          };
        }
      ).excelFake.current;
      fake.state.activeSheetId = fake.state.sheetByName(name)?.id ?? null;
    }, CLAIMS);
    await check.getByRole("button", { name: val(lang, "check"), exact: true }).click();
    await settled(check);
    await expectText(check.getByTestId("validate-summary"), val(lang, "summary", { errors: 1, warnings: 0 }));
    assert(
      JSON.stringify(await checkedSheets()) === JSON.stringify([CLAIMS]),
      `checked ${JSON.stringify(await checkedSheets())}, expected only ${CLAIMS}`,
    );
    await currentOptionReads(CLAIMS);
    await env.screenshot(page, "zh-CN-validate-current-sheet");
  },
};
