/**
 * What the browser tests and the task-pane benchmark share: a static server for dist/, Debian's Chromium through
 * playwright-core, office.js served from the npm copy, and the Excel fake bundled for the page.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
/** The built pane; E2E_DIST points elsewhere (a build made with another output path while dist/ is busy). */
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, "dist");
export const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
export const OUTPUT = join(ROOT, "test-output");

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xml": "application/xml; charset=utf-8",
};

export interface StaticServer {
  /** Base URL ending in "/", e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Every path requested so far, in order (the workbench case asserts nothing is asked once the page has loaded). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a port the OS picks; nothing outside `dir` is reachable. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  // Keep-alive sockets from the browser would hold close() open; track them and end them ourselves.
  const sockets = new Set<import("node:net").Socket>();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";
const OFFICE_PREFIX = "/lib/1/hosted/";
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/**";

/**
 * Called at the end of every script served from the office.js CDN. office.js copies whatever `window.Office` holds
 * onto its own namespace object and then replaces `window.Office` with it (and its own onReady, which outside Office
 * resolves with host null); o15apptofilemappingtable.js, which office.js then loads asynchronously, replaces it again
 * (OSF.NamespaceManager.enableShortcut). So a fake installed before them by an init script would be overwritten,
 * and when the pane's deferred bundles run before or after the async file is a race. Re-pointing `window.Office` at
 * the fake at the end of each of these files — scripts run to completion, so no page code can run in between —
 * lets the fake win in every order while office.js stays the real file the page asked for. Pages without the fake
 * are unaffected (the hook is then undefined).
 */
const AFTER_OFFICE_JS = "\n;(window.__e2eAfterOfficeJs || function () {})();\n";

/**
 * Routes Microsoft's office.js CDN to node_modules/@microsoft/office-js/dist (the CDN is unreachable here and the
 * tests must not depend on it): https://appsforoffice.microsoft.com/lib/1/hosted/<path> → dist/<path>, lower-cased
 * like the CDN's locale folders. Unknown files answer 404 so a missing file shows up as a failed request.
 */
export async function routeOfficeJs(context: BrowserContext): Promise<void> {
  // office.js also opens a telemetry frame; it is unreachable here and irrelevant to the pane.
  await context.route(OFFICE_TELEMETRY, (route) => route.fulfill({ status: 204, body: "" }));
  await context.route(OFFICE_CDN, async (route) => {
    const url = new URL(route.request().url());
    const rel = url.pathname.startsWith(OFFICE_PREFIX) ? url.pathname.slice(OFFICE_PREFIX.length) : "";
    const candidates = [rel, rel.toLowerCase()].map((p) => normalize(join(OFFICE_DIST, p)));
    const file = candidates.find((f) => f.startsWith(OFFICE_DIST + sep) && existsSync(f) && statSync(f).isFile());
    if (!file) {
      await route.fulfill({
        status: 404,
        contentType: "text/plain",
        body: `e2e: no ${url.pathname} in @microsoft/office-js/dist`,
      });
      return;
    }
    let body = readFileSync(file, "utf8");
    if (file.endsWith(".js")) body += AFTER_OFFICE_JS;
    await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
  });
}

let fakeBundle: Promise<string> | null = null;

/** The Excel fake (test/e2e/fake-entry.ts → test/support/excel-fake/browser.ts) as one browser script, built once. */
export function excelFakeBundle(): Promise<string> {
  fakeBundle ??= build({
    entryPoints: [join(ROOT, "test/e2e/fake-entry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  }).then((r) => {
    const out = r.outputFiles[0];
    if (!out) throw new Error("e2e: esbuild produced no output for the Excel fake");
    return out.text;
  });
  return fakeBundle;
}

/** What `fake-entry.ts` reads from `window.__e2eFakeSetup` before installing the fake. */
export interface FakeSetup {
  seed: import("../support/excel-fake/index").WorkbookSeed;
  displayLanguage: string;
}

/**
 * Installs the Excel fake in every page of `context` before the page's own scripts run: `window.Excel` and
 * `window.excelFake` at once, `window.Office` again after each office.js file loads (see AFTER_OFFICE_JS).
 */
export async function injectExcelFake(context: BrowserContext, setup: FakeSetup): Promise<void> {
  const bundle = await excelFakeBundle();
  await context.addInitScript({ content: `window.__e2eFakeSetup = ${JSON.stringify(setup)};\n${bundle}` });
}
