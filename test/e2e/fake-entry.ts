/**
 * Browser entry bundled by harness.ts and run as an init script, before any of the page's scripts: installs the Excel
 * fake from `window.__e2eFakeSetup`, and leaves `window.__e2eAfterOfficeJs` for the routed office.js to call, because
 * office.js replaces `window.Office` with its own namespace when it loads (see AFTER_OFFICE_JS in harness.ts).
 */
import "../support/excel-fake/browser";
import type { ExcelFakeGlobal } from "../support/excel-fake/browser";
import type { FakeSetup } from "./harness";

const w = globalThis as unknown as {
  excelFake: ExcelFakeGlobal;
  Office?: unknown;
  __e2eFakeSetup?: FakeSetup;
  __e2eAfterOfficeJs?: () => void;
};

const setup = w.__e2eFakeSetup;
if (setup) {
  w.excelFake.install(setup.seed, { displayLanguage: setup.displayLanguage });
  const fakeOffice = w.Office;
  w.__e2eAfterOfficeJs = () => {
    w.Office = fakeOffice;
  };
}
