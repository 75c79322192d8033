/**
 * Register lifecycles (DOMAIN.md §6.3): which values of a register's state column mean open, closed or parked, how
 * a row moves between them, and how often an open row is followed up. Deadlines, KPIs (K09, K12, K13) and the
 * rectification board read them here instead of repeating status literals.
 */
import type { RegisterTable } from "../table-types";
import type { Lifecycle, LifecyclePhase, LifecycleState } from "./types";

/** The state a row is in, as the lifecycle names it ('是'/'否' for a yes/no column), or null when blank or unreadable. */
export function stateOf(t: RegisterTable, i: number, lc: Lifecycle): string | null {
  if (lc.kind === "bool") {
    const v = t.bool(lc.column, i);
    return v === null ? null : v ? "是" : "否";
  }
  return t.text(lc.column, i);
}

export function stateDef(lc: Lifecycle, value: string | null): LifecycleState | undefined {
  return value === null ? undefined : lc.states.find((s) => s.value === value);
}

/**
 * Open, closed or parked; a blank state is the lifecycle's `blank` phase, and a value the lifecycle does not know is
 * null (validation reports it as cell/enum; callers count it where they can).
 */
export function phaseOf(t: RegisterTable, i: number, lc: Lifecycle): LifecyclePhase | null {
  const value = stateOf(t, i, lc);
  if (value === null) return t.raw(lc.column, i) === null ? lc.blank : null;
  return stateDef(lc, value)?.phase ?? null;
}

export const statesIn = (lc: Lifecycle, phase: LifecyclePhase): string[] =>
  lc.states.filter((s) => s.phase === phase).map((s) => s.value);

/** Whether the lifecycle allows moving from one state to another (a state may always stay as it is). */
export function canMove(lc: Lifecycle, from: string, to: string): boolean {
  return from === to || (lc.transitions[from] ?? []).includes(to);
}
