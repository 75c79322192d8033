/**
 * Write plans and undo on the memory and file hosts: a plan writes nothing and reads back its own writes (a survey
 * import creates 参数设置 then reads it); the undo gives back the workbook exactly (memory: every cell and setting;
 * .xlsx written by LibreOffice: the same package bytes).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { refreshDeadlines } from "../../src/app/deadlines";
import { KPI_BOARD } from "../../src/app/derived-sheets";
import { loadContext } from "../../src/app/load-context";
import { WriteJournal } from "../../src/app/write-journal";
import { planWrite } from "../../src/app/write-plan";
import { isoToSerial as d } from "../../src/core/dates";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { previewLines } from "../../src/taskpane/shell/write-preview";

async function memoryState(wb: MemoryWorkbook) {
  const sheets = await wb.readSheets(wb.sheetNames());
  return {
    names: wb.sheetNames(),
    sheets,
    settings: wb.settingsSnapshot(),
    formats: wb.sheetNames().map((n) => [n, wb.conditionalFormats(n)]),
  };
}

describe("write plans and undo (memory, .xlsx)", () => {
  it("memory: a KPI看板 plan writes nothing; its undo gives back every sheet and setting", async () => {
    const wb = MemoryWorkbook.withSheets({
      收文登记簿: [
        ["收文编号", "收文日期", "来文单位", "文件标题", "办理期限"],
        ["SW-1", d("2026-11-02"), "教育局", "通知", null],
      ],
    });
    const before = await memoryState(wb);
    const action = async (p: typeof wb) =>
      KPI_BOARD.refresh({
        port: p,
        ctx: await loadContext(p),
        asOf: d("2026-11-20"),
        lang: "zh-CN",
        options: {},
        updatedAt: "2026-11-20",
        charts: { available: true },
      });
    const plan = await planWrite(wb, (p) => action(p as typeof wb));
    expect(await memoryState(wb)).toEqual(before);
    expect(plan.summary.sheets.map((s) => [s.sheet, s.kind])).toContainEqual(["KPI看板", "created"]);
    const journal = new WriteJournal();
    await journal.commit(wb, plan, "写入 KPI看板");
    expect(wb.sheetNames()).toContain("KPI看板");
    expect((await journal.undo(wb)).ok).toBe(true);
    expect(await memoryState(wb)).toEqual(before);
  });

  it("memory: a second write discards the first's undo; only the last can be undone", async () => {
    const wb = MemoryWorkbook.withSheets({
      收文登记簿: [
        ["收文编号", "收文日期", "来文单位", "文件标题", "办理期限"],
        ["SW-1", d("2026-11-02"), "教育局", "通知", null],
      ],
    });
    const journal = new WriteJournal();
    const refresh = (asOf: string) => async (p: Parameters<typeof refreshDeadlines>[0]) =>
      refreshDeadlines(p, await loadContext(p), d(asOf), "zh-CN", { fillDue: true });
    await journal.commit(wb, await planWrite(wb, refresh("2026-11-18")), "first");
    const between = await memoryState(wb);
    await journal.commit(wb, await planWrite(wb, refresh("2026-11-25")), "second");
    expect(journal.last).toEqual({ label: "second" });
    expect(await journal.undo(wb)).toEqual({ ok: true, label: "second" });
    expect(await memoryState(wb)).toEqual(between);
    expect(await journal.undo(wb)).toEqual({ ok: false, reason: "nothing" });
  });

  it("the preview names each sheet, its columns by header, the cell count and the total, in both languages", async () => {
    const wb = MemoryWorkbook.withSheets({
      收文登记簿: [
        ["收文编号", "收文日期", "来文单位", "文件标题", "办理期限"],
        ["SW-1", d("2026-11-02"), "教育局", "通知", null],
      ],
    });
    const plan = await planWrite(wb, async (p) =>
      refreshDeadlines(p, await loadContext(p), d("2026-11-18"), "zh-CN", { fillDue: true }),
    );
    const zh = previewLines(plan.summary, "zh-CN");
    const register = zh.lines.find((l) => l.sheet === "收文登记簿");
    expect(register?.text).toMatch(/^「收文登记簿」：\d+ 个单元格$/);
    expect(register?.details.join("；")).toContain("截止日期（F）");
    expect(zh.lines.map((l) => l.text)).toContain("新建工作表「期限总览」");
    expect(zh.total).toMatch(/^共 \d+ 张工作表，\d+ 个单元格。$/);
    const en = previewLines(plan.summary, "en-US");
    expect(en.lines.map((l) => l.text)).toContain("New sheet 「期限总览」");
    expect(en.total).toMatch(/^\d+ sheets, [\d,]+ cells in all\.$/);
  });

  it(".xlsx written by LibreOffice: after a refresh and its undo the saved bytes are those of no write at all", async () => {
    const bytes = await readFile(join(__dirname, "../fixtures/libreoffice/收文登记簿-繁体表头.xlsx"));
    const untouched = await (await XlsxWorkbook.fromBuffer(bytes)).toBuffer();
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    const journal = new WriteJournal();
    const plan = await planWrite(wb, async (p) =>
      refreshDeadlines(p, await loadContext(p), d("2026-11-18"), "zh-CN", { fillDue: true }),
    );
    expect(plan.calls.length).toBeGreaterThan(0);
    await journal.commit(wb, plan, "写入期限列");
    expect((await wb.listSheets()).map((s) => s.name)).toContain("期限总览");
    expect((await journal.undo(wb)).ok).toBe(true);
    expect((await wb.listSheets()).map((s) => s.name)).not.toContain("期限总览");
    expect(Buffer.from(await wb.toBuffer()).equals(Buffer.from(untouched))).toBe(true);
  });
});
