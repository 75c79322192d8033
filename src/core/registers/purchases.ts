/** 采购台账: purchases, their amounts and the simplified approval route for small office supplies (DOMAIN F2, R29). */
import { T, cite, at, col, dateOrderRule, dept, msg, person, rule } from "./kit";
import type { RegisterDef } from "./types";

const TOLERANCE = 0.01;
const amount = rule(
  "amount",
  "error",
  {
    default: msg(
      "{col}（{value}）与 数量 × 单价 = {expected} 不符",
      "{col} ({value}) does not equal quantity × unit price = {expected}",
    ),
  },
  (t, i, ctx) => {
    const qty = t.number("数量", i);
    const price = t.number("单价(元)", i);
    const total = t.number("金额(元)", i);
    if (qty === null || price === null || total === null) return null;
    const expected = qty * price;
    // Compare in cents so binary fractions (0.1 × 3) do not trip the 0.01 tolerance.
    return Math.abs(Math.round(expected * 100) - Math.round(total * 100)) > TOLERANCE * 100
      ? [at(t, "金额(元)", i, ctx, { expected: (Math.round(expected * 100) / 100).toFixed(2) })]
      : null;
  },
);

const SIMPLE_TYPES = new Set(["办公用品", "耗材"]);
const simplifiedApproval = rule(
  "simplified-approval",
  "error",
  {
    default: msg(
      "简化审批只适用于金额小于 {limit} 元的采购：本单金额 {amount} 元",
      "Simplified approval only applies to purchases under {limit} yuan: this one is {amount} yuan",
    ),
    type: msg(
      "简化审批只适用于办公用品、耗材：{col}为“{value}”",
      "Simplified approval only applies to office supplies and consumables: {col} is “{value}”",
    ),
  },
  (t, i, ctx) => {
    if (t.text("审批级别", i) !== "简化") return null;
    const out = [];
    const type = t.text("类型", i);
    if (type !== null && !SIMPLE_TYPES.has(type)) out.push(at(t, "类型", i, ctx, {}, "type"));
    const given = t.number("金额(元)", i);
    const qty = t.number("数量", i);
    const price = t.number("单价(元)", i);
    const total = given ?? (qty !== null && price !== null ? Math.round(qty * price * 100) / 100 : null);
    const limit = ctx.settings.number("简化采购上限(元)");
    if (total !== null && total >= limit) out.push(at(t, "审批级别", i, ctx, { limit, amount: total }));
    return out.length ? out : null;
  },
);

export const purchases: RegisterDef = {
  id: "purchases",
  sheet: "采购台账",
  en: "Purchases",
  tableName: "Purchases",
  key: ["采购单号"],
  columns: [
    col("采购单号", "Purchase no.", T.text(), { required: true, unique: true }),
    dept("申请部门", "Requesting dept.", { required: true }),
    person("申请人", "Requested by"),
    col("申请日期", "Requested on", T.date(), { required: true }),
    col("物品名称", "Item", T.text(), { required: true, width: 20 }),
    col("规格", "Specification", T.text()),
    col("类型", "Type", T.enumOf(["办公用品", "耗材", "设备", "教学设备"]), { required: true }),
    col("数量", "Quantity", T.decimal({ exclusiveMin: 0 }), { required: true }),
    col("单价(元)", "Unit price (yuan)", T.money(), { required: true, synonyms: ["单价"] }),
    col("金额(元)", "Amount (yuan)", T.money(), { synonyms: ["金额"] }),
    col("参考单价(元)", "Reference price (yuan)", T.money(), { synonyms: ["参考单价", "基准单价"] }),
    col("供应商", "Supplier", T.text(), { width: 20 }),
    col("审批级别", "Approval route", T.enumOf(["简化", "常规"])),
    col("下单日期", "Ordered on", T.date()),
    col("验收日期", "Accepted on", T.date()),
    col("入库日期", "Stocked on", T.date()),
    col("状态", "Status", T.enumOf(["待审批", "已下单", "已验收", "已入库", "已取消"])),
  ],
  rules: [amount, cite(["R29"], simplifiedApproval), dateOrderRule([["申请日期", "下单日期", "验收日期", "入库日期"]])],
};
