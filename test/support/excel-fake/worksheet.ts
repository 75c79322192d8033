/** Worksheets, the workbook and the request context: the roots every other proxy hangs from. */
import type {
  XlAutoFilter,
  XlNamedItemCollection,
  XlChangedEventArgs,
  XlChartCollection,
  XlEventRegistration,
  XlEventSource,
  XlFreezePanes,
  XlNoteCollection,
  XlPageLayout,
  XlProtection,
  XlRange,
  XlRangeAreas,
  XlRequestContext,
  XlTable,
  XlTableCollection,
  XlVisibility,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../../src/excel/office-api";
import { ActionQueue, ERRORS, type ChangeHandler } from "./context";
import type { SheetState, Visibility } from "./state";
import { quoteSheetName } from "./a1";
import {
  FakeObject,
  FakeCollection,
  a1Of,
  assertWritable,
  intersects,
  rectOf,
  sheetAlive,
  type Readers,
  type Env,
  type RangeTarget,
} from "./proxy";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { FakeChartCollection, FakeNoteCollection, FakeTableCollection } from "./sheet-objects";

class FakeProtection extends FakeObject<SheetState> implements XlProtection {
  constructor(env: Env, locate: () => SheetState | null) {
    super(env.q, "WorksheetProtection", locate);
  }

  protected readers(): Readers<SheetState> {
    return { protected: (s) => s.protected };
  }

  get protected(): boolean {
    return this.read("protected");
  }

  // Recent Excel builds reject protect() on a protected sheet and unprotect() on an unprotected one with AccessDenied
  // (OfficeDev/office-js#6784), so callers must check `protected` first; the fake holds them to that.
  protect(options?: Excel.WorksheetProtectionOptions): void {
    this.call("protect", options ?? null, (s) => {
      if (s.protected) throw ERRORS.accessDenied("WorksheetProtection.protect");
      s.protected = true;
    });
  }

  unprotect(): void {
    this.call("unprotect", undefined, (s) => {
      if (!s.protected) throw ERRORS.accessDenied("WorksheetProtection.unprotect");
      s.protected = false;
    });
  }
}

class FakeFreezePanes implements XlFreezePanes {
  constructor(private readonly sheetProxy: FakeWorksheet) {}

  freezeRows(count = 1): void {
    this.sheetProxy.queue("freezePanes.freezeRows", count, (s) => (s.frozenRows = count));
  }

  unfreeze(): void {
    this.sheetProxy.queue("freezePanes.unfreeze", undefined, (s) => (s.frozenRows = 0));
  }
}

class FakePageLayout extends FakeObject<SheetState> implements XlPageLayout {
  constructor(env: Env, locate: () => SheetState | null) {
    super(env.q, "PageLayout", locate);
  }

  protected readers(): Readers<SheetState> {
    return {
      orientation: (s) => s.pageLayout.orientation,
      paperSize: (s) => s.pageLayout.paperSize,
      zoom: (s) => s.pageLayout.zoom,
    };
  }

  get orientation(): Excel.PageLayout["orientation"] {
    return this.read("orientation");
  }
  set orientation(v: Excel.PageLayout["orientation"]) {
    this.write("orientation", v, (s) => (s.pageLayout.orientation = String(v)));
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.read("paperSize");
  }
  set paperSize(v: Excel.PageLayout["paperSize"]) {
    this.write("paperSize", v, (s) => (s.pageLayout.paperSize = String(v)));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.write("zoom", v, (s) => {
      const pages = [v.horizontalFitToPages, v.verticalFitToPages].filter((n) => n !== undefined && n !== null);
      if (
        pages.some((n) => !Number.isInteger(n) || (n as number) < 0) ||
        (v.scale !== undefined && v.scale !== null && (v.scale < 10 || v.scale > 400))
      ) {
        throw ERRORS.invalidArgument("PageLayout.zoom");
      }
      s.pageLayout.zoom = { ...v };
    });
  }

  setPrintArea(printArea: string): void {
    this.call(
      "setPrintArea",
      printArea,
      (s) => (s.pageLayout.printArea = rectOf(printArea.replace(/^.*!/, ""), "PageLayout.setPrintArea")),
    );
  }

  /** Excel takes whole rows here ('$1:$3'); a cell range is refused. */
  setPrintTitleRows(printTitleRows: string): void {
    this.call("setPrintTitleRows", printTitleRows, (s) => {
      const m = /^\$?(\d+):\$?(\d+)$/.exec(printTitleRows.replace(/^.*!/, ""));
      if (!m) throw ERRORS.invalidArgument("PageLayout.setPrintTitleRows");
      s.pageLayout.printTitleRows = { first: Number(m[1]), last: Number(m[2]) };
    });
  }
}

/** `worksheet.autoFilter` (ExcelApi 1.9): one per sheet, not over a table (a table has its own), not when protected. */
class FakeAutoFilter implements XlAutoFilter {
  constructor(private readonly sheetProxy: FakeWorksheet) {}

  apply(range: string): void {
    this.sheetProxy.queue("autoFilter.apply", range, (s) => {
      assertWritable(s, "AutoFilter.apply");
      const rect = rectOf(range, "AutoFilter.apply");
      if (s.tables.some((t) => intersects(t.rect, rect)))
        throw ERRORS.invalidOperation("AutoFilter.apply", "An AutoFilter can't be applied to a table.");
      s.autoFilter = rect;
    });
  }
}

class FakeChangedEvent implements XlEventSource<XlChangedEventArgs> {
  constructor(
    private readonly env: Env,
    private readonly sheetProxy: FakeWorksheet,
  ) {}

  add(handler: (args: XlChangedEventArgs) => Promise<unknown>): XlEventRegistration {
    let sheetId: string | null = null;
    const host = this.env.q.host;
    const h = handler as ChangeHandler;
    this.env.q.enqueue({
      location: "Worksheet.onChanged.add",
      run: () => {
        sheetId = this.sheetProxy.target("Worksheet.onChanged.add").id;
        host.registerHandler(sheetId, h);
      },
    });
    return {
      remove: () => {
        this.env.q.enqueue({
          location: "EventHandlerResult.remove",
          run: () => {
            if (sheetId !== null) host.unregisterHandler(sheetId, h);
          },
        });
      },
    };
  }
}

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

function checkSheetName(name: string, location: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    SHEET_NAME_BAD.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw ERRORS.invalidArgument(location);
  }
}

function visibleCount(env: Env): number {
  return env.sheets().filter((s) => s.visibility === "Visible").length;
}

export class FakeWorksheet extends FakeObject<SheetState> implements XlWorksheet {
  constructor(
    private readonly env: Env,
    locate: () => SheetState | null,
    orNull = false,
  ) {
    super(env.q, "Worksheet", locate, orNull);
  }

  attach(sheet: SheetState): void {
    this.bind(sheet);
  }

  /** For child objects: the sheet, resolved at action time. */
  target(location: string): SheetState {
    return this.resolve(location);
  }

  queue(method: string, payload: unknown, fn: (s: SheetState) => void): void {
    this.call(method, payload, fn);
  }

  protected override alive(s: SheetState): boolean {
    return sheetAlive(this.env, s);
  }

  protected readers(): Readers<SheetState> {
    return {
      id: (s) => s.id,
      name: (s) => s.name,
      position: (s) => this.env.sheets().indexOf(s),
      visibility: (s) => s.visibility,
      tabColor: (s) => s.tabColor,
    };
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (s) => {
      checkSheetName(name, "Worksheet.name");
      const other = this.env.q.host.state.sheetByName(name);
      if (other && other !== s) throw ERRORS.itemAlreadyExists("Worksheet.name");
      s.name = name;
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.write("position", position, (s) => {
      const sheets = this.env.sheets();
      if (position < 0 || position >= sheets.length) throw ERRORS.invalidArgument("Worksheet.position");
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(position, 0, s);
    });
  }
  get visibility(): XlVisibility {
    return this.read("visibility");
  }
  set visibility(v: XlVisibility) {
    this.write("visibility", v, (s) => {
      const next = String(v) as Visibility;
      if (!["Visible", "Hidden", "VeryHidden"].includes(next)) throw ERRORS.invalidArgument("Worksheet.visibility");
      if (next !== "Visible" && s.visibility === "Visible" && visibleCount(this.env) === 1) {
        throw ERRORS.invalidOperation(
          "Worksheet.visibility",
          "A workbook must contain at least one visible worksheet.",
        );
      }
      s.visibility = next;
    });
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(color: string) {
    this.write("tabColor", color, (s) => (s.tabColor = color));
  }

  get protection(): XlProtection {
    return new FakeProtection(this.env, () => this.tryResolve());
  }
  get freezePanes(): XlFreezePanes {
    return new FakeFreezePanes(this);
  }
  get tables(): XlTableCollection {
    return new FakeTableCollection(this.env, () => this.tryResolve());
  }
  get charts(): XlChartCollection {
    return new FakeChartCollection(this.env, () => this.tryResolve());
  }
  get pageLayout(): XlPageLayout {
    return new FakePageLayout(this.env, () => this.tryResolve());
  }
  get notes(): XlNoteCollection {
    return new FakeNoteCollection(this.env, this);
  }
  get autoFilter(): XlAutoFilter {
    return new FakeAutoFilter(this);
  }
  get onChanged(): XlEventSource<XlChangedEventArgs> {
    return new FakeChangedEvent(this.env, this);
  }

  getRange(address?: string): XlRange {
    return new FakeRange(this.env, () => {
      const sheet = this.tryResolve();
      if (!sheet) return null;
      const rect =
        address === undefined
          ? { row: 0, column: 0, lastRow: 1048575, lastColumn: 16383 }
          : rectOf(address, "Worksheet.getRange");
      return { sheet, rect };
    });
  }

  getUsedRange(valuesOnly = false): XlRange {
    return new FakeRange(this.env, () => {
      const sheet = this.tryResolve();
      if (!sheet) return null;
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { row: 0, column: 0, lastRow: 0, lastColumn: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    return new FakeRange(
      this.env,
      () => {
        const sheet = this.tryResolve();
        const rect = sheet?.usedRect(valuesOnly);
        return sheet && rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  getCell(row: number, column: number): XlRange {
    return new FakeRange(this.env, () => {
      const sheet = this.tryResolve();
      return sheet ? { sheet, rect: { row, column, lastRow: row, lastColumn: column } } : null;
    });
  }

  activate(): void {
    this.call("activate", undefined, (s) => {
      if (s.visibility !== "Visible")
        throw ERRORS.invalidOperation("Worksheet.activate", "A hidden worksheet can't be activated.");
      this.env.q.host.state.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.call("delete", undefined, (s) => {
      const sheets = this.env.sheets();
      if (s.visibility === "Visible" && visibleCount(this.env) === 1) {
        throw ERRORS.invalidOperation("Worksheet.delete", "A workbook must contain at least one visible worksheet.");
      }
      sheets.splice(sheets.indexOf(s), 1);
      const state = this.env.q.host.state;
      if (state.activeSheetId === s.id)
        state.activeSheetId = sheets.find((x) => x.visibility === "Visible")?.id ?? null;
      if (state.selection?.sheetId === s.id) state.selection = null;
    });
  }
}

class FakeWorksheetCollection extends FakeCollection<SheetState[], XlWorksheet> implements XlWorksheetCollection {
  constructor(private readonly env: Env) {
    super(env.q, "WorksheetCollection", () => env.sheets());
  }

  protected list(sheets: SheetState[]) {
    return sheets.map((s, i) => ({
      proxy: () => new FakeWorksheet(this.env, () => s),
      props: { id: s.id, name: s.name, position: i, visibility: s.visibility, tabColor: s.tabColor },
    }));
  }

  add(name?: string): XlWorksheet {
    const proxy = new FakeWorksheet(this.env, () => null);
    this.call("add", name ?? null, () => {
      const state = this.env.q.host.state;
      let finalName = name;
      if (finalName === undefined) {
        let n = state.sheets.length + 1;
        while (state.sheetByName(`Sheet${n}`)) n++;
        finalName = `Sheet${n}`;
      }
      checkSheetName(finalName, "WorksheetCollection.add");
      if (state.sheetByName(finalName)) throw ERRORS.itemAlreadyExists("WorksheetCollection.add");
      proxy.attach(state.addSheet(finalName));
    });
    return proxy;
  }

  getItem(name: string): XlWorksheet {
    return new FakeWorksheet(this.env, () => this.env.q.host.state.sheetByName(name) ?? null);
  }

  getItemOrNullObject(name: string): XlWorksheet {
    return new FakeWorksheet(this.env, () => this.env.q.host.state.sheetByName(name) ?? null, true);
  }

  getActiveWorksheet(): XlWorksheet {
    return new FakeWorksheet(this.env, () => {
      const state = this.env.q.host.state;
      return state.activeSheetId ? (state.sheetById(state.activeSheetId) ?? null) : null;
    });
  }
}

/** `workbook.tables`: the tables of every sheet, for listing (tables are added through a worksheet). */
class FakeWorkbookTables extends FakeCollection<SheetState[], XlTable> {
  constructor(private readonly env: Env) {
    super(env.q, "TableCollection", () => env.sheets());
  }

  protected list(sheets: SheetState[]) {
    return sheets.flatMap((sheet) =>
      sheet.tables.map((table) => ({
        proxy: () => new FakeWorksheet(this.env, () => sheet).tables.getItemOrNullObject(table.name),
        props: { name: table.name },
      })),
    );
  }
}

class FakeWorkbook implements XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: FakeWorkbookTables;

  constructor(private readonly env: Env) {
    this.worksheets = new FakeWorksheetCollection(env);
    this.tables = new FakeWorkbookTables(env);
  }

  get names(): XlNamedItemCollection {
    return new FakeNamedItemCollection(this.env);
  }

  getSelectedRange(): XlRange {
    return new FakeRange(this.env, () => {
      const areas = this.selectedAreas();
      // As in Excel: a selection of several blocks is not one range.
      if (areas.length > 1) throw ERRORS.invalidSelection("Workbook.getSelectedRange");
      return areas[0] ?? null;
    });
  }

  getSelectedRanges(): XlRangeAreas {
    return new FakeRangeAreas(this.env, () => this.selectedAreas());
  }

  /** The selected blocks; with none recorded, A1 of the sheet in front (Excel always has a selection). */
  private selectedAreas(): RangeTarget[] {
    const state = this.env.q.host.state;
    const sel = state.selection;
    const sheet = sel ? state.sheetById(sel.sheetId) : undefined;
    if (sel && sheet) return (sel.areas ?? [sel.rect]).map((rect) => ({ sheet, rect }));
    const active = state.activeSheetId ? state.sheetById(state.activeSheetId) : undefined;
    return active ? [{ sheet: active, rect: { row: 0, column: 0, lastRow: 0, lastColumn: 0 } }] : [];
  }
}

class FakeRangeAreas implements XlRangeAreas {
  readonly areas: FakeAreaCollection;
  constructor(env: Env, locate: () => RangeTarget[]) {
    this.areas = new FakeAreaCollection(env, locate);
  }
}

class FakeAreaCollection extends FakeCollection<RangeTarget[], XlRange> {
  constructor(
    private readonly env: Env,
    locate: () => RangeTarget[],
  ) {
    super(env.q, "RangeCollection", locate);
  }

  protected list(areas: RangeTarget[]) {
    return areas.map((t) => ({
      proxy: () => new FakeRange(this.env, () => t),
      props: {
        address: `${quoteSheetName(t.sheet.name)}!${a1Of(t.rect)}`,
        rowIndex: t.rect.row,
        columnIndex: t.rect.column,
        rowCount: t.rect.lastRow - t.rect.row + 1,
        columnCount: t.rect.lastColumn - t.rect.column + 1,
      },
    }));
  }
}

export class FakeRequestContext implements XlRequestContext {
  readonly workbook: XlWorkbook;
  readonly runtime: { enableEvents: boolean };
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(private readonly q: ActionQueue) {
    q.context = this;
    const env: Env = { q, sheets: () => q.host.state.sheets };
    this.workbook = new FakeWorkbook(env);
    let shown: boolean | undefined;
    this.runtime = {
      get enableEvents(): boolean {
        if (shown === undefined) throw ERRORS.propertyNotLoaded("enableEvents", "Runtime.enableEvents");
        return shown;
      },
      set enableEvents(on: boolean) {
        shown = on;
        q.enqueue({ location: "Runtime.enableEvents", payload: on, run: () => void (q.host.state.eventsEnabled = on) });
      },
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        q.enqueue({ location: "Application.suspendApiCalculationUntilNextSync", run: () => undefined });
        q.suspendCalculation();
      },
    };
  }

  sync(): Promise<void> {
    return this.q.sync();
  }

  /** Whether proxy calls are queued that no sync has sent yet. */
  hasPending(): boolean {
    return this.q.hasPending();
  }
}
