import { applyDuration, createCalendar, parseDuration, parseWorkingHours } from "../../../src/core/calendar";
import { parseIsoDateTime, serialToIsoDateTime } from "../../../src/core/dates";

describe("parseDuration", () => {
  it.each([
    ["3工作日", "workdays", 3],
    ["3个工作日", "workdays", 3],
    [" ３ 个工作日 ", "workdays", 3],
    ["3wd", "workdays", 3],
    ["3 working days", "workdays", 3],
    ["5天", "days", 5],
    ["5d", "days", 5],
    ["5 days", "days", 5],
    ["24小时", "hours", 24],
    ["24h", "hours", 24],
    ["1.5小时", "hours", 1.5],
    ["2工作小时", "workhours", 2],
    ["2个工作小时", "workhours", 2],
    ["2WH", "workhours", 2],
    ["0.5wh", "workhours", 0.5],
  ])("%j → %s %d", (text, unit, amount) => {
    expect(parseDuration(text)).toEqual({ unit, amount });
  });

  it.each(["", "工作日", "3", "3周", "-3工作日", "1.5工作日", "2.5天", "3 工作 日 x", "abc"])("rejects %j", (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe("applyDuration", () => {
  const cal = createCalendar();
  const hours = parseWorkingHours("08:30-12:00,14:00-17:30");
  const apply = (start: string, limit: string) => {
    const d = parseDuration(limit);
    const s = parseIsoDateTime(start);
    if (d === null || s === null) throw new Error("bad test input");
    return serialToIsoDateTime(applyDuration(cal, hours, s, d));
  };

  it("counts working days from the start's date and returns a date", () => {
    expect(apply("2025-09-26T16:00", "5工作日")).toBe("2025-10-10T00:00");
    expect(apply("2025-09-26", "5个工作日")).toBe("2025-10-10T00:00");
  });

  it("counts calendar days keeping the time of day", () => {
    expect(apply("2025-09-30T16:00", "3天")).toBe("2025-10-03T16:00");
  });

  it("counts clock hours through nights and holidays", () => {
    expect(apply("2025-09-30T16:00", "24小时")).toBe("2025-10-01T16:00");
    expect(apply("2025-09-30T16:00", "48h")).toBe("2025-10-02T16:00");
  });

  it("counts working hours only in working time", () => {
    expect(apply("2025-09-30T16:30", "2个工作小时")).toBe("2025-10-09T09:30");
  });
});
