/** What the 表单 page shows of an import plan; plain functions the tests call directly. */
import type { ImportPlan } from "../../../core/forms";
import type { SelectionKeys } from "../../../app/forms";
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

/** What "取选中的行" shows: the keys to put in the field, or why there are none, in the user's language. */
export function selectionOutcome(r: SelectionKeys, lang: Lang): { keys: string | null; text: string; error: boolean } {
  if (r.ok)
    return {
      keys: r.keys.join(", "),
      text: tr(lang, "selectionKeys", { sheet: r.sheet, n: r.keys.length }),
      error: false,
    };
  return {
    keys: null,
    text: tr(lang, `selection/${r.reason}`, { sheet: r.sheet, selected: r.selected ?? "" }),
    error: true,
  };
}
