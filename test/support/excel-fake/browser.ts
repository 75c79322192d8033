/**
 * Browser entry for the e2e tests: bundle with esbuild (`--bundle --format=iife --platform=browser`) and the page gets
 * `window.Excel` and `window.Office` fakes plus `window.excelFake` to seed and inspect:
 *
 *   window.excelFake.install({ sheets: [{ name: "收文登记簿", values: [...] }] }, { displayLanguage: "en-US" });
 *   window.excelFake.current.stats.syncs
 *
 * Installing again replaces the workbook (a fresh "file"), which is how a test starts from a known state.
 */
import {
  createExcelFake,
  createOfficeFake,
  snapshotUserContent,
  type ExcelFake,
  type OfficeFakeOptions,
  type WorkbookSeed,
} from "./index";

export interface ExcelFakeGlobal {
  install(seed?: WorkbookSeed, office?: OfficeFakeOptions): ExcelFake;
  current: ExcelFake | null;
  snapshot(): ReturnType<typeof snapshotUserContent> | null;
}

const target = globalThis as unknown as { Excel?: unknown; Office?: unknown; excelFake?: ExcelFakeGlobal };

const api: ExcelFakeGlobal = {
  current: null,
  install(seed, office) {
    // In a page, answers come back as Excel's do, in a task of their own, so the pane renders between syncs.
    const fake = createExcelFake(seed, { roundTrip: "task" });
    api.current = fake;
    target.Excel = fake.Excel;
    target.Office = createOfficeFake(office);
    return fake;
  },
  snapshot() {
    return api.current ? snapshotUserContent(api.current.state) : null;
  },
};

target.excelFake = api;
