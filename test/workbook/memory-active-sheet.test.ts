/** MemoryWorkbook's sheet in front: the demo pane's 当前工作表 follows it. */
import { MemoryWorkbook } from "../../src/workbook/memory";

test("the first visible sheet until one is activated or a cell on another is selected; an unknown sheet is refused", async () => {
  const wb = MemoryWorkbook.withSheets({ 甲: [["a"]], 乙: [["b"]], 丙: [["c"]] });
  expect(await wb.getActiveSheet()).toBe("甲");
  wb.activate("丙");
  expect(await wb.getActiveSheet()).toBe("丙");
  await wb.select("乙", 1, 1);
  expect(await wb.getActiveSheet()).toBe("乙");
  expect(wb.selection).toEqual({ sheet: "乙", row: 1, column: 1 });
  expect(() => wb.activate("丁")).toThrow(/丁/);
  expect(await wb.clone().getActiveSheet()).toBe("乙");
});
