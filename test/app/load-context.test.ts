import { loadContext } from "../../src/app/load-context";
import { confirmMapping, MAPPINGS_SETTING, parseMappings, readConfirmedMappings } from "../../src/app/mappings";
import { validateWorkbook } from "../../src/app/validate-workbook";
import { toColumnMapping } from "../../src/core/recognize/recognize";
import { ymdToSerial } from "../../src/core/dates";
import { MemoryWorkbook } from "../../src/workbook/memory";

const d = (m: number, day: number): number => ymdToSerial(2026, m, day);

function office(extraRows: (string | number | null)[][] = []): MemoryWorkbook {
  return MemoryWorkbook.withSheets({
    收文登记簿: [
      ["收文编号", "收文日期", "来文单位", "文件标题", "密级", "份数", "办理部门", "传阅开始日期", "收回日期"],
      ["SW-1", d(9, 28), "市教育局", "国庆安全通知", "公开", 1, "综合办", d(9, 30), d(10, 8)],
      ...extraRows,
    ],
    节假日调整: [
      ["日期", "类型", "说明"],
      [d(10, 9), "放假", "校庆补休"],
    ],
    参数设置: [
      ["参数", "值", "说明"],
      ["传阅时限(工作日)", 1, ""],
    ],
    // A sheet whose headers nobody would recognise, mapped by a person in the task pane.
    来文记录: [
      ["序号", "日子", "单位", "事由", "级别", "件数", "部门"],
      ["LW-1", d(10, 12), "区财政局", "预算函", "内部", 2, "财务室"],
    ],
    Sheet3: [["随手记"]],
  });
}

describe("loadContext", () => {
  test("reads every sheet in one call, applies settings and 节假日调整, and recognises registers: three port calls", async () => {
    const wb = office();
    const ctx = await loadContext(wb);
    expect(wb.calls).toEqual({ listSheets: 1, readSheets: 1, getSetting: 1 });
    expect(ctx.sheets.map((s) => s.name)).toEqual(["收文登记簿", "节假日调整", "参数设置", "来文记录", "Sheet3"]);
    expect(ctx.settings.number("传阅时限(工作日)")).toBe(1);
    expect(ctx.calendar.isWorkday(d(10, 8))).toBe(true);
    expect(ctx.calendar.isWorkday(d(10, 9))).toBe(false); // the override makes an ordinary Friday a day off
    expect(ctx.recognition.recognized.map((r) => [r.sheet, r.register.id])).toEqual([
      ["收文登记簿", "incoming-documents"],
    ]);
    expect(ctx.recognition.unrecognized).toEqual(["来文记录", "Sheet3"]);
    expect(ctx.tables.get("incoming-documents")?.date("收回日期", 0)).toBe(d(10, 8));
  });

  test("a confirmed mapping stored in the workbook makes an unrecognisable sheet a register", async () => {
    const wb = office();
    const values = (await wb.readSheets(["来文记录"]))[0]!.values;
    const headers = ["收文编号", "收文日期", "来文单位", "文件标题", "密级", "份数", "办理部门"];
    const rec = {
      register: (await loadContext(wb)).recognition.recognized[0]!.register,
      headerRow: 1,
      mapping: Object.fromEntries(headers.map((h, i) => [h, i])),
    };
    await confirmMapping(wb, "来文记录", toColumnMapping(rec, values));
    expect(Object.keys(await readConfirmedMappings(wb))).toEqual(["来文记录"]);

    const ctx = await loadContext(wb);
    expect(ctx.recognition.recognized.map((r) => [r.sheet, r.basis])).toEqual([
      ["收文登记簿", "headers"],
      ["来文记录", "confirmed"],
    ]);
    // The first sheet of a register is its table for deadlines and KPIs.
    expect(ctx.tables.get("incoming-documents")?.sheet).toBe("收文登记簿");

    await confirmMapping(wb, "来文记录", null);
    expect(await readConfirmedMappings(wb)).toEqual({});
  });

  test("a damaged mappings setting is ignored rather than failing the run", async () => {
    const wb = office();
    await wb.setSetting(MAPPINGS_SETTING, "{not json");
    expect((await loadContext(wb)).recognition.recognized).toHaveLength(1);
    expect(parseMappings('{"S":{"register":"x","headerRow":1,"columns":{"a":{"index":"0","header":"a"}}}}')).toEqual(
      {},
    );
  });
});

describe("validateWorkbook", () => {
  test("uses the workbook's settings and calendar, and marks findings on their cells on request", async () => {
    // Circulation started 09-30 with a 1-working-day limit: due 10-08 after the National Day holiday; 10-12 is late.
    const wb = office([["SW-1", d(9, 28), "市教育局", "重复编号", "公开", 1, "综合办", d(9, 30), d(10, 12)]]);
    wb.setNote("收文登记簿", 3, 1, "用户备注");
    const report = await validateWorkbook(wb, { workbook: "office.xlsx", asOf: d(11, 22), mark: true });
    const sheet = report.sheets.find((s) => s.sheet === "收文登记簿")!;
    expect(sheet.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, "收文编号", "cell/unique"],
      [3, "收回日期", "row/circulation-limit"],
    ]);
    expect(report.unrecognized).toEqual(["来文记录", "Sheet3"]);
    expect(wb.note("收文登记簿", 3, 1)).toMatch(/^用户备注\n\[台账助手\] ✖ /);
    expect(wb.note("收文登记簿", 3, 9)).toMatch(/^\[台账助手\] ⚠ /);
    expect(wb.calls).toEqual({ listSheets: 1, readSheets: 1, getSetting: 1, clearMarks: 1, applyMarks: 1 });

    // Fixed rows: checking again removes the marks and keeps the user's note.
    wb.setCell("收文登记簿", 3, 1, "SW-2");
    wb.setCell("收文登记簿", 3, 9, d(10, 8));
    const again = await validateWorkbook(wb, { workbook: "office.xlsx", asOf: d(11, 22), mark: true });
    expect(again.summary).toEqual({ errors: 0, warnings: 0 });
    expect(wb.note("收文登记簿", 3, 1)).toBe("用户备注");
    expect(wb.note("收文登记簿", 3, 9)).toBeNull();
    expect(wb.markedCells()).toEqual([]);
  });
});
