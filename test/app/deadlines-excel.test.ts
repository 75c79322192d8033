/** refreshDeadlines through the Office.js adapter (over the typed Excel fake): what lands in the sheet, and how many syncs. */
import { refreshDeadlines } from "../../src/app/deadlines";
import { loadContext } from "../../src/app/load-context";
import { isoToSerial as d } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";
import { ExcelWorkbook } from "../../src/excel";
import { createExcelFake } from "../support/excel-fake";

const HEADERS = [
  "收文编号",
  "收文日期",
  "来文单位",
  "文件标题",
  "密级",
  "份数",
  "办理部门",
  "承办人",
  "办理期限",
  "传阅开始日期",
  "收回日期",
  "办结日期",
  "截止日期",
];

function rows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `SW-${i + 1}`,
    d("2026-11-02"),
    "教育局",
    "通知",
    "内部",
    1,
    "办公室",
    "王芳",
    i % 2 ? d("2026-11-30") : null,
    d("2026-11-02"),
    null,
    null,
    "用户的值",
  ]);
}

async function refreshed(n: number) {
  const fake = createExcelFake({ sheets: [{ name: "收文登记簿", values: [HEADERS, ...rows(n)] }] });
  const port = new ExcelWorkbook({ run: fake.Excel.run });
  const ctx = await loadContext(port);
  fake.resetStats();
  const out = await refreshDeadlines(port, ctx, d("2026-11-18"), "zh-CN", { fillDue: true });
  return { fake, out, syncs: fake.stats.syncs };
}

describe("refreshDeadlines on Excel", () => {
  it("writes the computed columns beside the user's 截止日期 with a header note, fills only blank 办理期限, builds 期限总览", async () => {
    const { fake } = await refreshed(4);
    const s = fake.state.sheetByName("收文登记簿");
    if (!s) throw new Error("sheet missing");
    expect([s.valueAt(0, 12), s.valueAt(1, 12)]).toEqual(["截止日期", "用户的值"]);
    expect([s.valueAt(0, 13), s.valueAt(1, 13), s.valueAt(1, 14), s.valueAt(1, 15)]).toEqual([
      "截止日期(计算)",
      d("2026-11-05"),
      "已逾期（传阅）",
      9,
    ]);
    expect(s.notes.get(0, 13)).toContain("台账助手");
    expect([s.valueAt(1, 8), s.valueAt(2, 8)]).toEqual([d("2026-11-09"), d("2026-11-30")]);
    const overview = fake.state.sheetByName("期限总览");
    expect(overview?.conditionalFormats.map((cf) => cf.formula)).toEqual(['=$A3="已逾期"', '=$A3="临期"']);
    // Row colours on the register: red for 已逾期, amber for 临期, over the data rows and the computed columns.
    expect(s.conditionalFormats.map((cf) => [cf.formula, cf.fill])).toEqual([
      ['=LEFT($O2,3)="已逾期"', "#FFC7CE"],
      ['=LEFT($O2,2)="临期"', "#FFEB9C"],
    ]);
    expect(
      s.conditionalFormats.every(
        (cf) => cf.rect.row === 1 && cf.rect.lastRow === 4 && cf.rect.column === 0 && cf.rect.lastColumn === 15,
      ),
    ).toBe(true);
  });

  it("a second refresh replaces the row colours, keeping the user's conditional format", async () => {
    const { fake } = await refreshed(4);
    const s = fake.state.sheetByName("收文登记簿");
    if (!s) throw new Error("sheet missing");
    s.conditionalFormats.push({
      id: "user-1",
      rect: { row: 1, column: 0, lastRow: 4, lastColumn: 0 },
      type: "Custom",
      formula: '=$E2="秘密"',
      fill: "#FFFF00",
      fontColor: "",
      iconStyle: "",
      criteria: [],
    });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    await refreshDeadlines(port, await loadContext(port), d("2026-11-19"), "zh-CN");
    expect(s.conditionalFormats.map((cf) => cf.formula).sort()).toEqual([
      '=$E2="秘密"',
      '=LEFT($O2,2)="临期"',
      '=LEFT($O2,3)="已逾期"',
    ]);
  });

  it("takes about as many syncs for 20,000 rows as for 20", async () => {
    const small = (await refreshed(20)).syncs;
    const large = (await refreshed(20_000)).syncs;
    expect(large).toBeLessThanOrEqual(small + 4);
  });
});
