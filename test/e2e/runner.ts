/**
 * The e2e case runner: one fresh browser context per case (so the fake, storage and routes never leak between
 * cases), cases in sequence, a time limit per case, a screenshot on failure, and a summary line CI can grep.
 */
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { injectExcelFake, OUTPUT, routeOfficeJs, type FakeSetup, type StaticServer } from "./harness";

export const SCREENSHOTS = join(OUTPUT, "screenshots");

export interface PaneOptions {
  /** The Excel fake to install; none → the pane runs as in a plain browser (office.js says host null). */
  fake?: FakeSetup;
  /** Query string for taskpane.html, e.g. "today=2026-11-20". */
  query?: string;
  /** The pane's size; PANE_VIEWPORT unless given. */
  viewport?: { width: number; height: number };
}

export interface ShotOptions {
  /** Where the PNG goes; SCREENSHOTS (test-output/screenshots/) unless given. */
  dir?: string;
  /** Only what the pane shows without scrolling (README pictures), rather than the whole page. */
  viewportOnly?: boolean;
}

export interface CaseEnv {
  /** Opens dist/taskpane.html in this case's context and returns the page once it has loaded. */
  openPane(options?: PaneOptions): Promise<Page>;
  /** Opens dist/workbench.html (the 台账工作台) in a desktop-sized context that accepts downloads. */
  openWorkbench(query?: string): Promise<Page>;
  /** The paths the static server has been asked for so far in this run. */
  served(): readonly string[];
  /** Saves a full-page screenshot to test-output/screenshots/<name>.png (or as `options` say). */
  screenshot(page: Page, name: string, options?: ShotOptions): Promise<void>;
}

export interface E2eCase {
  name: string;
  run(env: CaseEnv): Promise<void>;
}

const CASE_TIMEOUT_MS = 45_000;
/** A task pane is narrow; tests and screenshots use a typical pane size rather than a desktop window. */
export const PANE_VIEWPORT = { width: 420, height: 900 };

function timeout(ms: number, what: string): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message.split("\n").slice(0, 6).join("\n    ") : String(e);
}

/** Runs the cases in order; returns the number that failed. Page errors fail the case that raised them. */
export async function runCases(
  browser: Browser,
  server: StaticServer,
  cases: readonly E2eCase[],
  log: (line: string) => void,
): Promise<number> {
  const baseUrl = server.url;
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Failure screenshots of an earlier run would read as failures of this one.
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith("FAILED-")) rmSync(join(SCREENSHOTS, f));
  let failed = 0;
  for (const c of cases) {
    const contexts: BrowserContext[] = [];
    const pages: Page[] = [];
    const pageErrors: string[] = [];
    const env: CaseEnv = {
      async openPane(options = {}) {
        const context = await browser.newContext({
          viewport: options.viewport ?? PANE_VIEWPORT,
          locale: "zh-CN",
          timezoneId: "Asia/Shanghai",
        });
        contexts.push(context);
        context.setDefaultTimeout(10_000);
        await routeOfficeJs(context);
        if (options.fake) await injectExcelFake(context, options.fake);
        const page = await context.newPage();
        pages.push(page);
        page.on("pageerror", (e) => pageErrors.push(e.message));
        await page.goto(`${baseUrl}taskpane.html${options.query ? `?${options.query}` : ""}`);
        return page;
      },
      async openWorkbench(query) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 900 },
          locale: "zh-CN",
          timezoneId: "Asia/Shanghai",
          acceptDownloads: true,
        });
        contexts.push(context);
        context.setDefaultTimeout(15_000);
        const page = await context.newPage();
        pages.push(page);
        page.on("pageerror", (e) => pageErrors.push(e.message));
        await page.goto(`${baseUrl}workbench.html${query ? `?${query}` : ""}`);
        return page;
      },
      served: () => server.requests,
      async screenshot(page, name, options = {}) {
        const dir = options.dir ?? SCREENSHOTS;
        mkdirSync(dir, { recursive: true });
        // Finished transitions: a button enabled a moment ago would otherwise be captured half-way from its disabled colours.
        await page.screenshot({
          path: join(dir, `${name}.png`),
          fullPage: !options.viewportOnly,
          animations: "disabled",
        });
      },
    };
    const started = Date.now();
    const limit = timeout(CASE_TIMEOUT_MS, c.name);
    try {
      const running = c.run(env);
      // After a timeout the case keeps failing against closed pages; its late rejection must not crash the suite.
      running.catch(() => undefined);
      await Promise.race([running, limit.promise]);
      if (pageErrors.length) throw new Error(`uncaught error in the page: ${pageErrors.join(" | ")}`);
      log(`  ✓ ${c.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      log(`  ✗ ${c.name} (${Date.now() - started} ms)\n    ${message(e)}`);
      const last = pages[pages.length - 1];
      if (last && !last.isClosed()) {
        await last
          .screenshot({
            path: join(SCREENSHOTS, `FAILED-${c.name.replace(/[^\w一-龥-]+/g, "_")}.png`),
            fullPage: true,
            timeout: 5000,
          })
          .catch(() => undefined);
      }
    } finally {
      limit.cancel();
      await Promise.all(contexts.map((ctx) => ctx.close().catch(() => undefined)));
    }
  }
  return failed;
}
