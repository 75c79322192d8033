/** Row-level checks: keys unique together (培训记录's triple), references to other registers, and cross-field rules. */
import { serialToIso } from "../dates";
import { CalendarCoverageError } from "../calendar";
import { fixed, message, type Message } from "../i18n/message";
import { label, labelMessage } from "../registers/kit";
import { keyIndex } from "../registers/lookup";
import type { ColumnDef, RuleContext, RuleDef, RuleFinding } from "../registers/types";
import type { SheetTable } from "../table";
import { describeRaw, toHalfWidth } from "../values";
import { VALIDATE_MESSAGES as M } from "./messages";
import type { PendingIssue } from "./report";

type Emit = (issue: PendingIssue) => void;

/** Column sort position of a header: its sheet column, or after every sheet column in catalogue order. */
export function orderOf(table: SheetTable, header: string): number {
  const c = table.columnIndex(header);
  if (c >= 0) return c;
  const k = table.register.columns.findIndex((x) => x.header === header);
  return 100000 + (k < 0 ? table.register.columns.length : k);
}

/** A key cell as text for comparison and messages: dates as ISO days, everything else as normalised text. */
function keyPart(table: SheetTable, def: ColumnDef, i: number): string | null {
  if (def.type.kind === "date") {
    const d = table.date(def.header, i);
    return d === null ? null : serialToIso(d);
  }
  return table.text(def.header, i);
}

/** cell/unique on a key of several columns; rows with a blank or unreadable part are left to cell/required and cell/type. */
export function checkCompositeKey(table: SheetTable, headers: readonly string[], emit: Emit): void {
  const defs = headers
    .map((h) => table.register.columns.find((c) => c.header === h))
    .filter((d): d is ColumnDef => d !== undefined);
  if (defs.length !== headers.length || defs.some((d) => !table.has(d.header))) return;
  const blank = table.blankRows();
  const seen = new Map<string, number>();
  const last = defs[defs.length - 1] as ColumnDef;
  const cols = fixed((l) => defs.map((d) => label(table.register, d.header, l)).join(l === "zh-CN" ? "、" : ", "));
  for (let i = 0; i < table.rowCount; i++) {
    if (blank[i] === 1) continue;
    const parts: string[] = [];
    for (const d of defs) {
      const p = keyPart(table, d, i);
      if (p === null) break;
      parts.push(p);
    }
    if (parts.length !== defs.length) continue;
    // Keys compare after width folding: ＳＷ－０５１ typed with a Chinese input method is the same number as SW-051.
    const key = toHalfWidth(parts.join("\u0001"));
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      continue;
    }
    emit({
      row: table.excelRow(i),
      column: last.header,
      code: "cell/unique",
      severity: "error",
      text: message(M, "uniqueTogether", { cols, value: parts.join(" / "), first: table.excelRow(first) }),
      order: orderOf(table, last.header),
    });
  }
}

/** row/reference: the value must be a key of the referenced register, when that register is in the workbook. */
export function checkReference(table: SheetTable, def: ColumnDef, ctx: RuleContext, emit: Emit): void {
  if (!def.ref || !table.has(def.header)) return;
  const target = ctx.tables.get(def.ref.register);
  if (!target || !target.has(def.ref.column)) return;
  const keys = keyIndex(target, def.ref.column);
  const blank = table.blankRows();
  const col = labelMessage(table.register, def.header);
  for (let i = 0; i < table.rowCount; i++) {
    if (blank[i] === 1) continue;
    const v = table.text(def.header, i);
    if (v === null || keys.has(v)) continue;
    emit({
      row: table.excelRow(i),
      column: def.header,
      code: "row/reference",
      severity: "warning",
      text: message(M, "reference", { col, value: describeRaw(v), target: target.sheet }),
      order: orderOf(table, def.header),
    });
  }
}

function findingText(rule: RuleDef, f: RuleFinding): Message {
  const templates = rule.messages[f.messageKey ?? "default"] ?? rule.messages.default;
  if (!templates) return fixed(() => rule.id);
  return f.params ? { templates, params: f.params } : { templates };
}

/** Years the calendar could not answer for, per rule: reported once per sheet instead of once per row. */
export type CoverageGaps = Map<number, Set<string>>;

function noteCoverage(e: unknown, rule: RuleDef, gaps: CoverageGaps): boolean {
  if (!(e instanceof CalendarCoverageError)) return false;
  let rules = gaps.get(e.year);
  if (!rules) gaps.set(e.year, (rules = new Set()));
  rules.add(`row/${rule.id}`);
  return true;
}

const CANCEL_CHECK_EVERY = 16384;

/** The issue a rule's finding on data row i becomes. */
function ruleIssue(table: SheetTable, rule: RuleDef, code: string, i: number, f: RuleFinding): PendingIssue {
  return {
    row: table.excelRow(i),
    column: f.column,
    code,
    severity: rule.severity,
    text: findingText(rule, f),
    order: orderOf(table, f.column),
  };
}

/** Runs one rule over every non-blank row (or once over the sheet for `checkAll`). */
export function runRule(
  table: SheetTable,
  rule: RuleDef,
  ctx: RuleContext,
  emit: Emit,
  gaps: CoverageGaps,
  isCancelled: () => boolean,
): void {
  const code = `row/${rule.id}`;
  if (rule.checkAll) {
    try {
      for (const f of rule.checkAll(table, ctx)) emit(ruleIssue(table, rule, code, f.index, f));
    } catch (e) {
      if (!noteCoverage(e, rule, gaps)) throw e;
    }
  }
  if (!rule.check) return;
  for (let from = 0; from < table.rowCount; from += CANCEL_CHECK_EVERY) {
    if (from > 0 && isCancelled()) return;
    runRuleRows(table, rule, ctx, emit, gaps, from, Math.min(table.rowCount, from + CANCEL_CHECK_EVERY));
  }
}

/** Runs a rule's per-row `check` over the non-blank rows in [from, to). */
export function runRuleRows(
  table: SheetTable,
  rule: RuleDef,
  ctx: RuleContext,
  emit: Emit,
  gaps: CoverageGaps,
  from: number,
  to: number,
): void {
  const check = rule.check;
  if (!check) return;
  const code = `row/${rule.id}`;
  const blank = table.blankRowsUpTo(to);
  for (let i = from; i < to; i++) {
    if (blank[i] === 1) continue;
    let findings: RuleFinding[] | null;
    try {
      findings = check(table, i, ctx);
    } catch (e) {
      if (noteCoverage(e, rule, gaps)) continue;
      throw e;
    }
    if (findings) for (const f of findings) emit(ruleIssue(table, rule, code, i, f));
  }
}
