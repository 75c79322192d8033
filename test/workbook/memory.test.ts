import { CancelledError } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory";

describe("MemoryWorkbook beyond the shared contract", () => {
  test("withSheets seeds values; clone is independent; calls are counted per port method", async () => {
    const wb = MemoryWorkbook.withSheets({ S: [["a", null, ""], [], [1, 2]] });
    expect(await wb.listSheets()).toEqual([{ name: "S", visible: true, rowCount: 3, columnCount: 2 }]);
    const copy = wb.clone();
    copy.setCell("S", 1, 1, "changed");
    await copy.setSetting("k", "v");
    expect(wb.cell("S", 1, 1)).toBe("a");
    expect(await wb.getSetting("k")).toBeNull();
    expect(wb.calls).toEqual({ listSheets: 1, getSetting: 1 });
  });

  test("blank rows of a read share one frozen row, as the file adapter's do", async () => {
    const wb = MemoryWorkbook.withSheets({ S: [["a"], [], [], ["b", "c"]] });
    const [s] = await wb.readSheets(["S"]);
    expect(s?.values).toEqual([
      ["a", null],
      [null, null],
      [null, null],
      ["b", "c"],
    ]);
    expect(s?.values[1]).toBe(s?.values[2]);
    expect(Object.isFrozen(s?.values[1])).toBe(true);
    expect(Object.isFrozen(s?.values[0])).toBe(false);
  });

  test("progress per sheet, cancellation between sheets, a clear error for a missing sheet", async () => {
    const wb = MemoryWorkbook.withSheets({ A: [[1], [2]], B: [[3]] });
    const seen: number[][] = [];
    await wb.readSheets(["A", "B"], { onProgress: (r, t) => seen.push([r, t]) });
    expect(seen).toEqual([
      [2, 3],
      [3, 3],
    ]);
    let n = 0;
    await expect(wb.readSheets(["A", "B"], { isCancelled: () => n++ > 0 })).rejects.toBeInstanceOf(CancelledError);
    await expect(wb.readSheets(["Nope"])).rejects.toThrow("Nope");
    expect(() => wb.addSheet("A")).toThrow("exists");
  });

  test("inspection of an applied spec: conditional formats, charts, validations, header notes", async () => {
    const wb = new MemoryWorkbook();
    await wb.ensureSheets([
      {
        name: "看板",
        columns: [
          { header: "指标", width: 10, headerNote: "由助手生成" },
          { header: "值", width: 8, numeric: { type: "decimal", min: 0 } },
        ],
        formatRows: 3,
        conditionalFormats: [{ range: "A2:B4", kind: "formula", formula: "=$B2<0", fill: "#FFC7CE" }],
        charts: [
          {
            name: "c",
            title: "趋势",
            type: "line",
            dataRange: "A1:B4",
            seriesBy: "columns",
            anchor: { cell: "D2", widthCols: 5, heightRows: 10 },
          },
        ],
        hidden: true,
        ifExists: "replace",
      },
    ]);
    expect(wb.visibility("看板")).toBe("hidden");
    expect(wb.note("看板", 1, 1)).toBe("由助手生成");
    expect(wb.conditionalFormats("看板")).toHaveLength(1);
    expect(wb.charts("看板").map((c) => c.name)).toEqual(["c"]);
    expect(wb.validations("看板")).toEqual([
      { range: { top: 2, left: 2, bottom: 4, right: 2 }, column: expect.objectContaining({ header: "值" }) },
    ]);
    expect(wb.validationAt("看板", 5, 2)).toBeNull();
    expect(wb.appliedSpec("看板")?.name).toBe("看板");
  });
});
