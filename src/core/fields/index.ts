/** Field types: one module per column type (parse, store, show, template format, validation scan). */
export { boundsOf, fieldKinds, fieldTypeOf, registerFieldType } from "./registry";
export { defineFieldType } from "./field-type";
export type { BlockScan, CellReporter, ColumnScan, FieldChoices, FieldTypeModule, Scan, ScanSetup } from "./field-type";
export { enumValues } from "./enum";
export {
  amountOptions,
  choiceScanner,
  dayOptions,
  enumScanner,
  freeTextScanner,
  numberColumn,
  numberScanner,
  textScanner,
} from "./scanners";
export type { NumberScanOptions } from "./scanners";
export { emptyColumn, storeValue } from "./storage";
export type { ColumnData, StorageKind } from "./storage";
