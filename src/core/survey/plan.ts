/**
 * Reading an export's shape: where its header row is, which platform wrote it, and what each column is taken for
 * (scored item and its scale, group, multi-select, comment, dropped identity, ignored metadata). The plan is what the
 * user previews; nothing is read into statistics before it holds no unconfirmed mapping.
 */
import { columnLetter } from "../recognize/column-letter";
import type { CellValue } from "../sheet-spec";
import {
  detectSource,
  isGroupHeader,
  isIdHeader,
  isMetaHeader,
  isMultiHeader,
  isOverallHeader,
  isTimeHeader,
} from "./headers";
import { POSITION_PREFIX, type ScoreMapping } from "./mapping";
import { SurveyError } from "./messages";
import type { ColumnPlan, MappingProposal, SurveyPlan, SurveySheet } from "./types";
import {
  answerKey,
  isIdentityHeader,
  isSkipped,
  KNOWN_SCALES,
  leaning,
  looksLikePii,
  MULTI_SEPARATOR,
  numericAnswer,
} from "./vocab";

export interface PlanOptions {
  /** File name for messages (and 问卷星's 按序号 marker in it). */
  file: string;
  /** Confirmed label → score mapping (参数设置 评分映射 plus the user's confirmations). */
  mapping?: ScoreMapping;
  /** Numbers are option positions (问卷星 按序号), not scores; default: when the file name says 按序号. */
  positions?: boolean;
}

const HEADER_SCAN = 5;
/** A text column with at most this many distinct answers is a single choice (a group candidate), else free text. */
const MAX_GROUP_VALUES = 12;
/** Share of a free-text column's answers that look like contacts for the whole column to be dropped. */
const PII_COLUMN_SHARE = 0.3;

const isEmpty = (v: CellValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function looksLikeAnswer(v: CellValue): boolean {
  const key = answerKey(v);
  return typeof v === "number" || KNOWN_SCALES.some((s) => key in s.scores);
}

/** The header row: the first of the top rows with two or more filled cells, none of them numbers or scale answers. */
function findHeader(sheet: SurveySheet, file: string): number {
  const where = { file, sheet: sheet.name };
  const firstFilled = sheet.values.findIndex((r) => r.some((v) => !isEmpty(v)));
  if (firstFilled < 0) throw new SurveyError("empty", where);
  for (let r = firstFilled; r < Math.min(sheet.values.length, firstFilled + HEADER_SCAN); r++) {
    const filled = (sheet.values[r] ?? []).filter((v) => !isEmpty(v));
    if (filled.length < 2) continue;
    const answers = filled.filter(looksLikeAnswer);
    if (answers.length * 2 >= filled.length) {
      throw new SurveyError("no-header", { ...where, row: r + 1, sample: String(answers[0]) });
    }
    return r;
  }
  throw new SurveyError("no-header", {
    ...where,
    row: firstFilled + 1,
    sample: String(sheet.values[firstFilled]?.find((v) => !isEmpty(v)) ?? ""),
  });
}

interface ColumnAnswers {
  /** Distinct answer keys with their first raw value, in order of first appearance. */
  distinct: Map<string, CellValue>;
  answered: number;
  multi: boolean;
  pii: number;
}

function answersOf(values: SurveySheet["values"], headerRow: number, c: number): ColumnAnswers {
  const distinct = new Map<string, CellValue>();
  let answered = 0;
  let multi = false;
  let pii = 0;
  // Answers repeat: each distinct raw value is normalised and checked once.
  const seen = new Map<CellValue, { key: string; pii: boolean }>();
  for (let r = headerRow + 1; r < values.length; r++) {
    const raw = values[r]?.[c] ?? null;
    let info = seen.get(raw);
    if (!info) {
      const key = answerKey(raw);
      info = { key, pii: typeof raw === "string" && looksLikePii(raw) };
      seen.set(raw, info);
      // 问卷星 joins ticked options with ┋; Forms ends every multi-select answer with ';'.
      if (!isSkipped(key) && (key.includes(MULTI_SEPARATOR) || key.endsWith(";"))) multi = true;
    }
    if (isSkipped(info.key)) continue;
    answered++;
    if (!distinct.has(info.key)) distinct.set(info.key, raw);
    if (info.pii) pii++;
  }
  return { distinct, answered, multi, pii };
}

type ScaleGuess =
  | { kind: "scale"; id: string; points: number }
  | { kind: "numbers"; max: number }
  | { kind: "mixed"; a: string; b: string }
  | { kind: "propose"; scores: Record<string, number> }
  | { kind: "text" };

/** What a column's answers say about its scale. */
function guessScale(answers: ColumnAnswers, mapping: ScoreMapping): ScaleGuess {
  const keys = [...answers.distinct.keys()];
  if (keys.length === 0) return { kind: "text" };
  const numeric = keys.filter((k) => numericAnswer(answers.distinct.get(k) ?? null, k) !== null);
  const scalesOf = keys.map((k) => KNOWN_SCALES.filter((s) => k in s.scores).map((s) => s.id));
  const vocab = keys.filter((_, i) => (scalesOf[i] ?? []).length > 0);
  if (numeric.length === keys.length) {
    return { kind: "numbers", max: Math.max(...numeric.map((k) => Number(k))) };
  }
  if (vocab.length + numeric.length === keys.length) {
    if (numeric.length > 0)
      return { kind: "mixed", a: String(answers.distinct.get(numeric[0] as string)), b: vocab[0] as string };
    const common = KNOWN_SCALES.find((s) => keys.every((k) => k in s.scores));
    if (common) return { kind: "scale", id: common.id, points: common.points };
    // Two vocabularies: name a word of each that the other lacks.
    const first = KNOWN_SCALES.find((s) => s.id === scalesOf[0]?.[0]) ?? KNOWN_SCALES[0];
    const other = keys.find((k) => !(k in (first?.scores ?? {}))) ?? "";
    return { kind: "mixed", a: keys[0] as string, b: other };
  }
  if (keys.every((k) => mapping.has(k))) {
    const scores = keys.map((k) => mapping.get(k) as number);
    return { kind: "scale", id: "mapped", points: Math.max(...scores) <= 5 ? 5 : 7 };
  }
  // Unknown words: propose scores when every answer leans somewhere and they spread over the scale.
  if (numeric.length === 0 && keys.length <= 7) {
    const proposed: Record<string, number> = {};
    for (const k of keys) {
      const known = KNOWN_SCALES.find((s) => k in s.scores)?.scores[k];
      const score = mapping.get(k) ?? known ?? leaning(k);
      if (score === null || score === undefined) return { kind: "text" };
      proposed[k] = score;
    }
    if (new Set(Object.values(proposed)).size >= 2) return { kind: "propose", scores: proposed };
  }
  return { kind: "text" };
}

const COMMENT_HEADER = /建议|意见|其他|其它|评论|说明|留言|想说|补充|comment|suggest|feedback/i;

function textRole(header: string, answers: ColumnAnswers): ColumnPlan["role"] {
  if (answers.answered === 0) return "ignored";
  if (isGroupHeader(header)) return "group";
  if (COMMENT_HEADER.test(header) || answers.pii > 0) return "comment";
  const short = [...answers.distinct.keys()].every((k) => k.length <= 10);
  return short &&
    answers.distinct.size <= MAX_GROUP_VALUES &&
    answers.distinct.size * 2 <= Math.max(answers.answered, 4)
    ? "group"
    : "comment";
}

export function planSurvey(sheet: SurveySheet, options: PlanOptions): SurveyPlan {
  const mapping = options.mapping ?? new Map<string, number>();
  const positions = options.positions ?? /按序号/.test(options.file);
  const where = { file: options.file, sheet: sheet.name };
  const headerRow = findHeader(sheet, options.file);
  const headerCells = sheet.values[headerRow] ?? [];
  const width = Math.max(...sheet.values.map((r) => r.length));
  const headers = Array.from({ length: width }, (_, c) => {
    const h = headerCells[c];
    return h === null || h === undefined ? "" : String(h).trim();
  });
  const hasRows = sheet.values.slice(headerRow + 1).some((r) => r.some((v) => !isEmpty(v)));
  if (!hasRows) throw new SurveyError("no-rows", { ...where, row: headerRow + 1 });

  const columns: ColumnPlan[] = [];
  const positionColumns: { header: string; max: number }[] = [];
  const proposals: MappingProposal[] = [];
  let idTaken = false;
  let timeTaken = false;
  for (let c = 0; c < width; c++) {
    const header = headers[c] as string;
    const plan = (role: ColumnPlan["role"], extra: Partial<ColumnPlan> = {}) =>
      columns.push({ index: c, header, role, ...extra });
    if (header !== "" && isIdentityHeader(header)) {
      plan("dropped", { reason: "identity" });
      continue;
    }
    if (!idTaken && isIdHeader(header)) {
      idTaken = true;
      plan("id");
      continue;
    }
    if (!timeTaken && isTimeHeader(header)) {
      timeTaken = true;
      plan("time");
      continue;
    }
    if (header === "" || isMetaHeader(header) || isIdHeader(header) || isTimeHeader(header)) {
      plan("ignored");
      continue;
    }
    const answers = answersOf(sheet.values, headerRow, c);
    if (answers.multi || (isMultiHeader(header) && answers.answered > 0)) {
      plan("choice");
      continue;
    }
    const guess = guessScale(answers, mapping);
    const overall = isOverallHeader(header);
    switch (guess.kind) {
      case "mixed":
        throw new SurveyError("mixed-scale", { ...where, column: columnLetter(c), header, a: guess.a, b: guess.b });
      case "numbers":
        if (isGroupHeader(header) || guess.max > 7) {
          plan(textRole(header, answers));
        } else if (positions) {
          positionColumns.push({ header, max: guess.max });
          plan("item", { scale: { id: "position", points: guess.max <= 5 ? 5 : 7 }, overall });
        } else {
          plan("item", { scale: { id: "numeric", points: guess.max <= 5 ? 5 : 7 }, overall });
        }
        break;
      case "scale":
        plan("item", { scale: { id: guess.id, points: guess.points }, overall });
        break;
      case "propose":
        if (isGroupHeader(header)) {
          plan("group");
          break;
        }
        proposals.push({ kind: "vocabulary", columns: [header], scores: guess.scores });
        plan("item", { scale: { id: "mapped", points: 5 }, overall });
        break;
      case "text": {
        const role = textRole(header, answers);
        if (role === "comment" && answers.pii >= Math.max(1, answers.answered * PII_COLUMN_SHARE))
          plan("dropped", { reason: "pii" });
        else plan(role);
      }
    }
  }

  if (positionColumns.length > 0) {
    // 问卷星 lists the best option first, so position 1 proposes the top score; the user confirms or corrects it.
    const k = Math.max(...positionColumns.map((p) => p.max), 5);
    const scores: Record<string, number> = {};
    let confirmed = true;
    for (let p = 1; p <= k; p++) {
      const key = `${POSITION_PREFIX}${p}`;
      scores[key] = mapping.get(key) ?? k + 1 - p;
      if (!mapping.has(key)) confirmed = false;
    }
    if (!confirmed) proposals.unshift({ kind: "position", columns: positionColumns.map((p) => p.header), scores });
  }
  // Proposals for the same words are one question to the user.
  const merged = mergeProposals(proposals);
  if (!columns.some((c) => c.role === "item")) throw new SurveyError("no-scored", { ...where, row: headerRow + 1 });
  return {
    source: detectSource(headers),
    headerRow,
    columns,
    proposals: merged,
    dropped: columns.filter((c) => c.role === "dropped").map((c) => c.header),
  };
}

function mergeProposals(list: MappingProposal[]): MappingProposal[] {
  const out: MappingProposal[] = [];
  for (const p of list) {
    const same = out.find(
      (o) =>
        o.kind === p.kind &&
        JSON.stringify(Object.keys(o.scores).sort()) === JSON.stringify(Object.keys(p.scores).sort()),
    );
    if (same) same.columns.push(...p.columns);
    else out.push({ ...p, columns: [...p.columns] });
  }
  return out;
}

/** The plan's columns by role, for a preview. */
export function columnsByRole(plan: SurveyPlan, role: ColumnPlan["role"]): ColumnPlan[] {
  return plan.columns.filter((c) => c.role === role);
}
