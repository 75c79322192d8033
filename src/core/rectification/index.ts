export type * from "./types";
export {
  computeRectificationStatus,
  closureRate,
  escalationTarget,
  mondayOf,
  weeklyTrend,
  SECTION_REGISTERS,
  WEEKS_SHOWN,
  type RectificationInput,
} from "./status";
export {
  rectificationToJson,
  rectificationText,
  weeklyReport,
  itemKey,
  rateText,
  type RectificationJson,
} from "./report";
export {
  buildRectificationSheet,
  RECTIFICATION_SHEET,
  type RectificationSheetInput,
  type RectificationSheetLayout,
} from "./sheet";
export { RECTIFICATION_MESSAGES } from "./messages";
