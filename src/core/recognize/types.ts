/** What recognition reports about a sheet, and the mapping a person can confirm. */
import type { RegisterDef } from "../registers/types";

/** Two or more sheet columns that map to one catalogue column (`fields/duplicate`). */
export interface DuplicateColumn {
  /** Canonical header. */
  header: string;
  /** 0-based sheet columns, left to right; the first is the one read. */
  columns: number[];
  /** The same columns as Excel letters. */
  letters: string[];
}

/** A sheet column that maps to no catalogue column: kept, never touched, ignored by validation. */
export interface ExtraColumn {
  /** The header as the sheet writes it. */
  text: string;
  column: number;
  letter: string;
}

/**
 * - `headers`: the header row holds every required column of the register.
 * - `sheet-name`: the sheet carries the register's canonical name but its headers fall short; `missing` says what.
 * - `confirmed`: a mapping the person confirmed earlier still fits the sheet.
 */
export type RecognitionBasis = "headers" | "sheet-name" | "confirmed";

export interface Recognition {
  sheet: string;
  register: RegisterDef;
  /** 1-based Excel row of the header. */
  headerRow: number;
  /** Canonical header → 0-based sheet column. */
  mapping: Record<string, number>;
  /** 0..1: matched columns over the register's columns, required ones counting double. */
  score: number;
  /** Required canonical headers the sheet lacks (`fields/missing`). */
  missing: string[];
  /** Optional canonical headers the sheet lacks (no issue; the task pane may offer to add them). */
  missingOptional: string[];
  duplicates: DuplicateColumn[];
  extra: ExtraColumn[];
  basis: RecognitionBasis;
  /** A confirmed mapping existed for this sheet but its header texts changed, so detection ran instead. */
  staleConfirmation: boolean;
}

/** One confirmed column: where it is and the header text it had, to notice when the sheet changes under it. */
export interface ConfirmedColumn {
  index: number;
  header: string;
}

/**
 * A mapping a person confirmed in the task pane, stored in the workbook (plain JSON). Keys of `columns` are
 * canonical headers. It is honoured as long as every listed column still has the same header text (after
 * normalisation) at the same place; otherwise detection runs again and the recognition says so.
 */
export interface ColumnMapping {
  register: string;
  headerRow: number;
  columns: Record<string, ConfirmedColumn>;
}

export interface WorkbookRecognition {
  recognized: Recognition[];
  /** Sheets that are neither a register nor a settings sheet. */
  unrecognized: string[];
  /** Settings sheets present (参数设置, 部门 …, and the hidden 列表). */
  settings: string[];
  /** Sheets the add-in generates (KPI看板, 期限总览): replaced on refresh, never validated as registers. */
  generated: string[];
  /** Sheets whose confirmed mapping no longer fits (recognised again or not). */
  stale: string[];
}

/** Rows as hosts return them; a row may be missing (sparse arrays) or shorter than others. */
export type SheetRows = readonly (readonly unknown[] | null | undefined)[];
