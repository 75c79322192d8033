/**
 * Use cases of the rectification board (issue #14): compute the status of a loaded workbook for a period, write the
 * generated `整改状态` sheet, and record a follow-up (今天的日期 → 最近跟踪日期) on chosen rows of 问题整改台账.
 * Writing the sheet is one ensureSheets call; recording follow-ups is one readSheets and one writeBlocks call.
 */
import { serialToIso, type Serial } from "../core/dates";
import type { Lang } from "../core/i18n";
import { periodEndIso, periodStartIso, type Period } from "../core/kpi";
import {
  buildRectificationSheet,
  computeRectificationStatus,
  RECTIFICATION_SHEET,
  type RectificationItem,
  type RectificationStatus,
} from "../core/rectification";
import { RECTIFICATION_LIFECYCLE } from "../core/registers/rectifications";
import type { Block } from "../core/sheet-spec";
import type { WorkbookPort } from "../workbook/port";
import { semesterStartsOf, type KpiContext } from "./kpis";

export function computeWorkbookRectification(
  ctx: KpiContext,
  period: Period,
  asOf: Serial,
  lang: Lang,
): RectificationStatus {
  return computeRectificationStatus({
    tables: ctx.tables,
    settings: ctx.settings,
    calendar: ctx.calendar,
    asOf,
    period,
    lang,
    semesterStarts: semesterStartsOf(ctx.settings),
  });
}

export interface RefreshRectificationOptions {
  period: Period;
  asOf: Serial;
  lang: Lang;
  /** The 更新于 stamp as the caller's clock reads it; the as-of day when omitted. */
  updatedAt?: string;
}

export interface RefreshRectificationResult {
  sheet: string;
  status: RectificationStatus;
  period: { id: string; start: string; end: string };
  charts: number;
}

export async function refreshRectification(
  port: WorkbookPort,
  ctx: KpiContext,
  opts: RefreshRectificationOptions,
): Promise<RefreshRectificationResult> {
  const status = computeWorkbookRectification(ctx, opts.period, opts.asOf, opts.lang);
  const { spec } = buildRectificationSheet({
    status,
    lang: opts.lang,
    updatedAt: opts.updatedAt ?? serialToIso(opts.asOf),
  });
  await port.ensureSheets([spec]);
  return {
    sheet: RECTIFICATION_SHEET,
    status,
    period: { id: opts.period.id, start: periodStartIso(opts.period), end: periodEndIso(opts.period) },
    charts: spec.charts?.length ?? 0,
  };
}

export interface FollowUpOutcome {
  /** Rows written (Excel rows of the register sheet). */
  written: number[];
  /** Rows not written because the sheet changed since it was read: the row no longer holds that 问题编号. */
  moved: Array<{ row: number; key: string | null }>;
}

export class FollowUpColumnMissingError extends Error {
  constructor(
    readonly sheet: string,
    readonly column: string,
  ) {
    super(`${sheet} has no column ${column}`);
    this.name = "FollowUpColumnMissingError";
  }
}

/**
 * Writes `today` into 最近跟踪日期 of the given items' rows and nothing else. The sheet is read again first and a row is
 * written only while it still holds the item's 问题编号, so an edit made since the page loaded never gets a date on the
 * wrong problem.
 */
export async function recordFollowUps(
  port: WorkbookPort,
  ctx: Pick<KpiContext, "tables">,
  items: readonly Pick<RectificationItem, "sheet" | "row" | "key">[],
  today: Serial,
): Promise<FollowUpOutcome> {
  const t = ctx.tables.get("rectifications");
  const outcome: FollowUpOutcome = { written: [], moved: [] };
  if (!t || items.length === 0) return outcome;
  const column = RECTIFICATION_LIFECYCLE.followUp?.lastColumn ?? "最近跟踪日期";
  const target = t.columnIndex(column);
  if (target < 0) throw new FollowUpColumnMissingError(t.sheet, column);
  const keyColumn = t.columnIndex(t.register.key?.[0] ?? "");
  const [now] = await port.readSheets([t.sheet]);
  const values = now?.values ?? [];
  const blocks: Block[] = [];
  for (const item of items) {
    if (item.sheet !== t.sheet) continue;
    const cell = keyColumn < 0 ? null : values[item.row - 1]?.[keyColumn];
    const key = cell === null || cell === undefined ? null : String(cell).trim() || null;
    if (keyColumn >= 0 && key !== item.key) {
      outcome.moved.push({ row: item.row, key: item.key });
      continue;
    }
    blocks.push({
      sheet: t.sheet,
      row: item.row,
      column: target + 1,
      values: [[today]],
      columnFormats: ["yyyy-mm-dd"],
    });
    outcome.written.push(item.row);
  }
  if (blocks.length > 0) await port.writeBlocks(blocks);
  return outcome;
}
