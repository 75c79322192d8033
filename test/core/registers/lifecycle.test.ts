/**
 * Register lifecycles and the column names the KPIs and deadline rules use: each must exist in its register, so a
 * renamed column or state fails here instead of silently reading nothing.
 */
import { createDeadlineContext, computeDeadlines, DEADLINE_RULES } from "../../../src/core/deadlines";
import { computeKpis, KPIS, kpiRegisters, parsePeriod, type Period } from "../../../src/core/kpi";
import {
  canMove,
  parameterByKey,
  phaseOf,
  REGISTERS,
  registerById,
  statesIn,
  type RegisterDef,
} from "../../../src/core/registers";
import type { RegisterTable } from "../../../src/core/table-types";
import { isoToSerial } from "../../../src/core/dates";
import { calendar, fakeSettings, fakeTable, type Row } from "../kpi/fake-register";

const headers = (r: RegisterDef) => new Set(r.columns.map((c) => c.header));

describe("lifecycles", () => {
  const withLifecycle = REGISTERS.filter((r) => r.lifecycle);

  it("are declared for the registers whose rows are items to close", () => {
    expect(withLifecycle.map((r) => r.id).sort()).toEqual([
      "coordination",
      "feedback",
      "rectifications",
      "resolutions",
    ]);
  });

  it.each(withLifecycle.map((r) => [r.id, r] as const))(
    "%s: states are the column's values, transitions stay among them",
    (_id, r) => {
      const lc = r.lifecycle!;
      const column = r.columns.find((c) => c.header === lc.column);
      expect(column).toBeDefined();
      const values = lc.states.map((s) => s.value);
      if (lc.kind === "enum") {
        expect(column?.type.kind).toBe("enum");
        const source = column?.type.kind === "enum" ? column.type.source : null;
        expect(source?.kind === "fixed" ? [...source.values].sort() : null).toEqual([...values].sort());
      } else {
        expect(column?.type.kind).toBe("bool");
        expect(values.sort()).toEqual(["否", "是"]);
      }
      for (const [from, tos] of Object.entries(lc.transitions)) {
        expect(values).toContain(from);
        for (const to of tos) expect(values).toContain(to);
      }
      expect(statesIn(lc, "closed").length).toBeGreaterThan(0);
      if (lc.followUp) {
        expect(headers(r).has(lc.followUp.lastColumn)).toBe(true);
        expect(headers(r).has(lc.followUp.fromColumn)).toBe(true);
        expect(parameterByKey.get(lc.followUp.setting)?.default).toBe(lc.followUp.defaultDays);
      }
    },
  );

  it("places 问题整改台账 states as DOMAIN §6.3 does", () => {
    const lc = registerById("rectifications")!.lifecycle!;
    expect(statesIn(lc, "open")).toEqual(["待分派", "整改中", "待验收", "退回整改"]);
    expect(statesIn(lc, "closed")).toEqual(["已完成"]);
    expect(statesIn(lc, "parked")).toEqual(["纳入长期计划"]);
    expect(canMove(lc, "待验收", "退回整改")).toBe(true);
    expect(canMove(lc, "已完成", "整改中")).toBe(false);
  });

  it("reads a row's phase, a blank by the lifecycle's rule and an unknown value as null", () => {
    const rect = registerById("rectifications")!.lifecycle!;
    const t = fakeTable("rectifications", [
      { 状态: "整改中" },
      { 状态: "已完成" },
      { 状态: "纳入长期计划" },
      { 状态: "搁置" },
      { 问题编号: "x" },
    ]);
    expect([0, 1, 2, 3, 4].map((i) => phaseOf(t, i, rect))).toEqual(["open", "closed", "parked", null, null]);
    const fb = registerById("feedback")!.lifecycle!;
    const f = fakeTable("feedback", [{ 是否解决: "是" }, { 是否解决: "否" }, { 编号: "x" }]);
    expect([0, 1, 2].map((i) => phaseOf(f, i, fb))).toEqual(["closed", "open", "open"]);
  });
});

describe("column names used by KPIs and deadline rules", () => {
  it("every KPI's period column is a column of its register", () => {
    for (const k of KPIS) {
      for (const id of kpiRegisters(k)) {
        const r = registerById(id);
        expect([k.id, id, r !== undefined]).toEqual([k.id, id, true]);
        expect([k.id, k.periodColumns[id], headers(r!).has(k.periodColumns[id]!)]).toEqual([
          k.id,
          k.periodColumns[id],
          true,
        ]);
      }
    }
  });

  it("every column a deadline rule names is a column of its register", () => {
    for (const rule of DEADLINE_RULES) {
      const r = registerById(rule.register);
      expect(r).toBeDefined();
      const named = [
        ...rule.start,
        ...(rule.limit.kind === "column" ? [rule.limit.column] : []),
        ...(rule.limit.kind === "column" && rule.limit.fallback?.kind === "computed" ? rule.limit.fallback.needs : []),
        ...(rule.done ? [rule.done] : []),
        ...rule.owners,
        ...rule.departments,
        ...(rule.subject ? [rule.subject] : []),
        ...(rule.when ?? []).map((c) => c.column),
        ...(rule.closedWhen ? [rule.closedWhen.column] : []),
      ];
      const missing = named.filter((h) => !headers(r!).has(h));
      expect([rule.id, missing]).toEqual([rule.id, []]);
    }
  });

  /** A table that records every header read through it, over one row holding a value in every column. */
  function spyTable(r: RegisterDef, seen: Map<string, Set<string>>): RegisterTable {
    const row: Row = {};
    for (const c of r.columns) {
      const t = c.type;
      row[c.header] =
        t.kind === "date"
          ? "2026-08-03"
          : t.kind === "datetime"
            ? "2026-08-03 09:00"
            : t.kind === "bool"
              ? "否"
              : t.kind === "enum" && t.source.kind === "fixed"
                ? (t.source.values[0] ?? "x")
                : ["int", "decimal", "money", "percent"].includes(t.kind)
                  ? 2
                  : "x";
    }
    const table = fakeTable(r.id, [row, { ...row }]);
    const names = seen.get(r.id) ?? new Set<string>();
    seen.set(r.id, names);
    return new Proxy(table, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== "function" || prop === "excelRow" || prop === "isBlank") return value;
        return (...args: unknown[]) => {
          if (typeof args[0] === "string") names.add(args[0]);
          return (value as (...a: unknown[]) => unknown)(...args);
        };
      },
    });
  }

  it("KPIs and deadlines read only columns their registers have", () => {
    const seen = new Map<string, Set<string>>();
    const tables = new Map(REGISTERS.map((r) => [r.id, spyTable(r, seen)]));
    const asOf = isoToSerial("2026-11-22");
    computeKpis(
      {
        tables,
        settings: fakeSettings({ staff: [{ name: "x", department: null, role: null, onDuty: true }] }),
        calendar,
        asOf,
        lang: "zh-CN",
      },
      parsePeriod("2026Q3") as Period,
    );
    computeDeadlines([...tables.values()], createDeadlineContext(fakeSettings(), calendar, asOf, "zh-CN"));
    expect(seen.get("rectifications")?.has("状态")).toBe(true); // the spy sees reads at all
    for (const [id, names] of seen) {
      const missing = [...names].filter((h) => !headers(registerById(id)!).has(h));
      expect([id, missing]).toEqual([id, []]);
    }
  });
});
