/**
 * `WorkbookPort.checkpoint` over Office.js: before a write from the pane, what its scope covers is read (formulas —
 * constants included — and number formats of each written rectangle, the notes of each noted cell, every setting and
 * the add-in's conditional formats); a sheet about to be replaced is set aside hidden, with its tables renamed, so the
 * write builds a fresh one and an undo can put the old one back whole (charts and all). `restore` writes it all back.
 */
import { cellKey, type NoteWrite } from "../workbook/mark-notes";
import { OWNED_FORMATS_SETTING, parseOwnedFormats, type OwnedFormatsEntry } from "../workbook/owned-formats";
import type { Checkpoint, WorkbookPort, WriteScope } from "../workbook/port";
import { address } from "../workbook/a1";
import { syncInBatches, type QueuedWork } from "./batches";
import { lookUpNotes, noteWriteWork, SheetProxies } from "./notes";
import type { XlRange, XlRequestContext, XlRun, XlTableCollection, XlVisibility } from "./office-api";
import { queueSettingsRead, queueSettingsWrite, settingsFrom } from "./settings-sheet";

/** Sheets set aside for an undo are named so; the adapter hides them from listSheets and the next checkpoint removes them. */
export const UNDO_SHEET_PREFIX = "~ledger-undo-";
const UNDO_TABLE_PREFIX = "LedgerUndo";
/** Cells per range read or written in one piece (formulas and formats both travel). */
const CHUNK_CELLS = 20_000;

interface CellPiece {
  sheet: string;
  row: number;
  column: number;
  formulas: unknown[][];
  formats: unknown[][];
}

interface SetAside {
  original: string;
  aside: string;
  position: number;
  visibility: XlVisibility;
  tables: { original: string; aside: string }[];
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function pieces(scope: WriteScope): { sheet: string; row: number; column: number; rows: number; columns: number }[] {
  const out: { sheet: string; row: number; column: number; rows: number; columns: number }[] = [];
  for (const c of scope.cells) {
    const step = Math.max(1, Math.floor(CHUNK_CELLS / Math.max(1, c.columns)));
    for (let r = 0; r < c.rows; r += step) out.push({ ...c, row: c.row + r, rows: Math.min(step, c.rows - r) });
  }
  return out;
}

const rangeOf = (p: { row: number; column: number; rows: number; columns: number }): string =>
  `${address(p.row, p.column)}:${address(p.row + p.rows - 1, p.column + p.columns - 1)}`;

export interface ExcelCheckpointDeps {
  run: XlRun;
  budget: number;
  /** The adapter itself, for putting the add-in's conditional formats back through its own port call. */
  port: Pick<WorkbookPort, "setOwnedConditionalFormats">;
  /** `Table.resize` (ExcelApi 1.13): a table a write extended (form import) is shrunk back on restore. */
  tableResize?: boolean;
}

interface TableExtent {
  sheet: string;
  name: string;
  /** A1 range without the sheet. */
  range: string;
}

/** The tables of `sheets` and their ranges (two syncs; none when `sheets` is empty). */
async function tableExtents(context: XlRequestContext, sheets: readonly string[]): Promise<TableExtent[]> {
  if (sheets.length === 0) return [];
  const lists = sheets.map(
    (s) => context.workbook.worksheets.getItem(s).tables.load("items/name") as XlTableCollection,
  );
  await context.sync();
  const ranges = sheets.flatMap((sheet, i) =>
    (lists[i] as XlTableCollection).items.map((t) => {
      const range = t.getRange();
      range.load("address");
      return { sheet, table: t, range };
    }),
  );
  if (ranges.length === 0) return [];
  await context.sync();
  return ranges.map(({ sheet, table, range }) => ({
    sheet,
    name: table.name,
    range: range.address.slice(range.address.lastIndexOf("!") + 1),
  }));
}

/** Removes sheets an earlier session set aside and never restored or discarded (the pane was closed). */
async function dropStaleAsides(context: XlRequestContext, names: readonly string[]): Promise<void> {
  const stale = names.filter((n) => n.startsWith(UNDO_SHEET_PREFIX));
  if (stale.length === 0) return;
  for (const n of stale) context.workbook.worksheets.getItem(n).delete();
  await context.sync();
}

export async function takeExcelCheckpoint(deps: ExcelCheckpointDeps, scope: WriteScope): Promise<Checkpoint> {
  const { run, budget } = deps;
  const state = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load(["items/name", "items/position", "items/visibility"]);
    const settingsRead = queueSettingsRead(context);
    await context.sync();
    await dropStaleAsides(
      context,
      worksheets.items.map((ws) => ws.name),
    );
    const sheets = worksheets.items.filter((ws) => !ws.name.startsWith(UNDO_SHEET_PREFIX));
    const settingsState = settingsFrom(settingsRead);
    const settings = new Map(settingsState.values);
    const settingsSheet = settingsState.sheet !== null;
    const existing = (name: string) => sheets.find((ws) => same(ws.name, name));
    // Cells: formulas (constants come back as themselves) and number formats, in sync-sized groups.
    const cells: CellPiece[] = [];
    const loaded: { p: ReturnType<typeof pieces>[number]; range: XlRange }[] = [];
    const proxies = new SheetProxies(context);
    const work: QueuedWork[] = pieces(scope)
      .filter((p) => existing(p.sheet))
      .map((p) => ({
        bytes: p.rows * p.columns * 64,
        queue: () => {
          const range = proxies.get(p.sheet).getRange(rangeOf(p));
          range.load(["formulas", "numberFormat"]);
          loaded.push({ p, range });
        },
      }));
    if (work.length > 0) await syncInBatches(context, work, budget);
    for (const { p, range } of loaded)
      cells.push({
        sheet: p.sheet,
        row: p.row,
        column: p.column,
        formulas: range.formulas as unknown[][],
        formats: range.numberFormat as unknown[][],
      });
    const noted = scope.notes.filter((n) => existing(n.sheet));
    const lookup = await lookUpNotes(context, proxies, noted, budget);
    const notes = noted.map((n) => ({ cell: n, note: lookup.text.get(cellKey(n.sheet, n.row, n.column)) ?? null }));
    // Sheets to be replaced: set aside, hidden, their tables renamed so the new sheet's tables get the same names.
    const asides: SetAside[] = [];
    const replaced = scope.replaced
      .map((n) => existing(n))
      .filter((ws): ws is NonNullable<typeof ws> => ws !== undefined);
    const tableLists = replaced.map((ws) => {
      const t = context.workbook.worksheets.getItem(ws.name).tables;
      t.load("items/name");
      return t;
    });
    if (replaced.length > 0) await context.sync();
    const stamp = Date.now().toString(36);
    replaced.forEach((ws, i) => {
      const aside = `${UNDO_SHEET_PREFIX}${stamp}-${i}`.slice(0, 31);
      const tables = (tableLists[i]?.items ?? []).map((t, k) => ({
        original: t.name,
        aside: `${UNDO_TABLE_PREFIX}${stamp}_${i}_${k}`,
      }));
      const sheet = context.workbook.worksheets.getItem(ws.name);
      for (const t of tables) sheet.tables.getItemOrNullObject(t.original).name = t.aside;
      sheet.name = aside;
      sheet.visibility = "Hidden";
      asides.push({ original: ws.name, aside, position: ws.position, visibility: ws.visibility, tables });
    });
    if (asides.length > 0) await context.sync();
    const tableSheets = deps.tableResize
      ? [...new Set(scope.cells.map((c) => existing(c.sheet)?.name))].filter(
          (n): n is string => n !== undefined && !scope.replaced.some((r) => same(r, n)),
        )
      : [];
    const tables = await tableExtents(context, tableSheets);
    return { settings, settingsSheet, cells, notes, asides, tables };
  });
  const formats: OwnedFormatsEntry[] = scope.formats.map((f) => ({
    sheet: f.sheet,
    owner: f.owner,
    formats:
      parseOwnedFormats(state.settings.get(OWNED_FORMATS_SETTING) ?? null).find(
        (r) => same(r.sheet, f.sheet) && r.owner === f.owner,
      )?.formats ?? [],
  }));
  /** Deletes each replaced sheet's new copy and gives the set-aside one back its name, tables, visibility and place. */
  const putAsidesBack = async (context: XlRequestContext): Promise<void> => {
    if (state.asides.length === 0) return;
    const fresh = state.asides.map((a) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(a.original);
      ws.load("name");
      return ws;
    });
    await context.sync();
    for (const ws of fresh) if (!ws.isNullObject) ws.delete();
    for (const a of state.asides) {
      const old = context.workbook.worksheets.getItem(a.aside);
      for (const t of a.tables) old.tables.getItemOrNullObject(t.aside).name = t.original;
      old.name = a.original;
      old.visibility = a.visibility;
    }
    await context.sync();
    // Positions last and in tab order, so each lands where it was.
    for (const a of [...state.asides].sort((x, y) => x.position - y.position))
      context.workbook.worksheets.getItem(a.original).position = a.position;
    await context.sync();
  };
  /** The sheets of `names` that exist, as loaded proxies (one sync). */
  const present = async (context: XlRequestContext, names: readonly string[]) => {
    const proxies = names.map((n) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(n);
      ws.load("name");
      return { name: n, ws };
    });
    await context.sync();
    return proxies.filter((p) => !p.ws.isNullObject);
  };
  return {
    settle: async () => {
      if (state.asides.length === 0) return;
      await run(async (context) => {
        const fresh = await present(
          context,
          state.asides.map((a) => a.original),
        );
        for (const a of [...state.asides].sort((x, y) => x.position - y.position)) {
          const f = fresh.find((p) => p.name === a.original);
          if (f) f.ws.position = a.position;
        }
        await context.sync();
      });
    },
    discard: async () => {
      if (state.asides.length === 0) return;
      await run(async (context) => {
        for (const p of await present(
          context,
          state.asides.map((a) => a.aside),
        ))
          p.ws.delete();
        await context.sync();
      });
    },
    restore: async () => {
      await run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        for (const name of scope.created) {
          const ws = worksheets.items.find((w) => same(w.name, name));
          if (ws) ws.delete();
        }
        await context.sync();
        await putAsidesBack(context);
        const proxies = new SheetProxies(context);
        const present = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
        const writes: QueuedWork[] = state.cells
          .filter((c) => present.has(c.sheet.toLowerCase()))
          .map((c) => ({
            bytes: c.formulas.length * (c.formulas[0]?.length ?? 0) * 64,
            queue: () => {
              const range = proxies.get(c.sheet).getRange(
                rangeOf({
                  row: c.row,
                  column: c.column,
                  rows: c.formulas.length,
                  columns: c.formulas[0]?.length ?? 0,
                }),
              );
              range.formulas = c.formulas as Excel.Range["formulas"];
              range.numberFormat = c.formats as Excel.Range["numberFormat"];
            },
          }));
        if (writes.length > 0) await syncInBatches(context, writes, budget);
        // A table the write grew over appended rows goes back to its old range (the cells are already put back).
        const grown = state.tables.filter((t) => present.has(t.sheet.toLowerCase()));
        const now = await tableExtents(context, [...new Set(grown.map((t) => t.sheet))]);
        let resized = false;
        for (const t of grown) {
          const after = now.find((n) => n.sheet === t.sheet && n.name === t.name);
          if (!after || after.range === t.range) continue;
          proxies.get(t.sheet).tables.getItemOrNullObject(t.name).resize(t.range);
          resized = true;
        }
        if (resized) await context.sync();
        const noted: NoteWrite[] = state.notes.filter((n) => present.has(n.cell.sheet.toLowerCase()));
        if (noted.length > 0) {
          const lookup = await lookUpNotes(
            context,
            proxies,
            noted.map((n) => n.cell),
            budget,
          );
          const work = noteWriteWork(proxies, lookup, noted);
          if (work.length > 0) await syncInBatches(context, work, budget);
        }
      });
      const created = (sheet: string) => scope.created.some((n) => same(n, sheet));
      const kept = formats.filter((f) => !created(f.sheet));
      if (kept.length > 0) await deps.port.setOwnedConditionalFormats(kept);
      await run(async (context) => {
        const settingsRead = queueSettingsRead(context);
        await context.sync();
        const now = settingsFrom(settingsRead);
        if (!state.settingsSheet && now.sheet) {
          // The write made the settings sheet: it goes again, as a created sheet does.
          now.sheet.delete();
          await context.sync();
          return;
        }
        const next = new Map(state.settings);
        // The formats record names the formats as they are now (fresh ids); created sheets' entries go with them.
        const record = parseOwnedFormats(now.values.get(OWNED_FORMATS_SETTING) ?? null).filter(
          (r) => !created(r.sheet),
        );
        if (record.length > 0) next.set(OWNED_FORMATS_SETTING, JSON.stringify(record));
        else next.delete(OWNED_FORMATS_SETTING);
        if (JSON.stringify([...next]) === JSON.stringify([...now.values])) return;
        queueSettingsWrite(context, now, next);
        await context.sync();
      });
    },
  };
}
