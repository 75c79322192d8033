/** The registers page's view model over real use cases: what is present, absent, missing, and the mapping to confirm. */
import { loadContext } from "../../../../src/app/load-context";
import { confirmMapping } from "../../../../src/app/mappings";
import { setupLedgers } from "../../../../src/app/setup-ledgers";
import { REGISTERS, SETTINGS_SHEETS } from "../../../../src/core/registers";
import {
  doubleAssigned,
  mappingRows,
  mappingToConfirm,
  recognitionOf,
  registersOverview,
  sheetColumns,
} from "../../../../src/taskpane/pages/registers/view-model";
import { MemoryWorkbook } from "../../../../src/workbook/memory";

const RESOLUTIONS = ["决议编号", "决议事项", "责任部门", "责任人", "完成时限", "状态", "完成日期"];

describe("registers page view model", () => {
  it("lists a recognised register with its score, the other registers as absent and the missing settings sheets", async () => {
    const wb = MemoryWorkbook.withSheets({
      决议: [["说明"], RESOLUTIONS, ["J1", "x", "办公室", "王芳", 46000, "进行中", null]],
      杂项: [["a"]],
    });
    const o = registersOverview(await loadContext(wb), "zh-CN");
    expect(o.present).toEqual([
      expect.objectContaining({
        id: "resolutions",
        sheet: "决议",
        name: "决议追踪台账",
        label: "决议追踪台账 · 决议",
        missing: [],
        confirmed: false,
        stale: false,
      }),
    ]);
    expect(o.present[0]!.score).toBeGreaterThan(50);
    expect(o.absent.map((a) => a.id)).toEqual(REGISTERS.map((r) => r.id).filter((id) => id !== "resolutions"));
    expect(o.settingsMissing).toEqual(SETTINGS_SHEETS.map((s) => s.sheet));
    expect(o.unrecognized).toEqual(["杂项"]);
    // In English the register is named once, followed by the sheet's name as the Excel tab shows it.
    const en = registersOverview(await loadContext(wb), "en-US");
    expect(en.present[0]).toEqual(expect.objectContaining({ name: "Resolutions", label: "Resolutions · 决议" }));
    expect(en.absent.find((a) => a.id === "visitors")).toEqual(
      expect.objectContaining({ name: "Visitors", label: "Visitors · 来访登记" }),
    );
    expect(o.absent.find((a) => a.id === "visitors")?.label).toBe("来访登记");
  });

  it("shows each catalogue column against the sheet's letter and header text", async () => {
    const wb = MemoryWorkbook.withSheets({ 决议: [["说明"], ["甲", ...RESOLUTIONS]] });
    const ctx = await loadContext(wb);
    const rec = recognitionOf(ctx, "决议");
    if (!rec) throw new Error("not recognised");
    const rows = mappingRows(ctx, rec);
    expect(rows.find((r) => r.header === "决议编号")).toEqual({
      header: "决议编号",
      index: 1,
      changed: false,
      letter: "B",
      sheetHeader: "决议编号",
      required: true,
    });
    expect(rows.filter((r) => r.letter === null).map((r) => r.header)).toEqual(
      REGISTERS.find((r) => r.id === "resolutions")!
        .columns.map((c) => c.header)
        .filter((h) => !RESOLUTIONS.includes(h)),
    );
  });

  it("lets the person correct a column: the correction is shown, a double assignment is named, and confirming stores it", async () => {
    // 完成日期 sits under a header recognition cannot place (落实情况).
    const headers = ["决议编号", "决议事项", "责任部门", "责任人", "完成时限", "状态", "落实情况"];
    const wb = MemoryWorkbook.withSheets({ 决议: [headers, ["J1", "x", "办公室", "王芳", 46000, "进行中", 46001]] });
    const ctx = await loadContext(wb);
    const rec = recognitionOf(ctx, "决议")!;
    expect(rec.mapping["完成日期"]).toBeUndefined();
    expect(sheetColumns(ctx, rec).map((c) => `${c.letter}·${c.text}`)).toEqual([
      "A·决议编号",
      "B·决议事项",
      "C·责任部门",
      "D·责任人",
      "E·完成时限",
      "F·状态",
      "G·落实情况",
    ]);
    const fixed = mappingRows(ctx, rec, { 完成日期: 6 }).find((r) => r.header === "完成日期");
    expect(fixed).toEqual(expect.objectContaining({ index: 6, letter: "G", sheetHeader: "落实情况", changed: true }));
    expect(doubleAssigned(mappingRows(ctx, rec, { 完成日期: 0 }))).toEqual(["决议编号 / 完成日期"]);
    expect(doubleAssigned(mappingRows(ctx, rec, { 完成日期: 6 }))).toEqual([]);
    await confirmMapping(wb, "决议", mappingToConfirm(ctx, rec, { 完成日期: 6, 责任人: null }));
    const again = recognitionOf(await loadContext(wb), "决议")!;
    expect(again.basis).toBe("confirmed");
    expect(again.mapping["完成日期"]).toBe(6);
    expect(again.mapping["责任人"]).toBeUndefined();
  });

  it("a confirmed mapping is read back as confirmed; 添加 and 设置 create exactly the missing sheets", async () => {
    const wb = MemoryWorkbook.withSheets({ 决议: [RESOLUTIONS] });
    const ctx = await loadContext(wb);
    await confirmMapping(wb, "决议", mappingToConfirm(ctx, recognitionOf(ctx, "决议")!));
    await setupLedgers(wb, { registers: ["visitors"] });
    const o = registersOverview(await loadContext(wb), "zh-CN");
    expect(o.present.map((p) => [p.sheet, p.confirmed])).toEqual([
      ["决议", true],
      ["来访登记", false],
    ]);
    expect(o.settingsMissing).toEqual([]);
    expect(o.present[1]!.label).toBe("来访登记");
    expect(o.absent.some((a) => a.id === "visitors")).toBe(false);
  });
});

describe("一键建立常用台账", () => {
  it("proposes the common registers not yet present and previews only the visible sheets it would add", async () => {
    const { defaultQuickChoice, setupPreview, COMMON_REGISTERS } =
      await import("../../../../src/taskpane/pages/registers/view-model");
    const wb = MemoryWorkbook.withSheets({ 决议: [["说明"], RESOLUTIONS], 部门: [["部门"], ["综合办"]] });
    const ctx = await loadContext(wb);
    const choice = defaultQuickChoice(registersOverview(ctx, "zh-CN"));
    expect(choice).toEqual(COMMON_REGISTERS.filter((id) => id !== "resolutions"));
    const existing = ctx.sheetInfos.map((s) => s.name);
    const preview = setupPreview(existing, ["meetings"]);
    expect(preview.registers).toEqual(["会议台账"]);
    expect(preview.settings).toEqual(SETTINGS_SHEETS.map((s) => s.sheet).filter((s) => s !== "部门"));
    expect([...preview.registers, ...preview.settings]).not.toContain("列表");
    // The preview is what setupLedgers then creates (plus the hidden 列表 sheet).
    const created = (await setupLedgers(wb, { registers: ["meetings"] })).created;
    expect(created.filter((s) => s !== "列表")).toEqual(
      [...preview.settings, ...preview.registers].sort((a, b) => created.indexOf(a) - created.indexOf(b)),
    );
  });
});
