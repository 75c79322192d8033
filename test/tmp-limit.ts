import { writeFileSync, statSync } from "node:fs";
import { chromium } from "playwright-core";
import { incomingWorkbookBytes } from "../bench/xlsx";
import { DIST, serveStatic } from "./e2e/harness";
(async () => {
  const server = await serveStatic(DIST);
  for (const rows of (process.argv[2] ?? "100000").split(",").map(Number)) {
    const file = `/tmp/limit-${rows}.xlsx`;
    writeFileSync(file, await incomingWorkbookBytes(rows));
    const mb = statSync(file).size / 1048576;
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--js-flags=--max-old-space-size=4096"] });
    const page = await (await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } })).newPage();
    let crashed = false; page.on("crash", () => { crashed = true; });
    const t0 = Date.now();
    let ok = false; let note = "";
    try {
      await page.goto(`${server.url}workbench.html?lang=zh-CN`);
      await page.getByTestId("workbench-file").setInputFiles(file);
      await page.getByTestId("workbench-file-name").waitFor({ timeout: 300_000 });
      await page.getByRole("tab", { name: "检查", exact: true }).click();
      await page.getByRole("button", { name: "开始检查", exact: true }).click();
      await page.getByTestId("validate-summary").waitFor({ timeout: 300_000 });
      const [d] = await Promise.all([page.waitForEvent("download", { timeout: 300_000 }), page.getByTestId("workbench-save").click()]);
      await d.path(); ok = true;
    } catch (e) { note = String(e).slice(0, 200); }
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0).catch(() => 0);
    console.log(JSON.stringify({ rows, mb: mb.toFixed(1), ok, crashed, seconds: (Date.now() - t0) / 1000, heapMB: Math.round(heap / 1048576), note }));
    await browser.close();
  }
  await server.close();
})();
