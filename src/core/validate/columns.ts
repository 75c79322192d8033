/**
 * Per-column checks: compiled once per column (parser, bounds, enum list, department set), then run straight down the
 * raw values. Each cell is parsed exactly once; the parsed column is handed to the table for the row rules.
 */
import type { Serial } from "../dates";
import { serialToIso } from "../dates";
import { translate, type Lang } from "../i18n";
import { label } from "../registers/kit";
import type { ColumnDef } from "../registers/types";
import type { Settings } from "../settings-types";
import { emptyColumn, storageOf, storeValue, type SheetTable } from "../table";
import { boundsOf, cellParser, choiceKey, describeRaw, enumValues, issueCodeOf, parseErrorMessage } from "../values";
import type { ParseError } from "../values";
import { VALIDATE_MESSAGES as M } from "./messages";
import type { PendingIssue } from "./report";

export interface ColumnCheckContext {
  lang: Lang;
  settings: Settings;
  asOf: Serial;
  emit(issue: PendingIssue): void;
}

/** Code points, not UTF-16 units: a CJK extension character is one character to the person counting. */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * Checks one column of the table and installs its parsed values. `unique` asks for cell/unique on this column
 * (a single-column key). `order` is the column's sort position in the report.
 */
export function checkColumn(table: SheetTable, def: ColumnDef, order: number, unique: boolean, ctx: ColumnCheckContext): void {
  const c = table.columnIndex(def.header);
  if (c < 0) return;
  const { lang, settings } = ctx;
  const header = def.header;
  const col = label(table.register, header, lang);
  const type = def.type;
  const parse = cellParser(type, settings);
  const allowed = type.kind === "enum" ? (enumValues(type.source, settings) ?? undefined) : undefined;
  const storage = emptyColumn(storageOf(type), table.rowCount);
  const bounds = boundsOf(type);
  const hasBounds = bounds.min !== undefined || bounds.exclusiveMin !== undefined || bounds.max !== undefined;
  const notAfter = type.kind === "date" && type.notAfterToday ? ctx.asOf : null;
  const maxLength = type.kind === "text" ? (type.maxLength ?? 0) : 0;
  const pattern = type.kind === "text" && type.pattern ? new RegExp(type.pattern) : null;
  const departments = def.departmentList && settings.departments ? new Set(settings.departments.map(choiceKey)) : null;
  const seen = unique ? new Map<string, number>() : null;
  const blank = table.blankRows();
  const rows = table.cells;
  const first = table.headerRow;
  const required = def.required === true && def.computed !== true;

  const emit = (i: number, code: string, severity: "error" | "warning", message: string): void =>
    ctx.emit({ row: table.excelRow(i), column: header, code, severity, message, order: c });
  const typeIssue = (i: number, error: ParseError, raw: unknown): void => {
    const code = issueCodeOf(error);
    emit(i, code, "error", translate(M, lang, code === "cell/enum" ? "enum" : "type", { col, problem: parseErrorMessage(error, raw, lang, allowed) }));
  };
  const notDepartment = (i: number, value: string): void => emit(i, "cell/enum", "error", translate(M, lang, "department", { col, value }));

  for (let i = 0; i < table.rowCount; i++) {
    if (blank[i] === 1) continue;
    const raw = rows[first + i]?.[c];
    const p = raw === null || raw === undefined || raw === "" ? null : parse(raw);
    if (p === null || p.kind === "blank") {
      if (required) emit(i, "cell/required", "error", translate(M, lang, "required", { col }));
      continue;
    }
    if (p.kind === "error") {
      typeIssue(i, p, raw);
      continue;
    }
    const v = p.value;
    if (typeof v === "number") {
      if (hasBounds) {
        if (bounds.min !== undefined && v < bounds.min) {
          emit(i, "cell/minimum", "error", translate(M, lang, "minimum", { col, value: describeRaw(raw), min: bounds.min }));
        } else if (bounds.exclusiveMin !== undefined && v <= bounds.exclusiveMin) {
          emit(i, "cell/minimum", "error", translate(M, lang, "exclusiveMinimum", { col, value: describeRaw(raw), min: bounds.exclusiveMin }));
        } else if (bounds.max !== undefined && v > bounds.max) {
          emit(i, "cell/maximum", "error", translate(M, lang, "maximum", { col, value: describeRaw(raw), max: bounds.max }));
        }
      }
      if (notAfter !== null && v > notAfter) {
        emit(i, "cell/maximum", "error", translate(M, lang, "notAfterToday", { col, value: serialToIso(v), asOf: serialToIso(notAfter) }));
      }
    } else if (typeof v === "string") {
      if (maxLength > 0 && v.length > maxLength) {
        const length = codePointLength(v);
        if (length > maxLength) emit(i, "cell/maxLength", "error", translate(M, lang, "maxLength", { col, length, max: maxLength }));
      }
      if (pattern !== null && !pattern.test(v)) {
        emit(i, "cell/pattern", "error", translate(M, lang, "pattern", { col, value: describeRaw(raw), pattern: pattern.source }));
      }
      if (departments !== null && !departments.has(choiceKey(v))) notDepartment(i, v);
      if (seen !== null) {
        const firstAt = seen.get(v);
        if (firstAt === undefined) seen.set(v, i);
        else emit(i, "cell/unique", "error", translate(M, lang, "unique", { col, value: describeRaw(v), first: table.excelRow(firstAt) }));
      }
    } else if (departments !== null && Array.isArray(v)) {
      for (const item of v) if (!departments.has(choiceKey(item))) notDepartment(i, item);
    }
    storeValue(storage, i, v);
  }
  table.adoptColumn(header, storage);
}
