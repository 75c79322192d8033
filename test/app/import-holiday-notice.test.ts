import fs from "node:fs";
import path from "node:path";
import { importHolidayNotice } from "../../src/app/import-holiday-notice";
import { loadContext } from "../../src/app/load-context";
import { CalendarCoverageError, calendarErrorMessage, parseHolidayNotice } from "../../src/core/calendar";
import { isoToSerial as s } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";
import { MemoryWorkbook } from "../../src/workbook/memory";

/**
 * An invented schedule for a year the bundled data lacks (2027 is not published in the data this project ships), in
 * the notice's form. Only the form matters here; the real notices are tested in test/core/calendar/notice.test.ts.
 */
const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知（测试用虚构文本）
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。
三、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。`;

const notice2027 = parseHolidayNotice(NOTICE_2027);

function sheetValues(wb: MemoryWorkbook, sheet = "节假日调整"): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 1; r <= 40; r++) out.push([1, 2, 3, 4].map((c) => wb.cell(sheet, r, c)));
  while (out.length > 0 && (out[out.length - 1] as CellValue[]).every((v) => v === null)) out.pop();
  return out;
}

describe("importHolidayNotice", () => {
  it("creates 节假日调整 from the template when missing, writes the year's rows and 全年完整 in one write, and the year becomes covered", async () => {
    const wb = new MemoryWorkbook();
    const result = await importHolidayNotice(wb, notice2027);
    expect(result).toEqual({
      sheet: "节假日调整",
      created: true,
      year: 2027,
      written: notice2027.rows.length,
      replaced: 0,
      keptOnNoticeDates: [],
    });
    expect(wb.calls).toEqual({ listSheets: 1, ensureSheets: 1, readSheets: 1, writeBlocks: 1 });
    const values = sheetValues(wb);
    expect(values[1]?.slice(0, 3)).toEqual([s("2027-01-01"), "放假", "元旦"]);
    expect(values.find((r) => r[0] === s("2027-02-14"))?.slice(0, 3)).toEqual([
      s("2027-02-14"),
      "上班",
      "春节调休上班",
    ]);
    expect(values[values.length - 1]?.slice(0, 3)).toEqual([
      "2027年",
      "全年完整",
      "国务院办公厅关于2027年部分节假日安排的通知（已导入）",
    ]);
    expect(wb.numberFormat("节假日调整", 2, 1)).toBe("yyyy-mm-dd");

    const ctx = await loadContext(wb);
    expect(ctx.calendar.coveredYears()).toContain(2027);
    expect(ctx.calendar.isWorkday(s("2027-02-14"))).toBe(true); // a Sunday make-up day
    expect(ctx.calendar.isWorkday(s("2027-02-08"))).toBe(false);
    expect(ctx.calendar.isWorkday(s("2027-03-01"))).toBe(true);
    expect(ctx.calendar.holidayName(s("2027-02-14"), "zh-CN")).toBe("春节调休上班");
    expect(ctx.settingsIssues).toEqual([]);
  });

  it("without the import, one typed row leaves 2027 uncovered and the message says to import the notice", async () => {
    const wb = MemoryWorkbook.withSheets({
      节假日调整: [
        ["日期", "类型", "说明"],
        [s("2027-01-01"), "放假", "元旦"],
      ],
    });
    const ctx = await loadContext(wb);
    let error: unknown = null;
    try {
      ctx.calendar.addWorkdays(s("2026-12-31"), 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(calendarErrorMessage(error, "zh-CN")).toContain("导入国务院节假日通知");
  });

  it("replaces the year's earlier import and hand-typed schedule rows, keeps every other row where it was", async () => {
    const wb = MemoryWorkbook.withSheets({
      节假日调整: [
        ["日期*", "类型*", "说明", "备忘"],
        [s("2025-10-17"), "放假", "校运会", "去年"], // another year: kept
        [s("2027-01-01"), "放假", "元旦", null], // the same schedule typed by hand: replaced
        [s("2027-04-20"), "放假", "校运会", null], // the school's own closure in the year: kept
        [s("2027-02-05"), "放假", "春节", null], // a schedule row the notice does not list: replaced
        [s("2027-10-09"), "放假", "校庆", null], // the school's decision on a notice date: kept, and it wins
        ["明天", "放假", null, null], // unreadable: never touched
        ["2027年", "全年完整", "旧的标记", null], // the earlier marker: replaced
      ],
    });
    const result = await importHolidayNotice(wb, notice2027);
    expect(result).toMatchObject({
      created: false,
      replaced: 3,
      keptOnNoticeDates: [6],
      written: notice2027.rows.length - 1,
    });
    const values = sheetValues(wb);
    expect(values.slice(0, 8)).toEqual([
      ["日期*", "类型*", "说明", "备忘"],
      [s("2025-10-17"), "放假", "校运会", "去年"],
      [null, null, null, null],
      [s("2027-04-20"), "放假", "校运会", null],
      [null, null, null, null],
      [s("2027-10-09"), "放假", "校庆", null],
      ["明天", "放假", null, null],
      [s("2027-01-01"), "放假", "元旦", null],
    ]);
    expect(values.filter((r) => r[1] === "全年完整")).toHaveLength(1);
    expect(values.filter((r) => r[0] === s("2027-10-09"))).toHaveLength(1);

    // Importing the same notice again changes nothing.
    await importHolidayNotice(wb, notice2027);
    expect(sheetValues(wb)).toEqual(values);
    const ctx = await loadContext(wb);
    expect(ctx.calendar.isWorkday(s("2027-10-09"))).toBe(false); // the school's row wins over the notice's make-up day
  });

  it("leaves the next year's 元旦 rows that start in December alone", async () => {
    const wb = MemoryWorkbook.withSheets({
      节假日调整: [
        ["日期", "类型", "说明"],
        [s("2027-12-30"), "放假", "元旦"], // imported with a 2028 notice
        [s("2027-12-25"), "上班", "元旦调休上班"],
      ],
    });
    const result = await importHolidayNotice(wb, notice2027);
    expect(result.replaced).toBe(0);
    expect(sheetValues(wb).slice(1, 3)).toEqual([
      [s("2027-12-30"), "放假", "元旦", null],
      [s("2027-12-25"), "上班", "元旦调休上班", null],
    ]);
  });

  it("refuses a 节假日调整 sheet without its header, writing nothing", async () => {
    const wb = MemoryWorkbook.withSheets({ 节假日调整: [["随便写的"], [s("2027-01-01"), "放假"]] });
    await expect(importHolidayNotice(wb, notice2027)).rejects.toThrow("「节假日调整」工作表缺少表头“日期”和“类型”。");
    expect(wb.calls.writeBlocks ?? 0).toBe(0);
  });

  it("imports a published notice into a workbook whose 节假日调整 already has another year", async () => {
    const text = fs.readFileSync(path.join(__dirname, "../fixtures/notices/2026.txt"), "utf8");
    const wb = MemoryWorkbook.withSheets({
      节假日调整: [
        ["日期", "类型", "说明"],
        [s("2027-04-20"), "放假", "校运会"],
      ],
    });
    const result = await importHolidayNotice(wb, parseHolidayNotice(text));
    expect(result.written).toBe(39);
    expect(sheetValues(wb)[1]?.slice(0, 3)).toEqual([s("2027-04-20"), "放假", "校运会"]);
    expect(sheetValues(wb)[2]?.slice(0, 3)).toEqual([s("2026-01-01"), "放假", "元旦"]);
  });
});
