import fc from "fast-check";
import { isBlankCell, normalizeText, toHalfWidth } from "../../../src/core/values";

describe("normalizeText", () => {
  it("trims and folds line breaks, tabs, NBSP and ideographic spaces into single spaces", () => {
    expect(normalizeText("  收文\r\n编号\t ")).toBe("收文 编号");
    expect(normalizeText("张三\u3000\u3000李四")).toBe("张三 李四");
    expect(normalizeText("\u00a0a\u00a0 b\u2003")).toBe("a b");
    expect(normalizeText("第一段\u2029第二段\u2028")).toBe("第一段 第二段");
  });
  it("drops zero-width characters and byte-order marks", () => {
    expect(normalizeText("\ufeff收文\u200b编号")).toBe("收文编号");
  });
  it("turns whitespace-only text into ''", () => {
    expect(normalizeText(" \u3000\r\n")).toBe("");
    expect(normalizeText("")).toBe("");
  });
  it("returns clean text as the very same string", () => {
    const s = "已办结 2025";
    expect(normalizeText(s)).toBe(s);
  });
  it("is idempotent and leaves no doubled, leading or trailing whitespace", () => {
    const piece = fc.constantFrom(" ", "\u3000", "\u00a0", "\r\n", "\t", "a", "收", "1", "\u200b", "  ");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((xs) => xs.join("")),
        (s) => {
          const once = normalizeText(s);
          expect(normalizeText(once)).toBe(once);
          expect(once).not.toMatch(/^\s|\s$|\s\s|[\u3000\u00a0\r\n\t\u200b]/);
        },
      ),
    );
  });
});

describe("toHalfWidth", () => {
  it("folds full-width digits, letters and ASCII punctuation", () => {
    expect(toHalfWidth("２０２５－０３－０５")).toBe("2025-03-05");
    expect(toHalfWidth("金额（元）：１，２００．５０％")).toBe("金额(元):1,200.50%");
    expect(toHalfWidth("ＡＢｃ")).toBe("ABc");
    expect(toHalfWidth("￥5")).toBe("¥5");
    expect(toHalfWidth("a\u3000b")).toBe("a b");
  });
  it("keeps Chinese punctuation that has no ASCII twin", () => {
    expect(toHalfWidth("张三、李四。《通知》")).toBe("张三、李四。《通知》");
  });
});

describe("isBlankCell", () => {
  it("treats null, '' and whitespace-only text as blank, and 0 or FALSE as values", () => {
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell(" \u3000\n")).toBe(true);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell(false)).toBe(false);
    expect(isBlankCell(" x ")).toBe(false);
  });
});
