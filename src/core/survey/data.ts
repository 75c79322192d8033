/**
 * Reading an export's rows by its plan into respondents × columns. Scores come from the item's scale; skipped and
 * blank answers are NaN (left out of n). Identity columns are never read; a free-text answer that looks like a phone
 * number or an e-mail address is withheld and counted, so no contact reaches the workbook.
 */
import { parseDateTime } from "../values";
import { POSITION_PREFIX, type ScoreMapping } from "./mapping";
import { SurveyError } from "./messages";
import type { ChoiceData, ItemData, SurveyData, SurveyKind, SurveyPlan, SurveySheet, TextColumnData } from "./types";
import { answerKey, isSkipped, KNOWN_SCALES, looksLikePii, numericAnswer } from "./vocab";
import type { CellValue } from "../sheet-spec";

export interface ReadOptions {
  file: string;
  name: string;
  kind: SurveyKind;
  mapping?: ScoreMapping;
}

type Scorer = (raw: CellValue, key: string) => number;

function scorerOf(scaleId: string, mapping: ScoreMapping): Scorer {
  if (scaleId === "numeric") return (raw, key) => numericAnswer(raw, key) ?? NaN;
  if (scaleId === "position")
    return (raw, key) => mapping.get(`${POSITION_PREFIX}${numericAnswer(raw, key) ?? ""}`) ?? NaN;
  if (scaleId === "mapped") return (_raw, key) => mapping.get(key) ?? NaN;
  const scale = KNOWN_SCALES.find((s) => s.id === scaleId);
  const scores = scale?.scores ?? {};
  return (_raw, key) => scores[key] ?? NaN;
}

const isBlankRow = (row: readonly CellValue[] | undefined) =>
  !row || row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));

/** Splits a multi-select answer (问卷星 ┋, Forms ';'). */
export function splitChoices(text: string): string[] {
  return text
    .split(/[┋;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== "" && !isSkipped(answerKey(s)));
}

export function readSurvey(sheet: SurveySheet, plan: SurveyPlan, options: ReadOptions): SurveyData {
  const mapping = options.mapping ?? new Map<string, number>();
  if (plan.proposals.length > 0) {
    const p = plan.proposals[0] as SurveyPlan["proposals"][number];
    throw new SurveyError("unconfirmed", {
      file: options.file,
      sheet: sheet.name,
      mapping: Object.entries(p.scores)
        .map(([k, v]) => `${k}=${v}`)
        .join("；"),
      columns: p.columns.join("、"),
    });
  }
  const rows: (readonly CellValue[])[] = [];
  const excelRows: number[] = [];
  for (let r = plan.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (isBlankRow(row)) continue;
    rows.push(row as readonly CellValue[]);
    excelRows.push(r + 1);
  }
  const n = rows.length;
  const cell = (i: number, c: number): CellValue => rows[i]?.[c] ?? null;

  const idCol = plan.columns.find((c) => c.role === "id");
  const timeCol = plan.columns.find((c) => c.role === "time");
  const ids = rows.map((_, i) => {
    const v = idCol ? cell(i, idCol.index) : null;
    const text = v === null ? "" : String(v).trim();
    // Without an id column the respondent is its position in the export (问卷星's 序号 counts the same way).
    return text === "" ? String(i + 1) : text;
  });
  const parsedTimes = new Map<CellValue, number | null>();
  const times = rows.map((_, i) => {
    if (!timeCol) return null;
    const raw = cell(i, timeCol.index);
    let t = parsedTimes.get(raw);
    if (t === undefined) {
      const p = parseDateTime(raw);
      parsedTimes.set(raw, (t = p.kind === "ok" ? p.value : null));
    }
    return t;
  });

  const items: ItemData[] = [];
  const groups: TextColumnData[] = [];
  const choices: ChoiceData[] = [];
  const comments: TextColumnData[] = [];
  let redacted = 0;
  for (const col of plan.columns) {
    if (col.role === "item" && col.scale) {
      const score = scorerOf(col.scale.id, mapping);
      const scores = new Float64Array(n);
      // An item has a handful of distinct answers: normalise and score each once.
      const memo = new Map<CellValue, number>();
      for (let i = 0; i < n; i++) {
        const raw = cell(i, col.index);
        let s = memo.get(raw);
        if (s === undefined) {
          const key = answerKey(raw);
          s = isSkipped(key) ? NaN : score(raw, key);
          memo.set(raw, s);
        }
        scores[i] = s;
      }
      items.push({ header: col.header, points: col.scale.points, overall: col.overall === true, scores });
    } else if (col.role === "group" || col.role === "comment") {
      const values = rows.map((_, i) => {
        const raw = cell(i, col.index);
        const key = answerKey(raw);
        if (isSkipped(key)) return null;
        const text = String(raw).trim();
        if (col.role === "comment" && looksLikePii(text)) {
          redacted++;
          return null;
        }
        return text;
      });
      (col.role === "group" ? groups : comments).push({ header: col.header, values });
    } else if (col.role === "choice") {
      const values = rows.map((_, i) => {
        const raw = cell(i, col.index);
        return isSkipped(answerKey(raw)) ? null : splitChoices(String(raw));
      });
      choices.push({ header: col.header, values });
    }
  }
  return {
    name: options.name,
    kind: options.kind,
    source: plan.source,
    ids,
    times,
    items,
    groups,
    choices,
    comments,
    dropped: [...plan.dropped],
    redacted,
  };
}
