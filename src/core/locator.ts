/**
 * Where a finding or a report row points: one cell of a sheet. Every report (check, deadlines, KPI offenders, the
 * rectification board, previews) gives its rows a `CellLocator`, and the task pane goes to any of them the same way
 * (`goToCell` in src/taskpane/shell/navigate.ts, resolving the header through `sheetColumnOf` in src/app/locate.ts).
 */
export interface CellLocator {
  sheet: string;
  /** Excel row number. */
  row: number;
  /** Canonical header of the column; "" (or a header the sheet lacks) points at the row's first cell. */
  column: string;
}
