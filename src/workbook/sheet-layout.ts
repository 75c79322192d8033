/**
 * A SheetLayout checked and resolved once for every adapter: ranges parsed to rectangles, names checked against
 * Excel's rules, borders turned into the edges each cell shows. The adapters (memory, ExcelJS, Office.js) and the
 * contract suite's inspection read this, so "what a layout means" is decided in one place.
 */
import type { CellStyle, CellValue, LineSpan, SheetLayout } from "../core/sheet-spec";
import { inRange, parseRange, rangeAddress, type CellRange } from "./a1";

export interface CellEdges {
  top: boolean;
  bottom: boolean;
  left: boolean;
  right: boolean;
}

export interface ResolvedLayout {
  values: { range: CellRange; values: readonly (readonly CellValue[])[] }[];
  styles: { range: CellRange; style: CellStyle }[];
  merges: CellRange[];
  validations: { range: CellRange; entry: NonNullable<SheetLayout["validations"]>[number] }[];
  autoFilter: CellRange | null;
  printArea: CellRange | null;
  names: { name: string; row: number; column: number }[];
  unlocked: CellRange[];
}

/** Excel's rule for a defined name: a letter, `_` or `\` first, then letters, digits, `_` and `.`; not a cell address. */
const NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_CELL = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export function isValidName(name: string): boolean {
  return name.length <= 255 && NAME_RE.test(name) && !LOOKS_LIKE_CELL.test(name);
}

/** Resolves and checks a layout; a mistake in it is a programming error, reported with the sheet and the entry. */
export function resolveLayout(sheet: string, layout: SheetLayout): ResolvedLayout {
  const range = (ref: string, what: string): CellRange => {
    try {
      return parseRange(ref);
    } catch {
      throw new RangeError(`Sheet '${sheet}': ${what} '${ref}' is not an A1 range`);
    }
  };
  const values = (layout.values ?? []).map((v) => {
    const at = range(v.at, "values.at");
    const width = Math.max(1, ...v.values.map((r) => r.length));
    return {
      range: {
        top: at.top,
        left: at.left,
        bottom: at.top + Math.max(1, v.values.length) - 1,
        right: at.left + width - 1,
      },
      values: v.values,
    };
  });
  const merges = (layout.merges ?? []).map((m) => range(m, "merge"));
  merges.forEach((m, i) => {
    const other = merges.findIndex((o, j) => j !== i && overlaps(m, o));
    if (other >= 0)
      throw new RangeError(
        `Sheet '${sheet}': merges '${rangeAddress(m)}' and '${rangeAddress(merges[other] as CellRange)}' overlap`,
      );
  });
  const names = (layout.names ?? []).map((n) => {
    if (!isValidName(n.name)) throw new RangeError(`Sheet '${sheet}': '${n.name}' is not a valid Excel name`);
    const r = range(n.cell, `name ${n.name}`);
    if (r.top !== r.bottom || r.left !== r.right)
      throw new RangeError(`Sheet '${sheet}': name '${n.name}' must point at one cell, not '${n.cell}'`);
    return { name: n.name, row: r.top, column: r.left };
  });
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n.name.toLowerCase())) throw new RangeError(`Sheet '${sheet}': name '${n.name}' is given twice`);
    seen.add(n.name.toLowerCase());
  }
  for (const w of layout.columnWidths ?? [])
    if (!(w.width >= 0 && w.width <= 255))
      throw new RangeError(`Sheet '${sheet}': column ${w.column} width ${w.width} is outside 0–255`);
  for (const h of layout.rowHeights ?? [])
    if (!(h.height >= 0 && h.height <= 409))
      throw new RangeError(`Sheet '${sheet}': row ${h.row} height ${h.height} is outside 0–409 points`);
  const fit = layout.print?.fit;
  if (fit && (!(fit.wide >= 1) || (fit.tall !== null && !(fit.tall >= 1))))
    throw new RangeError(`Sheet '${sheet}': fit to pages needs at least one page`);
  return {
    values,
    styles: (layout.styles ?? []).map((s) => ({ range: range(s.range, "style range"), style: s.style })),
    merges,
    validations: (layout.validations ?? []).map((v) => ({ range: range(v.range, "validation range"), entry: v })),
    autoFilter: layout.autoFilter ? range(layout.autoFilter, "autoFilter") : null,
    printArea: layout.print?.area ? range(layout.print.area, "print area") : null,
    names,
    unlocked: (layout.protection?.unlocked ?? []).map((u) => range(u, "unlocked range")),
  };
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The style a cell ends up with: the entries covering it, later ones adding to earlier ones (borders aside). */
export function styleAt(resolved: ResolvedLayout, row: number, column: number): Omit<CellStyle, "border"> {
  let out: Omit<CellStyle, "border"> = {};
  for (const s of resolved.styles) {
    if (!inRange(s.range, row, column)) continue;
    const { border: _border, ...rest } = s.style;
    out = { ...out, ...rest };
  }
  return out;
}

/** The edges drawn on one cell by the style entries' borders. */
export function edgesAt(resolved: ResolvedLayout, row: number, column: number): CellEdges {
  const e: CellEdges = { top: false, bottom: false, left: false, right: false };
  for (const s of resolved.styles) {
    const r = s.range;
    const b = s.style.border;
    if (!b || !inRange(r, row, column)) continue;
    if (b === "grid") {
      e.top = e.bottom = e.left = e.right = true;
    } else if (b === "bottom") e.bottom = true;
    else {
      if (row === r.top) e.top = true;
      if (row === r.bottom) e.bottom = true;
      if (column === r.left) e.left = true;
      if (column === r.right) e.right = true;
    }
  }
  return e;
}

export function isUnlocked(resolved: ResolvedLayout, row: number, column: number): boolean {
  return resolved.unlocked.some((r) => inRange(r, row, column));
}

/** Each line of the spans, in order. */
export function linesOf(spans: readonly LineSpan[] | undefined): number[] {
  const out: number[] = [];
  for (const s of spans ?? []) for (let i = Math.min(s.first, s.last); i <= Math.max(s.first, s.last); i++) out.push(i);
  return out;
}

/** A name's reference as Excel writes it: `'Sheet'!$B$3`. */
export function absoluteRef(sheet: string, row: number, column: number, letter: (c: number) => string): string {
  return `'${sheet.replace(/'/g, "''")}'!$${letter(column)}$${row}`;
}
