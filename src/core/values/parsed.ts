/**
 * What a cell parser returns. Blank is its own outcome (a required column reports it, an optional one ignores it), an
 * error says what was expected and why the value was refused, so the validator can word the message and choose the
 * issue code without parsing again.
 */
import type { FieldType } from "../registers/types";

export type ValueKind = FieldType["kind"];

/**
 * Why a value was refused.
 * - `unreadable`: not in any accepted form of the type (`cell/type`).
 * - `excel-error`: the cell holds an Excel error such as `#N/A` (`cell/type`).
 * - `not-a-day`: shaped like a date but not a calendar day, e.g. 2025-02-30 (`cell/type`).
 * - `not-a-time`: shaped like a time but out of range, e.g. 25:10 (`cell/type`).
 * - `not-integral`: a number where a whole number is required (`cell/type`).
 * - `too-many-decimals`: money with more than two decimals (`cell/type`: fen is the smallest unit).
 * - `not-in-list`: an enum value outside the allowed list (`cell/enum`).
 */
export type ParseProblem =
  "unreadable" | "excel-error" | "not-a-day" | "not-a-time" | "not-integral" | "too-many-decimals" | "not-in-list";

export interface Blank {
  readonly kind: "blank";
}
export interface Ok<T> {
  readonly kind: "ok";
  readonly value: T;
}
export interface ParseError {
  readonly kind: "error";
  readonly expected: ValueKind;
  readonly problem: ParseProblem;
}

export type Parsed<T> = Blank | Ok<T> | ParseError;

/** Shared: a blank outcome carries no data, so every parser returns this one object. */
export const BLANK: Blank = Object.freeze({ kind: "blank" });

export function ok<T>(value: T): Ok<T> {
  return { kind: "ok", value };
}

// Errors carry no per-cell data either, so one frozen object per (kind, problem) serves every cell of a column.
const errors: Partial<Record<ValueKind, Partial<Record<ParseProblem, ParseError>>>> = {};

export function fail(expected: ValueKind, problem: ParseProblem): ParseError {
  const byProblem = (errors[expected] ??= {});
  return (byProblem[problem] ??= Object.freeze({ kind: "error", expected, problem }));
}

/** The issue code of REGISTERS.md a refused value is reported under. */
export function issueCodeOf(error: ParseError): "cell/type" | "cell/enum" {
  return error.problem === "not-in-list" ? "cell/enum" : "cell/type";
}
