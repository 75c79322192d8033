import fc from "fast-check";
import { parseDecimal, parseInteger, parseMoney, parsePercent } from "../../../src/core/values";
import type { Parsed } from "../../../src/core/values";

const value = <T>(p: Parsed<T>): T => {
  if (p.kind !== "ok") throw new Error(`expected ok, got ${JSON.stringify(p)}`);
  return p.value;
};
const err = (expected: string, problem: string) => ({ kind: "error", expected, problem });

describe("parseInteger", () => {
  it("accepts whole numbers as numbers or text, with spaces, full-width digits and thousands separators", () => {
    expect(value(parseInteger(12))).toBe(12);
    expect(value(parseInteger(" 12 "))).toBe(12);
    expect(value(parseInteger("１２"))).toBe(12);
    expect(value(parseInteger("1,200"))).toBe(1200);
    expect(value(parseInteger("12.0"))).toBe(12);
    expect(value(parseInteger("-3"))).toBe(-3);
    expect(value(parseInteger(3 * 0.1 * 10))).toBe(3);
  });
  it("refuses fractions, bad grouping, scientific notation and words", () => {
    expect(parseInteger(1.5)).toEqual(err("int", "not-integral"));
    expect(parseInteger(1e9 + 0.5)).toEqual(err("int", "not-integral"));
    expect(parseInteger("2.5")).toEqual(err("int", "not-integral"));
    for (const bad of ["12,00", "1,2345", ",123", "1E3", "十二", "1 200", "12份", true, Number.NaN]) {
      expect([bad, parseInteger(bad)]).toEqual([bad, err("int", "unreadable")]);
    }
    expect(parseInteger("#VALUE!")).toEqual(err("int", "excel-error"));
    expect(parseInteger(" ")).toEqual({ kind: "blank" });
  });
});

describe("parseDecimal", () => {
  it("reads decimals from numbers and text", () => {
    expect(value(parseDecimal(2.5))).toBe(2.5);
    expect(value(parseDecimal("2.5"))).toBe(2.5);
    expect(value(parseDecimal(".5"))).toBe(0.5);
    expect(value(parseDecimal("1,234.567"))).toBe(1234.567);
    expect(value(parseDecimal("－１．５"))).toBe(-1.5);
  });
  it("refuses currency marks and percent signs (those belong to money and percent)", () => {
    expect(parseDecimal("¥5")).toEqual(err("decimal", "unreadable"));
    expect(parseDecimal("5%")).toEqual(err("decimal", "unreadable"));
    expect(parseDecimal("1.2.3")).toEqual(err("decimal", "unreadable"));
  });
});

describe("parseMoney", () => {
  it("accepts ¥ ￥ 元, thousands separators and full-width digits", () => {
    for (const [text, want] of [
      ["1,234.50元", 1234.5],
      ["¥1,234.50", 1234.5],
      ["￥ 1234.5", 1234.5],
      ["１２３４．５０元", 1234.5],
      ["500", 500],
      ["500 元", 500],
      ["0.10", 0.1],
      ["1.500", 1.5],
    ] as const) {
      expect([text, value(parseMoney(text))]).toEqual([text, want]);
    }
    expect(value(parseMoney(1234.5))).toBe(1234.5);
  });
  it("rounds binary noise of number cells to fen", () => {
    expect(value(parseMoney(0.1 + 0.2))).toBe(0.3);
  });
  it("refuses more than two decimals, in text and in numbers", () => {
    expect(parseMoney("1.234")).toEqual(err("money", "too-many-decimals"));
    expect(parseMoney(1.234)).toEqual(err("money", "too-many-decimals"));
    expect(parseMoney(1234567.891)).toEqual(err("money", "too-many-decimals"));
    expect(value(parseMoney(1234567.89))).toBe(1234567.89);
    expect(parseMoney("¥0.001元")).toEqual(err("money", "too-many-decimals"));
  });
  it("returns negative amounts for the validator's minimum check", () => {
    expect(value(parseMoney("-5"))).toBe(-5);
    expect(value(parseMoney("¥-5.00"))).toBe(-5);
    expect(value(parseMoney("-¥5"))).toBe(-5);
  });
  it("refuses other currencies and words", () => {
    for (const bad of ["$5", "5美元", "五百元", "5元5", "¥"])
      expect([bad, parseMoney(bad)]).toEqual([bad, err("money", "unreadable")]);
  });
  it("reads back any amount formatted with ¥, separators and 元 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), fc.boolean(), fc.boolean(), (fen, yen, yuan) => {
        const text = (fen / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const written = `${yen ? "¥" : ""}${text}${yuan ? "元" : ""}`;
        expect(value(parseMoney(written))).toBe(fen / 100);
        expect(value(parseMoney(fen / 100))).toBe(fen / 100);
      }),
    );
  });
});

describe("parsePercent", () => {
  it("reads text with a % sign as points", () => {
    expect(value(parsePercent("85%"))).toBe(85);
    expect(value(parsePercent("85 ％"))).toBe(85);
    expect(value(parsePercent("0.5%"))).toBe(0.5);
    expect(value(parsePercent("100%"))).toBe(100);
  });
  it("reads numbers from 0 to 1 as fractions (Excel's %-formatted cells) and larger ones as points", () => {
    expect(value(parsePercent(0.85))).toBe(85);
    expect(value(parsePercent(1))).toBe(100);
    expect(value(parsePercent(0))).toBe(0);
    expect(value(parsePercent(0.07))).toBe(7);
    expect(value(parsePercent(85))).toBe(85);
    expect(value(parsePercent("85"))).toBe(85);
    expect(value(parsePercent("0.85"))).toBe(85);
    expect(value(parsePercent(1.5))).toBe(1.5);
  });
  it("leaves out-of-range values to the validator and refuses words", () => {
    expect(value(parsePercent(150))).toBe(150);
    expect(value(parsePercent("-5%"))).toBe(-5);
    expect(parsePercent("一半")).toEqual(err("percent", "unreadable"));
  });
});
