/**
 * A survey's summary in the shape of the JSON contract: items, the overall item (or each respondent's mean when no
 * item says 总体/整体/综合), groups with small-group and complementary suppression, multi-select counts, comments.
 */
import { isGroupHeader } from "./headers";
import { SurveyError } from "./messages";
import { itemStats, round } from "./stats";
import type { GroupStats, SurveyData, SurveySummary } from "./types";

/** The floor under 最小公开人数: a group of two could be told apart from its members' own answers. */
export const MIN_GROUP_FLOOR = 3;
export const DEFAULT_MIN_GROUP = 5;
/** Comment texts are shown only for groups at least this large. */
export const COMMENT_GROUP_MIN = 10;

export interface SummaryOptions {
  /** Header of the single-choice column to group by; default: the first whose header says 身份/部门/年级…; '' for none. */
  groupBy?: string;
  /** 最小公开人数 (default 5, never below 3). */
  minGroupSize?: number;
  /** Header of the overall item when the user picks one. */
  overallItem?: string;
  /** File and sheet for messages. */
  where?: { file: string; sheet: string };
}

/** The item taken as overall: the user's pick, else the first whose text says 总体/整体/综合; null → respondent means. */
export function overallItemOf(data: SurveyData, pick?: string): SurveyData["items"][number] | null {
  if (pick) return data.items.find((i) => i.header === pick.trim()) ?? null;
  return data.items.find((i) => i.overall) ?? null;
}

/** Each respondent's overall score: the overall item, or the mean of their scored answers; NaN when they gave none. */
export function overallScores(data: SurveyData, pick?: string): Float64Array {
  const item = overallItemOf(data, pick);
  if (item) return item.scores;
  const n = data.ids.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let k = 0;
    for (const it of data.items) {
      const s = it.scores[i] as number;
      if (s === s) {
        sum += s;
        k++;
      }
    }
    out[i] = k === 0 ? NaN : sum / k;
  }
  return out;
}

function overallOf(data: SurveyData, pick?: string): SurveySummary["overall"] {
  const item = overallItemOf(data, pick);
  if (item) {
    const s = itemStats(item.header, item.points, item.scores);
    return { item: item.header, mean: s.mean, top2: s.top2, basis: "item" };
  }
  const scores = overallScores(data);
  const points = Math.max(5, ...data.items.map((i) => i.points));
  let n = 0;
  let sum = 0;
  let top = 0;
  for (const s of scores) {
    if (s !== s) continue;
    n++;
    sum += s;
    if (s >= points - 1) top++;
  }
  return {
    item: null,
    mean: n ? round(sum / n, 3) : null,
    top2: n ? round((top * 100) / n, 1) : null,
    basis: "respondent-mean",
  };
}

function groupsOf(data: SurveyData, by: SurveyData["groups"][number], min: number): GroupStats[] {
  const members = new Map<string, number[]>();
  by.values.forEach((v, i) => {
    if (v === null) return;
    let list = members.get(v);
    if (!list) members.set(v, (list = []));
    list.push(i);
  });
  const entries = [...members].map(([value, rows]) => ({
    value,
    rows: Int32Array.from(rows),
    reason: rows.length < min ? ("size" as const) : (null as "size" | "complementary" | null),
  }));
  const small = entries.filter((e) => e.reason === "size");
  if (small.length === 1) {
    // The total is shown, so one hidden group could be derived from the others: hide the next smallest too.
    const next = entries.filter((e) => e.reason === null).sort((a, b) => a.rows.length - b.rows.length)[0];
    if (next) next.reason = "complementary";
  }
  return entries.map((e): GroupStats =>
    e.reason !== null
      ? { by: by.header, value: e.value, n: null, suppressed: true, reason: e.reason }
      : {
          by: by.header,
          value: e.value,
          n: e.rows.length,
          suppressed: false,
          items: data.items.map((it) => itemStats(it.header, it.points, it.scores, e.rows)),
        },
  );
}

export function summarise(data: SurveyData, options: SummaryOptions = {}): SurveySummary {
  const min = Math.max(MIN_GROUP_FLOOR, Math.floor(options.minGroupSize ?? DEFAULT_MIN_GROUP));
  const where = options.where ?? { file: data.name, sheet: data.name };
  let by: SurveyData["groups"][number] | undefined;
  if (options.groupBy !== undefined && options.groupBy.trim() !== "") {
    by = data.groups.find((g) => g.header === options.groupBy?.trim());
    if (!by)
      throw new SurveyError("group-by", {
        ...where,
        header: options.groupBy,
        available: data.groups.map((g) => g.header).join("、") || "—",
      });
  } else if (options.groupBy === undefined) {
    by = data.groups.find((g) => isGroupHeader(g.header));
  }
  const groups = by ? groupsOf(data, by, min) : [];

  const commentTexts: SurveySummary["commentTexts"] = [];
  for (const c of data.comments) {
    if (by) {
      for (const g of groups) {
        if (g.suppressed || g.n < COMMENT_GROUP_MIN) continue;
        const texts = c.values.filter((v, i): v is string => v !== null && by?.values[i] === g.value);
        if (texts.length) commentTexts.push({ item: c.header, group: g.value, texts });
      }
    } else if (data.ids.length >= COMMENT_GROUP_MIN) {
      const texts = c.values.filter((v): v is string => v !== null);
      if (texts.length) commentTexts.push({ item: c.header, group: null, texts });
    }
  }

  return {
    survey: data.name,
    kind: data.kind,
    source: data.source,
    respondents: data.ids.length,
    dropped: data.dropped,
    items: data.items.map((it) => itemStats(it.header, it.points, it.scores)),
    overall: data.items.length ? overallOf(data, options.overallItem) : null,
    groups,
    choices: data.choices.map((c) => {
      const options: Record<string, number> = {};
      for (const v of c.values) for (const o of v ?? []) options[o] = (options[o] ?? 0) + 1;
      return { item: c.header, options };
    }),
    comments: data.comments.map((c) => ({ item: c.header, count: c.values.filter((v) => v !== null).length })),
    commentTexts,
    minGroupSize: min,
    redacted: data.redacted,
  };
}

/** The summary as `ledger survey --json` prints it: the contract's keys first, extras after. */
export function summaryJson(s: SurveySummary): Record<string, unknown> {
  return {
    survey: s.survey,
    source: s.source,
    respondents: s.respondents,
    dropped: s.dropped,
    items: s.items.map(({ distPct: _pct, ...rest }) => rest),
    overall: s.overall,
    groups: s.groups.map((g) =>
      g.suppressed ? g : { ...g, items: g.items.map(({ distPct: _pct, ...rest }) => rest) },
    ),
    choices: s.choices,
    comments: s.comments,
    kind: s.kind,
    minGroupSize: s.minGroupSize,
    redacted: s.redacted,
  };
}
