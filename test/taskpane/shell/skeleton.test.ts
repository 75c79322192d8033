/** taskpane.html draws the pane's frame before the bundle: its title, language switch and tabs are the shell's own. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { translate } from "../../../src/core/i18n";
import { PAGES } from "../../../src/taskpane/pages";
import { SHELL_MESSAGES } from "../../../src/taskpane/shell/messages";

const html = readFileSync(join(__dirname, "../../../src/taskpane/taskpane.html"), "utf8");
const texts = (lang: string, scope: string) =>
  [...scope.matchAll(new RegExp(`data-lang="${lang}">([^<]*)<`, "g"))].map((m) => m[1]);

describe("taskpane.html's frame", () => {
  const tabs = /data-skeleton-tabs>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
  for (const lang of ["zh-CN", "en-US"] as const) {
    it(`shows the tabs of pages/index.ts and the shell's title in ${lang}`, () => {
      expect(texts(lang, tabs)).toEqual(PAGES.map((p) => p.label[lang]));
      const all = texts(lang, html);
      for (const key of ["title", "otherLang", "connecting"] as const)
        expect(all).toContain(translate(SHELL_MESSAGES, lang, key));
    });
  }

  it("is hidden from assistive technology, so roles belong to the real pane only", () => {
    expect(html).toMatch(/id="pane-skeleton"[^>]*aria-hidden="true"/);
    expect(html).not.toMatch(/role="tab/);
  });
});
