/**
 * Cell values: normalising what people type into the typed values of the register catalogue. Pure and synchronous;
 * every parser returns blank / ok / error and never throws.
 */
export type { Blank, Ok, ParseError, ParseProblem, Parsed, ValueKind } from "./parsed";
export { BLANK, issueCodeOf } from "./parsed";
export { isBlankCell, isSpaceCode, normalizeText, toHalfWidth } from "./text";
export { toSimplified } from "./simplified";
export { EXCEL_ERRORS, isExcelError } from "./excel-errors";
export { describeRaw } from "./describe";
export { MAX_SERIAL, parseDate, parseDateTime, parseTime } from "./date-time";
export { parseDecimal, parseInteger, parseMoney, parsePercent } from "./numbers";
export { choiceKey, enumParser, parseBool, parseList, parseText } from "./choices";
export type { ChoiceParser } from "./choices";
export { cellParser, enumValues, parseCell } from "./cell";
export type { CellParser, CellTypedValue, ParseContext, ValueOf } from "./cell";
export { checkBounds, DATE_FLOOR_ISO, PLAUSIBLE_MAX } from "./bounds";
export { boundsOf } from "../fields/registry";
export type { Bounds } from "./bounds";
export { VALUE_MESSAGES, enumExpectedText } from "./messages";
export { expectedText, parseErrorMessage, parseErrorText } from "../fields/problem-text";
