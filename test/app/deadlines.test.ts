import { computeWorkbookDeadlines, refreshDeadlines, DEADLINE_COLUMNS_SETTING } from "../../src/app/deadlines";
import { loadContext } from "../../src/app/load-context";
import { isoToSerial } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

const d = isoToSerial;
const asOf = d("2026-11-18");
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

/** 收文登记簿 with a user's own 截止日期 column (column M) holding their notes. */
function workbook(): MemoryWorkbook {
  const row = (
    no: string,
    received: string,
    handleBy: string | null,
    circStart: string | null,
    userDue: CellValue,
  ): CellValue[] => [
    no,
    d(received),
    "教育局",
    `文件${no}`,
    "内部",
    1,
    "办公室",
    "王芳",
    handleBy === null ? null : /^\d{4}-/.test(handleBy) ? d(handleBy) : handleBy,
    circStart === null ? null : d(circStart),
    null,
    null,
    userDue,
  ];
  return MemoryWorkbook.withSheets({
    收文登记簿: [
      HEADERS,
      row("SW-1", "2026-11-02", "2026-11-30", "2026-11-02", "月底前"), // circulation overdue (due 11-05)
      row("SW-2", "2026-11-16", null, null, d("2026-11-20")), // handling from the rule: 11-23
      row("SW-3", "2026-11-17", "下周五", null, null), // unreadable 办理期限: left alone
    ],
    参数设置: [
      ["参数", "值"],
      ["临期提醒(工作日)", 2],
    ],
  });
}

describe("computeWorkbookDeadlines", () => {
  it("computes from a loaded workbook, with the workbook's settings", async () => {
    const ctx = await loadContext(workbook());
    const items = computeWorkbookDeadlines(ctx, asOf, "zh-CN").items;
    expect(items.map((i) => `${i.key}:${i.rule.id}:${i.status}`)).toEqual([
      "SW-1:circulation:overdue",
      "SW-1:handling:open",
      "SW-2:handling:open",
    ]);
    // 临期提醒 = 2 from 参数设置: 11-20 is within WORKDAY(11-18, 2).
    const wide = computeWorkbookDeadlines(ctx, d("2026-11-19"), "zh-CN").items.find((i) => i.key === "SW-2");
    expect(wide?.status).toBe("due-soon");
  });
});

describe("refreshDeadlines", () => {
  it("writes computed columns right of the user's, never over their own 截止日期, and records them", async () => {
    const wb = workbook();
    const ctx = await loadContext(wb);
    const out = await refreshDeadlines(wb, ctx, asOf, "zh-CN");
    // The user's 截止日期 (M) keeps every value.
    expect([2, 3, 4].map((r) => wb.cell("收文登记簿", r, 13))).toEqual(["月底前", d("2026-11-20"), null]);
    expect([1, 2, 3, 4].map((r) => wb.cell("收文登记簿", r, 14))).toEqual([
      "截止日期(计算)",
      d("2026-11-05"),
      d("2026-11-23"),
      null,
    ]);
    expect([1, 2, 3].map((r) => wb.cell("收文登记簿", r, 15))).toEqual([
      "期限状态",
      "已逾期（传阅）",
      "未到期（办理）",
    ]);
    expect([1, 2].map((r) => wb.cell("收文登记簿", r, 16))).toEqual(["逾期工作日", 9]);
    expect(wb.note("收文登记簿", 1, 14)).toContain("2026-11-18");
    expect(wb.numberFormat("收文登记簿", 2, 14)).toBe("yyyy-mm-dd");
    expect(JSON.parse((await wb.getSetting(DEADLINE_COLUMNS_SETTING)) as string)).toEqual({
      收文登记簿: { due: 14, status: 15, late: 16 },
    });
    expect(out.rowFormats.map((f) => f.sheet)).toEqual(["收文登记簿"]);
    // 已逾期 rows red, 临期 rows amber, judged from 期限状态 (column O) over the data rows and computed columns.
    expect(wb.conditionalFormats("收文登记簿")).toEqual([
      { range: "A2:P4", kind: "formula", formula: '=LEFT($O2,3)="已逾期"', fill: "#FFC7CE", fontColor: "#9C0006" },
      { range: "A2:P4", kind: "formula", formula: '=LEFT($O2,2)="临期"', fill: "#FFEB9C", fontColor: "#9C5700" },
    ]);
    expect(out.rowFormats[0]?.formats).toEqual(wb.conditionalFormats("收文登记簿"));
  });

  it("a second refresh replaces its row colours rather than adding more, and keeps the user's own", async () => {
    const wb = workbook();
    await refreshDeadlines(wb, await loadContext(wb), asOf, "zh-CN");
    const user = { range: "A2:A4", kind: "formula" as const, formula: '=$E2="秘密"', fill: "#FFFF00" };
    wb.addUserConditionalFormat("收文登记簿", user);
    wb.setCell("收文登记簿", 5, 1, "SW-4"); // a new row: the colours must now reach row 5
    wb.setCell("收文登记簿", 5, 2, d("2026-11-17"));
    const out = await refreshDeadlines(wb, await loadContext(wb), asOf, "zh-CN");
    const formats = wb.conditionalFormats("收文登记簿");
    expect(formats).toHaveLength(3);
    expect(formats).toContainEqual(user);
    expect(formats.filter((f) => f !== user).map((f) => f.range)).toEqual(["A2:P5", "A2:P5"]);
    expect(out.rowFormats[0]?.formats.map((f) => f.range)).toEqual(["A2:P5", "A2:P5"]);
  });

  it("in an .xlsx, the colours survive save and reopen and a refresh of the saved file replaces them", async () => {
    let wb = await XlsxWorkbook.fromBuffer(await xlsxOf(workbook()));
    await refreshDeadlines(wb, await loadContext(wb), asOf, "zh-CN");
    wb = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    const first = wb.conditionalFormats("收文登记簿");
    expect(first).toEqual([
      { range: "A2:P4", formula: 'LEFT($O2,3)="已逾期"', fill: "#FFC7CE" },
      { range: "A2:P4", formula: 'LEFT($O2,2)="临期"', fill: "#FFEB9C" },
    ]);
    await refreshDeadlines(wb, await loadContext(wb), d("2026-11-19"), "zh-CN");
    wb = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    expect(wb.conditionalFormats("收文登记簿")).toEqual(first);
  });

  it("a second refresh rewrites the same columns, clears stale values and keeps the user's cells", async () => {
    const wb = workbook();
    await refreshDeadlines(wb, await loadContext(wb), asOf, "zh-CN");
    wb.setCell("收文登记簿", 2, 11, d("2026-11-04")); // returned in time now
    wb.setCell("收文登记簿", 2, 17, "用户在右边加的列");
    await refreshDeadlines(wb, await loadContext(wb), asOf, "zh-CN");
    expect(wb.cell("收文登记簿", 1, 14)).toBe("截止日期(计算)");
    expect(wb.cell("收文登记簿", 2, 15)).toBe("未到期（办理）");
    expect(wb.cell("收文登记簿", 2, 16)).toBeNull();
    expect(wb.cell("收文登记簿", 2, 17)).toBe("用户在右边加的列");
    expect(wb.cell("收文登记簿", 2, 13)).toBe("月底前");
  });

  it("fills blank 办理期限 only when asked, and never a cell holding something", async () => {
    const wb = workbook();
    await refreshDeadlines(wb, await loadContext(wb), asOf, "zh-CN");
    expect(wb.cell("收文登记簿", 3, 9)).toBeNull();
    const out = await refreshDeadlines(wb, await loadContext(wb), asOf, "zh-CN", { fillDue: true });
    expect([2, 3, 4].map((r) => wb.cell("收文登记簿", r, 9))).toEqual([d("2026-11-30"), d("2026-11-23"), "下周五"]);
    expect(out.sheets[0]?.filled).toBe(1);
  });

  it("rebuilds 期限总览 and the workbook reads back to the same deadlines (the overview is no register)", async () => {
    const wb = workbook();
    const before = computeWorkbookDeadlines(await loadContext(wb), asOf, "zh-CN").items.length;
    await refreshDeadlines(wb, await loadContext(wb), asOf, "zh-CN");
    await refreshDeadlines(wb, await loadContext(wb), asOf, "zh-CN");
    expect(wb.sheetNames()).toEqual(["收文登记簿", "参数设置", "期限总览"]);
    expect(wb.cell("期限总览", 3, 1)).toBe("已逾期");
    expect(wb.conditionalFormats("期限总览")).toHaveLength(2);
    const ctx = await loadContext(wb);
    expect([...ctx.tables.keys()]).toEqual(["incoming-documents"]);
    expect(computeWorkbookDeadlines(ctx, asOf, "zh-CN").items.length).toBe(before);
  });

  it("makes a constant number of port calls", async () => {
    const wb = workbook();
    const ctx = await loadContext(wb);
    const before = { ...wb.calls };
    await refreshDeadlines(wb, ctx, asOf, "zh-CN", { fillDue: true });
    const made = Object.fromEntries(
      Object.entries(wb.calls)
        .map(([k, v]) => [k, v - (before[k] ?? 0)])
        .filter(([, v]) => v !== 0),
    );
    expect(made).toEqual({
      getSetting: 1,
      writeBlocks: 1,
      setSetting: 1,
      setOwnedConditionalFormats: 1,
      ensureSheets: 1,
    });
  });
});

/** The memory workbook's sheets as an .xlsx file (values only), to run the same refresh through the file adapter. */
async function xlsxOf(mem: MemoryWorkbook): Promise<Uint8Array> {
  const x = XlsxWorkbook.create();
  const sheets = await mem.readSheets(mem.sheetNames());
  await x.ensureSheets(sheets.map((s) => ({ name: s.name, columns: [], ifExists: "keep" as const })));
  await x.writeBlocks(sheets.map((s) => ({ sheet: s.name, row: 1, column: 1, values: s.values })));
  return x.toBuffer();
}

describe("year end and a year the calendar lacks (issue 10 §1)", () => {
  it.each(["2026-12-31", "2027-01-04", "2027-02-10"])(
    "refreshDeadlines as of %s writes the columns and 期限总览 and returns the problems and warnings",
    async (day) => {
      const wb = MemoryWorkbook.withSheets({
        收文登记簿: [
          HEADERS.slice(0, 12),
          [
            "SW-1",
            d("2026-12-01"),
            "教育局",
            "年终通知",
            "内部",
            1,
            "办公室",
            "王芳",
            d("2026-12-18"),
            d("2026-12-01"),
            null,
            null,
          ],
          [
            "SW-2",
            d("2026-12-29"),
            "教育局",
            "决算通知",
            "内部",
            1,
            "办公室",
            "王芳",
            null,
            d("2026-12-29"),
            null,
            null,
          ],
        ],
      });
      const out = await refreshDeadlines(wb, await loadContext(wb), d(day), "en-US");
      expect(out.overview).toBe("期限总览");
      expect(out.result.items.filter((i) => i.key === "SW-1").map((i) => i.status)).toEqual(["overdue", "overdue"]);
      expect(wb.cell("收文登记簿", 2, 14)).toBe("Overdue (Circulation)");
      expect(out.result.problems.map((p) => `${p.row}:${p.column}:${p.deadline}`)).toEqual([
        "3:传阅开始日期:circulation",
        "3:收文日期:handling",
      ]);
      expect(out.result.warnings[0]?.code).toBe("deadlines/window-incomplete");
      // 期限总览 says what it could not judge, under its title; the header moves down a row per warning.
      expect(wb.cell("期限总览", 2, 1)).toBe(out.result.warnings[0]?.message);
      expect(wb.cell("期限总览", out.result.warnings.length + 2, 1)).toBe("Status");
      expect(out.result.warnings.some((w) => w.code === "deadlines/late-count-incomplete")).toBe(day !== "2026-12-31");
    },
  );
});
