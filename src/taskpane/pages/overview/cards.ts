/**
 * Where 概览's cards come from. The built-in ones (错误, 已逾期, 临期, KPI 未达成) are computed by view-model.ts; a page
 * added later puts its own number on 概览 by appending a source here — e.g. 整改未销号 from the 整改 page:
 *   { id: "rectification-open", page: "rectifications", label: { "zh-CN": "整改未销号", "en-US": "Open rectifications" },
 *     tone: "danger", count: (ctx, asOf) => … }
 * A source returns null when the workbook has nothing it counts (its register is absent); the card is then left out.
 */
import type { Serial } from "../../../core/dates";
import type { Lang } from "../../../core/i18n";
import type { WorkbookContext } from "../../../app/load-context";
import { resolvePeriod, semesterStartsOf } from "../../../app/kpis";
import { computeWorkbookRectification } from "../../../app/rectification";

export type CardTone = "danger" | "warning";

export interface OverviewCardSource {
  id: string;
  /** The page id (src/taskpane/pages/index.ts) a click on the card opens. */
  page: string;
  label: Record<Lang, string>;
  tone: CardTone;
  count: (ctx: WorkbookContext, asOf: Serial, lang: Lang) => number | null;
}

/** 整改未销号: open items of 问题整改台账 (the 整改 page's figure); no card when the workbook has no such register. */
const openRectifications: OverviewCardSource = {
  id: "rectification-open",
  page: "rectification",
  label: { "zh-CN": "整改未销号", "en-US": "Open rectifications" },
  tone: "danger",
  count: (ctx, asOf, lang) => {
    if (!ctx.tables.has("rectifications")) return null;
    const period = resolvePeriod(undefined, asOf, semesterStartsOf(ctx.settings));
    return computeWorkbookRectification(ctx, period, asOf, lang).summary.open;
  },
};

/** Cards other pages contribute, shown after the built-in ones in this order. */
export const EXTRA_CARD_SOURCES: readonly OverviewCardSource[] = [openRectifications];
