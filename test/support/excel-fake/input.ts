/**
 * How Excel takes a value written through `range.values`: like typed entry, not like a typed store. A string that
 * looks like a number, a boolean or a date becomes one; '=…' (and '+…'/'-…' that is not a number) becomes a
 * formula; a leading apostrophe keeps the rest as text; a text-formatted ('@') cell keeps strings as typed.
 * The fake reproduces this so an adapter that writes "001" or "2025-03-05" unprotected is caught by tests.
 */
import { ymdToSerial, isValidYmd } from "../../../src/core/dates";
import type { SheetState } from "./state";

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT_RE = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function setConstant(sheet: SheetState, row: number, column: number, value: string | number | boolean): void {
  sheet.formulas.set(row, column, undefined);
  sheet.values.set(row, column, value);
}

function setFormatIfGeneral(sheet: SheetState, row: number, column: number, format: string): void {
  if (sheet.numberFormats.get(row, column) === undefined) sheet.numberFormats.set(row, column, format);
}

function dateSerial(y: number, m: number, d: number): number | null {
  return isValidYmd(y, m, d) ? ymdToSerial(y, m, d) : null;
}

/** Applies one written cell (from `values` or `formulas`); null leaves the cell unchanged, '' clears it. */
export function enterValue(sheet: SheetState, row: number, column: number, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input === "number" || typeof input === "boolean") {
    setConstant(sheet, row, column, input);
    return;
  }
  const text = String(input);
  if (text === "") {
    sheet.values.set(row, column, undefined);
    sheet.formulas.set(row, column, undefined);
    return;
  }
  if (text.startsWith("'")) {
    setConstant(sheet, row, column, text.slice(1));
    return;
  }
  if (sheet.numberFormats.get(row, column) === "@") {
    setConstant(sheet, row, column, text);
    return;
  }
  if (text.startsWith("=")) {
    sheet.formulas.set(row, column, text);
    sheet.values.set(row, column, null);
    return;
  }
  if (NUMBER_RE.test(text)) {
    setConstant(sheet, row, column, Number(text));
    return;
  }
  const pct = PERCENT_RE.exec(text);
  if (pct) {
    setConstant(sheet, row, column, Number(pct[1]) / 100);
    setFormatIfGeneral(sheet, row, column, "0%");
    return;
  }
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") {
    setConstant(sheet, row, column, upper === "TRUE");
    return;
  }
  const iso = ISO_DATE_RE.exec(text);
  const us = US_DATE_RE.exec(text);
  const serial = iso
    ? dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : us
      ? dateSerial(Number(us[3]), Number(us[1]), Number(us[2]))
      : null;
  if (serial !== null) {
    setConstant(sheet, row, column, serial);
    setFormatIfGeneral(sheet, row, column, "m/d/yyyy");
    return;
  }
  if (text.startsWith("+") || text.startsWith("-")) {
    sheet.formulas.set(row, column, `=${text}`);
    sheet.values.set(row, column, "#NAME?");
    return;
  }
  setConstant(sheet, row, column, text);
}
