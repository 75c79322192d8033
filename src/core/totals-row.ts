/**
 * A totals row under a register (合计 / 总计 / 小计 in its first columns, or a row of column sums with no record in it)
 * is not a record: the table ends above it, so it is neither validated nor counted. Only the last few filled rows are
 * looked at — a totals row closes the register — so the search costs nothing on a long sheet. Documented in README
 * (“合计行”).
 */
import type { RegisterDef } from "./registers/types";
import type { CellValue } from "./sheet-spec";

/** How many filled rows from the bottom may hold the totals row (a totals row, then notes such as 制表人、审核人). */
const LOOK_BACK = 8;
/** Cells from column A that may hold the label (a 序号 column often comes first). */
const LABEL_CELLS = 3;

const LABEL =
  /^(?:本页|本月|本年|全年|全部)?(?:合计|总计|小计|共计|累计|总数)|^(?:grand)?totals?(?![a-z])|^sum(?![a-z])/i;

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function rowBlank(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (!isBlank(v)) return false;
  return true;
}

function labelled(row: readonly CellValue[]): boolean {
  for (let c = 0; c < Math.min(LABEL_CELLS, row.length); c++) {
    const v = row[c];
    if (typeof v !== "string") continue;
    const text = v.replace(/[\s\u3000:：]/g, "");
    if (text === "") continue;
    return LABEL.test(text);
  }
  return false;
}

const NUMERIC = new Set(["int", "decimal", "money"]);

/**
 * A row with no text in any register column and, in a number column, the sum of the rows above it: what a =SUM row
 * leaves when its label is missing (the values arrive without their formulas).
 */
function sumsAbove(
  values: readonly (readonly CellValue[] | undefined)[],
  top: number,
  r: number,
  register: RegisterDef,
  mapping: ReadonlyMap<string, number>,
): boolean {
  const row = values[r] as readonly CellValue[];
  let numericCols: number[] = [];
  for (const def of register.columns) {
    const c = mapping.get(def.header);
    if (c === undefined) continue;
    const v = row[c];
    if (isBlank(v)) continue;
    if (!NUMERIC.has(def.type.kind) || typeof v !== "number") return false;
    numericCols.push(c);
  }
  if (numericCols.length === 0 || r - top < 2) return false;
  numericCols = numericCols.slice(0, 3);
  for (const c of numericCols) {
    let sum = 0;
    for (let k = top; k < r; k++) {
      const v = values[k]?.[c];
      if (typeof v === "number") sum += v;
    }
    if (Math.abs(sum - (row[c] as number)) <= 0.005 + Math.abs(sum) * 1e-9) return true;
  }
  return false;
}

/**
 * The index (into `values`, row 0 = Excel row 1) of a totals row closing the register whose header is on the 1-based
 * `headerRow`, or -1. `mapping`: canonical header → column index.
 */
export function findTotalsRow(
  values: readonly (readonly CellValue[] | undefined)[],
  headerRow: number,
  register: RegisterDef,
  mapping: ReadonlyMap<string, number>,
): number {
  const top = headerRow;
  let found = -1;
  let seen = 0;
  // Empty rows mostly share one array (see SheetTable.blankRowsUpTo): a row known blank is not scanned again.
  let knownBlank: readonly CellValue[] | undefined;
  for (let r = values.length - 1; r >= top && seen < LOOK_BACK; r--) {
    const row = values[r];
    if (row === undefined || row === knownBlank) continue;
    if (rowBlank(row)) {
      knownBlank = row;
      continue;
    }
    seen++;
    if (labelled(row as readonly CellValue[]) || (seen === 1 && sumsAbove(values, top, r, register, mapping)))
      found = r;
  }
  return found;
}
