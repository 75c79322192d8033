/** The calculator's arithmetic: National Day 2026 with its make-up Saturday, counting back, workbook overrides, errors. */
import { createCalendar } from "../../../../src/core/calendar";
import { ymdToSerial } from "../../../../src/core/dates";
import { calculate, crossedDays, crossedLine } from "../../../../src/taskpane/pages/calculator/view-model";

const official = createCalendar();

describe("calculator view model", () => {
  it("counts 5 working days from Monday 2026-09-28 across National Day to the make-up Saturday 2026-10-10", () => {
    const r = calculate(official, "2026-09-28", "5", "zh-CN");
    if (!r.ok) throw new Error(r.message);
    expect([r.iso, r.weekday]).toEqual(["2026-10-10", "星期六"]);
    expect(r.crossed.map((c) => [c.iso, c.kind])).toEqual([
      ["2026-10-01", "holiday"],
      ["2026-10-02", "holiday"],
      ["2026-10-03", "holiday"],
      ["2026-10-04", "holiday"],
      ["2026-10-05", "holiday"],
      ["2026-10-06", "holiday"],
      ["2026-10-07", "holiday"],
      ["2026-10-10", "make-up"],
    ]);
    expect(r.explanation).toBe("从 2026-09-28 起第 5 个工作日，开始日不计。");
  });

  it("counts back with a negative n and lists the same days in the other direction", () => {
    const r = calculate(official, "2026-10-12", "-3", "en-US");
    if (!r.ok) throw new Error(r.message);
    expect([r.iso, r.weekday]).toEqual(["2026-10-08", "Thursday"]); // 10-10 (make-up Sat), 10-09, 10-08
    expect(r.crossed.map((c) => c.iso)).toEqual(["2026-10-10"]);
    expect(r.explanation).toBe("Working day 3 before 2026-10-12, the start day not counted.");
  });

  it("skips ordinary weekends without listing them, and applies the workbook's own days off", () => {
    const plain = calculate(official, "2026-11-13", "1", "zh-CN"); // Friday → Monday
    expect(plain.ok && [plain.iso, plain.crossed]).toEqual(["2026-11-16", []]);
    const withSportsDay = createCalendar([{ date: ymdToSerial(2026, 11, 16), kind: "off", note: "秋季运动会" }]);
    const r = calculate(withSportsDay, "2026-11-13", "1", "zh-CN");
    if (!r.ok) throw new Error(r.message);
    expect(r.iso).toBe("2026-11-17");
    expect(r.crossed).toEqual([expect.objectContaining({ iso: "2026-11-16", kind: "holiday", weekday: "星期一" })]);
  });

  it("names the field at fault for bad input, in the user's language", () => {
    expect(calculate(official, "2026/09/28", "5", "zh-CN")).toEqual({
      ok: false,
      field: "start",
      message: expect.stringContaining("YYYY-MM-DD"),
    });
    expect(calculate(official, "2026-09-28", "1.5", "en-US")).toEqual({
      ok: false,
      field: "days",
      message: "Working days must be a whole number, e.g. 5 or -3.",
    });
    expect(calculate(official, "2026-09-28", "+2", "zh-CN").ok).toBe(true);
  });

  it("explains a year without calendar data in plain words instead of throwing", () => {
    const years = official.coveredYears();
    const beyond = Math.max(...years) + 1;
    const r = calculate(official, `${beyond}-03-02`, "3", "zh-CN");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.field).toBeNull();
    expect(!r.ok && r.message).toContain(String(beyond));
  });

  it("lists nothing for a span of ordinary weeks", () => {
    expect(crossedDays(official, ymdToSerial(2026, 11, 2), ymdToSerial(2026, 11, 27), "zh-CN")).toEqual([]);
  });
});

describe("crossedLine", () => {
  it("says the kind of day and its name, once, with brackets of the page's language", () => {
    const makeUp = { iso: "2025-09-28", weekday: "星期日", kind: "make-up" as const, name: "国庆节调休上班" };
    expect(crossedLine(makeUp, "zh-CN")).toBe("2025-09-28（星期日）国庆节调休上班");
    expect(crossedLine({ ...makeUp, name: "运动会补课" }, "zh-CN")).toBe("2025-09-28（星期日）调休上班 · 运动会补课");
    const dayOff = { iso: "2025-10-06", weekday: "Monday", kind: "holiday" as const, name: "Mid-autumn Festival" };
    expect(crossedLine(dayOff, "en-US")).toBe("2025-10-06 (Monday) Day off · Mid-autumn Festival");
    expect(crossedLine({ ...makeUp, weekday: "Sunday", name: "National Day make-up working day" }, "en-US")).toBe(
      "2025-09-28 (Sunday) National Day make-up working day",
    );
  });
});
