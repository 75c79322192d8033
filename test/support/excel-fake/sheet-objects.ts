/** Objects that live on a worksheet: tables, charts and cell notes. */
import type {
  XlChart,
  XlChartCollection,
  XlNote,
  XlNoteCollection,
  XlRange,
  XlTable,
  XlTableCollection,
  XlTableRowCollection,
} from "../../../src/excel/office-api";
import { quoteSheetName } from "./a1";
import { ERRORS, FakeOfficeError } from "./context";
import type { ChartState, SheetState, TableState } from "./state";
import {
  FakeObject,
  FakeCollection,
  assertWritable,
  rectOf,
  a1Of,
  intersects,
  sheetAlive,
  type Readers,
  type Env,
} from "./proxy";
import { FakeRange } from "./range";
import type { FakeWorksheet } from "./worksheet";

const TABLE_NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class FakeTableCollection extends FakeCollection<SheetState, XlTable> implements XlTableCollection {
  constructor(
    private readonly env: Env,
    locate: () => SheetState | null,
  ) {
    super(env.q, "TableCollection", locate);
  }

  protected list(sheet: SheetState) {
    return sheet.tables.map((tb) => ({ proxy: () => this.proxyFor(tb.name, false), props: { name: tb.name } }));
  }

  private proxyFor(name: string, orNull: boolean): FakeTable {
    return new FakeTable(
      this.env,
      () => {
        const sheet = this.tryResolve();
        const table = sheet?.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
        return sheet && table ? { sheet, table } : null;
      },
      orNull,
    );
  }

  add(address: string, hasHeaders: boolean): XlTable {
    const proxy = new FakeTable(this.env, () => null);
    this.call("add", { address, hasHeaders }, (sheet) => {
      assertWritable(sheet, "TableCollection.add");
      const rect = rectOf(
        address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address,
        "TableCollection.add",
      );
      const all = this.env.sheets().flatMap((s) => s.tables.map((t) => ({ s, t })));
      if (all.some(({ s, t }) => s === sheet && intersects(t.rect, rect))) {
        throw ERRORS.invalidOperation("TableCollection.add", "A table can't overlap another table.");
      }
      let n = all.length + 1;
      while (all.some(({ t }) => t.name === `Table${n}`)) n++;
      const table: TableState = { name: `Table${n}`, rect, style: "TableStyleMedium2" };
      if (!hasHeaders)
        throw ERRORS.invalidArgument("TableCollection.add", "excel-fake supports tables with a header row only.");
      // Excel gives a table unique, non-empty header texts, rewriting the cells: blanks become ColumnN and a
      // repeated header gets a number ("状态" → "状态2").
      const seen = new Set<string>();
      for (let c = rect.column; c <= rect.lastColumn; c++) {
        const text = String(sheet.valueAt(rect.row, c));
        let header = text === "" ? `Column${c - rect.column + 1}` : text;
        for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${text}${n}`;
        seen.add(header.toLowerCase());
        if (header !== text) sheet.values.set(rect.row, c, header);
      }
      sheet.tables.push(table);
      proxy.attach({ sheet, table });
    });
    return proxy;
  }

  getItemOrNullObject(name: string): XlTable {
    return this.proxyFor(name, true);
  }
}

/**
 * `TableRowCollection.add` at the table's end: the new rows take the values given (blank otherwise) and, as Excel's
 * table rows do, the number format and validation of the row above. Excel moves the cells below the table down; the
 * fake does not model that and refuses a table with anything below it in its columns.
 */
function addTableRows(t: TableTarget, index: number | null | undefined, values: unknown): void {
  const location = "TableRowCollection.add";
  assertWritable(t.sheet, location);
  const rect = t.table.rect;
  if (index !== null && index !== undefined && index !== -1)
    throw ERRORS.invalidArgument(location, "excel-fake adds table rows at the end only.");
  const width = rect.lastColumn - rect.column + 1;
  const rows = Array.isArray(values) ? (values as unknown[][]) : [Array.from({ length: width }, () => "")];
  if (rows.some((r) => !Array.isArray(r) || r.length !== width))
    throw ERRORS.invalidArgument(location, "The number of columns doesn't match the table.");
  const grids = [t.sheet.values, t.sheet.formulas, t.sheet.numberFormats, t.sheet.fills, t.sheet.validations];
  let below = false;
  for (const g of grids)
    (g as { forEach(fn: (v: unknown, r: number, c: number) => void): void }).forEach((_v, r, c) => {
      if (r > rect.lastRow && c >= rect.column && c <= rect.lastColumn) below = true;
    });
  if (below) throw new Error("excel-fake: rows.add over cells below the table (they would move) is not modeled");
  const above = rect.lastRow;
  rows.forEach((line, i) => {
    const r = above + 1 + i;
    line.forEach((v, j) => {
      const c = rect.column + j;
      if (v !== "" && v !== null) t.sheet.values.set(r, c, v as never);
      if (above > rect.row) {
        const fmt = t.sheet.numberFormats.get(above, c);
        if (fmt !== undefined) t.sheet.numberFormats.set(r, c, fmt);
        const dv = t.sheet.validations.get(above, c);
        if (dv !== undefined) t.sheet.validations.set(r, c, dv);
      }
    });
  });
  t.table.rect = { ...rect, lastRow: rect.lastRow + rows.length };
}

interface TableTarget {
  sheet: SheetState;
  table: TableState;
}

class FakeTable extends FakeObject<TableTarget> implements XlTable {
  constructor(
    private readonly env: Env,
    locate: () => TableTarget | null,
    orNull = false,
  ) {
    super(env.q, "Table", locate, orNull);
  }

  attach(t: TableTarget): void {
    this.bind(t);
  }

  protected override alive(t: TableTarget): boolean {
    return sheetAlive(this.env, t.sheet) && t.sheet.tables.includes(t.table);
  }

  protected readers(): Readers<TableTarget> {
    return { name: (t) => t.table.name, style: (t) => t.table.style };
  }

  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.write("style", style, (t) => (t.table.style = style));
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (t) => {
      if (!TABLE_NAME_RE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw ERRORS.invalidArgument("Table.name");
      const clash = this.env
        .sheets()
        .some((s) => s.tables.some((x) => x !== t.table && x.name.toLowerCase() === name.toLowerCase()));
      if (clash) throw ERRORS.itemAlreadyExists("Table.name");
      t.table.name = name;
    });
  }

  getHeaderRowRange(): XlRange {
    return new FakeRange(this.env, () => {
      const t = this.tryResolve();
      return t ? { sheet: t.sheet, rect: { ...t.table.rect, lastRow: t.table.rect.row } } : null;
    });
  }

  getRange(): XlRange {
    return new FakeRange(this.env, () => {
      const t = this.tryResolve();
      return t ? { sheet: t.sheet, rect: { ...t.table.rect } } : null;
    });
  }

  /** As Excel: the header stays on its row, the new range overlaps the old one and no other table; no cell moves. */
  resize(newRange: string): void {
    this.call("resize", newRange, (t) => {
      assertWritable(t.sheet, "Table.resize");
      const rect = rectOf(
        newRange.includes("!") ? newRange.slice(newRange.lastIndexOf("!") + 1) : newRange,
        "Table.resize",
      );
      if (rect.row !== t.table.rect.row || !intersects(rect, t.table.rect) || rect.lastRow <= rect.row)
        throw ERRORS.invalidArgument("Table.resize", "The new range must overlap the table and keep its header row.");
      if (t.sheet.tables.some((x) => x !== t.table && intersects(x.rect, rect)))
        throw ERRORS.invalidOperation("Table.resize", "A table can't overlap another table.");
      t.table.rect = rect;
    });
  }

  get rows(): XlTableRowCollection {
    return {
      add: (index, values) => {
        this.call("rows.add", { index, values }, (t) => addTableRows(t, index, values));
        return undefined;
      },
    };
  }

  delete(): void {
    this.call("delete", undefined, (t) => {
      assertWritable(t.sheet, "Table.delete");
      t.sheet.tables = t.sheet.tables.filter((x) => x !== t.table);
    });
  }
}

export class FakeChartCollection extends FakeCollection<SheetState, XlChart> implements XlChartCollection {
  constructor(
    private readonly env: Env,
    locate: () => SheetState | null,
  ) {
    super(env.q, "ChartCollection", locate);
  }

  protected list(sheet: SheetState) {
    return sheet.charts.map((ch) => ({ proxy: () => this.proxyFor(ch.name, false), props: { name: ch.name } }));
  }

  private proxyFor(name: string, orNull: boolean): FakeChart {
    return new FakeChart(
      this.env,
      () => {
        const sheet = this.tryResolve();
        const chart = sheet?.charts.find((c) => c.name === name);
        return sheet && chart ? { sheet, chart } : null;
      },
      orNull,
    );
  }

  add(
    type: "Line" | "ColumnClustered" | "BarStacked",
    sourceData: XlRange,
    seriesBy: "Auto" | "Columns" | "Rows" = "Auto",
  ): XlChart {
    const proxy = new FakeChart(this.env, () => null);
    const source = sourceData as FakeRange;
    this.call("add", { type, seriesBy }, (sheet) => {
      assertWritable(sheet, "ChartCollection.add");
      const src = source.target("ChartCollection.add");
      const chart: ChartState = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: `${quoteSheetName(src.sheet.name)}!${a1Of(src.rect)}`,
        seriesBy,
        title: "",
        position: null,
      };
      sheet.charts.push(chart);
      proxy.attach({ sheet, chart });
    });
    return proxy;
  }

  getItemOrNullObject(name: string): XlChart {
    return this.proxyFor(name, true);
  }
}

interface ChartTarget {
  sheet: SheetState;
  chart: ChartState;
}

class FakeChart extends FakeObject<ChartTarget> implements XlChart {
  constructor(
    private readonly env: Env,
    locate: () => ChartTarget | null,
    orNull = false,
  ) {
    super(env.q, "Chart", locate, orNull);
  }

  attach(t: ChartTarget): void {
    this.bind(t);
  }

  protected override alive(t: ChartTarget): boolean {
    return sheetAlive(this.env, t.sheet) && t.sheet.charts.includes(t.chart);
  }

  protected readers(): Readers<ChartTarget> {
    return { name: (t) => t.chart.name, plotVisibleOnly: (t) => t.chart.plotVisibleOnly !== false };
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (t) => (t.chart.name = name));
  }

  get title(): { text: string; visible: boolean } {
    const call = this.call.bind(this);
    return {
      get text(): string {
        throw ERRORS.propertyNotLoaded("text", "ChartTitle.text");
      },
      set text(text: string) {
        call("title.text", text, (t) => (t.chart.title = text));
      },
      get visible(): boolean {
        throw ERRORS.propertyNotLoaded("visible", "ChartTitle.visible");
      },
      set visible(on: boolean) {
        call("title.visible", on, (t) => (t.chart.titleVisible = on));
      },
    };
  }

  get legend(): { visible: boolean } {
    const call = this.call.bind(this);
    return {
      get visible(): boolean {
        throw ERRORS.propertyNotLoaded("visible", "ChartLegend.visible");
      },
      set visible(on: boolean) {
        call("legend.visible", on, (t) => (t.chart.legendVisible = on));
      },
    };
  }

  get plotVisibleOnly(): boolean {
    return this.read("plotVisibleOnly");
  }
  set plotVisibleOnly(on: boolean) {
    this.write("plotVisibleOnly", on, (t) => (t.chart.plotVisibleOnly = on));
  }

  setPosition(startCell: string, endCell?: string): void {
    this.call("setPosition", { startCell, endCell }, (t) => {
      rectOf(startCell, "Chart.setPosition");
      if (endCell) rectOf(endCell, "Chart.setPosition");
      t.chart.position = { start: startCell, end: endCell ?? null };
    });
  }

  delete(): void {
    this.call("delete", undefined, (t) => {
      assertWritable(t.sheet, "Chart.delete");
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

interface NoteTarget {
  sheet: SheetState;
  row: number;
  column: number;
}

function singleCell(address: string, location: string): { row: number; column: number } {
  const rect = rectOf(address, location);
  if (rect.row !== rect.lastRow || rect.column !== rect.lastColumn) {
    throw new FakeOfficeError("InvalidCellAddress", "The cell address is invalid or is not a single cell.", location);
  }
  return { row: rect.row, column: rect.column };
}

export class FakeNoteCollection implements XlNoteCollection {
  constructor(
    private readonly env: Env,
    private readonly sheetProxy: FakeWorksheet,
  ) {}

  add(cellAddress: string, content: string): XlNote {
    const proxy = new FakeNote(this.env, () => null);
    this.env.q.enqueue({
      location: "NoteCollection.add",
      payload: { cellAddress, content },
      run: () => {
        const sheet = this.sheetProxy.target("NoteCollection.add");
        const { row, column } = singleCell(cellAddress, "NoteCollection.add");
        assertWritable(sheet, "NoteCollection.add");
        if (sheet.notes.get(row, column) !== undefined)
          throw ERRORS.invalidArgument("NoteCollection.add", "The cell already has a note.");
        sheet.notes.set(row, column, content);
        proxy.attach({ sheet, row, column });
      },
    });
    return proxy;
  }

  getItemOrNullObject(cellAddress: string): XlNote {
    return new FakeNote(
      this.env,
      () => {
        const sheet = this.sheetProxy.target("NoteCollection.getItemOrNullObject");
        const { row, column } = singleCell(cellAddress, "NoteCollection.getItemOrNullObject");
        return sheet.notes.get(row, column) === undefined ? null : { sheet, row, column };
      },
      true,
    );
  }
}

class FakeNote extends FakeObject<NoteTarget> implements XlNote {
  constructor(
    private readonly env: Env,
    locate: () => NoteTarget | null,
    orNull = false,
  ) {
    super(env.q, "Note", locate, orNull);
  }

  attach(t: NoteTarget): void {
    this.bind(t);
  }

  protected override alive(t: NoteTarget): boolean {
    return sheetAlive(this.env, t.sheet) && t.sheet.notes.get(t.row, t.column) !== undefined;
  }

  protected readers(): Readers<NoteTarget> {
    return { content: (t) => t.sheet.notes.get(t.row, t.column) ?? "" };
  }

  get content(): string {
    return this.read("content");
  }
  set content(text: string) {
    this.write("content", text, (t) => {
      assertWritable(t.sheet, "Note.content");
      t.sheet.notes.set(t.row, t.column, text);
    });
  }

  delete(): void {
    this.call("delete", undefined, (t) => {
      assertWritable(t.sheet, "Note.delete");
      t.sheet.notes.set(t.row, t.column, undefined);
    });
  }
}
