/**
 * A Likert score (1–5, or the words 非常满意 … 非常不满意) as one module: the whole of what a new field type needs.
 * It declares its shape, defines its parse, display, expected text, template dropdown and validation scan, and
 * registers itself. Nothing else in src/ or test/ changes for it (test/core/fields/likert.test.ts only uses it).
 */
import { defineFieldType, numberColumn, registerFieldType } from "../../../src/core/fields";
import { defineMessages } from "../../../src/core/i18n";
import { message } from "../../../src/core/i18n/message";
import type { FieldType } from "../../../src/core/registers/types";
import { BLANK, isBlankCell, isExcelError, normalizeText, toHalfWidth, type Parsed } from "../../../src/core/values";
import { fail, ok } from "../../../src/core/values/parsed";

declare module "../../../src/core/registers/types" {
  interface FieldTypes {
    likert: { kind: "likert" };
  }
}

/** The words, from 5 down to 1. */
export const LIKERT_WORDS = ["非常满意", "满意", "一般", "不满意", "非常不满意"] as const;
const SCORE_OF = new Map<string, number>(LIKERT_WORDS.map((w, k) => [w, 5 - k]));

const MESSAGES = defineMessages({
  expected: {
    "zh-CN": "1–5 的评分，或“非常满意、满意、一般、不满意、非常不满意”之一",
    "en-US": "a score from 1 to 5, or one of 非常满意 (very satisfied) … 非常不满意 (very dissatisfied)",
  },
});

/** A Likert column for a RegisterDef. */
export const likert = (): FieldType => ({ kind: "likert" });

export function parseLikert(raw: unknown): Parsed<number> {
  if (raw === null || raw === undefined || isBlankCell(raw)) return BLANK;
  if (typeof raw === "number")
    return Number.isInteger(raw) && raw >= 1 && raw <= 5 ? ok(raw) : fail("likert", "not-in-list");
  if (typeof raw !== "string") return fail("likert", "unreadable");
  if (isExcelError(raw)) return fail("likert", "excel-error");
  const text = toHalfWidth(normalizeText(raw));
  if (text === "") return BLANK;
  const word = SCORE_OF.get(text);
  if (word !== undefined) return ok(word);
  return /^[1-5]$/.test(text) ? ok(Number(text)) : fail("likert", "not-in-list");
}

export const likertField = registerFieldType(
  defineFieldType({
    kind: "likert",
    storage: "num",
    width: 10,
    hint: () => `1–5 分，或 ${LIKERT_WORDS.join("/")}`,
    expected: () => message(MESSAGES, "expected"),
    parser: () => parseLikert,
    bounds: () => ({ min: 1, max: 5 }),
    // The words and the scores: Excel's list validation then accepts what the validator accepts.
    choices: () => ({ values: [...LIKERT_WORDS, "5", "4", "3", "2", "1"] }),
    show(t, header, i) {
      const v = t.number(header, i);
      return v === null ? null : `${v}（${LIKERT_WORDS[5 - v]}）`;
    },
    // Whole numbers take the fast path (7 is then cell/maximum); words and other text go through the parser once each.
    scanner: (_type, setup) =>
      numberColumn(setup, {
        bounds: { min: 1, max: 5 },
        notAfter: Number.POSITIVE_INFINITY,
        floor: Number.NEGATIVE_INFINITY,
        countColumn: false,
        wholeSerials: false,
        wholeNumbers: true,
      }),
  }),
);
