/**
 * A message as data: its templates in every language and its parameters, rendered only when shown. A finding keeps
 * one, so the task pane can show the same findings in another language without validating again, and a report can
 * cross a worker's postMessage (templates are strings, never functions).
 */
import { format, LANGS, type Catalogue, type Lang, type MessageParams } from "./index";

/** A parameter: a plain value, or a text that itself depends on the language (a column's label, "3 个工作日"). */
export type MessageParam = string | number | Message;

export interface Message {
  readonly templates: Readonly<Record<Lang, string>>;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

function paramsIn(params: Readonly<Record<string, MessageParam>> | undefined, lang: Lang): MessageParams {
  const out: MessageParams = {};
  if (params)
    for (const k in params) {
      const v = params[k] as MessageParam;
      out[k] = typeof v === "object" ? renderMessage(v, lang) : v;
    }
  return out;
}

/** Renders a message in a language; nested messages among the parameters are rendered in the same language. */
export function renderMessage(m: Message, lang: Lang): string {
  return format(m.templates[lang], paramsIn(m.params, lang));
}

/**
 * The catalogue entry `key` with its parameters, kept for rendering later. A template written as a function (plural
 * forms) is applied now, in both languages, so the message stays plain data.
 */
export function message<K extends string>(
  catalogue: Catalogue<K>,
  key: K,
  params?: Readonly<Record<string, MessageParam>>,
): Message {
  const entry = catalogue[key];
  if (typeof entry["zh-CN"] === "string" && typeof entry["en-US"] === "string") {
    return params ? { templates: entry as Record<Lang, string>, params } : { templates: entry as Record<Lang, string> };
  }
  return fixed((lang) => format(entry[lang], paramsIn(params, lang)));
}

/** A text given in each language (no parameters): a column's label, a joined list of labels. */
export function fixed(textIn: (lang: Lang) => string): Message {
  const templates = {} as Record<Lang, string>;
  // No parameters: `format` leaves a brace in the text (a pattern such as \d{4}) as it is.
  for (const lang of LANGS) templates[lang] = textIn(lang);
  return { templates };
}
