/** 资产台账: fixed assets and their stocktakes (DOMAIN F8, R33, R34, R36). */
import { T, cite, col, dateOrderRule, dept, msg, names, person, present, rule } from "./kit";
import type { RegisterDef, RuleFinding } from "./types";

const DIFFERENCE = new Set(["盘盈", "盘亏"]);
const stocktakeDiff = rule(
  "stocktake-diff",
  "error",
  { default: msg("盘点结果为“{result}”时须填写{col}", "A stocktake result of “{result}” needs {col}") },
  (t, i, ctx) => {
    const result = t.text("盘点结果", i);
    if (result === null || !DIFFERENCE.has(result)) return null;
    const out: RuleFinding[] = [];
    for (const h of ["差异原因", "处理结果"])
      if (!present(t, h, i)) out.push({ column: h, params: { result, col: names(t, [h], ctx.lang) } });
    return out.length ? out : null;
  },
);

export const assets: RegisterDef = {
  id: "assets",
  sheet: "资产台账",
  en: "Assets",
  tableName: "Assets",
  key: ["资产编号"],
  columns: [
    col("资产编号", "Asset no.", T.text(), { required: true, unique: true }),
    col("资产名称", "Asset", T.text(), { required: true, width: 20 }),
    col("资产类别", "Asset class", T.text()),
    col("规格型号", "Model", T.text(), { required: true, width: 16 }),
    col("购置日期", "Purchased on", T.date(true), { required: true }),
    col("原值(元)", "Original value (yuan)", T.money(), { synonyms: ["原值"] }),
    col("存放地点", "Location", T.text(), { required: true }),
    dept("使用部门", "Department", { required: true }),
    person("负责人", "Custodian", { required: true }),
    col("状态", "Status", T.enumOf(["在用", "闲置", "借出", "调拨", "报废"])),
    col("盘点日期", "Stocktake date", T.date()),
    col("盘点结果", "Stocktake result", T.enumOf(["相符", "盘盈", "盘亏"])),
    col("差异原因", "Cause of difference", T.text(), { width: 20 }),
    col("处理结果", "Resolution", T.text(), { width: 20 }),
  ],
  source: ["R33"],
  rules: [cite(["R36"], dateOrderRule([["购置日期", "盘点日期"]])), cite(["R34"], stocktakeDiff)],
};
