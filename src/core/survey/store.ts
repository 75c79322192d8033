/**
 * Survey data ⇄ the 满意度调查 register (long: one row per respondent × question). Writing keeps what the sheet holds:
 * a row whose key (调查名称, 答卷编号, 题目) is already there is rewritten in place, others are appended, so importing
 * the same export twice leaves the sheet as the first import did.
 */
import { serialToIsoDateTime } from "../dates";
import { surveyResponses } from "../registers/survey-responses";
import type { Block, CellValue } from "../sheet-spec";
import type { RegisterTable } from "../table-types";
import { splitChoices } from "./data";
import type { SurveyData, SurveyKind, SurveySource } from "./types";

export const REGISTER_HEADERS: readonly string[] = surveyResponses.columns.map((c) => c.header);

const keyOf = (survey: string, id: string, item: string) => `${survey}\u0000${id}\u0000${item}`;

/** The register rows of a survey, in register column order. */
export function registerRows(data: SurveyData): CellValue[][] {
  const rows: CellValue[][] = [];
  const overall = data.items.find((i) => i.overall)?.header ?? null;
  data.ids.forEach((id, i) => {
    const t = data.times[i];
    // Text, not a serial: the register column is typed datetime and the text form reads the same in every host.
    const time = t === null || t === undefined ? null : serialToIsoDateTime(t).replace("T", " ");
    const row = (
      item: string,
      type: string,
      score: number | null,
      points: number | null,
      answer: string | null,
      isOverall: boolean | null,
    ): CellValue[] => [
      data.name,
      data.kind,
      id,
      time,
      item,
      type,
      score,
      points,
      answer,
      isOverall === null ? null : isOverall ? "是" : "否",
      data.source,
    ];
    for (const it of data.items) {
      const s = it.scores[i] as number;
      rows.push(
        row(it.header, "评分", s === s ? s : null, it.points, s === s ? null : "(跳过)", it.header === overall),
      );
    }
    for (const g of data.groups) {
      const v = g.values[i];
      if (v !== null && v !== undefined) rows.push(row(g.header, "单选", null, null, v, null));
    }
    for (const c of data.choices) {
      const v = c.values[i];
      if (v) rows.push(row(c.header, "多选", null, null, v.join("┋"), null));
    }
    for (const c of data.comments) {
      const v = c.values[i];
      if (v !== null && v !== undefined) rows.push(row(c.header, "文本", null, null, v, null));
    }
  });
  return rows;
}

export interface RegisterWrite {
  blocks: Block[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * The blocks that put `rows` into the register sheet: rows with a key already present are rewritten where they are
 * (only their register columns, and only when a value differs), the rest appended below the last row.
 */
export function planRegisterWrite(
  sheet: string,
  rows: readonly CellValue[][],
  existing: RegisterTable | null,
): RegisterWrite {
  const cols = REGISTER_HEADERS.map((h) => (existing ? existing.columnIndex(h) : REGISTER_HEADERS.indexOf(h)));
  const at = new Map<string, number>();
  if (existing) {
    for (let i = 0; i < existing.rowCount; i++) {
      if (existing.isBlank(i)) continue;
      const k = keyOf(
        existing.text("调查名称", i) ?? "",
        existing.text("答卷编号", i) ?? "",
        existing.text("题目", i) ?? "",
      );
      if (!at.has(k)) at.set(k, i);
    }
  }
  const blocks: Block[] = [];
  const appended: CellValue[][] = [];
  let updated = 0;
  let unchanged = 0;
  for (const row of rows) {
    const i = at.get(keyOf(String(row[0]), String(row[2]), String(row[4])));
    if (i === undefined || !existing) {
      appended.push(row);
      continue;
    }
    let changed = false;
    REGISTER_HEADERS.forEach((h, c) => {
      const col = cols[c] as number;
      if (col < 0) return;
      const before = existing.raw(h, i);
      const after = row[c] ?? null;
      if (same(before, after)) return;
      changed = true;
      blocks.push({ sheet, row: existing.excelRow(i), column: col + 1, values: [[after]] });
    });
    if (changed) updated++;
    else unchanged++;
  }
  if (appended.length > 0) {
    const first = existing ? existing.headerRow + existing.rowCount + 1 : 2;
    if (existing && cols.some((c, k) => c !== (cols[0] as number) + k)) {
      // The user's sheet orders the columns its own way: write each register column where it is.
      REGISTER_HEADERS.forEach((_, c) => {
        const col = cols[c] as number;
        if (col >= 0) blocks.push({ sheet, row: first, column: col + 1, values: appended.map((r) => [r[c] ?? null]) });
      });
    } else {
      blocks.push({ sheet, row: first, column: (cols[0] as number) + 1, values: appended });
    }
  }
  return { blocks, added: appended.length, updated, unchanged };
}

function same(a: unknown, b: CellValue): boolean {
  const na = a === undefined || a === "" ? null : a;
  const nb = b === "" ? null : b;
  if (na === nb) return true;
  if (typeof na === "number" && typeof nb === "string") return false;
  return na !== null && nb !== null && String(na).trim() === String(nb).trim();
}

/** The surveys a register holds, in order of first appearance, read back into respondents × columns. */
export function surveysFromTable(t: RegisterTable): SurveyData[] {
  interface Acc {
    data: SurveyData;
    respondent: Map<string, number>;
    items: Map<string, { points: number; overall: boolean; scores: number[] }>;
    texts: Map<string, { type: string; values: Map<number, string> }>;
  }
  const surveys = new Map<string, Acc>();
  for (let i = 0; i < t.rowCount; i++) {
    if (t.isBlank(i)) continue;
    const name = t.text("调查名称", i);
    const id = t.text("答卷编号", i);
    const item = t.text("题目", i);
    if (!name || !id || !item) continue;
    let acc = surveys.get(name);
    if (!acc) {
      const kind = (t.text("类型", i) === "员工" ? "员工" : "师生") as SurveyKind;
      const source = (t.text("来源", i) ?? "generic") as SurveySource;
      acc = {
        data: {
          name,
          kind,
          source,
          ids: [],
          times: [],
          items: [],
          groups: [],
          choices: [],
          comments: [],
          dropped: [],
          redacted: 0,
        },
        respondent: new Map(),
        items: new Map(),
        texts: new Map(),
      };
      surveys.set(name, acc);
    }
    let r = acc.respondent.get(id);
    if (r === undefined) {
      r = acc.data.ids.length;
      acc.respondent.set(id, r);
      acc.data.ids.push(id);
      acc.data.times.push(t.dateTime("提交时间", i));
    }
    const type = t.text("题型", i) ?? "评分";
    if (type === "评分") {
      let it = acc.items.get(item);
      if (!it) acc.items.set(item, (it = { points: t.number("量表", i) ?? 5, overall: false, scores: [] }));
      if (t.bool("总体题", i) === true) it.overall = true;
      const s = t.number("分值", i);
      it.scores[r] = s ?? NaN;
    } else {
      let tx = acc.texts.get(item);
      if (!tx) acc.texts.set(item, (tx = { type, values: new Map() }));
      const a = t.text("答案", i);
      if (a !== null) tx.values.set(r, a);
    }
  }
  return [...surveys.values()].map(({ data, items, texts }) => {
    const n = data.ids.length;
    for (const [header, it] of items) {
      const scores = new Float64Array(n).fill(NaN);
      it.scores.forEach((s, k) => (scores[k] = s));
      data.items.push({ header, points: it.points, overall: it.overall, scores });
    }
    for (const [header, tx] of texts) {
      const values = Array.from({ length: n }, (_, k) => tx.values.get(k) ?? null);
      if (tx.type === "多选")
        data.choices.push({ header, values: values.map((v) => (v === null ? null : splitChoices(v))) });
      else if (tx.type === "单选") data.groups.push({ header, values });
      else data.comments.push({ header, values });
    }
    return data;
  });
}
