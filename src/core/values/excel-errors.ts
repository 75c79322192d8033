/**
 * Excel error values. Office.js and ExcelJS hand them over as text ('#N/A'), so without this check a broken formula
 * would read as an odd text value, or be refused with a message that blames the person's typing.
 */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/** True when the cell holds an Excel error value (surrounding spaces ignored; upper or lower case). */
export function isExcelError(raw: unknown): boolean {
  if (typeof raw !== "string" || raw.length < 4 || raw.length > 32) return false;
  // Cheap rejection first: most text cells do not start with '#', and this runs on every text cell.
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) <= 32) i++;
  if (raw.charCodeAt(i) !== 35 /* # */) return false;
  const s = raw.trim();
  return EXCEL_ERRORS.has(s) || EXCEL_ERRORS.has(s.toUpperCase());
}
