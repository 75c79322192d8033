import {
  CalendarCoverageError,
  createCalendar,
  describeOverrideProblem,
  parseHolidayOverrides,
} from "../../../src/core/calendar";
import { isoToSerial as s } from "../../../src/core/dates";

describe("parseHolidayOverrides", () => {
  it("reads dates as serials or text, kinds in Chinese or English, notes optional", () => {
    const { overrides, problems } = parseHolidayOverrides([
      ["日期*", "类型*", "说明"],
      [s("2025-09-29"), "放假", "校庆"],
      ["2025/9/27", "上班", null],
      ["2025年10月11日", " 补班 ", ""],
      [null, null, null],
      ["", "", ""],
    ]);
    expect(problems).toEqual([]);
    expect(overrides).toEqual([
      { date: s("2025-09-27"), kind: "work" },
      { date: s("2025-09-29"), kind: "off", note: "校庆" },
      { date: s("2025-10-11"), kind: "work" },
    ]);
  });

  it("finds the header below a title row and in any column order", () => {
    const { overrides } = parseHolidayOverrides([
      ["节假日调整"],
      ["说明", "类型", "日期"],
      ["运动会", "放假", "2025-10-17"],
    ]);
    expect(overrides).toEqual([{ date: s("2025-10-17"), kind: "off", note: "运动会" }]);
  });

  it("reports each bad row with its Excel row number and column, and keeps the good rows", () => {
    const { overrides, problems } = parseHolidayOverrides([
      ["日期", "类型", "说明"],
      ["2025-02-30", "放假", ""],
      ["2025-10-17", "调课", ""],
      [null, "放假", "缺日期"],
      [2025, "放假", ""],
      ["2025-10-20", "放假", ""],
    ]);
    expect(overrides).toEqual([{ date: s("2025-10-20"), kind: "off" }]);
    expect(problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ["override/bad-date", 2, "日期", "2025-02-30"],
      ["override/bad-kind", 3, "类型", "调课"],
      ["override/missing-date", 4, "日期", ""],
      ["override/bad-date", 5, "日期", "2025"],
    ]);
    expect(describeOverrideProblem(problems[1]!, "zh-CN")).toBe(
      "「节假日调整」第 3 行“类型”列：“调课”应为“放假”“上班”或“全年完整”。",
    );
    expect(describeOverrideProblem(problems[0]!, "en-US")).toBe(
      "Sheet 「节假日调整」 row 2, column 日期: '2025-02-30' is not a valid date.",
    );
  });

  it("lets a repeated date's later row win, with a warning naming both rows", () => {
    const { overrides, problems } = parseHolidayOverrides([
      ["日期", "类型"],
      ["2025-10-17", "放假"],
      ["2025-10-17", "上班"],
    ]);
    expect(overrides).toEqual([{ date: s("2025-10-17"), kind: "work" }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "override/duplicate", severity: "warning", row: 3, firstRow: 2 });
    expect(describeOverrideProblem(problems[0]!, "zh-CN")).toBe(
      "「节假日调整」第 3 行“日期”列：日期 2025-10-17 与第 2 行重复，以本行为准。",
    );
  });

  it("reports a sheet without the header row", () => {
    const { overrides, problems } = parseHolidayOverrides([["2025-10-17", "放假"]]);
    expect(overrides).toEqual([]);
    expect(problems).toEqual([{ code: "override/no-header", severity: "error", row: null, column: null, value: "" }]);
  });

  it("produces overrides the calendar accepts", () => {
    const { overrides } = parseHolidayOverrides([
      ["日期", "类型"],
      ["2025-09-29", "放假"],
    ]);
    expect(createCalendar(overrides).isWorkday(s("2025-09-29"))).toBe(false);
  });

  it("reads the 全年完整 marker row: the year as a number, as text or as any date in it", () => {
    const { overrides, completeYears, problems } = parseHolidayOverrides([
      ["日期", "类型", "说明"],
      ["2027-01-01", "放假", "元旦"],
      ["2027年", "全年完整", "国务院通知已导入"],
      [2028, "完整", ""],
      [s("2029-06-01"), "Complete", ""],
      ["2030", " 全年完整 ", ""],
    ]);
    expect(problems).toEqual([]);
    expect(overrides).toEqual([{ date: s("2027-01-01"), kind: "off", note: "元旦" }]);
    expect(completeYears).toEqual([2027, 2028, 2029, 2030]);
  });

  it("reports a marker row whose year cannot be read, with its row and column", () => {
    const { completeYears, problems } = parseHolidayOverrides([
      ["日期", "类型"],
      ["明年", "全年完整"],
      [null, "全年完整"],
    ]);
    expect(completeYears).toEqual([]);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["override/bad-date", 2, "日期"],
      ["override/missing-date", 3, "日期"],
    ]);
    expect(describeOverrideProblem(problems[1]!, "zh-CN")).toBe("「节假日调整」第 3 行“日期”列：缺少日期。");
  });

  it("names the marker among the kinds a bad kind could be", () => {
    const { problems } = parseHolidayOverrides([
      ["日期", "类型"],
      ["2027-01-01", "调课"],
    ]);
    expect(describeOverrideProblem(problems[0]!, "zh-CN")).toBe(
      "「节假日调整」第 2 行“类型”列：“调课”应为“放假”“上班”或“全年完整”。",
    );
  });

  it("makes a marked year covered and leaves an unmarked one uncovered", () => {
    const marked = parseHolidayOverrides([
      ["日期", "类型"],
      ["2027-01-01", "放假"],
      ["2027年", "全年完整"],
    ]);
    const cal = createCalendar(marked.overrides, { completeYears: marked.completeYears });
    expect(cal.isWorkday(s("2027-01-04"))).toBe(true);
    const unmarked = parseHolidayOverrides([
      ["日期", "类型"],
      ["2027-01-01", "放假"],
    ]);
    expect(() =>
      createCalendar(unmarked.overrides, { completeYears: unmarked.completeYears }).isWorkday(s("2027-01-04")),
    ).toThrow(CalendarCoverageError);
  });
});
