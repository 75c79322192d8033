/**
 * A sparse 2-D store (0-based rows and columns). Rows are allocated only when a cell in them is set, so a sheet with
 * 100,000 rows × 18 columns costs what its data costs and an empty sheet costs nothing.
 */
export class SparseGrid<T> {
  private rows: (T[] | undefined)[] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let line = this.rows[row];
    if (value === undefined) {
      if (line) delete line[column];
      return;
    }
    if (!line) {
      line = [];
      this.rows[row] = line;
    }
    line[column] = value;
  }

  /** Calls fn for every set cell (rows in order, columns in order). */
  forEach(fn: (value: T, row: number, column: number) => void): void {
    this.rows.forEach((line, r) => {
      line?.forEach((value, c) => {
        if (value !== undefined) fn(value, r, c);
      });
    });
  }

  /** Bounding box of the set cells, or null when none is set. */
  bounds(): { row: number; column: number; lastRow: number; lastColumn: number } | null {
    let row = Infinity;
    let column = Infinity;
    let lastRow = -1;
    let lastColumn = -1;
    this.forEach((_v, r, c) => {
      if (r < row) row = r;
      if (r > lastRow) lastRow = r;
      if (c < column) column = c;
      if (c > lastColumn) lastColumn = c;
    });
    return lastRow < 0 ? null : { row, column, lastRow, lastColumn };
  }

  clear(): void {
    this.rows = [];
  }
}
