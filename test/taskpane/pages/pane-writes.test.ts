/**
 * Issue 16 §3 on the pages' writes: each goes through the shell's write as the shell drives it (`PaneWriter`, the
 * logic behind the confirmation dialog and 「撤销上次写入」). Before 确认写入 nothing is written; after it the change is
 * there; the undo gives back exactly what was there (every cell, note, setting and sheet), on the memory workbook
 * and on the Excel fake. A page whose own confirmation lists the change (一键建立, 节假日通知) writes on that
 * confirmation without a second dialog, and is undone the same way.
 */
import { loadContext } from "../../../src/app/load-context";
import { IGNORED_WARNINGS_SETTING, readIgnored, warningKey } from "../../../src/app/ignored-warnings";
import { MAPPINGS_SETTING } from "../../../src/app/mappings";
import { validateContext } from "../../../src/app/validate-workbook";
import { parseHolidayNotice } from "../../../src/core/calendar";
import { isoToSerial as d } from "../../../src/core/dates";
import type { CellValue } from "../../../src/core/sheet-spec";
import type { ReportIssue, ValidationReport } from "../../../src/core/validate";
import { ExcelWorkbook } from "../../../src/excel";
import { writeNotice } from "../../../src/taskpane/pages/calculator/notice-import";
import { registerActions } from "../../../src/taskpane/pages/registers/actions";
import { mappingToConfirm, recognitionOf } from "../../../src/taskpane/pages/registers/view-model";
import { clearProblemMarks, ignoreWarning, markProblems } from "../../../src/taskpane/pages/validate/actions";
import { previewLines } from "../../../src/taskpane/shell/write-preview";
import { PaneWriter, type PendingWrite } from "../../../src/taskpane/shell/writes";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import type { WorkbookPort } from "../../../src/workbook/port";
import { createExcelFake, snapshotUserContent, type ExcelFake } from "../../support/excel-fake";

const ROWS: CellValue[][] = [
  ["收文编号", "收文日期", "来文单位", "文件标题", "密级", "份数", "办理部门", "传阅开始日期", "收回日期"],
  ["S1", "2025-02-30", "教育局", "关于开学", "内部", 1, "办公室", null, null],
  // Errors (来文单位 blank, 份数 -1) and a warning: circulated for more than the 传阅时限.
  ["S2", d("2025-03-05"), null, "通知", "内部", -1, "办公室", d("2025-03-05"), d("2025-03-28")],
  ["S3", d("2025-03-06"), "区政府", "会议", "内部", 2, "办公室", null, null],
];

/** Everything a memory workbook holds that a write could change: sheets, values, notes, settings, formats. */
async function memoryState(wb: MemoryWorkbook) {
  const names = wb.sheetNames();
  const sheets = await wb.readSheets(names);
  const notes = sheets.flatMap((s) =>
    Array.from({ length: s.values.length + 2 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => [s.name, r + 1, c + 1, wb.note(s.name, r + 1, c + 1)]),
    )
      .flat()
      .filter((n) => n[3] !== null),
  );
  return {
    names,
    sheets,
    notes,
    settings: wb.settingsSnapshot(),
    formats: names.map((n) => [n, wb.conditionalFormats(n)]),
  };
}

/** The shell's writer over a port, counting the re-reads it asks of the pages. */
function shell(port: WorkbookPort) {
  let rereads = 0;
  const writer = new PaneWriter(port, () => rereads++);
  return { writer, rereads: () => rereads };
}

/** Waits until the write stands at its confirmation (the dialog is open). */
async function pendingOf(writer: PaneWriter): Promise<PendingWrite> {
  for (let i = 0; i < 500 && writer.state.pending === null; i++) await new Promise((r) => setImmediate(r));
  const pending = writer.state.pending;
  if (!pending) throw new Error("no confirmation was asked for");
  return pending;
}

async function checked(port: WorkbookPort): Promise<ValidationReport> {
  const ctx = await loadContext(port);
  return validateContext(ctx, { workbook: "台账", asOf: d("2025-12-31"), lang: "zh-CN" });
}

function firstWarning(report: ValidationReport): { sheet: string; issue: ReportIssue } {
  for (const s of report.sheets) {
    const issue = s.issues.find((i) => i.severity === "warning");
    if (issue) return { sheet: s.sheet, issue };
  }
  throw new Error("the seed has no warning");
}

describe("pane writes on the memory workbook: confirm, write, undo", () => {
  it("添加 asks first, creates the register on 确认写入, and 撤销上次写入 removes exactly what it created", async () => {
    const wb = MemoryWorkbook.withSheets({ Sheet1: [["用户的表"]] });
    const before = await memoryState(wb);
    const { writer, rereads } = shell(wb);
    const done = registerActions(writer.write, "zh-CN").add("incoming-documents");
    const pending = await pendingOf(writer);
    expect(pending.label).toBe("添加「收文登记簿」");
    expect(pending.plan.summary.sheets.map((s) => [s.sheet, s.kind])).toContainEqual(["收文登记簿", "created"]);
    expect(await memoryState(wb)).toEqual(before);
    pending.confirm();
    expect(await done).toMatch(/^已创建：.*收文登记簿/);
    expect(wb.sheetNames()).toContain("收文登记簿");
    expect(writer.state.last).toBe("添加「收文登记簿」");
    expect(rereads()).toBe(1);
    await writer.undo();
    expect(writer.state.notice).toEqual({ kind: "undone", label: "添加「收文登记簿」" });
    expect(await memoryState(wb)).toEqual(before);
  });

  it("a cancelled 添加 writes nothing and keeps the earlier write undoable", async () => {
    const wb = MemoryWorkbook.withSheets({ Sheet1: [["用户的表"]] });
    const { writer } = shell(wb);
    const actions = registerActions(writer.write, "en-US");
    const first = actions.setupSettings();
    (await pendingOf(writer)).confirm();
    expect(await first).toMatch(/^Created: /);
    const after = await memoryState(wb);
    const second = actions.add("meetings");
    (await pendingOf(writer)).cancel();
    expect(await second).toBeNull();
    expect(await memoryState(wb)).toEqual(after);
    expect(writer.state.last).toBe("Create the settings sheets");
  });

  it("a second write asked for while one waits replaces it: the first is not written, the second still asks", async () => {
    const wb = MemoryWorkbook.withSheets({ Sheet1: [["用户的表"]] });
    const { writer } = shell(wb);
    const actions = registerActions(writer.write, "zh-CN");
    const first = actions.add("meetings");
    await pendingOf(writer);
    const second = actions.add("incoming-documents");
    expect(await first).toBeNull();
    const pending = await pendingOf(writer);
    expect(pending.label).toBe("添加「收文登记簿」");
    pending.confirm();
    await second;
    expect(wb.sheetNames()).toContain("收文登记簿");
    expect(wb.sheetNames()).not.toContain("会议台账");
  });

  it("一键建立: the page's own confirmation writes at once (no second dialog), and the undo removes every sheet", async () => {
    const wb = MemoryWorkbook.withSheets({ Sheet1: [["用户的表"]] });
    const before = await memoryState(wb);
    const seen: (PendingWrite | null)[] = [];
    const watched = new PaneWriter(
      wb,
      () => undefined,
      (s) => seen.push(s.pending),
    );
    const text = await registerActions(watched.write, "zh-CN").quickSetup(["incoming-documents", "meetings"]);
    expect(seen.every((p) => p === null)).toBe(true);
    expect(text).toMatch(/收文登记簿/);
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(["收文登记簿", "会议台账", "参数设置"]));
    expect(watched.state.last).toBe("一键建立常用台账");
    await watched.undo();
    expect(await memoryState(wb)).toEqual(before);
    expect(watched.state.last).toBeNull();
  });

  it("确认列对应 and 取消确认: the dialog names the setting; the undo puts the stored mapping back", async () => {
    const wb = MemoryWorkbook.withSheets({ 收文登记簿: ROWS.map((r) => [...r]) });
    const ctx = await loadContext(wb);
    const rec = recognitionOf(ctx, "收文登记簿");
    if (!rec) throw new Error("收文登记簿 not recognised");
    const { writer } = shell(wb);
    const done = registerActions(writer.write, "zh-CN").confirmColumns("收文登记簿", mappingToConfirm(ctx, rec));
    const pending = await pendingOf(writer);
    expect(pending.plan.summary.settings).toEqual([MAPPINGS_SETTING]);
    const preview = previewLines(pending.plan.summary, "zh-CN");
    expect(preview.lines.map((l) => [l.text, l.details])).toEqual([
      ["加载项设置（隐藏的设置表）", ["已确认的列对应（检查和计算按它读取各列）"]],
    ]);
    expect(preview.total).toBe("不改动任何工作表的单元格。");
    expect(await wb.getSetting(MAPPINGS_SETTING)).toBeNull();
    pending.confirm();
    expect(await done).toBe("已保存「收文登记簿」的列对应，随工作簿保存。");
    const stored = await wb.getSetting(MAPPINGS_SETTING);
    expect(stored).toContain("收文登记簿");
    const forget = registerActions(writer.write, "zh-CN").confirmColumns("收文登记簿", null);
    (await pendingOf(writer)).confirm();
    await forget;
    expect(await wb.getSetting(MAPPINGS_SETTING)).toBe("{}");
    await writer.undo();
    expect(await wb.getSetting(MAPPINGS_SETTING)).toBe(stored);
  });

  it("忽略此警告: stored only once confirmed; 撤销上次写入 brings the warning back, and 取消忽略 asks too", async () => {
    const wb = MemoryWorkbook.withSheets({ 收文登记簿: ROWS.map((r) => [...r]) });
    const { sheet, issue } = firstWarning(await checked(wb));
    const before = await memoryState(wb);
    const { writer } = shell(wb);
    const done = ignoreWarning(writer.write, sheet, issue, true, "zh-CN");
    const pending = await pendingOf(writer);
    expect(pending.label).toBe(`忽略此警告：「${sheet}」第 ${issue.row} 行`);
    expect(pending.plan.summary.settings).toEqual([IGNORED_WARNINGS_SETTING]);
    expect(previewLines(pending.plan.summary, "zh-CN").lines[0]?.details).toEqual([
      "已忽略的警告（「忽略此警告」的记录）",
    ]);
    expect(await readIgnored(wb)).toEqual(new Set());
    pending.confirm();
    expect(await done).toEqual(new Set([warningKey(sheet, issue)]));
    expect(await readIgnored(wb)).toEqual(new Set([warningKey(sheet, issue)]));
    await writer.undo();
    expect(await memoryState(wb)).toEqual(before);

    const again = ignoreWarning(writer.write, sheet, issue, true, "zh-CN");
    (await pendingOf(writer)).confirm();
    await again;
    const ignored = await memoryState(wb);
    const un = ignoreWarning(writer.write, sheet, issue, false, "en-US");
    const unPending = await pendingOf(writer);
    expect(unPending.label).toBe(`Stop ignoring the warning on ${sheet} row ${issue.row}`);
    expect(await memoryState(wb)).toEqual(ignored);
    unPending.confirm();
    expect(await un).toEqual(new Set());
    await writer.undo();
    expect(await memoryState(wb)).toEqual(ignored);
  });

  it("加批注: no note before 确认写入, one per problem after (ignored warnings left out); undo keeps the user's own note", async () => {
    const wb = MemoryWorkbook.withSheets({ 收文登记簿: ROWS.map((r) => [...r]) });
    wb.setNote("收文登记簿", 2, 2, "用户自己的批注");
    const report = await checked(wb);
    const ctx = await loadContext(wb);
    const { sheet, issue } = firstWarning(report);
    const ignored = new Set([warningKey(sheet, issue)]);
    const before = await memoryState(wb);
    const { writer } = shell(wb);
    const done = markProblems(writer.write, ctx, report, ignored, "zh-CN");
    const pending = await pendingOf(writer);
    expect(pending.label).toBe("加批注");
    const problems = report.summary.errors + report.summary.warnings - 1;
    const lines = previewLines(pending.plan.summary, "zh-CN");
    expect(lines.lines[0]?.text).toMatch(/^「收文登记簿」：批注 \d+ 处$/);
    expect(lines.total).toMatch(/^共 1 张工作表，批注 \d+ 处，不改动单元格的值。$/);
    expect(await memoryState(wb)).toEqual(before);
    pending.confirm();
    expect(await done).toBe(problems);
    expect(wb.markedCells().length).toBeGreaterThan(0);
    expect(wb.note("收文登记簿", 2, 2)).toMatch(/^用户自己的批注\n\[台账助手\]/);
    await writer.undo();
    expect(await memoryState(wb)).toEqual(before);
  });

  it("清除批注 asks, clears only the add-in's lines, and is undone back to the marked notes", async () => {
    const wb = MemoryWorkbook.withSheets({ 收文登记簿: ROWS.map((r) => [...r]) });
    wb.setNote("收文登记簿", 2, 2, "用户自己的批注");
    const report = await checked(wb);
    const { writer } = shell(wb);
    const marked = markProblems(writer.write, await loadContext(wb), report, new Set(), "zh-CN");
    (await pendingOf(writer)).confirm();
    await marked;
    const withMarks = await memoryState(wb);
    const cleared = clearProblemMarks(writer.write, null, "zh-CN");
    const pending = await pendingOf(writer);
    expect(pending.label).toBe("清除批注");
    expect(await memoryState(wb)).toEqual(withMarks);
    pending.confirm();
    expect(await cleared).toBe(true);
    expect(wb.note("收文登记簿", 2, 2)).toBe("用户自己的批注");
    expect(wb.markedCells()).toEqual([]);
    await writer.undo();
    expect(await memoryState(wb)).toEqual(withMarks);
    // Nothing marked: nothing to confirm and nothing to undo; the last real write stays the undoable one.
    const again = clearProblemMarks(writer.write, null, "zh-CN");
    (await pendingOf(writer)).confirm();
    await again;
    expect(await clearProblemMarks(writer.write, "收文登记簿", "zh-CN")).toBe(true);
    expect(writer.state.pending).toBeNull();
    expect(writer.state.last).toBe("清除批注");
  });

  it("节假日通知: the page's preview is the confirmation; the undo takes 节假日调整 back as it was", async () => {
    const wb = MemoryWorkbook.withSheets({ Sheet1: [["用户的表"]] });
    const before = await memoryState(wb);
    const { writer } = shell(wb);
    const notice = parseHolidayNotice(
      "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（星期五）至3日（星期日）放假调休，共3天。",
    );
    const out = await writeNotice(writer.write, notice, "zh-CN");
    expect(out?.written).toBeGreaterThan(0);
    expect(wb.sheetNames()).toContain("节假日调整");
    expect(writer.state.last).toBe("写入「节假日调整」");
    await writer.undo();
    expect(await memoryState(wb)).toEqual(before);
  });
});

/** What the user sees in the fake, Excel's own format ids left out (a restored format gets a new one). */
function everything(fake: ExcelFake) {
  return {
    order: fake.state.sheets.map((s) => [s.name, s.visibility]),
    content: snapshotUserContent(fake.state),
  };
}

describe("pane writes on the Excel fake", () => {
  function seeded(): { fake: ExcelFake; port: ExcelWorkbook } {
    const fake = createExcelFake({
      sheets: [
        { name: "收文登记簿", values: ROWS.map((r) => [...r]), notes: { B2: "用户自己的批注" } },
        { name: "Sheet3", values: [["别的表"]] },
      ],
    });
    return { fake, port: new ExcelWorkbook({ run: fake.Excel.run }) };
  }

  it("加批注: nothing before 确认写入; the notes after; 撤销上次写入 gives back every note and setting", async () => {
    const { fake, port } = seeded();
    const report = await checked(port);
    const before = everything(fake);
    const { writer } = shell(port);
    const done = markProblems(writer.write, await loadContext(port), report, new Set(), "zh-CN");
    const pending = await pendingOf(writer);
    expect(everything(fake)).toEqual(before);
    pending.confirm();
    await done;
    expect(everything(fake)).not.toEqual(before);
    await writer.undo();
    expect(writer.state.notice).toEqual({ kind: "undone", label: "加批注" });
    expect(everything(fake)).toEqual(before);
  });

  it("忽略此警告 and 添加: each undone exactly (the setting sheet and the new register gone again)", async () => {
    const { fake, port } = seeded();
    const { sheet, issue } = firstWarning(await checked(port));
    const before = everything(fake);
    const { writer } = shell(port);
    const ignored = ignoreWarning(writer.write, sheet, issue, true, "zh-CN");
    const pending = await pendingOf(writer);
    expect(everything(fake)).toEqual(before);
    pending.confirm();
    await ignored;
    expect(await readIgnored(port)).toEqual(new Set([warningKey(sheet, issue)]));
    await writer.undo();
    expect(everything(fake)).toEqual(before);

    const added = registerActions(writer.write, "zh-CN").add("meetings");
    (await pendingOf(writer)).confirm();
    await added;
    expect(fake.state.sheetByName("会议台账")).toBeDefined();
    await writer.undo();
    expect(everything(fake)).toEqual(before);
  });
});
