/**
 * The sentence for a refused value: the problem (values/messages.ts) with what the column's field type expects, so a
 * type added as a module words its own `{expected}`.
 */
import type { Lang } from "../i18n";
import { translate } from "../i18n";
import { message, renderMessage, type Message } from "../i18n/message";
import { describeRaw } from "../values/describe";
import { VALUE_MESSAGES } from "../values/messages";
import type { ParseError, ParseProblem, ValueKind } from "../values/parsed";
import { fieldTypeOf } from "./registry";

/** What a column of this kind expects, e.g. "日期（如 2025-03-05）"; for enums, the allowed values. */
export function expectedText(kind: ValueKind, lang: Lang, allowed?: readonly string[]): string {
  return renderMessage(fieldTypeOf(kind).expected(allowed), lang);
}

/** The sentence for a refused value, quoting it: "“2025-02-30”不是日历上存在的日期，应为日期（如 2025-03-05）". */
export function parseErrorMessage(error: ParseError, raw: unknown, lang: Lang, allowed?: readonly string[]): string {
  const key: `problem.${ParseProblem}` = `problem.${error.problem}`;
  return translate(VALUE_MESSAGES, lang, key, {
    value: describeRaw(raw),
    expected: expectedText(error.expected, lang, allowed),
  });
}

/** `parseErrorMessage` as data, rendered when shown (a finding's `{problem}`). */
export function parseErrorText(error: ParseError, raw: unknown, allowed?: readonly string[]): Message {
  const key: `problem.${ParseProblem}` = `problem.${error.problem}`;
  const expected = fieldTypeOf(error.expected).expected(allowed);
  return message(VALUE_MESSAGES, key, { value: describeRaw(raw), expected });
}
