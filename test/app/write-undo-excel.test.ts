/**
 * Writes previewed and undone on the Excel fake: the plan lists what a refresh will change without changing anything;
 * the undo puts every cell, number format, note, conditional format, setting and sheet back as it was.
 */
import { refreshDeadlines } from "../../src/app/deadlines";
import { applyFormImport, planFormImport } from "../../src/app/forms";
import { registerById, type RegisterDef } from "../../src/core/registers";
import { loadContext } from "../../src/app/load-context";
import { WriteJournal } from "../../src/app/write-journal";
import { planWrite } from "../../src/app/write-plan";
import { isoToSerial as d } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";
import { ExcelWorkbook } from "../../src/excel";
import { createExcelFake, snapshotUserContent, type ExcelFake } from "../support/excel-fake";

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

/**
 * Everything the user could see, with Excel's own conditional-format ids left out (a restored format gets a new one,
 * recorded in the settings) and the formats of a sheet as a set (the add-in's come back after the user's).
 */
function everything(fake: ExcelFake) {
  const content = snapshotUserContent(fake.state) as Record<
    string,
    { conditionalFormats: { id?: string }[]; cells: Record<string, { value?: unknown }> }
  >;
  for (const sheet of Object.values(content)) {
    sheet.conditionalFormats = sheet.conditionalFormats
      .map(({ id: _id, ...rest }) => rest)
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  for (const cell of Object.values(content._ledger?.cells ?? {})) {
    if (typeof cell.value === "string") cell.value = cell.value.replace(/"ids":\[[^\]]*\]/g, '"ids":[]');
  }
  return {
    order: fake.state.sheets.map((s) => [s.name, s.visibility]),
    content,
    tables: fake.state.sheets.map((s) => s.tables.map((t) => t.name)),
    charts: fake.state.sheets.map((s) => s.charts.length),
  };
}

function seeded(n = 6): { fake: ExcelFake; port: ExcelWorkbook } {
  const fake = createExcelFake({
    sheets: [
      { name: "说明", values: [["本工作簿的说明"]] },
      {
        name: "收文登记簿",
        values: [HEADERS, ...rows(n)],
        numberFormats: { "B2:B7": "yyyy/m/d" },
        notes: { M1: "用户自己的批注" },
      },
      { name: "Sheet3", values: [["别的表"]] },
    ],
  });
  return { fake, port: new ExcelWorkbook({ run: fake.Excel.run }) };
}

const refresh = (asOf: string) => async (p: Parameters<typeof refreshDeadlines>[0]) =>
  refreshDeadlines(p, await loadContext(p), d(asOf), "zh-CN", { fillDue: true });

describe("write plans and undo on Excel", () => {
  it("a plan changes nothing and says which sheets, columns and how many cells a refresh writes", async () => {
    const { fake, port } = seeded();
    const before = everything(fake);
    const plan = await planWrite(port, refresh("2026-11-18"));
    expect(everything(fake)).toEqual(before);
    const register = plan.summary.sheets.find((s) => s.sheet === "收文登记簿");
    expect(register?.kind).toBe("cells");
    expect(register?.columns.map((c) => c.header)).toEqual(expect.arrayContaining(["办理期限", "截止日期(计算)"]));
    expect(register?.formats).toBe(true);
    expect(register?.cells).toBeGreaterThan(6);
    expect(plan.summary.sheets.find((s) => s.sheet === "期限总览")?.kind).toBe("created");
    expect(plan.summary.cells).toBe(plan.summary.sheets.reduce((n, s) => n + s.cells, 0));
  });

  it("the first refresh undone: every cell, note, format and setting back, 期限总览 and _ledger gone", async () => {
    const { fake, port } = seeded();
    const before = everything(fake);
    const journal = new WriteJournal();
    const out = await journal.commit(port, await planWrite(port, refresh("2026-11-18")), "写入期限列");
    expect(out.undoable).toBe(true);
    expect(fake.state.sheetByName("期限总览")).toBeDefined();
    expect(everything(fake)).not.toEqual(before);
    expect(await journal.undo(port)).toEqual({ ok: true, label: "写入期限列" });
    expect(everything(fake)).toEqual(before);
    expect(journal.last).toBeNull();
  });

  it("a second refresh undone: the replaced 期限总览 comes back in its place with its table, the user's format stays", async () => {
    const { fake, port } = seeded();
    await refreshDeadlines(port, await loadContext(port), d("2026-11-10"), "zh-CN");
    const s = fake.state.sheetByName("收文登记簿");
    s?.conditionalFormats.push({
      id: "user-1",
      rect: { row: 1, column: 0, lastRow: 4, lastColumn: 0 },
      type: "Custom",
      formula: '=$E2="秘密"',
      fill: "#FFFF00",
      fontColor: "",
      iconStyle: "",
      criteria: [],
    });
    const before = everything(fake);
    const journal = new WriteJournal();
    await journal.commit(port, await planWrite(port, refresh("2026-11-25")), "写入期限列");
    // The old one waits hidden for an undo; the new one stands where it stood.
    expect(fake.state.sheets.map((x) => x.name).filter((n) => !n.startsWith("~ledger-undo-"))).toEqual(
      before.order.map(([n]) => n),
    );
    expect(everything(fake)).not.toEqual(before);
    expect((await port.listSheets()).some((x) => x.name.startsWith("~ledger"))).toBe(false);
    expect((await journal.undo(port)).ok).toBe(true);
    expect(everything(fake)).toEqual(before);
  });

  it("refuses, naming the cell, when the user changed a written cell since", async () => {
    const { fake, port } = seeded();
    const journal = new WriteJournal();
    await journal.commit(port, await planWrite(port, refresh("2026-11-18")), "补填");
    fake.userEdit("收文登记簿", "I2", [[d("2026-12-01")]]);
    expect(await journal.undo(port)).toEqual({
      ok: false,
      reason: "cellChanged",
      sheet: "收文登记簿",
      row: 2,
      column: 9,
    });
    expect(journal.last).not.toBeNull();
  });

  it("a write that fails half-way is taken back whole", async () => {
    const { fake, port } = seeded();
    const before = everything(fake);
    const plan = await planWrite(port, refresh("2026-11-18"));
    const journal = new WriteJournal();
    const realRun = fake.Excel.run;
    let calls = 0;
    // The checkpoint takes one run; fail a sync of the third run (the writes), after the first writes went through.
    const failing = new ExcelWorkbook({
      run: ((batch: Parameters<typeof realRun>[0]) => {
        calls++;
        if (calls === 4) fake.failSync(1);
        return realRun(batch);
      }) as typeof realRun,
    });
    await expect(journal.commit(failing, plan, "写入期限列")).rejects.toBeTruthy();
    fake.failSync(null);
    expect(everything(fake)).toEqual(before);
    expect(journal.last).toBeNull();
  });
});

describe("a form import undone on Excel", () => {
  const REIMB = ["报销单号", "申请人", "部门", "费用类别", "费用发生日期", "提交日期", "金额(元)", "审批人"];
  const claim = (key: string, amount: number): CellValue[] => [
    key,
    "张",
    "教务处",
    "办公费",
    d("2026-07-06"),
    d("2026-07-07"),
    amount,
    "李",
  ];

  it("takes the appended rows out and shrinks the table it grew back to its old range", async () => {
    const fake = createExcelFake({
      sheets: [{ name: "报销台账", values: [REIMB, claim("BX-1", 10)], tables: { 报销表: "A1:H2" } }],
    });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    const before = JSON.stringify(snapshotUserContent(fake.state));
    const plan = planFormImport(
      await loadContext(port),
      registerById("reimbursements") as RegisterDef,
      [
        {
          name: "rows.csv",
          book: { sheets: [{ name: "rows", values: [REIMB, claim("BX-2", 20)] }], names: new Map() },
        },
      ],
      { asOf: d("2026-11-18"), lang: "zh-CN", update: false },
    );
    const journal = new WriteJournal();
    await journal.commit(port, await planWrite(port, (p) => applyFormImport(p, plan)), "导入");
    expect(fake.state.sheetByName("报销台账")?.tables[0]?.rect.lastRow).toBe(2);
    expect((await journal.undo(port)).ok).toBe(true);
    expect(JSON.stringify(snapshotUserContent(fake.state))).toBe(before);
  });
});
