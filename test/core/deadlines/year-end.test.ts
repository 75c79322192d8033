/**
 * Issue 10 §1: the bundled calendar ends in 2026, and the office keeps working on 2026-12-31 and into 2027. Items and
 * windows that need 2027 become located problems or warnings; everything else is still judged.
 */
import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial } from "../../../src/core/dates";
import { computeDeadlines, createDeadlineContext, deadlinesToJson } from "../../../src/core/deadlines";
import { fakeSettings, fakeTable } from "./support";

const cal = createCalendar();
const run = (asOf: string, tables: ReturnType<typeof fakeTable>[], lang: "zh-CN" | "en-US" = "zh-CN") =>
  computeDeadlines(tables, createDeadlineContext(fakeSettings(), cal, isoToSerial(asOf), lang));

const resolutions = () =>
  fakeTable("resolutions", [
    { 决议编号: "J1", 完成时限: "2026-12-18" }, // overdue well before the year end
    { 决议编号: "J2", 完成时限: "2026-12-31" },
    { 决议编号: "J3", 完成时限: "2027-01-01" },
    { 决议编号: "J4", 完成时限: "2027-03-01" },
  ]);
const documents = () =>
  fakeTable("incoming-documents", [
    { 收文编号: "S1", 收文日期: "2026-12-01", 传阅开始日期: "2026-12-01" }, // due 12-04
    { 收文编号: "S2", 收文日期: "2026-12-29", 传阅开始日期: "2026-12-29" }, // 3 WD reach 2027
  ]);

describe("as of 2026-12-31 (the due-soon window reaches 2027)", () => {
  it("still lists every judgeable item; an item needing 2027 arithmetic is a located problem", () => {
    const r = run("2026-12-31", [resolutions(), documents()]);
    const got = Object.fromEntries(r.items.map((i) => [`${i.key}:${i.rule.id}`, `${i.status}/${i.overdueWorkdays}`]));
    expect(got).toEqual({
      "J1:resolution": "overdue/9", // 12-21 … 12-31 are nine working days
      "J2:resolution": "due-soon/0",
      "J3:resolution": "due-soon/0", // WORKDAY(12-31, 1) is at least 2027-01-01
      "J4:resolution": "open/0",
      "S1:circulation": "overdue/19", // due Fri 12-04
      "S1:handling": "overdue/17", // 收文日期 + 5 WD = 12-08
    });
    expect(r.problems).toEqual([
      expect.objectContaining({ sheet: "收文登记簿", row: 3, column: "传阅开始日期", deadline: "circulation" }),
      expect.objectContaining({ sheet: "收文登记簿", row: 3, column: "收文日期", deadline: "handling" }),
    ]);
    expect(r.problems[0]?.message).toMatch(
      /“收文登记簿”第 3 行“传阅开始日期”列（传阅）：2027 年的法定节假日安排尚未载入/,
    );
    expect(r.warnings.map((w) => w.code)).toEqual(["deadlines/window-incomplete"]);
    expect(r.warnings[0]?.message).toContain("2027");
  });

  it("speaks English too", () => {
    const r = run("2026-12-31", [documents()], "en-US");
    expect(r.problems[0]?.message).toMatch(
      /^Sheet “收文登记簿”, row 3, column 传阅开始日期 \(Circulation\): The official holiday schedule for 2027/,
    );
    expect(r.warnings[0]?.message).toMatch(/2027/);
    expect(r.warnings[0]?.message).toMatch(/due-soon window \(1 working day\)/);
  });
});

describe("as of a day in 2027, which the calendar lacks", () => {
  it.each(["2027-01-04", "2027-02-10"])(
    "as of %s overdue items are listed with the working days late known so far, and a warning says so",
    (asOf) => {
      const r = run(asOf, [resolutions(), documents()]);
      const got = Object.fromEntries(r.items.map((i) => [`${i.key}:${i.rule.id}`, i.status]));
      expect(got["J1:resolution"]).toBe("overdue");
      expect(got["J2:resolution"]).toBe("overdue");
      expect(got["S1:circulation"]).toBe("overdue");
      // J1 is at least 9 working days late (up to 2026-12-31); 2027 is not guessed.
      expect(r.items.find((i) => i.key === "J1")?.overdueWorkdays).toBe(9);
      expect(r.warnings.map((w) => w.code)).toEqual(["deadlines/window-incomplete", "deadlines/late-count-incomplete"]);
      expect(r.warnings[1]?.message).toContain("2027");
      expect(r.problems.map((p) => `${p.row}:${p.column}`)).toEqual(["3:传阅开始日期", "3:收文日期"]);
      expect(deadlinesToJson(r, "zh-CN").asOf).toBe(asOf);
    },
  );

  it("a workbook that completes 2027 in 节假日调整 is judged in full, without warnings", () => {
    // The 全年完整 row (completeYears) is what makes 2027 covered; a lone 元旦 row would leave the year open.
    const withYear = createCalendar([{ date: isoToSerial("2027-01-01"), kind: "off", note: "元旦" }], {
      completeYears: [2027],
    });
    const r = computeDeadlines(
      [resolutions()],
      createDeadlineContext(fakeSettings(), withYear, isoToSerial("2027-01-04"), "zh-CN"),
    );
    expect(r.warnings).toEqual([]);
    // 12-21 … 12-31 (9) + 2027-01-04 (Mon) = 10 with 01-01 off.
    expect(r.items.find((i) => i.key === "J1")?.overdueWorkdays).toBe(10);
  });
});
