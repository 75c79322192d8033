/** What the 表单 page shows of an import plan; plain functions the tests call directly. */
import type { ImportPlan } from "../../../core/forms";
import { translate, type Lang } from "../../../core/i18n";
import { FORMS_PAGE_MESSAGES, type FormsPageKey } from "./messages";

export const tr = (lang: Lang, key: FormsPageKey, p?: Record<string, string | number>) =>
  translate(FORMS_PAGE_MESSAGES, lang, key, p);

export interface OutcomeRow {
  file: string;
  key: string;
  action: string;
  problems: string[];
  error: boolean;
}

export function outcomeRows(plan: ImportPlan, lang: Lang): OutcomeRow[] {
  return plan.outcomes.map((o) => ({
    file: o.row !== undefined ? `${o.file}:${o.row}` : o.file,
    key: o.key ?? "—",
    action: tr(lang, `action/${o.action}` as FormsPageKey),
    problems: o.problems.map((p) =>
      p.field === "" ? p.message : `${p.field}${p.cell ? ` [${p.cell}]` : ""}：${p.message}`,
    ),
    error: o.action === "error" || (o.action === "conflict" && !o.updated),
  }));
}

/** The line under the preview: what blocks it, or the counts. */
export function planLine(plan: ImportPlan, lang: Lang): { text: string; blocked: boolean } {
  if (plan.blocked)
    return { text: tr(lang, plan.summary.error > 0 ? "blockedErrors" : "blockedConflicts"), blocked: true };
  return { text: tr(lang, "summary", plan.summary), blocked: false };
}
