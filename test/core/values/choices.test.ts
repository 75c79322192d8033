import { enumParser, parseBool, parseList, parseText } from "../../../src/core/values";
import type { Parsed } from "../../../src/core/values";

const value = <T>(p: Parsed<T>): T => {
  if (p.kind !== "ok") throw new Error(`expected ok, got ${JSON.stringify(p)}`);
  return p.value;
};

describe("enumParser", () => {
  const status = enumParser(["已登记", "传阅中", "办理中", "已办结", "已归档"]);
  it("returns the canonical value for exact, padded, traditional and spaced spellings", () => {
    expect(value(status("已办结"))).toBe("已办结");
    expect(value(status(" 已办结\n"))).toBe("已办结");
    expect(value(status("已歸檔"))).toBe("已归档");
    expect(value(status("已 归档"))).toBe("已归档");
  });
  it("reports other values as not in the list", () => {
    expect(status("办完了")).toEqual({ kind: "error", expected: "enum", problem: "not-in-list" });
    expect(status(3)).toEqual({ kind: "error", expected: "enum", problem: "not-in-list" });
    expect(status("#REF!")).toEqual({ kind: "error", expected: "enum", problem: "excel-error" });
    expect(status("")).toEqual({ kind: "blank" });
  });
  it("maps aliases onto their canonical value", () => {
    const retention = enumParser(["永久", "长期", "短期"], { 定期30年: "长期", 定期10年: "短期" });
    expect(value(retention("定期30年"))).toBe("长期");
    expect(value(retention("定期３０年"))).toBe("长期");
    expect(value(retention("短期"))).toBe("短期");
    expect(retention("定期20年")).toEqual({ kind: "error", expected: "enum", problem: "not-in-list" });
  });
  it("matches Latin values without regard to case and numeric cells by their text", () => {
    const grade = enumParser(["A", "B", "2025"]);
    expect(value(grade("a"))).toBe("A");
    expect(value(grade(2025))).toBe("2025");
  });
});

describe("parseBool", () => {
  it("accepts the spellings of yes and no", () => {
    for (const yes of ["是", "Y", "y", "yes", "YES", "TRUE", "√", "✓", "✔", " 是 ", "Ｙ", true, 1, "1"])
      expect([yes, value(parseBool(yes))]).toEqual([yes, true]);
    for (const no of ["否", "N", "n", "no", "False", "×", "✗", "✘", false, 0, "0"])
      expect([no, value(parseBool(no))]).toEqual([no, false]);
  });
  it("refuses anything else", () => {
    for (const bad of ["可能", "2", 2, "是的吧"])
      expect([bad, parseBool(bad)]).toEqual([bad, { kind: "error", expected: "bool", problem: "unreadable" }]);
    expect(parseBool(null)).toEqual({ kind: "blank" });
  });
});

describe("parseList", () => {
  it("splits on 、 , ， ; ； and line breaks, trims, drops empties and repeats", () => {
    expect(value(parseList("张三、李四,王五，赵六;钱七；孙八\n周九"))).toEqual([
      "张三",
      "李四",
      "王五",
      "赵六",
      "钱七",
      "孙八",
      "周九",
    ]);
    expect(value(parseList(" 张三 、、李四、张三 ,"))).toEqual(["张三", "李四"]);
    expect(value(parseList("Mary Ann, Bob"))).toEqual(["Mary Ann", "Bob"]);
  });
  it("treats a cell of separators as blank", () => {
    expect(parseList("、 ,")).toEqual({ kind: "blank" });
  });
});

describe("parseText", () => {
  it("trims and folds to one line; numbers read as Excel shows them; a yes/no cell is not text", () => {
    expect(value(parseText("  关于\r\n开学的通知 "))).toBe("关于 开学的通知");
    expect(value(parseText(12))).toBe("12");
    expect(value(parseText(0.1 + 0.2))).toBe("0.3");
    expect(parseText(true)).toEqual({ kind: "error", expected: "text", problem: "unreadable" });
    expect(parseText("\u3000")).toEqual({ kind: "blank" });
    expect(parseText("#N/A")).toEqual({ kind: "error", expected: "text", problem: "excel-error" });
  });
});
