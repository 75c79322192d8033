/**
 * Typed, normalised access to one recognised register sheet. Deadlines, KPIs and cross-field rules read registers
 * only through this interface, by canonical header. Getters return null for a blank cell, for an unreadable one (that
 * is validation's business, reported as cell/type) and for a column the sheet does not have.
 */
import type { Serial, SerialDateTime } from "./dates";
import type { RegisterDef } from "./registers/types";

export interface RegisterTable {
  register: RegisterDef;
  sheet: string;
  /** 1-based Excel row of the header. */
  headerRow: number;
  /** Number of data rows between the header and the last used row (blank rows included; see isBlank). */
  rowCount: number;
  /** Excel row number a person sees for data row i (0-based). */
  excelRow(i: number): number;
  /** 0-based column index in the sheet of a canonical header, or -1 when the sheet lacks it. */
  columnIndex(header: string): number;
  has(header: string): boolean;
  isBlank(i: number): boolean;
  /** The raw cell as the host returned it (for messages that quote the user's value). */
  raw(header: string, i: number): unknown;
  text(header: string, i: number): string | null;
  number(header: string, i: number): number | null;
  date(header: string, i: number): Serial | null;
  /** A date-time; a date-only cell gives its midnight. */
  dateTime(header: string, i: number): SerialDateTime | null;
  bool(header: string, i: number): boolean | null;
  list(header: string, i: number): string[];
}
