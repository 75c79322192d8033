/**
 * Every message template of the product, rendered in both languages with sample values: no `{`, `}`, `undefined` or
 * `NaN` may remain, and both languages of a key take the same placeholders (a parameter named in one language only is
 * a message that shows its raw placeholder in the other). Catalogues are found by loading every module that declares
 * one (`defineMessages` records them), plus the rule messages of the register catalogue.
 */
import fs from "node:fs";
import path from "node:path";
import { declaredCatalogues, format, LANGS, type MessageParams } from "../../../src/core/i18n";
import { REGISTERS } from "../../../src/core/registers";

const SRC = path.join(__dirname, "../../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

const declaring = sourceFiles(SRC).filter(
  (f) => /defineMessages\(/.test(fs.readFileSync(f, "utf8")) && !f.includes(`${path.sep}i18n${path.sep}`),
);

/** Any parameter a template asks for: a number, so plural functions and month names have something to work on. */
const SAMPLE: MessageParams = new Proxy({} as MessageParams, {
  has: () => true,
  get: (_t, name) => (typeof name === "string" ? 2 : undefined),
});

const placeholders = (template: unknown): string[] =>
  // Which placeholders, not how often: a language may name the same value twice.
  typeof template === "string"
    ? [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort()
    : [];

const LEFTOVER = /[{}]|undefined|NaN|\[object/;

beforeAll(async () => {
  for (const f of declaring) await import(f);
});

test("the modules declaring catalogues are found and loaded", () => {
  expect(declaring.length).toBeGreaterThan(20);
  expect(declaredCatalogues().length).toBeGreaterThanOrEqual(declaring.length);
});

test("every template of every declared catalogue renders fully in zh-CN and en-US", () => {
  const bad: string[] = [];
  for (const catalogue of declaredCatalogues()) {
    for (const [key, byLang] of Object.entries(catalogue)) {
      for (const lang of LANGS) {
        const text = format(byLang[lang], SAMPLE);
        // A template that is empty on purpose (a unit with no suffix) may render empty; any other may not.
        const blank = text.trim() === "" && String(byLang[lang]).trim() !== "";
        if (blank || LEFTOVER.test(text)) bad.push(`${key} [${lang}]: ${text}`);
      }
      const zh = placeholders(byLang["zh-CN"]);
      const en = placeholders(byLang["en-US"]);
      if (typeof byLang["zh-CN"] === "string" && typeof byLang["en-US"] === "string" && zh.join() !== en.join()) {
        bad.push(`${key}: zh-CN takes {${zh.join("}{")}} but en-US {${en.join("}{")}}`);
      }
    }
  }
  expect(bad).toEqual([]);
});

test("every rule message of every register renders fully, with the same placeholders in both languages", () => {
  const bad: string[] = [];
  for (const r of REGISTERS) {
    for (const rule of r.rules) {
      for (const [key, byLang] of Object.entries(rule.messages)) {
        for (const lang of LANGS) {
          const text = format(byLang[lang], SAMPLE);
          if (LEFTOVER.test(text)) bad.push(`${r.id}/${rule.id}.${key} [${lang}]: ${text}`);
        }
        if (placeholders(byLang["zh-CN"]).join() !== placeholders(byLang["en-US"]).join())
          bad.push(`${r.id}/${rule.id}.${key}: placeholders differ`);
      }
    }
  }
  expect(bad).toEqual([]);
});
