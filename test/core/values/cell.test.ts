import type { FieldType } from "../../../src/core/registers/types";
import { boundsOf, cellParser, checkBounds, issueCodeOf, parseCell, PLAUSIBLE_MAX } from "../../../src/core/values";
import type { ParseError } from "../../../src/core/values";

describe("parseCell", () => {
  it("dispatches on the column type", () => {
    expect(parseCell({ kind: "date" }, "2025/3/5")).toEqual({ kind: "ok", value: 45721 });
    expect(parseCell({ kind: "money" }, "¥12.50")).toEqual({ kind: "ok", value: 12.5 });
    expect(parseCell({ kind: "int", min: 1 }, "3")).toEqual({ kind: "ok", value: 3 });
    expect(parseCell({ kind: "bool" }, "√")).toEqual({ kind: "ok", value: true });
    expect(parseCell({ kind: "list" }, "甲、乙")).toEqual({ kind: "ok", value: ["甲", "乙"] });
    expect(parseCell({ kind: "percent" }, "85%")).toEqual({ kind: "ok", value: 85 });
    expect(parseCell({ kind: "time" }, "12:00")).toEqual({ kind: "ok", value: 0.5 });
    expect(parseCell({ kind: "text" }, " a ")).toEqual({ kind: "ok", value: "a" });
  });

  it("reads fixed enums and setting-sourced enums from the context", () => {
    const fixed: FieldType = { kind: "enum", source: { kind: "fixed", values: ["特急", "加急", "一般"] } };
    expect(parseCell(fixed, "特急")).toEqual({ kind: "ok", value: "特急" });
    expect(parseCell(fixed, "普通")).toEqual({ kind: "error", expected: "enum", problem: "not-in-list" });

    const secrecy: FieldType = { kind: "enum", source: { kind: "setting", key: "密级列表" } };
    let list = ["公开", "内部"];
    const ctx = { list: (key: string) => (key === "密级列表" ? list : []) };
    expect(parseCell(secrecy, "内部", ctx)).toEqual({ kind: "ok", value: "内部" });
    expect(parseCell(secrecy, "秘密", ctx)).toEqual({ kind: "error", expected: "enum", problem: "not-in-list" });
    list = ["公开", "内部", "秘密"];
    expect(parseCell(secrecy, "秘密", ctx)).toEqual({ kind: "ok", value: "秘密" });
    // Without settings the list is unknown: the value is kept as text rather than refused.
    expect(parseCell(secrecy, " 秘密 ")).toEqual({ kind: "ok", value: "秘密" });
  });

  it("never throws, whatever the cell holds", () => {
    const kinds: FieldType[] = [
      { kind: "text" },
      { kind: "date" },
      { kind: "datetime" },
      { kind: "time" },
      { kind: "int" },
      { kind: "decimal" },
      { kind: "money" },
      { kind: "percent" },
      { kind: "bool" },
      { kind: "list" },
      { kind: "enum", source: { kind: "fixed", values: ["a"] } },
    ];
    const odd: unknown[] = [
      null,
      undefined,
      "",
      "#N/A",
      Number.NaN,
      Infinity,
      -0,
      {},
      [],
      "\u0000",
      "9".repeat(400),
      "年月日",
      "::",
      "¥",
      "%",
    ];
    for (const type of kinds) {
      const parse = cellParser(type);
      for (const raw of odd) expect(() => parse(raw)).not.toThrow();
    }
  });
});

describe("issueCodeOf", () => {
  it("reports enum misses as cell/enum and everything else as cell/type", () => {
    expect(issueCodeOf({ kind: "error", expected: "enum", problem: "not-in-list" } as ParseError)).toBe("cell/enum");
    expect(issueCodeOf({ kind: "error", expected: "enum", problem: "excel-error" } as ParseError)).toBe("cell/type");
    expect(issueCodeOf({ kind: "error", expected: "money", problem: "too-many-decimals" } as ParseError)).toBe(
      "cell/type",
    );
  });
});

describe("boundsOf / checkBounds", () => {
  it("adds the bounds a type implies to the column's own", () => {
    expect(boundsOf({ kind: "money" })).toEqual({ min: 0, max: PLAUSIBLE_MAX.money });
    expect(boundsOf({ kind: "money", exclusiveMin: 0 })).toEqual({ min: 0, exclusiveMin: 0, max: PLAUSIBLE_MAX.money });
    expect(boundsOf({ kind: "int", min: 1 })).toEqual({ min: 1, max: PLAUSIBLE_MAX.int });
    expect(boundsOf({ kind: "decimal" })).toEqual({ max: PLAUSIBLE_MAX.decimal });
    expect(boundsOf({ kind: "percent" })).toEqual({ min: 0, max: 100 });
    expect(boundsOf({ kind: "int", min: 1949, max: 2100 })).toEqual({ min: 1949, max: 2100 });
    expect(boundsOf({ kind: "text" })).toEqual({});
  });
  it("names the bound a value breaks", () => {
    expect(checkBounds(-1, { min: 0 })).toBe("minimum");
    expect(checkBounds(0, { min: 0, exclusiveMin: 0 })).toBe("minimum");
    expect(checkBounds(0.01, { min: 0, exclusiveMin: 0 })).toBeNull();
    expect(checkBounds(101, { min: 0, max: 100 })).toBe("maximum");
    expect(checkBounds(100, { min: 0, max: 100 })).toBeNull();
  });
});
