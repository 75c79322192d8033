/**
 * Page-side helpers: finding the pane's frame controls by role and by the catalogue's own labels, waiting for a page
 * to finish loading, and reading the Excel fake's state from the page. Labels come from the pane's message
 * catalogues so a reworded label changes the test with it, while a wrong language or a missing page still fails.
 */
import type { Locator, Page } from "playwright-core";
import { translate, type Lang } from "../../src/core/i18n";
import { PAGES } from "../../src/taskpane/pages";
import { SHELL_MESSAGES } from "../../src/taskpane/shell/messages";
import { WRITE_MESSAGES } from "../../src/taskpane/shell/write-messages";
import type { FakeSetup } from "./harness";
import { PANE_TODAY, registersSeed } from "./seed";

export type PageId =
  "overview" | "calculator" | "registers" | "validate" | "deadlines" | "kpi" | "survey" | "rectification" | "forms";
export const PAGE_IDS: readonly PageId[] = [
  "overview",
  "calculator",
  "registers",
  "validate",
  "deadlines",
  "kpi",
  "survey",
  "rectification",
  "forms",
];

export const shellText = (lang: Lang, key: keyof typeof SHELL_MESSAGES) => translate(SHELL_MESSAGES, lang, key);

export function pageLabel(id: PageId, lang: Lang): string {
  const entry = PAGES.find((p) => p.id === id);
  if (!entry) throw new Error(`e2e: the pane has no page "${id}" (src/taskpane/pages/index.ts)`);
  return entry.label[lang];
}

/** The excel fake seeded with the two registers, in Office's display language `lang`. */
export function registersFake(lang: Lang): FakeSetup {
  return { seed: registersSeed(), displayLanguage: lang };
}

/** taskpane.html query that pins the pane's day (shell/clock.ts reads `?today=`). */
export const PINNED_DAY = `today=${PANE_TODAY}`;

/** The frame's page tabs (the pages' own tab lists, e.g. 期限's views, are other lists). */
export function pageTabs(page: Page, lang: Lang): Locator {
  return page.getByRole("tablist", { name: shellText(lang, "pages") });
}

/** Selects page `id` by its tab and waits until the page has rendered and stopped showing spinners. */
export async function openPage(page: Page, id: PageId, lang: Lang): Promise<Locator> {
  const tab = pageTabs(page, lang).getByRole("tab", { name: pageLabel(id, lang), exact: true });
  await tab.click();
  await expectAttribute(tab, "aria-selected", "true");
  const panel = page.locator(`main[role="tabpanel"]#panel-${id}`);
  await panel.locator("section").first().waitFor();
  await settled(panel);
  return panel;
}

/** Waits until no Fluent spinner (role progressbar) shows inside `scope`. */
export async function settled(scope: Locator): Promise<void> {
  await scope
    .page()
    .waitForFunction(
      (el) => el !== null && el.querySelector('[role="progressbar"]') === null,
      await scope.elementHandle(),
      { timeout: 15_000 },
    );
}

export async function expectAttribute(locator: Locator, name: string, value: string): Promise<void> {
  await locator
    .page()
    .waitForFunction(
      ([el, n, v]) => (el as Element).getAttribute(n as string) === v,
      [await locator.elementHandle(), name, value] as const,
      {
        timeout: 10_000,
      },
    );
}

/** Waits for one of `locator`'s elements to contain `text`; the error says what they held instead. */
export async function expectText(locator: Locator, text: string | RegExp, timeout = 10_000): Promise<void> {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout });
  } catch {
    const found = (await locator.allInnerTexts().catch(() => [])).join(" | ");
    throw new Error(`expected ${String(text)} in ${locator.toString()}, found: ${found.slice(0, 400) || "(nothing)"}`);
  }
}

export function assert(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(what);
}

export interface FakeSelection {
  sheet: string;
  /** 1-based, as a person reads them. */
  row: number;
  column: number;
}

/** The fake workbook's selected cell (top-left of the selection), or null when nothing was selected. */
export function fakeSelection(page: Page): Promise<FakeSelection | null> {
  return page.evaluate(() => {
    const fake = (window as unknown as E2eWindow).excelFake.current;
    const sel = fake?.state.selection;
    if (!fake || !sel) return null;
    return {
      sheet: fake.state.sheetById(sel.sheetId)?.name ?? "?",
      row: sel.rect.row + 1,
      column: sel.rect.column + 1,
    };
  });
}

/** The shell's write confirmation: waits for it, returns its text, and confirms (or cancels) it. */
export async function confirmWrite(page: Page, lang: Lang, answer: "confirm" | "cancel" = "confirm"): Promise<string> {
  const dialog = page.getByTestId("write-preview");
  await dialog.waitFor({ timeout: 15_000 });
  const text = await dialog.innerText();
  await dialog.getByRole("button", { name: translate(WRITE_MESSAGES, lang, answer), exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  return text;
}

/** The fake's user-content snapshot (values, formulas, formats, fills, notes per cell). */
export type Snapshot = Record<string, { cells: Record<string, Record<string, unknown>> }>;

export async function fakeSnapshot(page: Page): Promise<Snapshot> {
  const snap = await page.evaluate(() => (window as unknown as E2eWindow).excelFake.snapshot());
  assert(snap, "the Excel fake is not installed in the page");
  return snap as Snapshot;
}

/** Sheet names in the fake workbook, in tab order. */
export function fakeSheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as E2eWindow).excelFake.current?.state.sheets.map((s) => s.name) ?? []);
}

/** Row `row` (1-based) of sheet `sheet` as the fake holds it, up to the last used column. */
export function fakeRow(page: Page, sheet: string, row: number): Promise<unknown[]> {
  return page.evaluate(
    ([name, r]) => {
      const s = (window as unknown as E2eWindow).excelFake.current?.state.sheetByName(name as string);
      if (!s) return [];
      const used = s.usedRect(true);
      if (!used) return [];
      return Array.from({ length: used.lastColumn + 1 }, (_, c) => s.valueAt((r as number) - 1, c));
    },
    [sheet, row] as const,
  );
}

/** Where two snapshots differ, as "sheet!A1: before → after" lines (at most `limit`), for failure messages. */
export function snapshotDiff(before: Snapshot, after: Snapshot, limit = 8): string[] {
  const out: string[] = [];
  const show = (v: unknown) => (v === undefined ? "(none)" : JSON.stringify(v));
  for (const sheet of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[sheet];
    const b = after[sheet];
    if (!a || !b) {
      out.push(`${sheet}: ${a ? "removed" : "added"}`);
      continue;
    }
    for (const cell of new Set([...Object.keys(a.cells), ...Object.keys(b.cells)])) {
      if (JSON.stringify(a.cells[cell]) !== JSON.stringify(b.cells[cell]))
        out.push(`${sheet}!${cell}: ${show(a.cells[cell])} → ${show(b.cells[cell])}`);
    }
    const { cells: _ac, ...restA } = a;
    const { cells: _bc, ...restB } = b;
    if (JSON.stringify(restA) !== JSON.stringify(restB)) out.push(`${sheet}: ${show(restA)} → ${show(restB)}`);
  }
  return out.slice(0, limit);
}

/** Notes per A1 address on `sheet`, from a snapshot. */
export function notesOf(snapshot: Snapshot, sheet: string): Record<string, string> {
  const cells = snapshot[sheet]?.cells ?? {};
  return Object.fromEntries(
    Object.entries(cells).flatMap(([a, c]) => (typeof c.note === "string" ? [[a, c.note]] : [])),
  );
}

interface E2eWindow {
  excelFake: import("../support/excel-fake/browser").ExcelFakeGlobal;
}
