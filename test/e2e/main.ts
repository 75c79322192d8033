/**
 * The browser end-to-end suite over the production build in dist/ (run through run.mjs). Prints one line per case and
 * `e2e: N passed, N failed`; exits 1 on any failure. The browser and the server are closed on every path.
 */
import { CASES } from "./cases";
import { DIST, launchChromium, serveStatic, type StaticServer } from "./harness";
import { runCases } from "./runner";
import type { Browser } from "playwright-core";

/**
 * While working on one feature: E2E_GREP=<text> runs only the cases whose name contains it, E2E_ONLY=<regexp> those
 * whose name matches; the full suite otherwise.
 */
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;
const SELECTED = CASES.filter(
  (c) => (!process.env.E2E_GREP || c.name.includes(process.env.E2E_GREP)) && (!only || only.test(c.name)),
);

async function main(): Promise<number> {
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await serveStatic(DIST);
    browser = await launchChromium();
    const failed = await runCases(browser, server, SELECTED, (line) => console.log(line));
    console.log(`e2e: ${SELECTED.length - failed} passed, ${failed} failed`);
    return failed > 0 ? 1 : 0;
  } catch (e) {
    console.error(`e2e: could not run the suite: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    console.log(`e2e: 0 passed, ${SELECTED.length} failed`);
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  }
}

main().then((code) => {
  process.exitCode = code;
});
