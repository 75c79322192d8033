/** Range proxies: values, formulas, number formats, cell formats and data validation of a rectangle. */
import type {
  XlBorderIndex,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlRange,
  XlRangeBorder,
  XlRangeBorderCollection,
  XlRangeFormat,
  XlWorksheet,
} from "../../../src/excel/office-api";
import { quoteSheetName } from "./a1";
import { ERRORS } from "./context";
import { enterValue } from "./input";
import type { Rect, SheetState } from "./state";
import {
  FakeObject,
  assertWritable,
  rectOf,
  a1Of,
  intersects,
  sheetAlive,
  type Readers,
  type Env,
  type RangeTarget,
} from "./proxy";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeWorksheet } from "./worksheet";

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
  if (
    !Array.isArray(value) ||
    value.length !== rows ||
    value.some((line) => !Array.isArray(line) || line.length !== cols)
  ) {
    throw ERRORS.invalidArgument(
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
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
    orNull = false,
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
      rowHidden: (t) => commonValue(t.rect, (r) => t.sheet.hiddenRows.has(r)),
      columnHidden: (t) => commonValue(t.rect, (_r, c) => t.sheet.hiddenColumns.has(c)),
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
          t.sheet.numberFormats.set(
            t.rect.row + i,
            t.rect.column + j,
            f === "" || f === "General" ? undefined : String(f),
          );
        }),
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

  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.write("rowHidden", hidden, (t) => {
      assertWritable(t.sheet, "Range.rowHidden");
      for (let r = t.rect.row; r <= t.rect.lastRow; r++) {
        if (hidden) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.write("columnHidden", hidden, (t) => {
      assertWritable(t.sheet, "Range.columnHidden");
      for (let c = t.rect.column; c <= t.rect.lastColumn; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** Excel refuses to merge inside a table; merging over an earlier merge takes it in. */
  merge(across = false): void {
    this.call("merge", across, (t) => {
      assertWritable(t.sheet, "Range.merge");
      if (t.sheet.tables.some((tb) => intersects(tb.rect, t.rect)))
        throw ERRORS.invalidOperation("Range.merge", "Merged cells can't be in a table.");
      const rows = across
        ? Array.from({ length: t.rect.lastRow - t.rect.row + 1 }, (_, i) => ({
            ...t.rect,
            row: t.rect.row + i,
            lastRow: t.rect.row + i,
          }))
        : [t.rect];
      for (const rect of rows) {
        t.sheet.merges = [...t.sheet.merges.filter((m) => !intersects(m, rect)), rect];
        // Only the top-left value stays, as in Excel.
        for (let r = rect.row; r <= rect.lastRow; r++)
          for (let c = rect.column; c <= rect.lastColumn; c++)
            if (r !== rect.row || c !== rect.column) t.sheet.values.set(r, c, undefined);
      }
    });
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
      if (rect.lastRow < rect.row || rect.lastColumn < rect.column)
        throw ERRORS.invalidArgument("Range.getResizedRange");
      return { sheet: t.sheet, rect };
    });
  }

  private otherRange(t: RangeTarget, other: string | XlRange, location: string): RangeTarget {
    return typeof other === "string"
      ? { sheet: t.sheet, rect: rectOf(other, location) }
      : (other as FakeRange).target(location);
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
      true,
    );
  }

  select(): void {
    this.call("select", undefined, (t) => {
      const state = this.env.q.host.state;
      if (state.activeSheetId !== t.sheet.id)
        throw ERRORS.invalidOperation("Range.select", "The range is not on the active worksheet.");
      state.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
}

class FakeRangeFormat extends FakeObject<RangeTarget> implements XlRangeFormat {
  constructor(
    private readonly env: Env,
    locate: () => RangeTarget | null,
  ) {
    super(env.q, "RangeFormat", locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      columnWidth: (t) => commonValue(t.rect, (_r, c) => t.sheet.columnWidths.get(c) ?? 48),
      rowHeight: (t) => commonValue(t.rect, (r) => t.sheet.rowHeights.get(r) ?? 15),
      wrapText: (t) => commonValue(t.rect, (r, c) => t.sheet.wraps.get(r, c) ?? false),
      horizontalAlignment: (t) => commonValue(t.rect, (r, c) => t.sheet.horizontalAlignments.get(r, c) ?? "General"),
      verticalAlignment: (t) => commonValue(t.rect, (r, c) => t.sheet.verticalAlignments.get(r, c) ?? "Bottom"),
    };
  }

  private eachCell(t: RangeTarget, location: string, fn: (r: number, c: number) => void): void {
    assertWritable(t.sheet, location);
    for (let r = t.rect.row; r <= t.rect.lastRow; r++)
      for (let c = t.rect.column; c <= t.rect.lastColumn; c++) fn(r, c);
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(on: boolean) {
    this.write("wrapText", on, (t) =>
      this.eachCell(t, "RangeFormat.wrapText", (r, c) => t.sheet.wraps.set(r, c, on || undefined)),
    );
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.write("horizontalAlignment", v, (t) => {
      if (
        !["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(
          String(v),
        )
      )
        throw ERRORS.invalidArgument("RangeFormat.horizontalAlignment");
      this.eachCell(t, "RangeFormat.horizontalAlignment", (r, c) => t.sheet.horizontalAlignments.set(r, c, String(v)));
    });
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: Excel.RangeFormat["verticalAlignment"]) {
    this.write("verticalAlignment", v, (t) => {
      if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(String(v)))
        throw ERRORS.invalidArgument("RangeFormat.verticalAlignment");
      this.eachCell(t, "RangeFormat.verticalAlignment", (r, c) => t.sheet.verticalAlignments.set(r, c, String(v)));
    });
  }

  get borders(): XlRangeBorderCollection {
    return { getItem: (index) => new FakeBorder(this.env, () => this.tryResolve(), index) };
  }

  get protection(): { locked: boolean } {
    return new FakeFormatProtection(this.env, () => this.tryResolve());
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
    return new FakeCellStyle(
      this.env,
      () => this.tryResolve(),
      "RangeFill",
      (s) => s.fills,
    );
  }

  get font(): { color: string; bold: boolean; size: number } {
    return new FakeCellStyle(
      this.env,
      () => this.tryResolve(),
      "RangeFont",
      (s) => s.fontColors,
      (s) => s.bold,
    );
  }
}

/**
 * One border of `format.borders`: the edges of the range's outer cells (EdgeTop…) or the lines between its cells
 * (InsideHorizontal/InsideVertical), kept as the edges each cell shows.
 */
class FakeBorder extends FakeObject<RangeTarget> implements XlRangeBorder {
  constructor(
    env: Env,
    locate: () => RangeTarget | null,
    private readonly index: XlBorderIndex,
  ) {
    super(env.q, "RangeBorder", locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {};
  }

  get style(): Excel.RangeBorder["style"] {
    return this.read("style");
  }
  set style(style: Excel.RangeBorder["style"]) {
    this.write("style", style, (t) => {
      assertWritable(t.sheet, "RangeBorder.style");
      const on = style !== "None";
      const { row, column, lastRow, lastColumn } = t.rect;
      const edge = (r: number, c: number, side: "top" | "bottom" | "left" | "right") => {
        const cur = t.sheet.borders.get(r, c) ?? { top: false, bottom: false, left: false, right: false };
        t.sheet.borders.set(r, c, { ...cur, [side]: on });
      };
      for (let r = row; r <= lastRow; r++)
        for (let c = column; c <= lastColumn; c++) {
          if (this.index === "EdgeTop" && r === row) edge(r, c, "top");
          if (this.index === "EdgeBottom" && r === lastRow) edge(r, c, "bottom");
          if (this.index === "EdgeLeft" && c === column) edge(r, c, "left");
          if (this.index === "EdgeRight" && c === lastColumn) edge(r, c, "right");
          if (this.index === "InsideHorizontal") {
            if (r > row) edge(r, c, "top");
            if (r < lastRow) edge(r, c, "bottom");
          }
          if (this.index === "InsideVertical") {
            if (c > column) edge(r, c, "left");
            if (c < lastColumn) edge(r, c, "right");
          }
        }
    });
  }
  get weight(): Excel.RangeBorder["weight"] {
    return this.read("weight");
  }
  set weight(weight: Excel.RangeBorder["weight"]) {
    this.write("weight", weight, () => undefined);
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.write("color", color, () => undefined);
  }
}

/** `format.protection.locked`: whether the cells are locked once the sheet is protected (they are by default). */
class FakeFormatProtection extends FakeObject<RangeTarget> {
  constructor(env: Env, locate: () => RangeTarget | null) {
    super(env.q, "FormatProtection", locate);
  }

  protected readers(): Readers<RangeTarget> {
    return { locked: (t) => commonValue(t.rect, (r, c) => t.sheet.unlocked.get(r, c) !== true) };
  }

  get locked(): boolean {
    return this.read("locked");
  }
  set locked(locked: boolean) {
    this.write("locked", locked, (t) => {
      assertWritable(t.sheet, "FormatProtection.locked");
      for (let r = t.rect.row; r <= t.rect.lastRow; r++)
        for (let c = t.rect.column; c <= t.rect.lastColumn; c++) t.sheet.unlocked.set(r, c, locked ? undefined : true);
    });
  }
}

/** `format.fill` and `format.font`: colour (and bold) per cell; reading gives null when the cells differ, as Excel. */
class FakeCellStyle extends FakeObject<RangeTarget> {
  constructor(
    env: Env,
    locate: () => RangeTarget | null,
    typeName: string,
    private readonly colors: (s: SheetState) => SheetState["fills"],
    private readonly bolds?: (s: SheetState) => SheetState["bold"],
  ) {
    super(env.q, typeName, locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      color: (t) => commonValue(t.rect, (r, c) => this.colors(t.sheet).get(r, c) ?? ""),
      bold: (t) => commonValue(t.rect, (r, c) => this.bolds?.(t.sheet).get(r, c) ?? false),
      size: (t) => commonValue(t.rect, (r, c) => t.sheet.fontSizes.get(r, c) ?? 11),
    };
  }

  get size(): number {
    return this.read("size");
  }
  set size(points: number) {
    this.write("size", points, (t) => {
      assertWritable(t.sheet, `${this.typeName}.size`);
      if (!this.bolds || !(points >= 1 && points <= 409)) throw ERRORS.invalidArgument(`${this.typeName}.size`);
      for (let r = t.rect.row; r <= t.rect.lastRow; r++)
        for (let c = t.rect.column; c <= t.rect.lastColumn; c++) t.sheet.fontSizes.set(r, c, points);
    });
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.write("color", color, (t) => {
      assertWritable(t.sheet, `${this.typeName}.color`);
      const g = this.colors(t.sheet);
      for (let r = t.rect.row; r <= t.rect.lastRow; r++)
        for (let c = t.rect.column; c <= t.rect.lastColumn; c++) g.set(r, c, color || undefined);
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
      for (let r = t.rect.row; r <= t.rect.lastRow; r++)
        for (let c = t.rect.column; c <= t.rect.lastColumn; c++) g.set(r, c, bold || undefined);
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
      if (prompt.title.length > 32 || prompt.message.length > 255)
        throw ERRORS.invalidArgument("DataValidation.prompt");
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
          t.sheet.validations.set(r, c, {
            rule: existing?.rule ?? {},
            prompt: existing?.prompt ?? null,
            errorAlert: alert,
          });
        }
    });
  }

  clear(): void {
    this.call("clear", undefined, (t) => {
      assertWritable(t.sheet, "DataValidation.clear");
      for (let r = t.rect.row; r <= t.rect.lastRow; r++)
        for (let c = t.rect.column; c <= t.rect.lastColumn; c++) t.sheet.validations.set(r, c, undefined);
    });
  }
}
