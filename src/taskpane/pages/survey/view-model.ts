/** What the 调查 page shows, derived from a preview or an import; plain functions the tests call directly. */
import { translate, type Lang } from "../../../core/i18n";
import type { ColumnPlan, GroupStats, SurveyPlan, SurveySummary } from "../../../core/survey";
import { SURVEY_PAGE_MESSAGES, type SurveyPageKey } from "./messages";

export const tr = (lang: Lang, key: SurveyPageKey, p?: Record<string, string | number>) =>
  translate(SURVEY_PAGE_MESSAGES, lang, key, p);

export interface ColumnRow {
  header: string;
  role: string;
  scale: string;
}

export function columnRows(plan: SurveyPlan, lang: Lang): ColumnRow[] {
  return plan.columns
    .filter((c) => c.header !== "" || c.role !== "ignored")
    .map((c: ColumnPlan) => ({
      header: c.header,
      role: tr(lang, `role/${c.role}` as SurveyPageKey),
      scale: c.scale ? tr(lang, `scale/${c.scale.id}` as SurveyPageKey, { points: c.scale.points }) : "",
    }));
}

function groupLine(g: GroupStats, min: number, lang: Lang): string {
  if (!g.suppressed) return tr(lang, "group", { value: g.value, n: g.n });
  return g.reason === "size"
    ? tr(lang, "suppressedSize", { value: g.value, min })
    : tr(lang, "suppressedComplementary", { value: g.value });
}

const f = (v: number | null | undefined) => (v === null || v === undefined ? "—" : String(v));

export function summaryLines(
  s: SurveySummary,
  lang: Lang,
): { items: { item: string; line: string }[]; overall: string | null; groups: string[]; notes: string[] } {
  const notes: string[] = [];
  if (s.dropped.length) notes.push(tr(lang, "dropped", { columns: s.dropped.join("、") }));
  if (s.redacted > 0) notes.push(tr(lang, "redacted", { n: s.redacted }));
  for (const c of s.comments) notes.push(tr(lang, "comments", { item: c.item, count: c.count }));
  return {
    items: s.items.map((i) => ({
      item: i.item,
      line: tr(lang, "itemRow", {
        item: i.item,
        line: tr(lang, "itemLine", { n: i.n, mean: f(i.mean), top2: f(i.top2) }),
      }),
    })),
    overall: s.overall ? tr(lang, "overall", { mean: f(s.overall.mean), top2: f(s.overall.top2) }) : null,
    groups: s.groups.map((g) => groupLine(g, s.minGroupSize, lang)),
    notes,
  };
}

/** Reads a picked file with progress (FileReader reports bytes loaded); resolves to its bytes. */
export function readFileWithProgress(file: Blob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}
