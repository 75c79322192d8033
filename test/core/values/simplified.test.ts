import { toSimplified } from "../../../src/core/values/simplified";

describe("toSimplified", () => {
  it("converts traditional headers and values to mainland simplified", () => {
    expect(toSimplified("收文編號")).toBe("收文编号");
    expect(toSimplified("來文單位")).toBe("来文单位");
    expect(toSimplified("已歸檔")).toBe("已归档");
    expect(toSimplified("會議臺賬")).toBe("会议台账");
  });
  it("folds Taiwan and Hong Kong variants", () => {
    expect(toSimplified("裡")).toBe("里");
    expect(toSimplified("衞")).toBe("卫");
  });
  it("returns text without CJK characters unchanged (the same string)", () => {
    const s = "ABC-123 x";
    expect(toSimplified(s)).toBe(s);
  });
  it("leaves simplified text as it is", () => {
    expect(toSimplified("收文编号")).toBe("收文编号");
    expect(toSimplified("档号")).toBe("档号");
  });
});
