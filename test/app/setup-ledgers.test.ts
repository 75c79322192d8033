import { setupLedgers, UnknownRegisterError } from "../../src/app/setup-ledgers";
import { REGISTERS } from "../../src/core/registers";
import { MemoryWorkbook } from "../../src/workbook/memory";

describe("setupLedgers", () => {
  test("creates the settings sheets, every register and the hidden 列表 sheet in two port calls", async () => {
    const wb = new MemoryWorkbook();
    const result = await setupLedgers(wb);
    expect(wb.calls).toEqual({ listSheets: 1, ensureSheets: 1 });
    for (const r of REGISTERS) expect(result.created).toContain(r.sheet);
    expect(result.created.slice(0, 5)).toEqual(["参数设置", "部门", "人员名单", "节假日调整", "KPI目标"]);
    expect(result.kept).toEqual([]);
    expect(wb.cell("收文登记簿", 1, 1)).toBe("收文编号");
    expect(wb.numberFormat("收文登记簿", 2, 2)).toBe("yyyy-mm-dd");
    if (wb.sheetNames().includes("列表")) expect(wb.visibility("列表")).toBe("hidden");
  });

  test("keeps sheets that exist with the user's data, adds only what is missing", async () => {
    const wb = MemoryWorkbook.withSheets({
      收文登记簿: [
        ["收文编号", "收文日期"],
        ["SW-1", 46304],
      ],
    });
    const result = await setupLedgers(wb, { registers: ["incoming-documents", "meetings"] });
    expect(result.kept).toEqual(["收文登记簿"]);
    expect(result.created).toContain("会议台账");
    expect(result.created).not.toContain("发文登记簿");
    expect(wb.cell("收文登记簿", 2, 1)).toBe("SW-1");
    expect(wb.cell("收文登记簿", 1, 3)).toBeNull();
  });

  test("departments and staff already listed in the workbook become dropdowns", async () => {
    const wb = MemoryWorkbook.withSheets({
      部门: [["部门"], ["综合办"], ["教务处"]],
      人员名单: [
        ["姓名", "部门", "岗位", "在岗"],
        ["王芳", "综合办", "主任", "是"],
      ],
    });
    await setupLedgers(wb, { registers: ["incoming-documents"] });
    const dept = wb.validationAt("收文登记簿", 5, 10);
    expect(dept?.column.header).toBe("办理部门");
    expect(dept?.column.list).toEqual({ kind: "range", ref: expect.stringMatching(/部门'?!\$A\$2:\$A\$3$/) });
    expect(wb.validationAt("收文登记簿", 5, 11)?.column.list).toEqual({
      kind: "range",
      ref: expect.stringMatching(/人员名单'?!\$A\$2:\$A\$2$/),
    });
  });

  test("unknown register ids are refused before anything is written", async () => {
    const wb = new MemoryWorkbook();
    await expect(setupLedgers(wb, { registers: ["incoming-documents", "nope"] })).rejects.toEqual(
      new UnknownRegisterError(["nope"]),
    );
    expect(wb.sheetNames()).toEqual([]);
  });
});
