/** The confirmation's lines from a plan's summary: one per sheet (what happens to it), then settings and the total. */
import { translate, type Lang } from "../../core/i18n";
import type { WriteSummary } from "../../app/write-plan";
import { WRITE_MESSAGES, type WriteMessageKey } from "./write-messages";

export interface PreviewLine {
  sheet: string | null;
  text: string;
  details: string[];
}

export function previewLines(summary: WriteSummary, lang: Lang): { lines: PreviewLine[]; total: string } {
  const t = (key: WriteMessageKey, p?: Record<string, string | number>) => translate(WRITE_MESSAGES, lang, key, p);
  const count = (n: number) => n.toLocaleString(lang === "zh-CN" ? "zh-CN" : "en-US");
  const lines: PreviewLine[] = summary.sheets.map((s) => {
    const details: string[] = [];
    if (s.kind === "cells") {
      if (s.columns.length > 0)
        details.push(
          t("columns", {
            columns: s.columns
              .map((c) => (c.header ? `${c.header}（${c.letter}）` : c.letter))
              .join(lang === "zh-CN" ? "、" : ", "),
          }),
        );
      if (s.notes > 0) details.push(t("notes", { count: count(s.notes) }));
      if (s.formats) details.push(t("formats"));
    }
    const text =
      s.kind === "created"
        ? t("sheetCreated", { sheet: s.sheet })
        : s.kind === "replaced"
          ? t("sheetReplaced", { sheet: s.sheet })
          : t("sheetCells", { sheet: s.sheet, cells: count(s.cells) });
    return { sheet: s.sheet, text, details };
  });
  if (summary.settings.length > 0) lines.push({ sheet: null, text: t("settings"), details: [] });
  return { lines, total: t("total", { sheets: count(summary.sheets.length), cells: count(summary.cells) }) };
}
