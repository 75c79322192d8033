/** 库存台账: the running balance per 物品编码, in 日期 order with sheet order breaking ties. */
import { check, codes } from "../validate/fixtures";

const move = (
  日期: string,
  物品编码: string,
  inQty: number | null,
  outQty: number | null,
  extra: Record<string, number> = {},
) => ({
  日期,
  物品编码,
  物品名称: 物品编码 === "A4" ? "A4纸" : "签字笔",
  单位: "包",
  入库数量: inQty,
  出库数量: outQty,
  ...extra,
});

test("an issue before any receipt goes negative, at the issue's row", () => {
  const issues = check("stock", [move("2025-03-03", "A4", 10, null), move("2025-03-04", "A4", null, 15)]);
  expect(codes(issues)).toEqual(["row/negative-balance@3:出库数量"]);
  expect(issues[0]?.message).toContain("-5");
});

test("rows are balanced in 日期 order, not sheet order", () => {
  // Sheet order: the issue on 03-05 is written above the receipt of 03-03.
  expect(check("stock", [move("2025-03-05", "A4", null, 5), move("2025-03-03", "A4", 10, null)])).toEqual([]);
});

test("same-day rows keep their sheet order", () => {
  const issues = check("stock", [move("2025-03-03", "A4", null, 5), move("2025-03-03", "A4", 10, null)]);
  expect(codes(issues)).toEqual(["row/negative-balance@2:出库数量"]);
});

test("each 物品编码 has its own balance", () => {
  const issues = check("stock", [move("2025-03-03", "A4", 10, null), move("2025-03-04", "PEN", null, 1)]);
  expect(codes(issues)).toEqual(["row/negative-balance@3:出库数量"]);
});

test("结存, when given, must equal the running balance", () => {
  const issues = check("stock", [
    move("2025-03-03", "A4", 10, null, { 结存: 10 }),
    move("2025-03-04", "A4", null, 3, { 结存: 8 }),
    move("2025-03-05", "A4", 0.1, null, { 结存: 7.1 }),
  ]);
  expect(codes(issues)).toEqual(["row/balance@3:结存"]);
  expect(issues[0]?.message).toContain("7");
});

test("low stock is judged on each item's latest movement", () => {
  const rows = [
    move("2025-03-03", "A4", 10, null, { 安全库存量: 5 }),
    move("2025-03-04", "A4", null, 6),
    move("2025-03-05", "A4", 0.5, null),
  ];
  const issues = check("stock", rows);
  expect(codes(issues)).toEqual(["row/low-stock@4:结存"]);
  expect(issues[0]?.message).toContain("安全库存量 5");
  expect(check("stock", [...rows, move("2025-03-06", "A4", 1, null)])).toEqual([]);
});
