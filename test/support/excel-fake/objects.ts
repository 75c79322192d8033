/**
 * Proxy objects of the fake Excel API. Like Office.js proxies they hold no data until a `load()` is followed by a
 * `sync()`: reading an unloaded property throws PropertyNotLoaded, writes are queued and applied at sync, and
 * `*OrNullObject` results report `isNullObject` only after a sync. Each proxy finds its target in the workbook state
 * when its first action runs (as Excel resolves an object on the server), so errors such as ItemNotFound surface
 * from `sync()`, not from the call that made the proxy.
 */
import type {
  XlChangedEventArgs,
  XlChart,
  XlChartCollection,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlEventRegistration,
  XlEventSource,
  XlFreezePanes,
  XlNote,
  XlNoteCollection,
  XlPageLayout,
  XlProtection,
  XlRange,
  XlRangeFormat,
  XlRequestContext,
  XlTable,
  XlTableCollection,
  XlVisibility,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  LoadArg,
} from "../../../src/excel/office-api";
import { parseAddress, quoteSheetName, rectAddress } from "./a1";
import { ActionQueue, ERRORS, FakeOfficeError, type ChangeHandler } from "./context";
import { enterValue } from "./input";
import type { ChartState, ConditionalFormatState, Rect, SheetState, TableState, Visibility } from "./state";

type Readers<T> = Record<string, (target: T) => unknown>;

function splitNames(names: LoadArg): string[] {
  const list = (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim()).filter((n) => n !== "");
  // The house rule (and eslint-plugin-office-addins) forbids loading everything; the fake refuses it outright.
  if (list.length === 0) throw new Error("excel-fake: load() needs property names");
  return list;
}

abstract class FakeObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private found: T | null | undefined;
  private nullState: boolean | undefined;

  constructor(
    protected readonly q: ActionQueue,
    protected readonly typeName: string,
    private readonly locate: () => T | null,
    private readonly orNull = false
  ) {
    if (orNull) {
      q.enqueue({
        location: `${typeName}.getItemOrNullObject`,
        run: () => {
          const isNull = this.tryResolve() === null;
          return { response: isNull, deliver: () => (this.nullState = isNull) };
        },
      });
    }
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (this.nullState === undefined) throw ERRORS.propertyNotLoaded("isNullObject", `${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** The target, found once and then kept (a proxy keeps pointing at what it found), or null. */
  protected tryResolve(): T | null {
    if (this.found === undefined) this.found = this.locate();
    if (this.found !== null && !this.alive(this.found)) return null;
    return this.found;
  }

  protected alive(_target: T): boolean {
    return true;
  }

  protected resolve(location: string): T {
    const t = this.tryResolve();
    if (t === null) throw ERRORS.itemNotFound(location);
    return t;
  }

  /** Sets the target directly (objects created by an action, e.g. `add()`). */
  protected bind(target: T): void {
    this.found = target;
  }

  protected abstract readers(): Readers<T>;

  load(names: LoadArg): this {
    const list = splitNames(names);
    const readers = this.readers();
    for (const n of list) if (!(n in readers)) throw new Error(`excel-fake: ${this.typeName} has no loadable property '${n}'`);
    this.q.enqueue({
      location: `${this.typeName}.load`,
      run: () => {
        // Loading a null object is not an error: it simply has no properties (Excel's *OrNullObject contract).
        if (this.orNull && this.tryResolve() === null) return { response: null };
        const t = this.resolve(`${this.typeName}.load`);
        const data: Record<string, unknown> = {};
        for (const n of list) data[n] = (readers[n] as (x: T) => unknown)(t);
        return { response: data, deliver: () => list.forEach((n) => this.loaded.set(n, data[n])) };
      },
    });
    return this;
  }

  /** Delivers a property loaded through a collection's `items/…`. */
  prime(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw ERRORS.propertyNotLoaded(name, `${this.typeName}.${name}`);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write; like Office.js, the proxy shows the written value straight away. */
  protected write(name: string, value: unknown, apply: (t: T) => void): void {
    this.loaded.set(name, value);
    this.call(name, value, apply);
  }

  protected call(method: string, payload: unknown, fn: (t: T) => void): void {
    const location = `${this.typeName}.${method}`;
    this.q.enqueue({ location, payload, run: () => fn(this.resolve(location)) });
  }
}

/** Loaded `items` of a collection: one proxy per item, with the requested item properties already delivered. */
abstract class FakeCollection<T, P> extends FakeObject<T> {
  private items_: P[] | undefined;

  get items(): P[] {
    if (!this.items_) throw ERRORS.propertyNotLoaded("items", `${this.typeName}.items`);
    return this.items_;
  }

  protected abstract list(t: T): { proxy: () => P; props: Record<string, unknown> }[];

  protected readers(): Readers<T> {
    return {};
  }

  override load(names: LoadArg): this {
    const list = splitNames(names).map((n) => {
      if (n !== "items" && !n.startsWith("items/")) throw new Error(`excel-fake: ${this.typeName} loads only items/…`);
      return n === "items" ? null : n.slice("items/".length);
    });
    const props = list.filter((n): n is string => n !== null);
    this.q.enqueue({
      location: `${this.typeName}.load`,
      run: () => {
        const entries = this.list(this.resolve(`${this.typeName}.load`));
        const response = entries.map((e) => Object.fromEntries(props.map((p) => [p, e.props[p]])));
        return {
          response,
          deliver: () => {
            this.items_ = entries.map((e, i) => {
              const proxy = e.proxy();
              for (const p of props) (proxy as unknown as FakeObject<unknown>).prime(p, (response[i] as Record<string, unknown>)[p]);
              return proxy;
            });
          },
        };
      },
    });
    return this;
  }
}

function assertWritable(sheet: SheetState, location: string): void {
  if (sheet.protected) throw ERRORS.accessDenied(location);
}

function rectOf(address: string, location: string): Rect {
  try {
    const { rect } = parseAddress(address);
    return { row: rect.row - 1, column: rect.column - 1, lastRow: rect.lastRow - 1, lastColumn: rect.lastColumn - 1 };
  } catch {
    throw ERRORS.invalidArgument(location);
  }
}

const a1Of = (rect: Rect): string =>
  rectAddress({ row: rect.row + 1, column: rect.column + 1, lastRow: rect.lastRow + 1, lastColumn: rect.lastColumn + 1 });

const intersects = (a: Rect, b: Rect): boolean =>
  a.row <= b.lastRow && b.row <= a.lastRow && a.column <= b.lastColumn && b.column <= a.lastColumn;

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

export interface Env {
  q: ActionQueue;
  sheets: () => SheetState[];
}

function sheetAlive(env: Env, sheet: SheetState): boolean {
  return env.sheets().includes(sheet);
}

// ---------------------------------------------------------------- ranges

function grid<V>(rect: Rect, cell: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.row; r <= rect.lastRow; r++) {
    const line: V[] = new Array<V>(rect.lastColumn - rect.column + 1);
    for (let c = rect.column; c <= rect.lastColumn; c++) line[c - rect.column] = cell(r, c);
    out.push(line);
  }
  return out;
}

function checkShape(rect: Rect, value: unknown, location: string): unknown[][] {
  const rows = rect.lastRow - rect.row + 1;
  const cols = rect.lastColumn - rect.column + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw ERRORS.invalidArgument(
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return value as unknown[][];
}

function commonValue<V>(rect: Rect, cell: (r: number, c: number) => V): V | null {
  let first: V | undefined;
  for (let r = rect.row; r <= rect.lastRow; r++) {
    for (let c = rect.column; c <= rect.lastColumn; c++) {
      const v = cell(r, c);
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  }
  return first ?? null;
}

export class FakeRange extends FakeObject<RangeTarget> implements XlRange {
  constructor(
    private readonly env: Env,
    locate: () => RangeTarget | null,
    orNull = false
  ) {
    super(env.q, "Range", locate, orNull);
  }

  protected override alive(t: RangeTarget): boolean {
    return sheetAlive(this.env, t.sheet);
  }

  /** For other objects' actions (a chart's source data): the range, resolved at action time. */
  target(location: string): RangeTarget {
    return this.resolve(location);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      address: (t) => `${quoteSheetName(t.sheet.name)}!${a1Of(t.rect)}`,
      rowCount: (t) => t.rect.lastRow - t.rect.row + 1,
      columnCount: (t) => t.rect.lastColumn - t.rect.column + 1,
      rowIndex: (t) => t.rect.row,
      columnIndex: (t) => t.rect.column,
      values: (t) => grid(t.rect, (r, c) => t.sheet.valueAt(r, c)),
      formulas: (t) => grid(t.rect, (r, c) => t.sheet.formulaAt(r, c)),
      numberFormat: (t) => grid(t.rect, (r, c) => t.sheet.numberFormatAt(r, c)),
    };
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v, (t) => this.writeCells(t, v, "values"));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v, (t) => this.writeCells(t, v, "formulas"));
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write("numberFormat", v, (t) => {
      assertWritable(t.sheet, "Range.numberFormat");
      const rows = checkShape(t.rect, v, "Range.numberFormat");
      rows.forEach((line, i) =>
        line.forEach((f, j) => {
          if (f === null || f === undefined) return;
          t.sheet.numberFormats.set(t.rect.row + i, t.rect.column + j, f === "" || f === "General" ? undefined : String(f));
        })
      );
    });
  }

  private writeCells(t: RangeTarget, v: unknown, what: string): void {
    assertWritable(t.sheet, `Range.${what}`);
    const rows = checkShape(t.rect, v, `Range.${what}`);
    rows.forEach((line, i) => line.forEach((cell, j) => enterValue(t.sheet, t.rect.row + i, t.rect.column + j, cell)));
    this.q.noteChange({ sheetId: t.sheet.id, address: a1Of(t.rect) });
  }

  get format(): XlRangeFormat {
    return new FakeRangeFormat(this.env, () => this.tryResolve());
  }

  get dataValidation(): XlDataValidation {
    return new FakeDataValidation(this.env, () => this.tryResolve());
  }

  get conditionalFormats(): XlConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.env, () => this.tryResolve());
  }

  get worksheet(): XlWorksheet {
    return new FakeWorksheet(this.env, () => this.tryResolve()?.sheet ?? null);
  }

  getCell(row: number, column: number): XlRange {
    return new FakeRange(this.env, () => {
      const t = this.tryResolve();
      if (!t) return null;
      const r = t.rect.row + row;
      const c = t.rect.column + column;
      return { sheet: t.sheet, rect: { row: r, column: c, lastRow: r, lastColumn: c } };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): XlRange {
    return new FakeRange(this.env, () => {
      const t = this.tryResolve();
      if (!t) return null;
      const rect = { ...t.rect, lastRow: t.rect.lastRow + deltaRows, lastColumn: t.rect.lastColumn + deltaColumns };
      if (rect.lastRow < rect.row || rect.lastColumn < rect.column) throw ERRORS.invalidArgument("Range.getResizedRange");
      return { sheet: t.sheet, rect };
    });
  }

  private otherRange(t: RangeTarget, other: string | XlRange, location: string): RangeTarget {
    return typeof other === "string" ? { sheet: t.sheet, rect: rectOf(other, location) } : (other as FakeRange).target(location);
  }

  getBoundingRect(other: string | XlRange): XlRange {
    return new FakeRange(this.env, () => {
      const t = this.tryResolve();
      if (!t) return null;
      const o = this.otherRange(t, other, "Range.getBoundingRect");
      if (o.sheet !== t.sheet) throw ERRORS.invalidArgument("Range.getBoundingRect");
      return {
        sheet: t.sheet,
        rect: {
          row: Math.min(t.rect.row, o.rect.row),
          column: Math.min(t.rect.column, o.rect.column),
          lastRow: Math.max(t.rect.lastRow, o.rect.lastRow),
          lastColumn: Math.max(t.rect.lastColumn, o.rect.lastColumn),
        },
      };
    });
  }

  getIntersectionOrNullObject(other: string | XlRange): XlRange {
    return new FakeRange(
      this.env,
      () => {
        const t = this.tryResolve();
        if (!t) return null;
        const o = this.otherRange(t, other, "Range.getIntersectionOrNullObject");
        if (o.sheet !== t.sheet || !intersects(t.rect, o.rect)) return null;
        return {
          sheet: t.sheet,
          rect: {
            row: Math.max(t.rect.row, o.rect.row),
            column: Math.max(t.rect.column, o.rect.column),
            lastRow: Math.min(t.rect.lastRow, o.rect.lastRow),
            lastColumn: Math.min(t.rect.lastColumn, o.rect.lastColumn),
          },
        };
      },
      true
    );
  }

  select(): void {
    this.call("select", undefined, (t) => {
      const state = this.env.q.host.state;
      if (state.activeSheetId !== t.sheet.id) throw ERRORS.invalidOperation("Range.select", "The range is not on the active worksheet.");
      state.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
}

class FakeRangeFormat extends FakeObject<RangeTarget> implements XlRangeFormat {
  constructor(
    private readonly env: Env,
    locate: () => RangeTarget | null
  ) {
    super(env.q, "RangeFormat", locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      columnWidth: (t) => commonValue(t.rect, (_r, c) => t.sheet.columnWidths.get(c) ?? 48),
      rowHeight: (t) => commonValue(t.rect, (r) => t.sheet.rowHeights.get(r) ?? 15),
    };
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.write("columnWidth", points, (t) => {
      assertWritable(t.sheet, "RangeFormat.columnWidth");
      for (let c = t.rect.column; c <= t.rect.lastColumn; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.write("rowHeight", points, (t) => {
      assertWritable(t.sheet, "RangeFormat.rowHeight");
      for (let r = t.rect.row; r <= t.rect.lastRow; r++) t.sheet.rowHeights.set(r, points);
    });
  }

  get fill(): { color: string } {
    return new FakeCellStyle(this.env, () => this.tryResolve(), "RangeFill", (s) => s.fills);
  }

  get font(): { color: string; bold: boolean } {
    return new FakeCellStyle(this.env, () => this.tryResolve(), "RangeFont", (s) => s.fontColors, (s) => s.bold);
  }
}

/** `format.fill` and `format.font`: colour (and bold) per cell; reading gives null when the cells differ, as Excel. */
class FakeCellStyle extends FakeObject<RangeTarget> {
  constructor(
    env: Env,
    locate: () => RangeTarget | null,
    typeName: string,
    private readonly colors: (s: SheetState) => SheetState["fills"],
    private readonly bolds?: (s: SheetState) => SheetState["bold"]
  ) {
    super(env.q, typeName, locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      color: (t) => commonValue(t.rect, (r, c) => this.colors(t.sheet).get(r, c) ?? ""),
      bold: (t) => commonValue(t.rect, (r, c) => this.bolds?.(t.sheet).get(r, c) ?? false),
    };
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.write("color", color, (t) => {
      assertWritable(t.sheet, `${this.typeName}.color`);
      const g = this.colors(t.sheet);
      for (let r = t.rect.row; r <= t.rect.lastRow; r++) for (let c = t.rect.column; c <= t.rect.lastColumn; c++) g.set(r, c, color || undefined);
    });
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.write("bold", bold, (t) => {
      assertWritable(t.sheet, `${this.typeName}.bold`);
      const g = this.bolds?.(t.sheet);
      if (!g) throw ERRORS.invalidArgument(`${this.typeName}.bold`);
      for (let r = t.rect.row; r <= t.rect.lastRow; r++) for (let c = t.rect.column; c <= t.rect.lastColumn; c++) g.set(r, c, bold || undefined);
    });
  }
}

const LIST_LITERAL_LIMIT = 255;

class FakeDataValidation extends FakeObject<RangeTarget> implements XlDataValidation {
  constructor(env: Env, locate: () => RangeTarget | null) {
    super(env.q, "DataValidation", locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      rule: (t) => commonValue(t.rect, (r, c) => t.sheet.validations.get(r, c)?.rule ?? null),
      prompt: (t) => commonValue(t.rect, (r, c) => t.sheet.validations.get(r, c)?.prompt ?? null),
      errorAlert: (t) => commonValue(t.rect, (r, c) => t.sheet.validations.get(r, c)?.errorAlert ?? null),
    };
  }

  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.write("rule", rule, (t) => {
      assertWritable(t.sheet, "DataValidation.rule");
      const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
      if (kinds.length !== 1) throw ERRORS.invalidArgument("DataValidation.rule");
      const source = rule.list?.source;
      if (typeof source === "string" && !source.startsWith("=") && source.length > LIST_LITERAL_LIMIT) {
        throw ERRORS.invalidArgument("DataValidation.rule", "The list source is longer than 255 characters.");
      }
      for (let r = t.rect.row; r <= t.rect.lastRow; r++)
        for (let c = t.rect.column; c <= t.rect.lastColumn; c++) {
          const existing = t.sheet.validations.get(r, c);
          t.sheet.validations.set(r, c, { ...existing, rule, prompt: existing?.prompt ?? null });
        }
    });
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.write("prompt", prompt, (t) => {
      assertWritable(t.sheet, "DataValidation.prompt");
      if (prompt.title.length > 32 || prompt.message.length > 255) throw ERRORS.invalidArgument("DataValidation.prompt");
      for (let r = t.rect.row; r <= t.rect.lastRow; r++)
        for (let c = t.rect.column; c <= t.rect.lastColumn; c++) {
          const existing = t.sheet.validations.get(r, c);
          // A prompt alone is an "any value" validation in Excel.
          t.sheet.validations.set(r, c, { ...existing, rule: existing?.rule ?? {}, prompt });
        }
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.write("errorAlert", alert, (t) => {
      assertWritable(t.sheet, "DataValidation.errorAlert");
      for (let r = t.rect.row; r <= t.rect.lastRow; r++)
        for (let c = t.rect.column; c <= t.rect.lastColumn; c++) {
          const existing = t.sheet.validations.get(r, c);
          t.sheet.validations.set(r, c, { rule: existing?.rule ?? {}, prompt: existing?.prompt ?? null, errorAlert: alert });
        }
    });
  }

  clear(): void {
    this.call("clear", undefined, (t) => {
      assertWritable(t.sheet, "DataValidation.clear");
      for (let r = t.rect.row; r <= t.rect.lastRow; r++) for (let c = t.rect.column; c <= t.rect.lastColumn; c++) t.sheet.validations.set(r, c, undefined);
    });
  }
}

// ---------------------------------------------------------------- conditional formats

class FakeConditionalFormatCollection extends FakeCollection<RangeTarget, XlConditionalFormat> implements XlConditionalFormatCollection {
  constructor(
    private readonly env: Env,
    locate: () => RangeTarget | null
  ) {
    super(env.q, "ConditionalFormatCollection", locate);
  }

  protected list(t: RangeTarget) {
    return t.sheet.conditionalFormats
      .filter((cf) => intersects(cf.rect, t.rect))
      .map((cf) => ({ proxy: () => this.proxyFor(cf.id, false), props: { id: cf.id, type: cf.type } }));
  }

  private proxyFor(id: string, orNull: boolean): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.env,
      () => {
        const t = this.tryResolve();
        const cf = t?.sheet.conditionalFormats.find((x) => x.id === id);
        return t && cf ? { sheet: t.sheet, cf } : null;
      },
      orNull
    );
  }

  add(type: "Custom" | "IconSet"): XlConditionalFormat {
    const proxy = new FakeConditionalFormat(this.env, () => null);
    this.call("add", type, (t) => {
      assertWritable(t.sheet, "ConditionalFormatCollection.add");
      const cf: ConditionalFormatState = {
        id: this.env.q.host.state.newId("cf-"),
        rect: t.rect,
        type,
        formula: "",
        fill: "",
        fontColor: "",
        iconStyle: "",
        criteria: [],
      };
      t.sheet.conditionalFormats.push(cf);
      proxy.attach({ sheet: t.sheet, cf });
    });
    return proxy;
  }

  getItem(id: string): XlConditionalFormat {
    return this.proxyFor(id, false);
  }

  getItemOrNullObject(id: string): XlConditionalFormat {
    return this.proxyFor(id, true);
  }

  clearAll(): void {
    this.call("clearAll", undefined, (t) => {
      assertWritable(t.sheet, "ConditionalFormatCollection.clearAll");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, t.rect));
    });
  }
}

interface CfTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

class FakeConditionalFormat extends FakeObject<CfTarget> implements XlConditionalFormat {
  constructor(
    private readonly env: Env,
    locate: () => CfTarget | null,
    orNull = false
  ) {
    super(env.q, "ConditionalFormat", locate, orNull);
  }

  attach(t: CfTarget): void {
    this.bind(t);
  }

  protected override alive(t: CfTarget): boolean {
    return sheetAlive(this.env, t.sheet) && t.sheet.conditionalFormats.includes(t.cf);
  }

  protected readers(): Readers<CfTarget> {
    return { id: (t) => t.cf.id, type: (t) => t.cf.type };
  }

  get id(): string {
    return this.read("id");
  }
  get type(): Excel.ConditionalFormat["type"] {
    return this.read("type");
  }

  private setter(what: string, kind: "Custom" | "IconSet", apply: (cf: ConditionalFormatState) => void): void {
    this.call(what, what, (t) => {
      assertWritable(t.sheet, `ConditionalFormat.${what}`);
      if (t.cf.type !== kind) throw ERRORS.invalidOperation(`ConditionalFormat.${what}`);
      apply(t.cf);
    });
  }

  get custom(): XlConditionalFormat["custom"] {
    const set = this.setter.bind(this);
    return {
      rule: {
        get formula(): string {
          throw ERRORS.propertyNotLoaded("formula", "ConditionalFormatRule.formula");
        },
        set formula(f: string) {
          set("custom.rule.formula", "Custom", (cf) => (cf.formula = f));
        },
      },
      format: {
        fill: {
          get color(): string {
            throw ERRORS.propertyNotLoaded("color", "ConditionalRangeFill.color");
          },
          set color(c: string) {
            set("custom.format.fill.color", "Custom", (cf) => (cf.fill = c));
          },
        },
        font: {
          get color(): string {
            throw ERRORS.propertyNotLoaded("color", "ConditionalRangeFont.color");
          },
          set color(c: string) {
            set("custom.format.font.color", "Custom", (cf) => (cf.fontColor = c));
          },
        },
      },
    };
  }

  get iconSet(): XlConditionalFormat["iconSet"] {
    const set = this.setter.bind(this);
    return {
      get style(): Excel.IconSetConditionalFormat["style"] {
        throw ERRORS.propertyNotLoaded("style", "IconSetConditionalFormat.style");
      },
      set style(s: Excel.IconSetConditionalFormat["style"]) {
        set("iconSet.style", "IconSet", (cf) => (cf.iconStyle = String(s)));
      },
      get criteria(): Excel.ConditionalIconCriterion[] {
        throw ERRORS.propertyNotLoaded("criteria", "IconSetConditionalFormat.criteria");
      },
      set criteria(c: Excel.ConditionalIconCriterion[]) {
        set("iconSet.criteria", "IconSet", (cf) => (cf.criteria = c));
      },
    };
  }

  delete(): void {
    this.call("delete", undefined, (t) => {
      assertWritable(t.sheet, "ConditionalFormat.delete");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }
}

// ---------------------------------------------------------------- tables, charts, notes

const TABLE_NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

class FakeTableCollection extends FakeCollection<SheetState, XlTable> implements XlTableCollection {
  constructor(
    private readonly env: Env,
    locate: () => SheetState | null
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
      orNull
    );
  }

  add(address: string, hasHeaders: boolean): XlTable {
    const proxy = new FakeTable(this.env, () => null);
    this.call("add", { address, hasHeaders }, (sheet) => {
      assertWritable(sheet, "TableCollection.add");
      const rect = rectOf(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address, "TableCollection.add");
      const all = this.env.sheets().flatMap((s) => s.tables.map((t) => ({ s, t })));
      if (all.some(({ s, t }) => s === sheet && intersects(t.rect, rect))) {
        throw ERRORS.invalidOperation("TableCollection.add", "A table can't overlap another table.");
      }
      let n = all.length + 1;
      while (all.some(({ t }) => t.name === `Table${n}`)) n++;
      const table: TableState = { name: `Table${n}`, rect, style: "TableStyleMedium2" };
      if (!hasHeaders) throw ERRORS.invalidArgument("TableCollection.add", "excel-fake supports tables with a header row only.");
      for (let c = rect.column; c <= rect.lastColumn; c++) {
        if (sheet.valueAt(rect.row, c) === "") sheet.values.set(rect.row, c, `Column${c - rect.column + 1}`);
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

interface TableTarget {
  sheet: SheetState;
  table: TableState;
}

class FakeTable extends FakeObject<TableTarget> implements XlTable {
  constructor(
    private readonly env: Env,
    locate: () => TableTarget | null,
    orNull = false
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
      const clash = this.env.sheets().some((s) => s.tables.some((x) => x !== t.table && x.name.toLowerCase() === name.toLowerCase()));
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

  delete(): void {
    this.call("delete", undefined, (t) => {
      assertWritable(t.sheet, "Table.delete");
      t.sheet.tables = t.sheet.tables.filter((x) => x !== t.table);
    });
  }
}

class FakeChartCollection extends FakeCollection<SheetState, XlChart> implements XlChartCollection {
  constructor(
    private readonly env: Env,
    locate: () => SheetState | null
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
      orNull
    );
  }

  add(type: "Line" | "ColumnClustered", sourceData: XlRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): XlChart {
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
    orNull = false
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
    return { name: (t) => t.chart.name };
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (t) => (t.chart.name = name));
  }

  get title(): { text: string } {
    const call = this.call.bind(this);
    return {
      get text(): string {
        throw ERRORS.propertyNotLoaded("text", "ChartTitle.text");
      },
      set text(text: string) {
        call("title.text", text, (t) => (t.chart.title = text));
      },
    };
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

class FakeNoteCollection implements XlNoteCollection {
  constructor(
    private readonly env: Env,
    private readonly sheetProxy: FakeWorksheet
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
        if (sheet.notes.get(row, column) !== undefined) throw ERRORS.invalidArgument("NoteCollection.add", "The cell already has a note.");
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
      true
    );
  }
}

class FakeNote extends FakeObject<NoteTarget> implements XlNote {
  constructor(
    private readonly env: Env,
    locate: () => NoteTarget | null,
    orNull = false
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

// ---------------------------------------------------------------- worksheets

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
    this.write("zoom", v, (s) => (s.pageLayout.zoom = { ...v }));
  }
}

class FakeChangedEvent implements XlEventSource<XlChangedEventArgs> {
  constructor(
    private readonly env: Env,
    private readonly sheetProxy: FakeWorksheet
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
  if (name.length === 0 || name.length > 31 || SHEET_NAME_BAD.test(name) || name.startsWith("'") || name.endsWith("'")) {
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
    orNull = false
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
        throw ERRORS.invalidOperation("Worksheet.visibility", "A workbook must contain at least one visible worksheet.");
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
  get onChanged(): XlEventSource<XlChangedEventArgs> {
    return new FakeChangedEvent(this.env, this);
  }

  getRange(address?: string): XlRange {
    return new FakeRange(this.env, () => {
      const sheet = this.tryResolve();
      if (!sheet) return null;
      const rect = address === undefined ? { row: 0, column: 0, lastRow: 1048575, lastColumn: 16383 } : rectOf(address, "Worksheet.getRange");
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
      true
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
      if (s.visibility !== "Visible") throw ERRORS.invalidOperation("Worksheet.activate", "A hidden worksheet can't be activated.");
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
      if (state.activeSheetId === s.id) state.activeSheetId = sheets.find((x) => x.visibility === "Visible")?.id ?? null;
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
}

class FakeWorkbook implements XlWorkbook {
  readonly worksheets: XlWorksheetCollection;

  constructor(private readonly env: Env) {
    this.worksheets = new FakeWorksheetCollection(env);
  }

  getSelectedRange(): XlRange {
    return new FakeRange(this.env, () => {
      const state = this.env.q.host.state;
      const sel = state.selection;
      const sheet = sel ? state.sheetById(sel.sheetId) : undefined;
      if (sel && sheet) return { sheet, rect: sel.rect };
      const active = state.activeSheetId ? state.sheetById(state.activeSheetId) : undefined;
      return active ? { sheet: active, rect: { row: 0, column: 0, lastRow: 0, lastColumn: 0 } } : null;
    });
  }
}

export class FakeRequestContext implements XlRequestContext {
  readonly workbook: XlWorkbook;
  readonly runtime: { enableEvents: boolean };
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(private readonly q: ActionQueue) {
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
}
