/** The confirmation's lines from a plan's summary: one per sheet (what happens to it), then settings and the total. */
import { translate, type Lang } from "../../core/i18n";
import type { WriteSummary } from "../../app/write-plan";
import { IGNORED_WARNINGS_SETTING } from "../../app/ignored-warnings";
import { MAPPINGS_SETTING } from "../../app/mappings";
import { WRITE_MESSAGES, type WriteMessageKey } from "./write-messages";

/** What a setting holds, in the user's words (a setting not listed is named by the general line alone). */
const SETTING_WORDS: Record<string, WriteMessageKey> = {
  [IGNORED_WARNINGS_SETTING]: "settingIgnored",
  [MAPPINGS_SETTING]: "settingMappings",
};

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
      // A sheet whose only change is notes says how many on its own line.
      if (s.notes > 0 && s.cells > 0) details.push(t("notes", { count: count(s.notes) }));
      if (s.formats) details.push(t("formats"));
    }
    const text =
      s.kind === "created"
        ? t("sheetCreated", { sheet: s.sheet })
        : s.kind === "replaced"
          ? t("sheetReplaced", { sheet: s.sheet })
          : s.cells === 0 && s.notes > 0
            ? t("sheetNotes", { sheet: s.sheet, count: count(s.notes) })
            : t("sheetCells", { sheet: s.sheet, cells: count(s.cells) });
    return { sheet: s.sheet, text, details };
  });
  if (summary.settings.length > 0)
    lines.push({
      sheet: null,
      text: t("settings"),
      details: summary.settings.flatMap((k) => {
        const words = SETTING_WORDS[k];
        return words ? [t(words)] : [];
      }),
    });
  // Notes are counted in the total only where they are all a write does (加批注, 清除批注); beside cells, each sheet's
  // line already lists them.
  const notes = summary.sheets.reduce((n, s) => n + s.notes, 0);
  const total =
    summary.sheets.length === 0
      ? t("totalSettingsOnly")
      : summary.cells === 0 && notes > 0
        ? t("totalNotes", { sheets: count(summary.sheets.length), notes: count(notes) })
        : t("total", { sheets: count(summary.sheets.length), cells: count(summary.cells) });
  return { lines, total };
}
