/**
 * Where the catalogue cites the source facts of shared/DOMAIN.md (T01–T85 time limits, R01–R67 rules). Rule data
 * carries its ids (`source` on validation rules, columns, registers, deadline rules and 参数设置 keys); this module
 * gathers them so the coverage table can prove that every id it calls implemented is cited by some rule.
 */
import { INCIDENT_RULES } from "../deadlines/incidents";
import { DEADLINE_RULES } from "../deadlines/rules";
import { PARAMETERS, REGISTERS } from "../registers";

/** What cites an id: a rule that judges rows (validation, column schema, deadline) or a 参数设置 key that holds a number. */
export interface Citation {
  kind: "rule" | "column" | "register" | "deadline" | "duty" | "parameter";
  /** A short pointer a person can follow: `会议台账 row/application-lead`, `期限 meetings/meeting-application` … */
  where: string;
}

/** Every citation in the catalogue, by source id, in catalogue order. */
export function citations(): ReadonlyMap<string, readonly Citation[]> {
  const out = new Map<string, Citation[]>();
  const add = (ids: readonly string[] | undefined, c: Citation) => {
    for (const id of ids ?? []) {
      const list = out.get(id) ?? [];
      if (!list.some((x) => x.where === c.where)) list.push(c);
      out.set(id, list);
    }
  };
  for (const r of REGISTERS) {
    add(r.source, { kind: "register", where: `${r.sheet} columns` });
    for (const c of r.columns) add(c.source, { kind: "column", where: `${r.sheet}.${c.header}` });
    for (const rule of r.rules) add(rule.source, { kind: "rule", where: `${r.sheet} row/${rule.id}` });
    // A starter duty of 周期工作 cites its source in 说明 ("T21、T22：…"); its occurrences are deadline items.
    const note = r.columns.findIndex((c) => c.header === "说明");
    for (const row of note < 0 ? [] : (r.starterRows ?? [])) {
      add(String(row[note] ?? "").match(/[TR]\d\d/g) ?? [], { kind: "duty", where: `${r.sheet} ${String(row[0])}` });
    }
  }
  for (const d of [...DEADLINE_RULES, ...INCIDENT_RULES])
    add(d.source, { kind: "deadline", where: `deadline ${d.register}/${d.id}` });
  for (const p of PARAMETERS) add(p.source, { kind: "parameter", where: `参数设置 ${p.key}` });
  return out;
}

/** Whether an id is cited by something that judges rows (not only by a parameter holding its number). */
export const citedByRule = (list: readonly Citation[] | undefined): boolean =>
  (list ?? []).some((c) => c.kind !== "parameter");
