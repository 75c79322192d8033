/**
 * The 台账工作台 (dist/workbench.html) through real file-input and download events: a workbook opened from disk is
 * checked, gets its deadline columns, 期限总览 and KPI看板, and is saved as a new download that keeps what the user
 * had and opens in LibreOffice. Once the page has loaded (its service worker controls it), no request may reach the
 * server: everything happens in the page.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { translate, type Lang } from "../../src/core/i18n";
import { DEADLINES_PAGE_MESSAGES } from "../../src/taskpane/pages/deadlines/messages";
import { KPI_PAGE_MESSAGES } from "../../src/taskpane/pages/kpi/messages";
import { VALIDATE_PAGE_MESSAGES } from "../../src/taskpane/pages/validate/messages";
import { WORKBENCH_MESSAGES } from "../../src/workbench/messages";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { convertWithLibreOffice, isA4Landscape, onlySheet, pdfPages, SOFFICE } from "../support/libreoffice-pdf";
import { ROOT } from "./harness";
import { assert, confirmWrite, expectText, openPage, settled } from "./pane";
import { README_DIR } from "./screenshot-cases";
import type { CaseEnv, E2eCase } from "./runner";

const DEMO = join(ROOT, "templates", "demo.xlsx");
const DEMO_DAY = "today=2026-11-20";
const wb = (lang: Lang, key: keyof typeof WORKBENCH_MESSAGES, p?: Record<string, string | number>) =>
  translate(WORKBENCH_MESSAGES, lang, key, p);

function soffice(): string | null {
  for (const bin of ["soffice", "libreoffice"])
    if (spawnSync(bin, ["--version"], { encoding: "utf8" }).status === 0) return bin;
  return null;
}

/** Opens the workbench, waits until its service worker controls the page, and returns how many requests that took. */
async function openOffline(env: CaseEnv, query: string): Promise<{ page: Page; loaded: number }> {
  const page = await env.openWorkbench(query);
  await page.waitForFunction(() => document.documentElement.getAttribute("data-offline-ready") === "true", undefined, {
    timeout: 15_000,
  });
  return { page, loaded: env.served().length };
}

async function pickFile(page: Page, file: string, lang: Lang): Promise<void> {
  await page.getByTestId("workbench-file").setInputFiles(file);
  await expectText(page.getByTestId("workbench-file-name"), wb(lang, "opened", { file: basename(file) }), 20_000);
}

/** Check, jump to the first problem (the preview opens at its row), write 期限 and KPI看板, save; returns the download. */
async function processAndSave(page: Page, lang: Lang, dir: string): Promise<string> {
  const check = await openPage(page, "validate", lang);
  await check.getByRole("button", { name: translate(VALIDATE_PAGE_MESSAGES, lang, "check"), exact: true }).click();
  await check.getByTestId("validate-summary").waitFor({ timeout: 20_000 });
  const firstProblem = check.locator("ul li button").first();
  const label = (await firstProblem.innerText()).trim();
  await firstProblem.click();
  const preview = page.getByTestId("sheet-preview");
  await preview.waitFor();
  const row = /(\d+)/.exec(label)?.[1];
  assert(row !== undefined, `no row number in the problem “${label}”`);
  // The preview scrolled to the problem's row and outlines its cell there.
  await preview.locator(`tr[data-row="${row}"] [data-testid="preview-target"]`).waitFor();

  const deadlines = await openPage(page, "deadlines", lang);
  await deadlines.getByRole("button", { name: translate(DEADLINES_PAGE_MESSAGES, lang, "refresh") }).click();
  await confirmWrite(page, lang);
  await settled(deadlines);
  const kpi = await openPage(page, "kpi", lang);
  await kpi.getByRole("button", { name: translate(KPI_PAGE_MESSAGES, lang, "writeBoard") }).click();
  await confirmWrite(page, lang);
  await settled(kpi);
  await page.waitForTimeout(300);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("workbench-save").click()]);
  const out = join(dir, download.suggestedFilename());
  await download.saveAs(out);
  await page.getByTestId("workbench-saved").waitFor();
  return out;
}

/** Every cell the original had is in the saved file with the same value; the generated sheets were added. */
async function assertKept(original: string, saved: string): Promise<void> {
  const before = await XlsxWorkbook.fromFile(original, { readOnly: true });
  const after = await XlsxWorkbook.fromFile(saved, { readOnly: true });
  const names = (await after.listSheets()).map((s) => s.name);
  for (const sheet of ["期限总览", "KPI看板"])
    assert(names.includes(sheet), `the saved file lacks ${sheet}: ${names.join(", ")}`);
  const originals = await before.readSheets((await before.listSheets()).map((s) => s.name));
  const savedSheets = new Map((await after.readSheets(originals.map((s) => s.name))).map((s) => [s.name, s.values]));
  for (const s of originals) {
    const now = savedSheets.get(s.name);
    assert(now !== undefined, `the saved file lost the sheet ${s.name}`);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const w = now[r]?.[c] ?? null;
        const same = (v === "" ? null : v) === (w === "" ? null : w);
        assert(same, `${s.name}!R${r + 1}C${c + 1} was ${JSON.stringify(v)}, saved as ${JSON.stringify(w)}`);
      }),
    );
  }
}

/**
 * Parts the add-in may edit when it writes into an opened workbook (the package-patching writer): the parts that list
 * sheets, the styles, and the sheets it adds computed cells, notes or formats to. Every other part of the original
 * must come back byte for byte.
 */
const OWNED_PART =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/;

async function assertPartsKept(original: string, saved: string): Promise<void> {
  const before = await JSZip.loadAsync(readFileSync(original));
  const after = await JSZip.loadAsync(readFileSync(saved));
  for (const [name, entry] of Object.entries(before.files)) {
    if (entry.dir || OWNED_PART.test(name)) continue;
    const kept = after.file(name);
    assert(kept !== null, `the saved file lost the part ${name}`);
    const [a, b] = await Promise.all([entry.async("uint8array"), kept.async("uint8array")]);
    assert(Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0, `the part ${name} changed in the saved file`);
  }
}

function assertOpensInLibreOffice(file: string, dir: string): void {
  const bin = soffice();
  if (bin === null) {
    console.log("    (LibreOffice absent: the saved file was not opened in it)");
    return;
  }
  const outDir = join(dir, "lo");
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    bin,
    [
      "--headless",
      `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
      "--convert-to",
      "csv",
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  const csv = join(outDir, basename(file).replace(/\.xlsx$/, ".csv"));
  assert(r.status === 0 && existsSync(csv), `LibreOffice could not open ${basename(file)}: ${r.stderr || r.stdout}`);
}

export const workbenchDemoCase: E2eCase = {
  name: "工作台: open demo.xlsx by file input → 检查 (preview at the problem's row) → 写入 期限 and KPI看板 → 保存为新文件; kept, opens in LibreOffice, KPI看板 prints on 2–3 A4 landscape pages, no request after load",
  async run(env) {
    const dir = mkdtempSync(join(tmpdir(), "workbench-e2e-"));
    try {
      const { page, loaded } = await openOffline(env, `${DEMO_DAY}&lang=zh-CN`);
      await expectText(page.getByTestId("workbench-privacy"), wb("zh-CN", "privacy"));
      await page.setViewportSize({ width: 960, height: 640 });
      await env.screenshot(page, "workbench-open-zh", { dir: README_DIR, viewportOnly: true });
      await pickFile(page, DEMO, "zh-CN");
      const saved = await processAndSave(page, "zh-CN", dir);
      await openPage(page, "validate", "zh-CN");
      await page.getByTestId("sheet-preview").scrollIntoViewIfNeeded();
      await env.screenshot(page, "workbench-check-zh", { dir: README_DIR, viewportOnly: true });
      assert(basename(saved) === "demo-已更新.xlsx", `the download is named ${basename(saved)}`);
      // The browser itself may re-validate the service worker's own script (a soft update check of workbench-sw.js,
      // carrying no data, harmless when offline); any other request after load would be the page reaching the server.
      const late = env
        .served()
        .slice(loaded)
        .filter((p) => p !== "/workbench-sw.js");
      assert(late.length === 0, `the page asked the server for ${late.join(", ")} after it had loaded`);
      await assertKept(DEMO, saved);
      await assertPartsKept(DEMO, saved);
      assertOpensInLibreOffice(saved, dir);
      await assertBoardPrints(saved);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * The KPI看板 the pane wrote, printed by LibreOffice on its own (issue 16 §5): every page A4 landscape, and a few of
 * them — one page would mean the board was shrunk to fit again.
 */
async function assertBoardPrints(saved: string): Promise<void> {
  if (SOFFICE === null) {
    console.log("    (LibreOffice absent: KPI看板 was not printed)");
    return;
  }
  const board = await onlySheet(readFileSync(saved), "KPI看板");
  const pages = pdfPages(convertWithLibreOffice(board, "pdf", "kpi.xlsx"));
  const sizes = pages.map((p) => `${Math.round(p.width)}×${Math.round(p.height)}`).join(", ");
  assert(pages.length >= 2 && pages.length <= 3, `KPI看板 printed on ${pages.length} pages (${sizes})`);
  assert(pages.every(isA4Landscape), `KPI看板 pages are not all A4 landscape: ${sizes}`);
}

export const workbenchLibreOfficeCase: E2eCase = {
  name: "工作台 in en-US on a workbook last saved by LibreOffice: the same steps, and .xls is refused with how to convert it",
  async run(env) {
    const bin = soffice();
    const dir = mkdtempSync(join(tmpdir(), "workbench-lo-"));
    try {
      const { page } = await openOffline(env, `${DEMO_DAY}&lang=en-US`);
      await page.getByTestId("workbench-file").setInputFiles({
        name: "old.xls",
        mimeType: "application/vnd.ms-excel",
        buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      });
      await expectText(
        page.getByTestId("workbench-error"),
        "Save .xls, .et, .ods and other files as .xlsx in WPS or Excel first",
      );
      if (bin === null) {
        console.log("    (LibreOffice absent: the LibreOffice-saved workbook was not tried)");
        return;
      }
      const r = spawnSync(
        bin,
        [
          "--headless",
          `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
          "--convert-to",
          "xlsx:Calc MS Excel 2007 XML",
          "--outdir",
          join(dir, "in"),
          DEMO,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      const lo = join(dir, "in", "demo.xlsx");
      assert(r.status === 0 && existsSync(lo), `LibreOffice could not convert demo.xlsx: ${r.stderr}`);
      await pickFile(page, lo, "en-US");
      const saved = await processAndSave(page, "en-US", dir);
      await assertKept(lo, saved);
      await assertPartsKept(lo, saved);
      assertOpensInLibreOffice(saved, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
