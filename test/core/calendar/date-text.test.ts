import { parseDateText } from "../../../src/core/calendar";
import { isoToSerial, serialToIsoDateTime } from "../../../src/core/dates";

describe("parseDateText", () => {
  it.each([
    "2025-09-26",
    "2025/9/26",
    "2025.9.26",
    "2025年9月26日",
    "2025年09月26号",
    "２０２５－０９－２６",
    " 2025 / 9 / 26 ",
  ])("reads %j", (text) => {
    expect(parseDateText(text)).toBe(isoToSerial("2025-09-26"));
  });

  it.each([
    ["2025-09-26 14:30", "2025-09-26T14:30"],
    ["2025-09-26T08:05", "2025-09-26T08:05"],
    ["2025年9月26日 14时30分", "2025-09-26T14:30"],
    ["2025/9/26 9:00:00", "2025-09-26T09:00"],
  ])("reads a time in %j", (text, expected) => {
    const v = parseDateText(text);
    expect(v === null ? null : serialToIsoDateTime(v)).toBe(expected);
  });

  it.each(["2025-02-29", "2025-13-01", "2025/9", "26/9/2025", "2025-09-26 25:00", "2025-09-26 abc", "", "明天"])(
    "rejects %j",
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );
});
