/**
 * "导入国务院节假日通知": writes a parsed notice (core/calendar/notice.ts) into the workbook's `节假日调整` sheet, with the
 * 全年完整 row that makes the year covered — all in one writeBlocks call, so the year is complete or untouched.
 * The CLI (`ledger calendar import-notice --into`) and the task pane's 计算器 page both call `importHolidayNotice`.
 *
 * What it replaces, and what it never touches:
 * - the year's earlier import: its 全年完整 row, and rows of that year whose 说明 is a holiday name as the import writes
 *   it (春节, 春节调休上班 …) — also when typed by hand, since they are the same schedule;
 * - a row on a date the notice lists, when its 说明 is empty or such a holiday name;
 * - every other row stays as it was: other years, school closures and duty days (校运会, 值班), rows that cannot be read.
 *   A kept row on a date the notice lists still wins (it is the school's own decision); that date's notice row is not
 *   written and the result names the row.
 * Kept rows stay where they are; the new rows follow the last kept row, reusing the replaced rows' places.
 */
import {
  COMPLETE_KIND,
  HOLIDAY_SHEET,
  CalendarError,
  findHolidayHeader,
  holidayRowKind,
  holidayRowYear,
  parseDateText,
  type HolidayNotice,
  type NoticeRow,
} from "../core/calendar";
import { serialToYmd, type Serial } from "../core/dates";
import { settingsSheetOf } from "../core/recognize/settings-sheets";
import type { Block, CellValue } from "../core/sheet-spec";
import { settingsSheetSpecs } from "../core/templates";
import type { WorkbookPort } from "../workbook/port";

export interface NoticeImportResult {
  /** The sheet written (its name as the workbook spells it). */
  sheet: string;
  /** True when the workbook had no 节假日调整 sheet and it was created from the template. */
  created: boolean;
  year: number;
  /** Notice rows written (the 全年完整 row not counted). */
  written: number;
  /** Earlier rows removed: the year's previous import or hand-typed schedule rows. */
  replaced: number;
  /** Excel rows kept on a date the notice lists: they go on winning over the notice. */
  keptOnNoticeDates: number[];
}

const HOLIDAYS = "元旦|春节|清明节|劳动节|端午节|中秋节|国庆节";
/** 说明 as the import writes it (and as a clerk typing the schedule would): a holiday name, or its make-up day. */
const SCHEDULE_NOTE = new RegExp(`^(?:${HOLIDAYS})(?:、(?:${HOLIDAYS}))*(?:调休上班|补班|上班)?$`);

/** What the import writes in 说明: the holiday for a day off, "<holiday>调休上班" for a make-up day (as the calendar names them). */
function noticeRowNote(row: NoticeRow): string {
  return row.kind === "放假" ? row.name : `${row.name}调休上班`;
}

/** 说明 of the 全年完整 row. */
function completeRowNote(year: number): string {
  return `国务院办公厅关于${year}年部分节假日安排的通知（已导入）`;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

function daySerial(v: CellValue | undefined): Serial | null {
  if (typeof v === "number" && Number.isFinite(v)) return Math.floor(v);
  if (typeof v === "string") {
    const s = parseDateText(v);
    return s === null ? null : Math.floor(s);
  }
  return null;
}

export async function importHolidayNotice(port: WorkbookPort, notice: HolidayNotice): Promise<NoticeImportResult> {
  const existing = (await port.listSheets()).find((s) => settingsSheetOf(s.name)?.sheet === HOLIDAY_SHEET);
  let sheet = existing?.name ?? HOLIDAY_SHEET;
  if (!existing) {
    const spec = settingsSheetSpecs().find((s) => s.name === HOLIDAY_SHEET);
    if (!spec) throw new Error("template: no 节假日调整 spec");
    await port.ensureSheets([spec]);
    sheet = spec.name;
  }
  const values = (await port.readSheets([sheet]))[0]?.values ?? [];
  const header = findHolidayHeader(values);
  if (!header) throw new CalendarError("overrideNoHeader", { sheet });

  const year = notice.year;
  const noticeDates = new Set(notice.rows.map((r) => r.date));
  const removed: number[] = []; // 0-based row indexes
  const keptOnNoticeDates = new Set<Serial>();
  const keptRows: number[] = [];
  let lastKept = header.row;
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const dateCell = row[header.date] ?? null;
    const kindCell = row[header.kind] ?? null;
    const note = header.note >= 0 ? text(row[header.note]) : "";
    if (text(dateCell) === "" && text(kindCell) === "" && note === "") continue;
    const kind = holidayRowKind(kindCell);
    const rowYear = holidayRowYear(dateCell, kindCell);
    const date = kind === "off" || kind === "work" ? daySerial(dateCell) : null;
    const schedule = note === "" || SCHEDULE_NOTE.test(note);
    let replace = false;
    if (kind === "complete") replace = rowYear === year;
    else if (date !== null && noticeDates.has(date)) {
      replace = schedule;
      if (!schedule) {
        keptOnNoticeDates.add(date);
        keptRows.push(r + 1);
      }
    } else if (date !== null && rowYear === year) {
      // December 元旦 rows belong to the next year's notice (2018-12-30 under the 2019 notice): not this year's import.
      const nextYears = serialToYmd(date).month === 12 && note.startsWith("元旦");
      replace = note !== "" && SCHEDULE_NOTE.test(note) && !nextYears;
    }
    if (replace) removed.push(r);
    else lastKept = r;
  }

  const rows: CellValue[][] = notice.rows
    .filter((r) => !keptOnNoticeDates.has(r.date))
    .map((r) => [r.date, r.kind, noticeRowNote(r)]);
  rows.push([`${year}年`, COMPLETE_KIND, completeRowNote(year)]);

  // New rows go right after the last kept row; replaced rows above that point are blanked.
  const start = lastKept + 1;
  const grid = new Map<number, CellValue[]>();
  for (const r of removed) grid.set(r, [null, null, null]);
  rows.forEach((row, i) => grid.set(start + i, row));
  const blocks: Block[] = [];
  // A sheet without a 说明 column gets no notes: writing under no header would put text where the user put nothing.
  const columns = header.note >= 0 ? [header.date, header.kind, header.note] : [header.date, header.kind];
  const indexes = [...grid.keys()].sort((a, b) => a - b);
  // One block per column and contiguous run of rows: cells between the three columns (a user's own column) stay as they are.
  for (let i = 0; i < indexes.length;) {
    let j = i;
    while (j + 1 < indexes.length && (indexes[j + 1] as number) === (indexes[j] as number) + 1) j++;
    const run = indexes.slice(i, j + 1);
    columns.forEach((column, k) => {
      blocks.push({
        sheet,
        row: (run[0] as number) + 1,
        column: column + 1,
        values: run.map((r) => [(grid.get(r) as CellValue[])[k] ?? null]),
        // The date column is formatted as a date; the 全年完整 row's "2027年" is text and shows as typed.
        ...(k === 0 ? { columnFormats: ["yyyy-mm-dd"] } : {}),
      });
    });
    i = j + 1;
  }
  await port.writeBlocks(blocks);
  return {
    sheet,
    created: !existing,
    year,
    written: rows.length - 1,
    replaced: removed.length,
    keptOnNoticeDates: keptRows,
  };
}
