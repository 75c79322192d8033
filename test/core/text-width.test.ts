/** The one width measure (issue #11 item 8: the CLI and the KPI board had drifted copies). */
import { displayWidth } from "../../src/cli/commands/check";
import { textWidth as kpiTextWidth } from "../../src/core/kpi";
import { padToWidth, textWidth } from "../../src/core/text-width";

test("CJK, full-width and CJK extension characters take two columns; ASCII one", () => {
  expect(textWidth("收文编号")).toBe(8);
  expect(textWidth("SW-2025-001")).toBe(11);
  expect(textWidth("ＳＷ")).toBe(4); // full-width Latin
  expect(textWidth("한글")).toBe(4);
  // U+20BB7 (𠮷, a surname character of CJK extension B) is one wide character: the copy in the KPI code counted 1.
  expect(textWidth("𠮷")).toBe(2);
  expect(textWidth("")).toBe(0);
});

test("the CLI's table and the KPI board measure with the same function", () => {
  for (const s of ["收文编号", "𠮷野", "abc", "ＳＷ－１"]) {
    expect(displayWidth(s)).toBe(textWidth(s));
    expect(kpiTextWidth(s)).toBe(textWidth(s));
  }
  expect(padToWidth("收文", 6)).toBe("收文  ");
  expect(padToWidth("收文编号", 2)).toBe("收文编号");
});
