/**
 * The 检查 page's writes — 加批注, 清除批注, 忽略此警告 / 取消忽略 — each through the pane's `write`, so the user sees
 * which sheets and how many notes (or which setting) will change before anything is written, and can undo it.
 * Each resolves to null when the user did not confirm.
 */
import { translate, type Lang } from "../../../core/i18n";
import type { ReportIssue, ValidationReport } from "../../../core/validate";
import type { WorkbookContext } from "../../../app/load-context";
import { markReport } from "../../../app/validate-workbook";
import { setIgnored, warningKey, withoutIgnored } from "../../../app/ignored-warnings";
import type { WriteWithPreview } from "../../shell/writes";
import { VALIDATE_PAGE_MESSAGES } from "./messages";

/** 加批注: a note on every problem cell but the ignored warnings (already decided on); the number of notes put. */
export async function markProblems(
  write: WriteWithPreview,
  ctx: WorkbookContext,
  report: ValidationReport,
  ignored: ReadonlySet<string>,
  lang: Lang,
): Promise<number | null> {
  const shown = withoutIgnored(report, ignored);
  const out = await write(translate(VALIDATE_PAGE_MESSAGES, lang, "mark"), async (p) => {
    await markReport(p, ctx, shown);
    return shown.summary.errors + shown.summary.warnings;
  });
  return out;
}

/** 清除批注 of one sheet, or of every sheet (null); true once cleared. */
export async function clearProblemMarks(
  write: WriteWithPreview,
  sheet: string | null,
  lang: Lang,
): Promise<boolean | null> {
  return write(translate(VALIDATE_PAGE_MESSAGES, lang, "clearMarks"), async (p) => {
    await p.clearMarks(sheet === null ? undefined : [sheet]);
    return true;
  });
}

/** 忽略此警告 (on) or 取消忽略 (off) of one warning, stored in the workbook; the new set of ignored keys. */
export async function ignoreWarning(
  write: WriteWithPreview,
  sheet: string,
  issue: ReportIssue,
  on: boolean,
  lang: Lang,
): Promise<Set<string> | null> {
  const label = translate(VALIDATE_PAGE_MESSAGES, lang, on ? "writeIgnore" : "writeUnignore", {
    sheet,
    row: issue.row,
  });
  return write(label, (p) => setIgnored(p, warningKey(sheet, issue), on));
}
