/**
 * Going to a report's cell: every list in the pane (检查's problems, 期限's items, KPI offenders, 整改状态, previews)
 * turns its row into a `CellLocator` and calls this, so a click lands the same way everywhere.
 */
import { sheetColumnOf, type LocateContext } from "../../app/locate";
import type { CellLocator } from "../../core/locator";
import type { WorkbookPort } from "../../workbook/port";

export type { CellLocator } from "../../core/locator";

/** Selects the located cell; without a loaded context (nothing to resolve the header against) the row's first cell. */
export function goToCell(
  port: Pick<WorkbookPort, "select">,
  ctx: LocateContext | null,
  at: CellLocator,
): Promise<void> {
  return port.select(at.sheet, at.row, ctx === null ? 1 : sheetColumnOf(ctx, at.sheet, at.column));
}
