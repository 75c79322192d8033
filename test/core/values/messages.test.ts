import {
  EXCEL_ERRORS,
  describeRaw,
  expectedText,
  isExcelError,
  parseDate,
  parseErrorMessage,
  parseMoney,
} from "../../../src/core/values";
import type { ParseError } from "../../../src/core/values";

describe("isExcelError", () => {
  it("recognises every Excel error value, padded or lower-case", () => {
    for (const e of [
      "#N/A",
      "#REF!",
      "#VALUE!",
      "#DIV/0!",
      "#NAME?",
      "#NULL!",
      "#NUM!",
      "#SPILL!",
      "#CALC!",
      "#GETTING_DATA",
    ]) {
      expect([e, isExcelError(e)]).toEqual([e, true]);
      expect(EXCEL_ERRORS.has(e)).toBe(true);
    }
    expect(isExcelError(" #n/a ")).toBe(true);
  });
  it("does not mistake ordinary text or numbers for errors", () => {
    for (const v of ["#1", "#办公室", "N/A", "#N/A 说明", 0, null]) expect([v, isExcelError(v)]).toEqual([v, false]);
  });
});

describe("describeRaw", () => {
  it("quotes values as a person sees them", () => {
    expect(describeRaw(0.1 + 0.2)).toBe("0.3");
    expect(describeRaw(true)).toBe("TRUE");
    expect(describeRaw(null)).toBe("");
    expect(describeRaw("a\r\nb")).toBe("a b");
  });
  it("cuts long text at 40 characters without splitting a character", () => {
    expect(describeRaw("字".repeat(50))).toBe(`${"字".repeat(40)}…`);
    expect(describeRaw("字".repeat(40))).toBe("字".repeat(40));
    expect(describeRaw("𠀀".repeat(41))).toBe(`${"𠀀".repeat(40)}…`);
  });
});

describe("messages", () => {
  it("describes what each type expects in both languages", () => {
    expect(expectedText("date", "zh-CN")).toBe("日期（如 2025-03-05）");
    expect(expectedText("date", "en-US")).toBe("a date such as 2025-03-05");
    expect(expectedText("enum", "zh-CN", ["特急", "加急", "一般"])).toBe("以下之一：特急、加急、一般");
    expect(
      expectedText(
        "enum",
        "en-US",
        Array.from({ length: 14 }, (_, i) => `d${i}`),
      ),
    ).toBe("one of: d0 / d1 / d2 / d3 / d4 / d5 / d6 / d7 / d8 / d9 / d10 / d11 …");
  });
  it("quotes the refused value and says why", () => {
    expect(parseErrorMessage(parseDate("2025-02-30") as ParseError, "2025-02-30", "zh-CN")).toBe(
      "“2025-02-30”不是日历上存在的日期，应为日期（如 2025-03-05）",
    );
    expect(parseErrorMessage(parseMoney("1.234") as ParseError, "1.234", "en-US")).toBe(
      "“1.234” has more than 2 decimals: amounts go down to the fen (0.01 yuan)",
    );
    expect(parseErrorMessage(parseDate("#REF!") as ParseError, "#REF!", "zh-CN")).toContain("Excel 错误值 #REF!");
  });
});
