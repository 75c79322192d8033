/**
 * The production task pane as a user's Excel loads it (dist/, built by `npm run build` when missing):
 * - initial JavaScript: the add-in's own scripts that taskpane.html loads before the first page (lazy page chunks
 *   excluded, office.js from Microsoft's CDN shown apart), gzipped with zlib as a web server would. Target ≤ 300 KB.
 * - first render: headless Chromium from navigation to the first frame painted with the pane's tab list (the frame a
 *   user can act on),
 *   with the Excel fake as the host so the time includes connecting through Office.onReady; first contentful paint
 *   is reported beside it. Median of several fresh page loads. Target ≤ 1500 ms.
 * Neither has a peer: there is no other pane doing the same job to run beside it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  DIST,
  injectExcelFake,
  launchChromium,
  OFFICE_DIST,
  ROOT,
  routeOfficeJs,
  serveStatic,
} from "../test/e2e/harness";
import { registersSeed } from "../test/e2e/seed";
import { round1, type BenchEntry } from "./harness";

const MAX_INITIAL_KB = 300;
const MAX_FIRST_RENDER_MS = 1500;
const LOADS = 5;

export function ensureBuilt(): string {
  const html = join(DIST, "taskpane.html");
  if (!existsSync(html)) {
    process.stderr.write("bench: dist/taskpane.html is missing — running `npm run build`\n");
    const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0 || !existsSync(html))
      throw new Error("bench: `npm run build` failed, so the task pane cannot be measured");
  }
  return readFileSync(html, "utf8");
}

/**
 * Every script the page loads before its first page, in order: each script element's `src` (quoted or, as
 * html-minifier leaves them, bare), then the bundles the template's loader adds once the frame is painted (the
 * inline script that creates script elements: its list of .js files).
 */
export function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>/gi)].map(
    (m) => (m[1] ?? m[2] ?? m[3]) as string,
  );
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gi)].map((m) => m[1] as string);
  const loader = inline.find((code) => /createElement\(\s*["']script["']\s*\)/.test(code)) ?? "";
  const list = /\[\s*((?:"[^"]+\.js"\s*,?\s*)+)\]/.exec(loader)?.[1] ?? "";
  return [...tags, ...[...list.matchAll(/"([^"]+\.js)"/g)].map((m) => m[1] as string)];
}

const gzipKB = (bytes: Buffer) => gzipSync(bytes).length / 1024;

export const taskpaneSizeBench: BenchEntry = {
  name: "taskpane: initial JS, gzipped",
  run() {
    const sources = scriptSources(ensureBuilt());
    const own = sources.filter((s) => !/^(https?:)?\/\//i.test(s));
    if (own.length === 0) throw new Error("bench: taskpane.html loads no scripts of its own");
    let raw = 0;
    let gz = 0;
    for (const src of own) {
      const file = join(DIST, src.split(/[?#]/)[0] as string);
      const bytes = readFileSync(file);
      raw += statSync(file).size;
      gz += gzipKB(bytes);
    }
    const officeJs = sources.some((s) => /appsforoffice\.microsoft\.com\/.*office\.js$/.test(s))
      ? gzipKB(readFileSync(join(OFFICE_DIST, "office.js")))
      : 0;
    return {
      name: taskpaneSizeBench.name,
      unit: "KB",
      ours: round1(gz),
      target: `≤ ${MAX_INITIAL_KB} KB`,
      pass: gz <= MAX_INITIAL_KB,
      details: { scripts: own.length, rawKB: round1(raw / 1024), officeJsFromCdnGzipKB: round1(officeJs) },
    };
  },
};

/**
 * Set in the page before its scripts: the moment (ms since navigation start) the frame holding the tab list has been
 * produced — the tab list is in the DOM, then two animation frames later it has been laid out and painted.
 */
const WATCH_FIRST_RENDER = `
  new MutationObserver(function (_, observer) {
    if (!document.querySelector('[role="tablist"]')) return;
    observer.disconnect();
    requestAnimationFrame(function () { requestAnimationFrame(function () { window.__firstRenderMs = performance.now(); }); });
  }).observe(document, { childList: true, subtree: true });
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export const taskpaneRenderBench: BenchEntry = {
  name: "taskpane: time to first render (headless Chromium)",
  async run() {
    ensureBuilt();
    const server = await serveStatic(DIST);
    const browser = await launchChromium();
    try {
      const renders: number[] = [];
      const paints: number[] = [];
      // The add-in's scripts fetched before the first render: the initial ones plus the first page's lazy chunk.
      let loadedKB = 0;
      // One unmeasured load first, so the figures are not the browser's own cold start.
      for (let i = 0; i <= LOADS; i++) {
        const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
        try {
          await routeOfficeJs(context);
          await injectExcelFake(context, { seed: registersSeed(), displayLanguage: "zh-CN" });
          await context.addInitScript({ content: WATCH_FIRST_RENDER });
          const page = await context.newPage();
          const scripts = new Set<string>();
          page.on("response", (r) => {
            const url = new URL(r.url());
            if (url.origin === new URL(server.url).origin && url.pathname.endsWith(".js")) scripts.add(url.pathname);
          });
          await page.goto(`${server.url}taskpane.html`);
          const handle = await page.waitForFunction(
            () => {
              const render = (window as unknown as { __firstRenderMs?: number }).__firstRenderMs;
              const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
              return render !== undefined && fcp !== undefined && { render, fcp };
            },
            null,
            { timeout: 15_000 },
          );
          const { render, fcp } = (await handle.jsonValue()) as { render: number; fcp: number };
          if (i > 0) {
            renders.push(render);
            paints.push(fcp);
          } else {
            loadedKB = [...scripts].reduce((kb, path) => kb + gzipKB(readFileSync(join(DIST, path))), 0);
          }
        } finally {
          await context.close();
        }
      }
      const ours = median(renders);
      return {
        name: taskpaneRenderBench.name,
        unit: "ms",
        ours: round1(ours),
        target: `≤ ${MAX_FIRST_RENDER_MS} ms`,
        pass: ours <= MAX_FIRST_RENDER_MS,
        details: {
          loads: LOADS,
          firstContentfulPaintMs: round1(median(paints)),
          slowestMs: round1(Math.max(...renders)),
          jsFetchedByFirstRenderGzipKB: round1(loadedKB),
        },
      };
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
