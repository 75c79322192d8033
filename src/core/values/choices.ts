/** Enumerations, yes/no and lists of names. */
import { BLANK, fail, ok } from "./parsed";
import type { Ok, Parsed } from "./parsed";
import { isExcelError } from "./excel-errors";
import { describeRaw } from "./describe";
import { isBlankCell, normalizeText, toHalfWidth } from "./text";
import { toSimplified } from "./simplified";

/**
 * The form two spellings of one choice share: one line, half-width, simplified, lower-case Latin, no spaces
 * (已 归档 and 已歸檔 both read as 已归档).
 */
export function choiceKey(text: string): string {
  const folded = toSimplified(toHalfWidth(normalizeText(text))).toLowerCase();
  return folded.indexOf(" ") >= 0 ? folded.replace(/ /g, "") : folded;
}

export type ChoiceParser<T> = (raw: unknown) => Parsed<T>;

/**
 * A parser for one enum column: built once per column, then each cell is a map lookup. The allowed values are the
 * canonical ones; `aliases` maps other spellings (定期30年) to a canonical value (长期). Hits return a shared result
 * object, so a 100,000-row enum column allocates nothing per cell.
 */
export function enumParser(
  values: readonly string[],
  aliases?: Readonly<Record<string, string>>,
): ChoiceParser<string> {
  const exact = new Map<string, Ok<string>>();
  const folded = new Map<string, Ok<string>>();
  const add = (spelling: string, result: Ok<string>): void => {
    if (!exact.has(spelling)) exact.set(spelling, result);
    const key = choiceKey(spelling);
    if (!folded.has(key)) folded.set(key, result);
  };
  for (const v of values) add(v, ok(v));
  if (aliases) {
    for (const [alias, canonical] of Object.entries(aliases)) {
      const target = exact.get(canonical) ?? ok(canonical);
      add(alias, target);
    }
  }
  return (raw) => {
    if (typeof raw === "string") {
      const hit = exact.get(raw);
      if (hit) return hit;
      if (isBlankCell(raw)) return BLANK;
      if (isExcelError(raw)) return fail("enum", "excel-error");
      return folded.get(choiceKey(raw)) ?? fail("enum", "not-in-list");
    }
    if (raw === null || raw === undefined) return BLANK;
    // A number or TRUE in an enum column: compare its text (an enum of years or grades may be numeric).
    return folded.get(choiceKey(describeRaw(raw))) ?? fail("enum", "not-in-list");
  };
}

const YES = ok(true);
const NO = ok(false);

// Every spelling of yes/no seen in office sheets, after choiceKey (so 是 / Ｙ / yes / TRUE all land here).
const BOOL_WORDS: ReadonlyMap<string, Ok<boolean>> = new Map([
  ["是", YES],
  ["否", NO],
  ["y", YES],
  ["n", NO],
  ["yes", YES],
  ["no", NO],
  ["true", YES],
  ["false", NO],
  ["1", YES],
  ["0", NO],
  ["√", YES],
  ["✓", YES],
  ["✔", YES],
  ["☑", YES],
  ["×", NO],
  ["✗", NO],
  ["✘", NO],
  ["☒", NO],
]);

/** 是/否, Y/N, yes/no, √/×, ✓/✗, TRUE/FALSE (Excel booleans or text), 1/0. */
export function parseBool(raw: unknown): Parsed<boolean> {
  if (typeof raw === "boolean") return raw ? YES : NO;
  if (typeof raw === "number") return raw === 1 ? YES : raw === 0 ? NO : fail("bool", "unreadable");
  if (typeof raw !== "string") return raw === null || raw === undefined ? BLANK : fail("bool", "unreadable");
  const hit = BOOL_WORDS.get(raw);
  if (hit) return hit;
  if (isBlankCell(raw)) return BLANK;
  if (isExcelError(raw)) return fail("bool", "excel-error");
  return BOOL_WORDS.get(choiceKey(raw)) ?? fail("bool", "unreadable");
}

/** Separators of names in one cell: 、 , ， ; ； and line breaks (， and ； arrive half-width after toHalfWidth). */
function isListSeparator(c: number): boolean {
  return c === 0x3001 || c === 44 || c === 59 || c === 10 || c === 13;
}

/**
 * Several names in one cell (参会人员, 涉及部门, 监销人): split, trimmed, empties dropped, repeats removed keeping the
 * first. Items keep their spelling otherwise: a name is a name.
 */
export function parseList(raw: unknown): Parsed<string[]> {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw !== "string") return typeof raw === "number" ? ok([describeRaw(raw)]) : fail("list", "unreadable");
  if (isBlankCell(raw)) return BLANK;
  if (isExcelError(raw)) return fail("list", "excel-error");
  const s = toHalfWidth(raw);
  const items: string[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !isListSeparator(s.charCodeAt(i))) continue;
    if (i > start) {
      const item = normalizeText(s.slice(start, i));
      if (item !== "" && !items.includes(item)) items.push(item);
    }
    start = i + 1;
  }
  return items.length === 0 ? BLANK : ok(items);
}

/** Text as the person wrote it, on one line and trimmed (`maxLength` counts this form). */
export function parseText(raw: unknown): Parsed<string> {
  if (raw === null || raw === undefined) return BLANK;
  // A number is text people type without quotes (来文字号 51, a room number); TRUE/FALSE is a yes/no cell, never a name.
  if (typeof raw === "boolean") return fail("text", "unreadable");
  if (typeof raw !== "string") return ok(describeRaw(raw, Infinity));
  if (isExcelError(raw)) return fail("text", "excel-error");
  const text = normalizeText(raw);
  return text === "" ? BLANK : ok(text);
}
