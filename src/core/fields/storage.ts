/**
 * How a parsed column is held: one typed array per column (Float64Array with NaN for days, times and numbers; Int8Array
 * for yes/no; plain arrays for text and lists). A field type names the storage its values go into; the table's getters
 * and the validation scanners both read and write through here.
 */
export type ColumnData =
  | { kind: "num"; data: Float64Array }
  | { kind: "text"; data: (string | null)[] }
  | { kind: "bool"; data: Int8Array }
  | { kind: "list"; data: (readonly string[] | null)[] };

export type StorageKind = ColumnData["kind"];

/** Empty storage for `rows` cells of a column; every cell starts as "no value". */
export function emptyColumn<K extends StorageKind>(kind: K, rows: number): Extract<ColumnData, { kind: K }>;
export function emptyColumn(kind: StorageKind, rows: number): ColumnData {
  switch (kind) {
    case "num":
      return { kind, data: new Float64Array(rows).fill(Number.NaN) };
    case "bool":
      return { kind, data: new Int8Array(rows).fill(-1) };
    // Text and lists start as holes (read as null by the getters): filling 100,000 slots per column costs more than
    // the scan that writes them.
    case "text":
      return { kind, data: new Array<string | null>(rows) };
    case "list":
      return { kind, data: new Array<readonly string[] | null>(rows) };
  }
}

/** Stores one parsed value (validation and the lazy path both go through here). */
export function storeValue(col: ColumnData, i: number, value: unknown): void {
  switch (col.kind) {
    case "num":
      col.data[i] = value as number;
      break;
    case "bool":
      col.data[i] = value ? 1 : 0;
      break;
    case "text":
      col.data[i] = value as string;
      break;
    case "list":
      col.data[i] = value as string[];
      break;
  }
}
