/**
 * The shapes of the survey feature: what an export's columns are taken for (the plan the user previews), the
 * respondents × columns data both an export and the 满意度调查 register turn into, and the summary of the JSON contract.
 */
import type { CellValue } from "../sheet-spec";

/** Where an export came from: 问卷星, Microsoft Forms, or anything else (Tencent 问卷, a pasted sheet, a CSV). */
export type SurveySource = "wjx" | "forms" | "generic";
export type SurveyKind = "师生" | "员工";

/**
 * What a column is taken for.
 * - item: a scored question; group: a single-choice column the summary may group by; choice: a multi-select question;
 * - comment: free text; dropped: identity (never stored); ignored: export metadata (序号, 所用时间 …);
 * - id / time: the respondent's id (序号, ID, 编号) and the submission time.
 */
export type ColumnRole = "item" | "group" | "choice" | "comment" | "dropped" | "ignored" | "id" | "time";

/** A scale an item's answers were read on: its points (5 or 7) and how each answer text maps to a score. */
export interface ScaleRead {
  /** 'numeric' (1–5, 1–7), a known vocabulary id, 'mapped' (评分映射) or 'position' (问卷星 按序号 via 评分映射). */
  id: string;
  points: number;
}

export interface ColumnPlan {
  /** 0-based column index in the source sheet. */
  index: number;
  header: string;
  role: ColumnRole;
  scale?: ScaleRead;
  /** Why a column was dropped: 'identity' (its header) or 'pii' (its answers look like phone numbers or e-mail). */
  reason?: "identity" | "pii";
  /** Whether the item's text says 总体/整体/综合 (the overall item). */
  overall?: boolean;
}

/** A mapping the user must confirm before an import: answer labels → scores, proposed by the add-in. */
export interface MappingProposal {
  /** 'position' for 问卷星 按序号 (option numbers), 'vocabulary' for an unknown set of answer texts. */
  kind: "position" | "vocabulary";
  columns: string[];
  /** label → proposed score; the key of a position is '序号N'. */
  scores: Record<string, number>;
}

export interface SurveyPlan {
  source: SurveySource;
  /** 0-based index of the header row in the sheet. */
  headerRow: number;
  columns: ColumnPlan[];
  /** Mappings to confirm; an import refuses while any is unconfirmed. */
  proposals: MappingProposal[];
  /** Headers of the dropped columns, in sheet order (the JSON's `dropped`). */
  dropped: string[];
}

export interface ItemData {
  header: string;
  points: number;
  overall: boolean;
  /** One score per respondent; NaN for a skipped or blank answer. */
  scores: Float64Array;
}

export interface TextColumnData {
  header: string;
  /** One value per respondent; null when skipped or blank. */
  values: (string | null)[];
}

export interface ChoiceData {
  header: string;
  /** The options each respondent ticked; null when skipped. */
  values: (string[] | null)[];
}

/** A survey's responses, respondents × columns, identity already removed. */
export interface SurveyData {
  name: string;
  kind: SurveyKind;
  source: SurveySource;
  ids: string[];
  /** Submission time per respondent (serial day with fraction), null when the export has none. */
  times: (number | null)[];
  items: ItemData[];
  groups: TextColumnData[];
  choices: ChoiceData[];
  comments: TextColumnData[];
  dropped: string[];
  /** Free-text answers withheld because they looked like a phone number or an e-mail address. */
  redacted: number;
}

export interface ItemStats {
  item: string;
  scale: number;
  n: number;
  mean: number | null;
  sd: number | null;
  ci95: [number, number] | null;
  top2: number | null;
  dist: Record<string, number>;
  /** Distribution in % of n (1 decimal), same keys as dist. Beyond the contract's keys. */
  distPct: Record<string, number>;
}

export type GroupStats =
  | { by: string; value: string; n: number; suppressed: false; items: ItemStats[] }
  | { by: string; value: string; n: null; suppressed: true; reason: "size" | "complementary" };

export interface SurveySummary {
  survey: string;
  kind: SurveyKind;
  source: SurveySource;
  respondents: number;
  dropped: string[];
  items: ItemStats[];
  overall: { item: string | null; mean: number | null; top2: number | null; basis: "item" | "respondent-mean" } | null;
  groups: GroupStats[];
  choices: { item: string; options: Record<string, number> }[];
  comments: { item: string; count: number }[];
  /** Comment texts that may be shown: per group of ≥10 respondents (or the whole survey when not grouped). */
  commentTexts: { item: string; group: string | null; texts: string[] }[];
  minGroupSize: number;
  redacted: number;
}

/** A sheet as the survey reader takes it: its name and values. */
export interface SurveySheet {
  name: string;
  values: readonly (readonly CellValue[])[];
}
