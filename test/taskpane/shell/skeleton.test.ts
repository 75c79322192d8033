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

/**
 * The script at the end of taskpane.html loads the bundles once the frame is painted — and must load them in a page
 * Office keeps hidden (the shared runtime running the LEDGER functions), where no animation frame ever comes.
 */
describe("taskpane.html's bundle loader", () => {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  const loader = scripts.find((s) => s.includes("htmlWebpackPlugin.files.js")) ?? "";
  const code = loader.replace(/<%=[^%]*%>/, JSON.stringify(["ui.js", "taskpane.js"]));

  function run(visibility: "visible" | "hidden") {
    const appended: { src: string; async: boolean }[] = [];
    const frames: (() => void)[] = [];
    const timers: { ms: number; fn: () => void }[] = [];
    const document = {
      visibilityState: visibility,
      createElement: () => ({ src: "", async: true }),
      head: { appendChild: (s: { src: string; async: boolean }) => appended.push({ src: s.src, async: s.async }) },
    };
    new Function("document", "requestAnimationFrame", "setTimeout", code)(
      document,
      (fn: () => void) => frames.push(fn),
      (fn: () => void, ms: number) => timers.push({ fn, ms }),
    );
    return { appended, frames, timers };
  }

  it("is the template's own script, given the bundle list by the build", () => {
    expect(loader).toContain("<%= JSON.stringify(htmlWebpackPlugin.files.js) %>");
  });

  it("loads the bundles in order, not async, after the first frame", () => {
    const { appended, frames, timers } = run("visible");
    expect(appended).toEqual([]);
    frames.forEach((f) => f());
    timers.filter((t) => t.ms === 0).forEach((t) => t.fn());
    expect(appended).toEqual([
      { src: "ui.js", async: false },
      { src: "taskpane.js", async: false },
    ]);
    timers.forEach((t) => t.fn());
    expect(appended).toHaveLength(2);
  });

  it("loads them on a timer when no frame comes", () => {
    const { appended, timers } = run("visible");
    timers.forEach((t) => t.fn());
    expect(appended.map((a) => a.src)).toEqual(["ui.js", "taskpane.js"]);
  });

  it("loads them at once in a hidden page", () => {
    expect(run("hidden").appended.map((a) => a.src)).toEqual(["ui.js", "taskpane.js"]);
  });
});
