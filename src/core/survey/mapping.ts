/**
 * The user-confirmed score mapping kept in the workbook (`参数设置` key `评分映射`): `label=score` pairs separated by
 * `；`/`;`/new lines, e.g. `很好=5；较好=4；一般=3；较差=2；很差=1；序号1=5；序号2=4`. `序号N` entries map the option
 * positions of a 问卷星 按序号 export.
 */
import { answerKey, leaning } from "./vocab";

export const MAPPING_KEY = "评分映射";
export const POSITION_PREFIX = "序号";

export type ScoreMapping = ReadonlyMap<string, number>;

export interface MappingParse {
  mapping: Map<string, number>;
  /** Entries that are not `label=score` with a score 1–7, as written. */
  bad: string[];
}

export function parseMapping(text: string): MappingParse {
  const mapping = new Map<string, number>();
  const bad: string[] = [];
  for (const part of text.split(/[;；\n,，]/)) {
    const entry = part.trim();
    if (entry === "") continue;
    const m = /^(.+?)\s*[=＝:：]\s*(\d+)$/.exec(entry);
    const score = m ? Number(m[2]) : NaN;
    if (!m || !(score >= 1 && score <= 7)) {
      bad.push(entry);
      continue;
    }
    mapping.set(answerKey(m[1]), score);
  }
  return { mapping, bad };
}

export function formatMapping(mapping: ScoreMapping): string {
  return [...mapping].map(([label, score]) => `${label}=${score}`).join("；");
}

/** The mapping with `extra` laid over it (a confirmation replaces a label's earlier score). */
export function mergeMapping(
  base: ScoreMapping,
  extra: Readonly<Record<string, number>> | ScoreMapping,
): Map<string, number> {
  const out = new Map(base);
  const entries = extra instanceof Map ? [...extra] : Object.entries(extra);
  for (const [k, v] of entries) out.set(answerKey(k), v);
  return out;
}

/**
 * A pair of labels the mapping puts the wrong way round (a higher score must be better): the first leans better than
 * the second by its words yet scores lower. Null when the mapping agrees with its words (or they say nothing).
 */
export function reversedPair(
  scores: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
): [string, string] | null {
  const entries = (scores instanceof Map ? [...scores] : Object.entries(scores)).filter(
    ([k]) => !k.startsWith(POSITION_PREFIX),
  );
  for (const [a, sa] of entries) {
    const la = leaning(a);
    if (la === null) continue;
    for (const [b, sb] of entries) {
      const lb = leaning(b);
      if (lb !== null && la > lb && sa < sb) return [a, b];
    }
  }
  return null;
}
