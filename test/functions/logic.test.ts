import { isoToSerial as s, parseIsoDateTime, serialToIsoDateTime } from "../../src/core/dates";
import {
  DEFAULT_WORKING_HOURS,
  FunctionInputError,
  buildFunctionContext,
  countArgument,
  dateArgument,
  deadline,
  isWorkday,
  networkdays,
  settingValue,
  workday,
} from "../../src/functions/logic";

const official = buildFunctionContext(null, null);

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof FunctionInputError) return e.message;
    throw e;
  }
  throw new Error("expected a FunctionInputError");
}

describe("date and count arguments", () => {
  it.each([
    [s("2025-09-26"), s("2025-09-26")],
    ["2025-09-26", s("2025-09-26")],
    ["2025/9/26", s("2025-09-26")],
    ["2025年9月26日", s("2025-09-26")],
    [String(s("2025-09-26")), s("2025-09-26")],
  ])("reads %j", (input, expected) => {
    expect(dateArgument(input, "start", "zh-CN")).toBe(expected);
  });

  it("keeps a time of day", () => {
    expect(serialToIsoDateTime(dateArgument("2025-09-26 14:30", "start", "zh-CN"))).toBe("2025-09-26T14:30");
  });

  it("explains bad and missing dates in the display language", () => {
    expect(message(() => dateArgument("明天", "start", "zh-CN"))).toBe(
      "参数“开始日期”的值“明天”不是日期；请用日期单元格、序列号或 2025-09-26、2025/9/26、2025年9月26日 这样的文本。",
    );
    expect(message(() => dateArgument(true, "end", "en-US"))).toMatch(/^Argument 'end' value 'true' is not a date/);
    expect(message(() => dateArgument("", "date", "zh-CN"))).toBe("缺少参数“日期”。");
    expect(message(() => dateArgument(null, "date", "en-US"))).toBe("Argument 'date' is missing.");
    expect(message(() => dateArgument(0, "date", "en-US"))).toMatch(/is not a date/);
  });

  it("truncates counts like Excel and rejects text", () => {
    expect(countArgument(5.9, "days", "zh-CN")).toBe(5);
    expect(countArgument(" -3 ", "days", "zh-CN")).toBe(-3);
    expect(message(() => countArgument("五", "days", "zh-CN"))).toBe("参数“工作日数”的值“五”不是整数。");
  });
});

describe("LEDGER functions over the official calendar", () => {
  it("WORKDAY, NETWORKDAYS and ISWORKDAY follow the official data", () => {
    expect(workday(official, "zh-CN", "2025-09-26", 5)).toBe(s("2025-10-10"));
    expect(workday(official, "zh-CN", s("2026-02-12") + 0.6, "3")).toBe(s("2026-02-24"));
    expect(networkdays(official, "zh-CN", "2026/2/1", "2026/2/28")).toBe(16);
    expect(isWorkday(official, "zh-CN", "2026-02-14")).toBe(true);
    expect(isWorkday(official, "zh-CN", "2026-02-16")).toBe(false);
  });

  it("reports an uncovered year with the coverage message", () => {
    expect(message(() => workday(official, "zh-CN", "2026-12-30", 5))).toBe(
      "2027 年的法定节假日安排尚未载入。请导入国务院办公厅关于 2027 年部分节假日安排的通知（任务窗格“计算器”页的“导入国务院节假日通知”，或 ledger calendar import-notice），或更新加载项。",
    );
    expect(message(() => isWorkday(official, "en-US", "2030-01-02"))).toMatch(
      /^The official holiday schedule for 2030/,
    );
  });
});

describe("LEDGER.DEADLINE units", () => {
  const at = (text: string) => parseIsoDateTime(text) as number;
  const dl = (start: unknown, limit: unknown) => serialToIsoDateTime(deadline(official, "zh-CN", start, limit));

  it("working days give a date counted from the start's date", () => {
    expect(deadline(official, "zh-CN", at("2025-09-26T16:00"), "5工作日")).toBe(s("2025-10-10"));
  });

  it("calendar days, clock hours and working hours keep the time; a day or hour limit ending on a day off is postponed (期限遇节假日顺延)", () => {
    // 2025-10-01 … 10-08 are off: with 顺延 (the default) both end on 10-09 at the same time of day.
    expect(dl("2025-09-30 16:00", "3天")).toBe("2025-10-09T16:00");
    expect(dl("2025-09-30 16:00", "24小时")).toBe("2025-10-09T16:00");
    const plain = buildFunctionContext(null, [
      ["参数", "值"],
      ["期限遇节假日顺延", "否"],
    ]);
    expect(serialToIsoDateTime(deadline(plain, "zh-CN", "2025-09-30 16:00", "3天"))).toBe("2025-10-03T16:00");
    expect(serialToIsoDateTime(deadline(plain, "zh-CN", "2025-09-30 16:00", "24小时"))).toBe("2025-10-01T16:00");
    expect(dl("2025-09-30 16:30", "2个工作小时")).toBe("2025-10-09T09:30");
    expect(dl(at("2025-09-29T11:00"), "2wh")).toBe("2025-09-29T15:00");
  });

  it("uses 上班时间 from 参数设置", () => {
    const ctx = buildFunctionContext(null, [
      ["参数", "值", "说明"],
      ["上班时间", "09:00-12:00,13:00-17:00", ""],
    ]);
    expect(serialToIsoDateTime(deadline(ctx, "zh-CN", "2025-09-29 11:00", "2工作小时"))).toBe("2025-09-29T14:00");
  });

  it("explains a bad limit and a bad working-hours setting", () => {
    expect(message(() => deadline(official, "zh-CN", "2025-09-29", "3周"))).toBe(
      "时限“3周”无法识别；请写成 3工作日、5天、24小时 或 2工作小时。",
    );
    expect(message(() => deadline(official, "en-US", "2025-09-29", 3))).toMatch(/^Limit '3' is not understood/);
    const ctx = buildFunctionContext(null, [
      ["参数", "值"],
      ["上班时间", "08:30-12:00,11:00-17:30"],
    ]);
    expect(message(() => deadline(ctx, "zh-CN", "2025-09-29", "2工作小时"))).toBe(
      "「参数设置」中的“上班时间”有误：上班时段“08:30-12:00”与“11:00-17:30”重叠。",
    );
    // the bad setting does not affect limits that do not use working hours
    expect(deadline(ctx, "zh-CN", "2025-09-29", "1工作日")).toBe(s("2025-09-30"));
  });
});

describe("workbook overrides", () => {
  it("apply to every function", () => {
    const ctx = buildFunctionContext(
      [
        ["日期", "类型", "说明"],
        ["2025-09-29", "放假", "校庆"],
        ["2027-01-01", "放假", "元旦"],
        ["2027年", "全年完整", ""],
      ],
      null,
    );
    expect(isWorkday(ctx, "zh-CN", "2025-09-29")).toBe(false);
    expect(workday(ctx, "zh-CN", "2025-09-26", 1)).toBe(s("2025-09-28"));
    expect(workday(ctx, "zh-CN", "2026-12-31", 1)).toBe(s("2027-01-04"));
  });

  it("keep a year without the 全年完整 row uncovered, with a message saying how to complete it", () => {
    const ctx = buildFunctionContext(
      [
        ["日期", "类型", "说明"],
        ["2027-01-01", "放假", "元旦"],
      ],
      null,
    );
    expect(message(() => workday(ctx, "zh-CN", "2026-12-31", 1))).toContain("全年完整");
  });

  it("a bad row makes the functions report it instead of computing without it", () => {
    const ctx = buildFunctionContext(
      [
        ["日期", "类型"],
        ["2025-09-29", "放假"],
        ["2025-09-31", "放假"],
      ],
      null,
    );
    expect(message(() => workday(ctx, "zh-CN", "2025-09-26", 1))).toBe(
      "「节假日调整」第 3 行“日期”列：“2025-09-31”不是有效日期。",
    );
  });
});

describe("settingValue", () => {
  it("finds a key under a header row and falls back to null", () => {
    const values = [["参数设置"], ["参数*", "值", "说明"], ["上班时间", " 08:00-12:00 ", null], ["空值", "", null]];
    expect(settingValue(values, "上班时间")).toBe("08:00-12:00");
    expect(settingValue(values, "空值")).toBeNull();
    expect(settingValue(values, "缺少")).toBeNull();
    expect(settingValue(null, "上班时间")).toBeNull();
    expect(buildFunctionContext(null, values.slice(0, 1)).workingHoursText).toBe(DEFAULT_WORKING_HOURS);
  });
});
