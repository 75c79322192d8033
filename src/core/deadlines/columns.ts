/**
 * The computed columns a refresh adds to a register sheet (截止日期, 期限状态, 逾期工作日) and the fill of blank due-date
 * columns (办理期限, 到期日期). Planned here as blocks of values so every host writes the same thing.
 *
 * A computed column never lands on a column the user made: the columns this add-in wrote are recorded per sheet (the
 * caller keeps that record in the workbook); a column of the same header that is not in the record is the user's, and
 * ours goes under `截止日期(计算)` instead — or is skipped when that header is taken too.
 */
import { columnLetter } from "../recognize/column-letter";
import { serialToIso } from "../dates";
import { translate, type Lang } from "../i18n";
import type { Block, CellValue, ConditionalFormatSpec } from "../sheet-spec";
import type { RegisterTable } from "../table-types";
import { isBlankCell } from "../values/text";
import { DEADLINE_MESSAGES } from "./messages";
import { byAttention, statusLabel } from "./report";
import { deadlinesFor } from "./rules";
import type { DeadlineItem } from "./types";

export type ComputedRole = "due" | "status" | "late";
export const COMPUTED_HEADERS: Readonly<Record<ComputedRole, string>> = {
  due: "截止日期",
  status: "期限状态",
  late: "逾期工作日",
};
/** Suffix of a computed column's header when the user already has a column of the plain name. */
export const COMPUTED_SUFFIX = "(计算)";
const ROLES: readonly ComputedRole[] = ["due", "status", "late"];

/** 1-based column numbers of the computed columns this add-in wrote on one sheet. */
export type OwnedColumns = Partial<Record<ComputedRole, number>>;

export const OVERDUE_FILL = "#FFC7CE";
export const OVERDUE_FONT = "#9C0006";
export const DUE_SOON_FILL = "#FFEB9C";
export const DUE_SOON_FONT = "#9C5700";

/** Column letters as Excel shows them (1 → A). */
export function columnLetters(column: number): string {
  return column < 1 ? "" : columnLetter(column - 1);
}

export interface ComputedColumnsInput {
  table: RegisterTable;
  /** The sheet's header row as read (the row at table.headerRow). */
  headerCells: readonly CellValue[];
  /** Width of the used range, so new columns go right of everything the user has. */
  usedColumns: number;
  /** Items of this sheet (others are ignored). */
  items: readonly DeadlineItem[];
  owned: OwnedColumns | undefined;
  lang: Lang;
  asOf: number;
}

export interface ComputedColumnsPlan {
  sheet: string;
  blocks: Block[];
  /** Where our columns now are (to record for the next refresh). */
  owned: OwnedColumns;
  /** Colours for 临期 and 已逾期 rows; needs a host that can add conditional formats to an existing sheet. */
  conditionalFormats: ConditionalFormatSpec[];
  /** Headers we did not write because the user has both the plain and the suffixed name. */
  skipped: string[];
  /** Headers we did not write because the sheet has no column left right of the register (it reaches XFD). */
  noRoom: string[];
}

/** Excel's last column, XFD. */
const MAX_COLUMN = 16_384;

const headerText = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

function placeColumns(headerCells: readonly CellValue[], usedColumns: number, owned: OwnedColumns | undefined) {
  const texts = headerCells.map(headerText);
  const columnsOf = (h: string): number[] => texts.flatMap((t, i) => (t === h ? [i + 1] : []));
  const placed: Array<{ role: ComputedRole; header: string; column: number }> = [];
  const skipped: string[] = [];
  const noRoom: string[] = [];
  let next = Math.max(usedColumns, texts.length) + 1;
  for (const role of ROLES) {
    const plain = COMPUTED_HEADERS[role];
    const suffixed = `${plain}${COMPUTED_SUFFIX}`;
    const mine = owned?.[role];
    if (mine !== undefined && (texts[mine - 1] === plain || texts[mine - 1] === suffixed)) {
      placed.push({ role, header: texts[mine - 1] as string, column: mine });
      continue;
    }
    const header = columnsOf(plain).length === 0 ? plain : columnsOf(suffixed).length === 0 ? suffixed : null;
    if (header === null) {
      skipped.push(plain);
      continue;
    }
    if (next > MAX_COLUMN) {
      noRoom.push(plain);
      continue;
    }
    placed.push({ role, header, column: next++ });
  }
  return { placed, skipped, noRoom };
}

/** The item a row's computed columns show: the one needing most attention (overdue before due soon before open …). */
function headlines(items: readonly DeadlineItem[], sheet: string): Map<number, DeadlineItem> {
  const out = new Map<number, DeadlineItem>();
  for (const item of items) {
    if (item.sheet !== sheet) continue;
    const cur = out.get(item.row);
    if (cur === undefined || byAttention(item, cur) < 0) out.set(item.row, item);
  }
  return out;
}

/** 期限状态 text: the status, with the deadline's name when the register has several ('已逾期（传阅）'). */
export function statusCellText(item: DeadlineItem, lang: Lang): string {
  const status = statusLabel(item.status, lang);
  if (deadlinesFor(item.register).length <= 1) return status;
  return lang === "zh-CN" ? `${status}（${item.rule.label[lang]}）` : `${status} (${item.rule.label[lang]})`;
}

export function planComputedColumns(input: ComputedColumnsInput): ComputedColumnsPlan {
  const { table: t, lang } = input;
  const { placed, skipped, noRoom } = placeColumns(input.headerCells, input.usedColumns, input.owned);
  const byRow = headlines(input.items, t.sheet);
  const withTime = [...byRow.values()].some((i) => i.dueHasTime);
  const note = translate(DEADLINE_MESSAGES, lang, "computedNote", { asOf: serialToIso(input.asOf) });
  const blocks: Block[] = [];
  const owned: OwnedColumns = {};
  let statusColumn: number | null = null;
  for (const p of placed) {
    owned[p.role] = p.column;
    if (p.role === "status") statusColumn = p.column;
    // '' rather than null: Office.js leaves a cell unchanged for null, and a stale status must be cleared. Rows with
    // an item are then set one by one, so the rows without one cost a native fill, not a loop.
    const values = new Array<readonly CellValue[]>(1 + t.rowCount).fill(NO_VALUE);
    values[0] = [p.header];
    for (const [row, item] of byRow) {
      const at = row - t.headerRow;
      if (at < 1 || at > t.rowCount) continue;
      if (p.role === "due") values[at] = [item.dueHasTime ? item.due : Math.floor(item.due)];
      else if (p.role === "status") values[at] = [statusCellText(item, lang)];
      else values[at] = [item.status === "overdue" || item.status === "done-late" ? item.overdueWorkdays : ""];
    }
    const format = p.role === "due" ? (withTime ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd") : p.role === "late" ? "0" : null;
    blocks.push({
      sheet: t.sheet,
      row: t.headerRow,
      column: p.column,
      values,
      columnFormats: [format],
      headerNotes: [note],
    });
  }
  const conditionalFormats: ConditionalFormatSpec[] = [];
  if (statusColumn !== null && t.rowCount > 0) {
    const lastColumn = Math.max(...placed.map((p) => p.column), input.usedColumns);
    const first = t.headerRow + 1;
    const range = `A${first}:${columnLetters(lastColumn)}${t.headerRow + t.rowCount}`;
    const cell = `$${columnLetters(statusColumn)}${first}`;
    const starts = (label: string) => `=LEFT(${cell},${[...label].length})="${label}"`;
    conditionalFormats.push(
      {
        range,
        kind: "formula",
        formula: starts(statusLabel("overdue", lang)),
        fill: OVERDUE_FILL,
        fontColor: OVERDUE_FONT,
      },
      {
        range,
        kind: "formula",
        formula: starts(statusLabel("due-soon", lang)),
        fill: DUE_SOON_FILL,
        fontColor: DUE_SOON_FONT,
      },
    );
  }
  return { sheet: t.sheet, blocks, owned, conditionalFormats, skipped, noRoom };
}

/** A row without an item: one shared array, so the rows down to a stray far cell cost a pointer each. */
const NO_VALUE: readonly CellValue[] = Object.freeze([""]);

/**
 * Blocks that write a computed due date into blank cells of a due-date column (办理期限, 到期日期) — only where the
 * cell is empty, so a value the user entered is never touched. Consecutive rows share one block.
 */
export function planDueFills(table: RegisterTable, items: readonly DeadlineItem[]): Block[] {
  const blocks: Block[] = [];
  const byColumn = new Map<string, Map<number, number>>();
  for (const item of items) {
    const limit = item.rule.limit;
    if (item.sheet !== table.sheet || item.dueFromColumn || limit.kind !== "column" || !table.has(limit.column))
      continue;
    const i = item.row - table.headerRow - 1;
    if (!isBlankCell(table.raw(limit.column, i))) continue;
    const rows = byColumn.get(limit.column) ?? new Map<number, number>();
    rows.set(item.row, Math.floor(item.due));
    byColumn.set(limit.column, rows);
  }
  for (const [header, rows] of byColumn) {
    const column = table.columnIndex(header) + 1;
    const sorted = [...rows.entries()].sort((a, b) => a[0] - b[0]);
    let run: Array<[number, number]> = [];
    const flush = () => {
      if (run.length === 0) return;
      blocks.push({
        sheet: table.sheet,
        row: (run[0] as [number, number])[0],
        column,
        values: run.map(([, v]) => [v]),
        columnFormats: ["yyyy-mm-dd"],
      });
      run = [];
    };
    for (const entry of sorted) {
      const last = run[run.length - 1];
      if (last !== undefined && entry[0] !== last[0] + 1) flush();
      run.push(entry);
    }
    flush();
  }
  return blocks;
}
