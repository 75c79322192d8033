/**
 * Pictures and narrow layout. The README's pictures come from the real pane on the fake: with SCREENSHOTS=<dir>
 * (e.g. `SCREENSHOTS=docs/images npm run test:e2e`) they are written there, otherwise to test-output/screenshots/readme/
 * so every run still proves they can be made. A task pane can be as narrow as 320 px; no page may scroll sideways there.
 */
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { translate, type Lang } from "../../src/core/i18n";
import { CALCULATOR_MESSAGES } from "../../src/taskpane/pages/calculator/messages";
import { VALIDATE_PAGE_MESSAGES } from "../../src/taskpane/pages/validate/messages";
import { ROOT } from "./harness";
import { assert, expectText, openPage, PAGE_IDS, PINNED_DAY, registersFake, settled, type PageId } from "./pane";
import { SCREENSHOTS, type E2eCase } from "./runner";

export const README_DIR = process.env.SCREENSHOTS
  ? resolve(ROOT, process.env.SCREENSHOTS)
  : join(SCREENSHOTS, "readme");
const README_VIEWPORT = { width: 360, height: 720 };
const NARROW_VIEWPORT = { width: 320, height: 720 };
/** The README's pictures live in git; each stays small. */
const README_MAX_BYTES = 150 * 1024;

/** Brings a page to the state worth showing: a check with its issues, a calculation across the National Day week. */
async function prepare(page: Page, id: PageId, lang: Lang): Promise<void> {
  const panel = await openPage(page, id, lang);
  if (id === "overview") {
    // The first check runs on opening; the picture shows its numbers, not the spinner.
    await panel.locator('[data-card="errors"]').waitFor();
    await page.waitForFunction(
      () => /\d/.test(document.querySelector('[data-card="errors"]')?.getAttribute("aria-label") ?? ""),
      undefined,
      { timeout: 15_000 },
    );
  }
  if (id === "validate") {
    await panel.getByRole("button", { name: translate(VALIDATE_PAGE_MESSAGES, lang, "check"), exact: true }).click();
    await panel.getByTestId("validate-summary").waitFor();
    await settled(panel);
  }
  if (id === "calculator") {
    await panel.getByLabel(translate(CALCULATOR_MESSAGES, lang, "start")).fill("2025-09-26");
    await panel.getByLabel(translate(CALCULATOR_MESSAGES, lang, "days")).fill("5");
    await expectText(panel.getByRole("status"), "2025-10-10");
  }
}

const README_SHOTS: readonly { id: PageId; lang: Lang }[] = [
  { id: "overview", lang: "zh-CN" },
  { id: "registers", lang: "zh-CN" },
  { id: "validate", lang: "zh-CN" },
  { id: "deadlines", lang: "zh-CN" },
  { id: "kpi", lang: "zh-CN" },
  { id: "calculator", lang: "en-US" },
  { id: "validate", lang: "en-US" },
];

export const readmeScreenshotsCase: E2eCase = {
  name: `README pictures at 360×720 (${process.env.SCREENSHOTS ? `into ${process.env.SCREENSHOTS}` : "SCREENSHOTS=docs/images writes them for the README"})`,
  async run(env) {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const shots = README_SHOTS.filter((s) => s.lang === lang);
      const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY, viewport: README_VIEWPORT });
      for (const { id } of shots) {
        await prepare(page, id, lang);
        const name = `${id}-${lang === "zh-CN" ? "zh" : "en"}`;
        await env.screenshot(page, name, { dir: README_DIR, viewportOnly: true });
        const bytes = statSync(join(README_DIR, `${name}.png`)).size;
        assert(
          bytes < README_MAX_BYTES,
          `${name}.png is ${Math.round(bytes / 1024)} KB, over ${README_MAX_BYTES / 1024} KB`,
        );
      }
    }
  },
};

/**
 * The CJK fonts the layout is measured with. Chinese users have Microsoft YaHei or Noto/Source Han; without one,
 * Chromium falls back to whatever is installed and the widths measured here say nothing about theirs.
 */
function cjkFonts(): string[] {
  const r = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.split("\n").filter((l) => /Noto Sans CJK|Source Han|Noto Serif CJK/.test(l)) : [];
}

export const narrowPaneCase: E2eCase = {
  name: "at 320 px wide no page scrolls sideways, in zh-CN and en-US, with the Noto CJK fonts Chinese Linux machines have",
  async run(env) {
    assert(
      cjkFonts().length > 0,
      "no Noto/Source Han CJK font is installed (apt-get install fonts-noto-cjk; .ci/run does)",
    );
    for (const lang of ["zh-CN", "en-US"] as const) {
      const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY, viewport: NARROW_VIEWPORT });
      for (const id of PAGE_IDS) {
        await prepare(page, id, lang);
        const { scroll, client, widest } = await page.evaluate(() => {
          const root = document.documentElement;
          // The element sticking out furthest, to name it when the page is too wide.
          let widest = "";
          let right = root.clientWidth;
          for (const el of Array.from(document.body.querySelectorAll("*"))) {
            const r = el.getBoundingClientRect().right;
            if (r > right + 0.5) {
              right = r;
              widest = `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}" ends at ${Math.round(r)} px`;
            }
          }
          return { scroll: root.scrollWidth, client: root.clientWidth, widest };
        });
        await env.screenshot(page, `narrow-${lang}-${id}`);
        assert(
          scroll <= client,
          `${lang} ${id} is ${scroll} px wide in a ${client} px pane: ${widest || "(no single element found)"}`,
        );
      }
    }
  },
};
