/**
 * Where a SheetSpec puts things, computed once so every adapter lays a template out identically: title rows above the
 * header, data rows below, and the rows that data formats and validation cover.
 */
import type { ColumnSpec, SheetSpec } from "../core/sheet-spec";
import type { CellRange } from "./a1";

export interface ColumnPlacement {
  /** 1-based sheet column. */
  column: number;
  spec: ColumnSpec;
  /** Data cells of this column that formats and validation cover (empty when the template has no data rows). */
  dataRange: CellRange | null;
}

export interface SpecLayout {
  headerRow: number;
  firstDataRow: number;
  /** Last row covered by formats and validation: the larger of the given rows and `formatRows`. */
  lastFormatRow: number;
  columns: ColumnPlacement[];
}

export function layoutOf(spec: SheetSpec): SpecLayout {
  const headerRow = Math.max(1, spec.headerRow ?? 1, (spec.titleRows?.length ?? 0) + 1);
  const firstDataRow = headerRow + 1;
  const dataRows = Math.max(spec.formatRows ?? 0, spec.rows?.length ?? 0);
  const lastFormatRow = headerRow + dataRows;
  const columns = spec.columns.map((c, i) => ({
    column: i + 1,
    spec: c,
    dataRange: dataRows > 0 ? { top: firstDataRow, left: i + 1, bottom: lastFormatRow, right: i + 1 } : null,
  }));
  return { headerRow, firstDataRow, lastFormatRow, columns };
}
