/** Forms (issue #15): definitions, layout, reading filled forms, the import plan and CSV export. */
export type * from "./types";
export { FORMS, formByName, formsOfRegister } from "./definitions";
export { definedNameOf } from "./names";
export {
  buildFormSheet,
  formColumns,
  type FormSheet,
  type FormInput,
  type FormCell,
  type FormContext,
  type FormCellStyle,
} from "./layout";
export { identifyForm, readFormFields, type FormWorkbook, type NamedCell, type FieldRead } from "./read";
export {
  planImport,
  type ImportEntry,
  type ImportOutcome,
  type ImportPlan,
  type ImportProblem,
  type ImportWrite,
  type ImportAction,
  type PlanInput,
} from "./plan";
export { entriesOfFile, registerOfBatch } from "./entries";
export { rowValues, normalisedCell, comparable, cellOfTyped } from "./values";
export { csvCell, registerCsvRows } from "./csv";
export { FORM_MESSAGES } from "./messages";
export { formSheetSpec } from "./spec";
