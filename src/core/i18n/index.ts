/**
 * Message catalogues. zh-CN is the default language; en-US must be complete. Each feature keeps its own catalogue
 * (`defineMessages`) next to its code, so adding a feature never edits a shared string table.
 */
export type Lang = "zh-CN" | "en-US";
export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];
export const DEFAULT_LANG: Lang = "zh-CN";

export type MessageParams = Record<string, string | number>;
type Template = string | ((p: MessageParams) => string);
export type Catalogue<K extends string> = Record<K, Record<Lang, Template>>;

const declared: Catalogue<string>[] = [];

/** Declares a feature's messages; the type system forces both languages for every key. */
export function defineMessages<K extends string>(catalogue: Catalogue<K>): Catalogue<K> {
  declared.push(catalogue);
  return catalogue;
}

/**
 * Every catalogue declared so far (by the modules loaded), so a test can render each template of the product in both
 * languages and find any placeholder left unfilled.
 */
export function declaredCatalogues(): readonly Catalogue<string>[] {
  return declared;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing parameter is noticed, not hidden. */
export function format(template: Template, params: MessageParams = {}): string {
  if (typeof template === "function") return template(params);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate<K extends string>(
  catalogue: Catalogue<K>,
  lang: Lang,
  key: K,
  params?: MessageParams,
): string {
  return format(catalogue[key][lang], params);
}

/** Maps an Office/browser display language ('zh-CN', 'zh-TW', 'en-GB', …) onto a supported one. */
export function pickLang(displayLanguage: string | null | undefined): Lang {
  const tag = (displayLanguage ?? "").toLowerCase();
  if (tag.startsWith("zh")) return "zh-CN";
  if (tag.startsWith("en")) return "en-US";
  return DEFAULT_LANG;
}
