/**
 * Every write the task pane makes goes through one mechanism: the use case first runs against a `PlanningPort`,
 * which reads through to the workbook but only records the writes (sheets it writes are copied into a memory
 * overlay, so a use case that reads back what it wrote sees it). The recorded calls are the plan: summarised for the
 * confirmation (sheets, columns, number of cells), then replayed on the real port after a checkpoint of everything
 * they touch, so 「撤销上次写入」 can put it back exactly (`undo.ts`).
 */
import type { Block, CellValue, Mark, SheetSpec } from "../core/sheet-spec";
import { columnLetter } from "../workbook/a1";
import { MARKS_SETTING, parseMarkedCells } from "../workbook/mark-notes";
import { MemoryWorkbook } from "../workbook/memory";
import type {
  OwnedFormatsEntry,
  ReadOptions,
  SheetInfo,
  SheetValues,
  WorkbookPort,
  WriteScope,
} from "../workbook/port";

export type PortCall =
  | { method: "ensureSheets"; specs: readonly SheetSpec[] }
  | { method: "writeBlocks"; blocks: readonly Block[] }
  | { method: "applyMarks"; marks: readonly Mark[] }
  | { method: "clearMarks"; sheets?: readonly string[] }
  | { method: "setOwnedConditionalFormats"; entries: readonly OwnedFormatsEntry[] }
  | { method: "setSetting"; key: string; value: string };

export interface ColumnChange {
  letter: string;
  /** The column's header text as the sheet shows it, when one is found in its first rows. */
  header: string | null;
}

export interface SheetChange {
  sheet: string;
  /** `created`: a new sheet; `replaced`: a generated sheet rebuilt whole; `cells`: cells written in an existing one. */
  kind: "created" | "replaced" | "cells";
  columns: ColumnChange[];
  cells: number;
  notes: number;
  /** The add-in's row colours (conditional formats) on this sheet are replaced. */
  formats: boolean;
}

export interface WriteSummary {
  sheets: SheetChange[];
  /** Add-in settings changed (stored in the hidden `_ledger` sheet). */
  settings: string[];
  cells: number;
}

export interface WritePlan<T> {
  result: T;
  calls: readonly PortCall[];
  scope: WriteScope;
  summary: WriteSummary;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Reads through, writes recorded; written sheets live in a memory overlay from their first write on. */
export class PlanningPort implements WorkbookPort {
  readonly calls: PortCall[] = [];
  private readonly overlay = new MemoryWorkbook();
  private readonly touched = new Set<string>();
  private readonly settings = new Map<string, string>();
  private realSheets: SheetInfo[] | null = null;

  constructor(private readonly real: WorkbookPort) {}

  async existing(): Promise<SheetInfo[]> {
    this.realSheets ??= await this.real.listSheets();
    return this.realSheets;
  }

  private isTouched(name: string): boolean {
    return [...this.touched].some((t) => same(t, name));
  }

  async listSheets(): Promise<SheetInfo[]> {
    const real = await this.existing();
    const overlay = await this.overlay.listSheets();
    return [
      ...real.map((s) => overlay.find((o) => same(o.name, s.name)) ?? s),
      ...overlay.filter((o) => !real.some((s) => same(s.name, o.name))),
    ];
  }

  async readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetValues[]> {
    const fromReal = names.filter((n) => !this.isTouched(n));
    const real = fromReal.length > 0 ? await this.real.readSheets(fromReal, options) : [];
    const overlaid = await this.overlay.readSheets(names.filter((n) => this.isTouched(n)));
    return names.map(
      (n) =>
        (this.isTouched(n) ? overlaid.find((s) => same(s.name, n)) : real.find((s) => same(s.name, n))) as SheetValues,
    );
  }

  /** Copies a sheet of the workbook into the overlay before its first planned write. */
  private async bring(name: string): Promise<void> {
    if (this.isTouched(name)) return;
    const [sheet] = await this.real.readSheets([name]);
    this.overlay.addSheet(name, sheet?.values ?? []);
    this.touched.add(name);
  }

  async ensureSheets(specs: readonly SheetSpec[]): Promise<void> {
    this.calls.push({ method: "ensureSheets", specs });
    const real = await this.existing();
    for (const spec of specs) {
      const exists = this.isTouched(spec.name) || real.some((s) => same(s.name, spec.name));
      if (exists && spec.ifExists === "keep") continue;
      await this.overlay.ensureSheets([{ ...spec, ifExists: "replace" }]);
      this.touched.add(spec.name);
    }
  }

  async writeBlocks(blocks: readonly Block[]): Promise<void> {
    this.calls.push({ method: "writeBlocks", blocks });
    for (const name of new Set(blocks.map((b) => b.sheet))) await this.bring(name);
    await this.overlay.writeBlocks(blocks);
  }

  async applyMarks(marks: readonly Mark[]): Promise<void> {
    this.calls.push({ method: "applyMarks", marks });
  }

  async clearMarks(sheets?: readonly string[]): Promise<void> {
    this.calls.push(sheets ? { method: "clearMarks", sheets } : { method: "clearMarks" });
  }

  async setOwnedConditionalFormats(entries: readonly OwnedFormatsEntry[]): Promise<void> {
    this.calls.push({ method: "setOwnedConditionalFormats", entries });
  }

  async select(): Promise<void> {
    // Planning never moves the user's selection.
  }

  getActiveSheet(): Promise<string | null> {
    return this.real.getActiveSheet();
  }

  getSelection(): ReturnType<WorkbookPort["getSelection"]> {
    return this.real.getSelection();
  }

  async getSetting(key: string): Promise<string | null> {
    return this.settings.has(key) ? (this.settings.get(key) ?? null) : this.real.getSetting(key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.calls.push({ method: "setSetting", key, value });
    this.settings.set(key, value);
  }

  /** The sheet's values after the planned writes (for the column headers of the summary). */
  async overlayValues(name: string): Promise<readonly (readonly CellValue[])[]> {
    if (!this.isTouched(name)) return [];
    return (await this.overlay.readSheets([name]))[0]?.values ?? [];
  }
}

/** Runs `action` on a planning port: nothing is written; the plan says what would be. */
export async function planWrite<T>(
  port: WorkbookPort,
  action: (port: WorkbookPort) => Promise<T>,
): Promise<WritePlan<T>> {
  const planning = new PlanningPort(port);
  const result = await action(planning);
  const existing = await planning.existing();
  const marked = planning.calls.some((c) => c.method === "applyMarks" || c.method === "clearMarks")
    ? parseMarkedCells(await port.getSetting(MARKS_SETTING))
    : [];
  const scope = scopeOf(planning.calls, existing, marked);
  const summary = await summarise(planning, scope);
  return { result, calls: planning.calls, scope, summary };
}

/** Replays a plan's calls on the port, in order. */
export async function replay(port: WorkbookPort, calls: readonly PortCall[]): Promise<void> {
  for (const call of calls) {
    switch (call.method) {
      case "ensureSheets":
        await port.ensureSheets(call.specs);
        break;
      case "writeBlocks":
        await port.writeBlocks(call.blocks);
        break;
      case "applyMarks":
        await port.applyMarks(call.marks);
        break;
      case "clearMarks":
        await port.clearMarks(call.sheets);
        break;
      case "setOwnedConditionalFormats":
        await port.setOwnedConditionalFormats(call.entries);
        break;
      case "setSetting":
        await port.setSetting(call.key, call.value);
        break;
    }
  }
}

const width = (b: Block): number => b.values.reduce((w, r) => Math.max(w, r.length), 0);

export function scopeOf(
  calls: readonly PortCall[],
  existing: readonly SheetInfo[],
  recordedMarks: readonly { sheet: string; row: number; column: number }[],
): WriteScope {
  const cells: WriteScope["cells"][number][] = [];
  const notes: WriteScope["notes"][number][] = [];
  const created: string[] = [];
  const replaced: string[] = [];
  const formats: WriteScope["formats"][number][] = [];
  const known = (name: string) => [...created, ...replaced].some((n) => same(n, name));
  for (const call of calls) {
    if (call.method === "ensureSheets") {
      for (const spec of call.specs) {
        if (known(spec.name)) continue;
        const exists = existing.some((s) => same(s.name, spec.name));
        if (!exists) created.push(spec.name);
        else if (spec.ifExists === "replace") replaced.push(spec.name);
      }
    } else if (call.method === "writeBlocks") {
      for (const b of call.blocks) {
        if (b.values.length === 0 || width(b) === 0) continue;
        cells.push({ sheet: b.sheet, row: b.row, column: b.column, rows: b.values.length, columns: width(b) });
        b.headerNotes?.forEach((n, j) => {
          if (n !== null && n !== undefined) notes.push({ sheet: b.sheet, row: b.row, column: b.column + j });
        });
      }
    } else if (call.method === "applyMarks" || call.method === "clearMarks") {
      const sheets =
        call.method === "applyMarks"
          ? new Set(call.marks.map((m) => m.sheet))
          : call.sheets
            ? new Set(call.sheets)
            : null;
      for (const c of recordedMarks)
        if (!sheets || sheets.has(c.sheet)) notes.push({ sheet: c.sheet, row: c.row, column: c.column });
      if (call.method === "applyMarks")
        for (const m of call.marks) notes.push({ sheet: m.sheet, row: m.row, column: m.column });
    } else if (call.method === "setOwnedConditionalFormats") {
      for (const e of call.entries)
        if (!formats.some((f) => same(f.sheet, e.sheet) && f.owner === e.owner))
          formats.push({ sheet: e.sheet, owner: e.owner });
    }
  }
  const seen = new Set<string>();
  const uniqueNotes = notes.filter((n) => {
    const k = `${n.sheet}\u0000${n.row}\u0000${n.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { cells, notes: uniqueNotes, created, replaced, formats };
}

/** The header text of a column: the first text among its first five rows (where recognition finds header rows). */
function headerOf(values: readonly (readonly CellValue[])[], column: number): string | null {
  for (let r = 0; r < Math.min(5, values.length); r++) {
    const v = values[r]?.[column - 1];
    if (typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return null;
}

async function summarise(planning: PlanningPort, scope: WriteScope): Promise<WriteSummary> {
  const order: string[] = [];
  const bySheet = new Map<string, SheetChange>();
  const entry = (sheet: string): SheetChange => {
    const key = sheet.toLowerCase();
    let e = bySheet.get(key);
    if (!e) {
      const kind = scope.created.some((n) => same(n, sheet))
        ? "created"
        : scope.replaced.some((n) => same(n, sheet))
          ? "replaced"
          : "cells";
      e = { sheet, kind, columns: [], cells: 0, notes: 0, formats: false };
      bySheet.set(key, e);
      order.push(key);
    }
    return e;
  };
  for (const name of [...scope.created, ...scope.replaced]) entry(name);
  const columnsBySheet = new Map<string, Set<number>>();
  for (const c of scope.cells) {
    const e = entry(c.sheet);
    e.cells += c.rows * c.columns;
    const cols = columnsBySheet.get(e.sheet) ?? new Set<number>();
    for (let j = 0; j < c.columns; j++) cols.add(c.column + j);
    columnsBySheet.set(e.sheet, cols);
  }
  for (const n of scope.notes) entry(n.sheet).notes++;
  for (const f of scope.formats) entry(f.sheet).formats = true;
  for (const [sheet, cols] of columnsBySheet) {
    const e = entry(sheet);
    if (e.kind !== "cells") continue;
    const values = await planning.overlayValues(sheet);
    e.columns = [...cols].sort((a, b) => a - b).map((c) => ({ letter: columnLetter(c), header: headerOf(values, c) }));
  }
  const settings = [...new Set(planning.calls.flatMap((c) => (c.method === "setSetting" ? [c.key] : [])))];
  const sheets = order.map((k) => bySheet.get(k) as SheetChange);
  return { sheets, settings, cells: sheets.reduce((n, s) => n + s.cells, 0) };
}
