/**
 * The workbench's port: the file adapter, except that "select this cell" (what a problem click asks of Excel) opens
 * the read-only preview at that row, since there is no Excel window to move.
 */
import type { WorkbookPort } from "../workbook/port";

export type OnSelect = (sheet: string, row: number, column: number) => void;

export function previewingPort<P extends WorkbookPort>(port: P, onSelect: OnSelect): P {
  // A Proxy keeps every other method of the adapter (and any the port gains later) without listing them here.
  return new Proxy(port, {
    get(target, prop, receiver) {
      if (prop === "select") {
        return async (sheet: string, row: number, column: number) => {
          await target.select(sheet, row, column);
          onSelect(sheet, row, column);
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
