/**
 * `ExcelWorkbook`: the WorkbookPort over Office.js. Each port call is one `Excel.run` with a constant number of syncs
 * (more only when a payload must be split under Excel on the web's 5 MB limit), events off and calculation suspended
 * around bulk writes, and features the host lacks skipped with a notice in the user's language.
 */
import { DEFAULT_LANG, translate, type Lang } from "../core/i18n";
import type { Block, Mark, SheetSpec } from "../core/sheet-spec";
import { address, columnLetter } from "../workbook/a1";
import {
  MARKS_SETTING,
  parseMarkedCells,
  planApplyMarks,
  planClearMarks,
  serializeMarkedCells,
  cellKey,
  type MarkedCell,
  type NoteWrite,
} from "../workbook/mark-notes";
import {
  CancelledError,
  type Checkpoint,
  type WriteScope,
  type OwnedFormatsEntry,
  type ReadOptions,
  type SelectedArea,
  type SelectedRange,
  type SheetInfo,
  type SheetValues,
  type WorkbookPort,
} from "../workbook/port";
import { specWork, tableNameFor } from "./apply-spec";
import { queueNames } from "./apply-layout";
import { resolveLayout } from "../workbook/sheet-layout";
import { takeExcelCheckpoint, UNDO_SHEET_PREFIX } from "./checkpoint";
import { setOwnedFormats } from "./owned-formats";
import { PAYLOAD_BUDGET_BYTES, syncInBatches, type BatchHooks, type QueuedWork } from "./batches";
import { estimateBytes, estimateRowBytes, toOfficeValue } from "./cell-input";
import { ExcelAdapterError, officeErrorCode } from "./errors";
import { EXCEL_MESSAGES, type ExcelMessageKey } from "./messages";
import { lookUpNotes, noteWriteWork, SheetProxies } from "./notes";
import type { XlRange, XlRequestContext, XlRun, XlRunIn, XlTableCollection, XlWorksheet } from "./office-api";
import {
  extentsFrom,
  headRows,
  MAX_BLOCK_ROWS,
  missingSheet,
  queueHeads,
  readValues,
  sheetMissingError,
  type ExtentHints,
} from "./read";
import { bytesToBase64 } from "./base64";
import {
  CREATE_WORKBOOK_SET,
  FEATURE_SETS,
  RUNTIME_EVENTS_SET,
  SUSPEND_CALCULATION_SET,
  type ExcelFeature,
  type IsSetSupported,
} from "./requirements";
import { queueSettingsRead, queueSettingsWrite, settingsFrom, SETTINGS_SHEET } from "./settings-sheet";
import { watchSheets, type OnRows } from "./watch";

export interface ExcelWorkbookOptions {
  /** `Excel.run` (or the fake's). */
  run: XlRun;
  /** `Excel.run(context, batch)`, for removing change handlers through the context that added them. */
  runIn?: XlRunIn;
  /** `Excel.createWorkbook` (ExcelApi 1.8): opens an .xlsx, given as base64, as a new workbook. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** `Office.context.requirements.isSetSupported`; everything is assumed supported when omitted. */
  isSetSupported?: IsSetSupported;
  lang?: Lang;
  /** Told about steps skipped because Excel is too old or a sheet is protected (also kept in `notices`). */
  onNotice?: (message: string) => void;
  /** Bytes per request/response to aim for (default ~4 MB, under Excel on the web's 5 MB). */
  payloadBudgetBytes?: number;
  maxBlockRows?: number;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * After a failed ensureSheets: the half-built replacements are taken out and the sheets set aside get their names
 * back, so the workbook is as it was (and the next attempt starts clean).
 */
async function restoreSetAside(
  context: XlRequestContext,
  setAside: readonly { original: string; aside: string }[],
  temporaryNames: readonly string[],
): Promise<void> {
  try {
    const built = temporaryNames.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    const aside = setAside.map((s) => ({ ...s, ws: context.workbook.worksheets.getItemOrNullObject(s.aside) }));
    await context.sync();
    const present = built.filter((ws) => !ws.isNullObject);
    const back = aside.filter((s) => !s.ws.isNullObject);
    if (present.length === 0 && back.length === 0) return;
    for (const ws of present) ws.delete();
    for (const s of back) s.ws.name = s.original;
    await context.sync();
  } catch {
    // The failure that stopped the write is the one to report.
  }
}

export class ExcelWorkbook implements WorkbookPort {
  /** Notices given so far, in the user's language. */
  readonly notices: string[] = [];
  private readonly run: XlRun;
  private readonly lang: Lang;
  private readonly isSetSupported: IsSetSupported;
  private readonly budget: number;
  private readonly maxBlockRows: number;
  /** Extents listSheets last saw: a hint for sizing the first read, never trusted for what to read. */
  private extentHints: ExtentHints = new Map();

  constructor(private readonly options: ExcelWorkbookOptions) {
    this.run = options.run;
    this.lang = options.lang ?? DEFAULT_LANG;
    this.isSetSupported = options.isSetSupported ?? (() => true);
    this.budget = options.payloadBudgetBytes ?? PAYLOAD_BUDGET_BYTES;
    this.maxBlockRows = options.maxBlockRows ?? MAX_BLOCK_ROWS;
  }

  supports(feature: ExcelFeature): boolean {
    const { set, version } = FEATURE_SETS[feature];
    return this.isSetSupported(set, version);
  }

  private notice(key: ExcelMessageKey, params: Record<string, string | number> = {}): void {
    const text = translate(EXCEL_MESSAGES, this.lang, key, params);
    if (this.notices.includes(text)) return;
    this.notices.push(text);
    this.options.onNotice?.(text);
  }

  private noticeSkipped(features: Iterable<ExcelFeature>): void {
    for (const f of features) {
      const { set, version } = FEATURE_SETS[f];
      this.notice("featureUnavailable", {
        feature: translate(EXCEL_MESSAGES, this.lang, `feature.${f}` as ExcelMessageKey),
        set,
        version,
      });
    }
  }

  /** Events off and calculation suspended for each sync of a bulk write; events back on with the last batch. */
  private bulkHooks(context: XlRequestContext): BatchHooks & { restore(): Promise<void> } {
    const events = this.isSetSupported(RUNTIME_EVENTS_SET.set, RUNTIME_EVENTS_SET.version);
    const suspend = this.isSetSupported(SUSPEND_CALCULATION_SET.set, SUSPEND_CALCULATION_SET.version);
    let switchedOff = false;
    return {
      start: () => {
        if (!events) return;
        context.runtime.enableEvents = false;
        switchedOff = true;
      },
      beforeSync: (last) => {
        if (suspend) context.application.suspendApiCalculationUntilNextSync();
        if (last && switchedOff) context.runtime.enableEvents = true;
      },
      // After a failure: the batch that would have switched events back on did not run to its end, so do it now,
      // without letting a second failure hide the first.
      restore: async () => {
        if (!switchedOff) return;
        context.runtime.enableEvents = true;
        try {
          await context.sync();
        } catch {
          // The error that interrupted the write is the one to report.
        }
      },
    };
  }

  /** Runs payload-sized batches with events off; switches events back on even when a batch fails. */
  private async bulkWrite(context: XlRequestContext, work: readonly QueuedWork[]): Promise<void> {
    const hooks = this.bulkHooks(context);
    try {
      await syncInBatches(context, work, this.budget, hooks);
    } catch (e) {
      await hooks.restore();
      throw e;
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(["items/name", "items/visibility"]);
      await context.sync();
      const items = sheets.items;
      const used = items.map((ws) => ws.getUsedRangeOrNullObject(true));
      for (const u of used) u.load(["rowIndex", "rowCount", "columnIndex", "columnCount"]);
      await context.sync();
      const infos = items
        .map((ws, i) => {
          const u = used[i] as XlRange;
          return {
            name: ws.name,
            visible: ws.visibility === "Visible",
            rowCount: u.isNullObject ? 0 : u.rowIndex + u.rowCount,
            columnCount: u.isNullObject ? 0 : u.columnIndex + u.columnCount,
          };
        })
        .filter((s) => !sameName(s.name, SETTINGS_SHEET) && !s.name.startsWith(UNDO_SHEET_PREFIX));
      this.extentHints = new Map(infos.map((s) => [s.name, { rows: s.rowCount, columns: s.columnCount }]));
      return infos;
    });
  }

  async readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetValues[]> {
    const tuning = { budgetBytes: this.budget, maxBlockRows: this.maxBlockRows };
    return this.run(async (context) => {
      if (options?.isCancelled?.()) throw new CancelledError();
      let heads = queueHeads(context, names, headRows(names, this.extentHints, this.budget, this.maxBlockRows));
      try {
        await context.sync();
      } catch (e) {
        if (officeErrorCode(e) === "ItemNotFound") {
          const missing = await missingSheet(context, names);
          throw missing ? sheetMissingError(missing, this.lang) : e;
        }
        if (officeErrorCode(e) !== "RequestPayloadSizeLimitExceeded") throw e;
        // The first rows were bigger than guessed: ask for the extents alone and read everything in blocks.
        heads = queueHeads(
          context,
          names,
          names.map(() => 0),
        );
        await context.sync();
      }
      const { extents, firstRows } = extentsFrom(names, heads);
      return readValues(context, extents, firstRows, tuning, options);
    });
  }

  async ensureSheets(specs: readonly SheetSpec[]): Promise<void> {
    const skipped = new Set<ExcelFeature>();
    // A layout mistake is found before anything is sent to Excel.
    const layouts = specs.map((spec) => (spec.layout ? resolveLayout(spec.name, spec.layout) : null));
    const namesWanted = layouts.some((l) => (l?.names.length ?? 0) > 0);
    if (namesWanted && !this.supports("names")) skipped.add("names");
    const withNames = namesWanted && this.supports("names");
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(["items/name", "items/position"]);
      const allTables = context.workbook.tables;
      allTables.load("items/name");
      const names = withNames ? context.workbook.names : null;
      names?.load("items/name");
      await context.sync();
      const existingNames = new Map((names?.items ?? []).map((n) => [n.name.toUpperCase(), n.name]));
      const existing = sheets.items.map((ws) => ({ name: ws.name, position: ws.position }));
      const taken = new Set(allTables.items.map((t) => t.name.toLowerCase()));
      // The tables of sheets about to be replaced go with them, so their names are free for the final names (`free`),
      // though not while the new sheets are built beside them (`taken`).
      const free = new Set(taken);
      const replaced = existing.filter((e) =>
        specs.some((spec) => spec.ifExists === "replace" && sameName(e.name, spec.name)),
      );
      if (replaced.length > 0 && taken.size > 0) {
        const going = replaced.map((e) => {
          const tables = context.workbook.worksheets.getItem(e.name).tables;
          tables.load("items/name");
          return tables;
        });
        await context.sync();
        for (const tables of going) for (const t of tables.items) free.delete(t.name.toLowerCase());
      }
      const work: QueuedWork[] = [];
      const replacements: { position: number; queue(): void }[] = [];
      const setAside: { original: string; aside: string }[] = [];
      const hide: XlWorksheet[] = [];
      // Names point at the sheets' final names, so they are added in the last sync, after the swaps.
      const nameSteps: Array<() => void> = [];
      specs.forEach((spec, i) => {
        const old = existing.find((e) => sameName(e.name, spec.name));
        if (old && spec.ifExists === "keep") return;
        // A replaced sheet is set aside under a temporary name and the new one built under another; only the last
        // sync deletes the old one and gives the new one its name, place and table name (Excel wants table names
        // workbook-unique, so the new table is built under a free name until the old one is gone). Should any sync
        // fail, the old sheet is still there to be put back (see restoreSetAside).
        const ws = context.workbook.worksheets.add(old ? `~ledger-new-${i}` : spec.name);
        if (old) {
          const aside = `~ledger-old-${i}`;
          context.workbook.worksheets.getItem(old.name).name = aside;
          setAside.push({ original: old.name, aside });
        }
        const wanted = tableNameFor(spec, free);
        if (wanted) free.add(wanted.toLowerCase());
        const building = wanted && old ? tableNameFor({ ...spec, tableName: `${wanted}_new` }, taken) : wanted;
        if (building) taken.add(building.toLowerCase());
        work.push(
          ...specWork(
            ws,
            spec,
            building,
            { lang: this.lang, supports: (f) => this.supports(f) },
            skipped,
            layouts[i] ?? null,
          ),
        );
        const layout = layouts[i];
        if (names && layout && layout.names.length > 0)
          nameSteps.push(() => queueNames(names, spec.name, layout, existingNames));
        if (old) {
          const aside = `~ledger-old-${i}`;
          replacements.push({
            position: old.position,
            queue: () => {
              context.workbook.worksheets.getItem(aside).delete();
              if (building && wanted && building !== wanted) ws.tables.getItemOrNullObject(building).name = wanted;
              ws.name = spec.name;
              ws.position = old.position;
            },
          });
        }
        if (spec.hidden) hide.push(ws);
      });
      if (!specs.some((spec) => spec.ifExists === "replace" || !existing.some((e) => sameName(e.name, spec.name))))
        return; // all kept
      // Swaps in tab order, so each new sheet lands where its old one was.
      replacements.sort((a, b) => a.position - b.position);
      const finish: QueuedWork = {
        bytes: 256,
        queue: () => {
          for (const r of replacements) r.queue();
          for (const step of nameSteps) step();
          for (const ws of hide) ws.visibility = "Hidden";
        },
      };
      try {
        await this.bulkWrite(context, [...work, finish]);
      } catch (e) {
        await restoreSetAside(
          context,
          setAside,
          specs.map((_spec, i) => `~ledger-new-${i}`),
        );
        throw e;
      }
    });
    this.noticeSkipped(skipped);
  }

  /** Runs `body`; an ItemNotFound that comes from one of `names` being absent is reported by the sheet's name. */
  private async naming<T>(context: XlRequestContext, names: readonly string[], body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (e) {
      if (officeErrorCode(e) !== "ItemNotFound") throw e;
      const missing = await missingSheet(context, names);
      throw missing ? sheetMissingError(missing, this.lang) : e;
    }
  }

  async writeBlocks(blocks: readonly Block[]): Promise<void> {
    const half = Math.max(1, Math.floor(this.budget / 2));
    const skipped = new Set<ExcelFeature>();
    await this.run(async (context) =>
      this.naming(context, [...new Set(blocks.map((b) => b.sheet))], async () => {
        const sheets = new SheetProxies(context);
        const values: QueuedWork[] = [];
        const notes: NoteWrite[] = [];
        for (const block of blocks) {
          const ws = sheets.get(block.sheet);
          const width = Math.max(0, ...block.values.map((r) => r.length));
          if (width === 0 || block.values.length === 0) continue;
          const grid = block.values.map((r) => Array.from({ length: width }, (_, j) => toOfficeValue(r[j])));
          // Row chunks of at most half the budget, so packing two neighbours into one sync stays under it. A chunk's number
          // formats travel with its values (values first, in the same sync): a failed sync never leaves dates written as
          // bare serial numbers, which a later refresh, filling only blank cells, would not put right.
          const formatted = (block.columnFormats ?? []).flatMap((fmt, j) =>
            fmt === null || fmt === undefined || j >= width ? [] : [{ fmt, j, perRow: fmt.length * 3 + 6 }],
          );
          const formatBytesPerRow = formatted.reduce((n, f) => n + f.perRow, 0);
          let start = 0;
          while (start < grid.length) {
            let bytes = 64 + formatted.length * 64;
            let end = start;
            while (
              end < grid.length &&
              (end === start || bytes + estimateRowBytes(grid[end] as unknown[]) + formatBytesPerRow <= half)
            ) {
              bytes += estimateRowBytes(grid[end] as unknown[]) + formatBytesPerRow;
              end++;
            }
            const rows = grid.slice(start, end);
            const top = block.row + start;
            const bottom = top + rows.length - 1;
            values.push({
              bytes,
              queue: () => {
                ws.getRange(`${address(top, block.column)}:${address(bottom, block.column + width - 1)}`).values = rows;
                for (const f of formatted) {
                  const letter = columnLetter(block.column + f.j);
                  ws.getRange(`${letter}${top}:${letter}${bottom}`).numberFormat = Array.from(
                    { length: rows.length },
                    () => [f.fmt],
                  );
                }
              },
            });
            start = end;
          }
          block.headerNotes?.forEach((note, j) => {
            if (note !== null && note !== undefined)
              notes.push({ cell: { sheet: block.sheet, row: block.row, column: block.column + j }, note });
          });
        }
        const extending = blocks.filter((b) => b.extendTable && b.values.length > 0 && b.values.some((r) => r.length));
        const tables = extending.length > 0 ? await this.tableExtensions(context, sheets, extending, skipped) : [];
        // The tables grow first, in the same sync as the first values: rows added to a table (the pre-1.13 way) move
        // the cells below it, so values written before would be pushed down.
        await this.bulkWrite(context, [...tables, ...values]);
        if (notes.length === 0) return;
        if (!this.supports("notes")) {
          skipped.add("notes");
          return;
        }
        const lookup = await lookUpNotes(
          context,
          sheets,
          notes.map((n) => n.cell),
          this.budget,
        );
        await syncInBatches(context, noteWriteWork(sheets, lookup, notes), this.budget);
      }),
    );
    this.noticeSkipped(skipped);
  }

  /**
   * Work that extends each table ending just above an appended block (or inside it) down to the block's last row, so
   * the table's style, formats and validation follow the rows: `Table.resize` (ExcelApi 1.13) moves no cell; before
   * that, `rows.add` at the table's end (ExcelApi 1.4) inserts blank rows, which the block's values then fill (the
   * form import checked that the rows below are empty). Two reading syncs: the sheets' tables, then their ranges.
   */
  private async tableExtensions(
    context: XlRequestContext,
    sheets: SheetProxies,
    blocks: readonly Block[],
    skipped: Set<ExcelFeature>,
  ): Promise<QueuedWork[]> {
    const resize = this.supports("tableResize");
    if (!resize && !this.supports("tableRows")) {
      skipped.add("tableRows");
      return [];
    }
    const names = [...new Set(blocks.map((b) => b.sheet))];
    const collections = names.map((n) => sheets.get(n).tables.load("items/name") as XlTableCollection);
    await context.sync();
    const found = names.flatMap((sheet, i) =>
      (collections[i] as XlTableCollection).items.map((table) => {
        const range = table.getRange();
        range.load(["rowIndex", "rowCount", "columnIndex", "columnCount"]);
        return { sheet, table, range };
      }),
    );
    if (found.length === 0) return [];
    await context.sync();
    const work: QueuedWork[] = [];
    for (const b of blocks) {
      const from = b.row;
      const last = b.row + b.values.length - 1;
      const right = b.column + Math.max(...b.values.map((r) => r.length)) - 1;
      for (const { sheet, table, range } of found) {
        if (sheet !== b.sheet) continue;
        const top = range.rowIndex + 1;
        const bottom = range.rowIndex + range.rowCount;
        const left = range.columnIndex + 1;
        const end = range.columnIndex + range.columnCount;
        if (top >= from || bottom < from - 1 || bottom >= last || end < b.column || left > right) continue;
        const grow = last - bottom;
        const width = range.columnCount;
        work.push({
          bytes: 256 + (resize ? 0 : grow * width * 4),
          queue: () => {
            if (resize) table.resize(`${address(top, left)}:${address(last, end)}`);
            else
              table.rows.add(
                null,
                Array.from({ length: grow }, () => Array.from({ length: width }, () => "")),
              );
          },
        });
      }
    }
    return work;
  }

  async applyMarks(marks: readonly Mark[]): Promise<void> {
    if (!this.supports("notes")) {
      this.noticeSkipped(["notes"]);
      return;
    }
    if (marks.length === 0) return;
    await this.run(async (context) => this.rewriteMarks(context, marks, null));
  }

  async clearMarks(sheets?: readonly string[]): Promise<void> {
    if (!this.supports("notes")) {
      this.noticeSkipped(["notes"]);
      return;
    }
    await this.run(async (context) => this.rewriteMarks(context, [], sheets ? new Set(sheets) : null));
  }

  /**
   * Three syncs for any ordinary number of marks (one more per ~4 MB of notes): settings and sheet names; protection
   * and the current notes of every cell involved; then the note writes and the new `ledger.marks` record together.
   */
  private async rewriteMarks(
    context: XlRequestContext,
    marks: readonly Mark[],
    clearOnly: ReadonlySet<string> | null,
  ): Promise<void> {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const settingsRead = queueSettingsRead(context);
    await context.sync();
    const settings = settingsFrom(settingsRead);
    const names = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
    const recorded = parseMarkedCells(settings.values.get(MARKS_SETTING) ?? null);
    // Applying replaces the marks of the marked sheets; clearing covers the sheets asked for (all when null).
    const clearing = marks.length > 0 ? new Set(marks.map((m) => m.sheet)) : clearOnly;
    const involved = new Set<string>([
      ...marks.map((m) => m.sheet),
      ...recorded.filter((c) => !clearing || clearing.has(c.sheet)).map((c) => c.sheet),
    ]);
    const present = [...involved].filter((s) => names.has(s.toLowerCase()));
    const sheets = new SheetProxies(context);
    const protections = present.map((s) => {
      const p = sheets.get(s).protection;
      p.load("protected");
      return p;
    });
    const cells: MarkedCell[] = [
      ...recorded.filter((c) => present.includes(c.sheet) && (!clearing || clearing.has(c.sheet))),
      ...marks.filter((m) => present.includes(m.sheet)).map((m) => ({ sheet: m.sheet, row: m.row, column: m.column })),
    ];
    const lookup = await lookUpNotes(context, sheets, cells, this.budget);
    const locked = new Set(present.filter((_, i) => (protections[i] as { protected: boolean }).protected));
    for (const s of locked) this.notice("markSkippedProtected", { sheet: s });
    const writable = (sheet: string): boolean => names.has(sheet.toLowerCase()) && !locked.has(sheet);
    const current = (c: MarkedCell): string | null => lookup.text.get(cellKey(c.sheet, c.row, c.column)) ?? null;
    const plan =
      marks.length > 0
        ? planApplyMarks(
            // Marks recorded on a protected sheet stay recorded until the sheet can be cleaned.
            recorded.filter((c) => !locked.has(c.sheet)),
            marks.filter((m) => writable(m.sheet)),
            current,
          )
        : planClearMarks(
            recorded.filter((c) => !locked.has(c.sheet)),
            clearOnly ? new Set([...clearOnly].filter((s) => !locked.has(s))) : null,
            current,
          );
    const work = noteWriteWork(sheets, lookup, plan.writes);
    const kept = recorded.filter((c) => locked.has(c.sheet));
    const record = [...plan.recorded, ...kept];
    const next = new Map(settings.values);
    if (record.length === 0) next.delete(MARKS_SETTING);
    else next.set(MARKS_SETTING, serializeMarkedCells(record));
    const recordText = next.get(MARKS_SETTING);
    if (recordText !== settings.values.get(MARKS_SETTING)) {
      // The record goes with the last notes it describes, never before them.
      work.push({
        bytes: 1024 + [...next.values()].reduce((n, v) => n + estimateBytes(v), 0),
        queue: () => queueSettingsWrite(context, settings, next),
      });
    }
    await syncInBatches(context, work, this.budget);
  }

  async setOwnedConditionalFormats(entries: readonly OwnedFormatsEntry[]): Promise<void> {
    if (!this.supports("conditionalFormats")) {
      this.noticeSkipped(["conditionalFormats"]);
      return;
    }
    if (entries.length === 0) return;
    await this.run(async (context) =>
      setOwnedFormats(context, entries, {
        missingSheet: (name) => sheetMissingError(name, this.lang),
        protectedSheet: (sheet) => this.notice("formatsSkippedProtected", { sheet }),
      }),
    );
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    await this.run(async (context) =>
      this.naming(context, [sheet], async () => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getCell(row - 1, column - 1).select();
        await context.sync();
      }),
    );
  }

  /**
   * Opens the .xlsx that `make` builds as a new workbook beside this one (`Excel.createWorkbook`, ExcelApi 1.8). False,
   * without calling `make`, where the host cannot; nothing of this workbook is touched either way.
   */
  async createWorkbook(make: () => Promise<Uint8Array>): Promise<boolean> {
    const create = this.options.createWorkbook;
    if (!create || !this.isSetSupported(CREATE_WORKBOOK_SET.set, CREATE_WORKBOOK_SET.version)) return false;
    await create(bytesToBase64(await make()));
    return true;
  }

  async getSelection(): Promise<SelectedRange | null> {
    if (this.supports("multiAreaSelection")) {
      return this.run(async (context) => {
        const areas = context.workbook.getSelectedRanges().areas;
        areas.load("items/address, items/rowIndex, items/columnIndex, items/rowCount, items/columnCount");
        await context.sync();
        const [first, ...more] = areas.items;
        if (!first) return null;
        const out: SelectedRange = { sheet: sheetOfAddress(first.address), ...areaOf(first) };
        return more.length === 0 ? out : { ...out, areas: [first, ...more].map(areaOf) };
      });
    }
    try {
      return await this.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address, rowIndex, columnIndex, rowCount, columnCount");
        await context.sync();
        return { sheet: sheetOfAddress(range.address), ...areaOf(range) };
      });
    } catch (e) {
      // Before ExcelApi 1.9 a Ctrl selection of several blocks cannot be read at all: say so, not "invalid selection".
      if (officeErrorCode(e) !== "InvalidSelection") throw e;
      const { set, version } = FEATURE_SETS.multiAreaSelection;
      throw new ExcelAdapterError(
        "featureUnavailableSelection",
        { feature: translate(EXCEL_MESSAGES, this.lang, "feature.multiAreaSelection"), set, version },
        this.lang,
      );
    }
  }

  async getActiveSheet(): Promise<string | null> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    });
  }

  async checkpoint(scope: WriteScope): Promise<Checkpoint> {
    return takeExcelCheckpoint(
      { run: this.run, budget: this.budget, port: this, tableResize: this.supports("tableResize") },
      scope,
    );
  }

  async getSetting(key: string): Promise<string | null> {
    return this.run(async (context) => {
      const settingsRead = queueSettingsRead(context);
      await context.sync();
      return settingsFrom(settingsRead).values.get(key) ?? null;
    });
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.run(async (context) => {
      const settingsRead = queueSettingsRead(context);
      await context.sync();
      const settings = settingsFrom(settingsRead);
      if (settings.values.get(key) === value) return;
      const next = new Map(settings.values);
      next.set(key, value);
      queueSettingsWrite(context, settings, next);
      await context.sync();
    });
  }

  /**
   * Calls `onRows` with the changed rows of `sheetNames` after each edit (the task pane's check-as-you-type).
   * Resolves to the function that stops watching. Without events (ExcelApi 1.7) it notices and watches nothing.
   */
  async watchChanges(
    sheetNames: readonly string[],
    onRows: OnRows,
    onError: (e: unknown) => void = () => undefined,
  ): Promise<() => Promise<void>> {
    if (!this.supports("events")) {
      this.noticeSkipped(["events"]);
      return async () => undefined;
    }
    return watchSheets(this.run, this.options.runIn, sheetNames, onRows, onError);
  }
}

/** The sheet an address names ("'收文 登记'!A2:C4" → 收文 登记): one load gives sheet and rectangle together. */
function sheetOfAddress(address: string): string {
  const quoted = address.slice(0, address.lastIndexOf("!"));
  return /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
}

const areaOf = (r: XlRange): SelectedArea => ({
  row: r.rowIndex + 1,
  column: r.columnIndex + 1,
  rows: r.rowCount,
  columns: r.columnCount,
});
