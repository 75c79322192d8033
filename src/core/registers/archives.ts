/**
 * 档案台账: the archive catalogue, retention and destruction (DOMAIN A1/A4, R37–R41). Retention years of 长期/短期 are
 * settings (the sources give none); the expiry is the end of the filing year plus those years, none for 永久.
 */
import { T, cite, at, col, isoOf, msg, names, present, rule } from "./kit";
import { ymdToSerial, yearOf, type Serial } from "../dates";
import type { Settings } from "../settings-types";
import type { RegisterTable } from "../table-types";
import type { RegisterDef, RuleFinding } from "./types";

const RETENTION_YEARS_KEY: Readonly<Record<string, string>> = { 长期: "长期保管年限", 短期: "短期保管年限" };

/** Expiry of archive row i: 31 Dec of (年度, or the year of 归档日期) + the retention years; null for 永久 or unknown. */
export function archiveExpiry(t: RegisterTable, i: number, settings: Settings): Serial | null {
  const retention = t.text("保管期限", i);
  const key = retention === null ? undefined : RETENTION_YEARS_KEY[retention];
  if (key === undefined) return null;
  const filedOn = t.date("归档日期", i);
  const year = t.number("年度", i) ?? (filedOn === null ? null : yearOf(filedOn));
  if (year === null || !Number.isInteger(year)) return null;
  return ymdToSerial(year + settings.number(key), 12, 31);
}

const copies = rule(
  "copies",
  "warning",
  {
    default: msg(
      "纸质存放位置和电子文件路径至少填写一项",
      "Give at least one of 纸质存放位置 (paper location) and 电子文件路径 (electronic path)",
    ),
  },
  (t, i) =>
    !present(t, "纸质存放位置", i) && !present(t, "电子文件路径", i)
      ? [{ column: t.has("纸质存放位置") || !t.has("电子文件路径") ? "纸质存放位置" : "电子文件路径" }]
      : null,
);

const DESTROYED = "已销毁";
const destroyPermanent = rule(
  "destroy-permanent",
  "error",
  { default: msg("保管期限为“永久”的档案不能销毁", "An archive kept permanently (永久) cannot be destroyed") },
  (t, i, ctx) => (t.text("保管期限", i) === "永久" && t.text("状态", i) === DESTROYED ? [at(t, "状态", i, ctx)] : null),
);

const destroyEarly = rule(
  "destroy-early",
  "error",
  {
    default: msg(
      "{col}（{value}）早于保管到期日期（{expiry}）",
      "{col} ({value}) is before the end of retention ({expiry})",
    ),
  },
  (t, i, ctx) => {
    const destroyed = t.date("销毁日期", i);
    if (destroyed === null) return null;
    const expiry = archiveExpiry(t, i, ctx.settings) ?? t.date("到期日期", i);
    return expiry !== null && destroyed < expiry ? [at(t, "销毁日期", i, ctx, { expiry: isoOf(expiry) })] : null;
  },
);

const MIN_WITNESSES = 2;
const destroyWitnesses = rule(
  "destroy-witnesses",
  "error",
  {
    default: msg("已销毁的档案须填写{col}", "A destroyed archive needs {col}"),
    witnesses: msg(
      "销毁须有至少两名不同的监销人：{col}只有 {count} 人",
      "Destruction needs at least two different witnesses: {col} names {count}",
    ),
  },
  (t, i, ctx) => {
    if (t.text("状态", i) !== DESTROYED) return null;
    const out: RuleFinding[] = [];
    for (const h of ["鉴定意见", "销毁日期"])
      if (!present(t, h, i)) out.push({ column: h, params: { col: names(t, [h], ctx.lang) } });
    const count = new Set(t.list("监销人", i)).size;
    if (count < MIN_WITNESSES)
      out.push({ column: "监销人", params: { col: names(t, ["监销人"], ctx.lang), count }, messageKey: "witnesses" });
    return out.length ? out : null;
  },
);

export const archives: RegisterDef = {
  id: "archives",
  sheet: "档案台账",
  en: "Archives",
  tableName: "Archives",
  key: ["档号"],
  columns: [
    col("档号", "Archive no.", T.text(), { required: true, unique: true }),
    col("题名", "Title", T.text(), { required: true, width: 36 }),
    col("归档类别", "Category", T.enumOf(["行政管理类", "人事类", "财务类", "资产类", "活动类", "其他"]), {
      required: true,
    }),
    col("保管期限", "Retention", T.enumOf(["永久", "长期", "短期"], { 定期30年: "长期", 定期10年: "短期" }), {
      required: true,
    }),
    col("密级", "Classification", T.enumSetting("密级列表")),
    col("年度", "Year", T.int(1949, 2100), { required: true }),
    col("纸质存放位置", "Paper location", T.text(), { width: 16 }),
    col("电子文件路径", "Electronic path", T.text(), { width: 30 }),
    col("归档日期", "Filed on", T.date(), { required: true }),
    col("到期日期", "Retention ends", T.date(), { computed: true }),
    col("状态", "Status", T.enumOf(["在库", "借出", "已销毁"])),
    col("鉴定意见", "Appraisal", T.text(), { width: 20 }),
    col("销毁日期", "Destroyed on", T.date()),
    col("监销人", "Witnesses", T.list(), { personList: true }),
  ],
  // 年度 and 归档类别 are required (R08, the electronic archive's classification), with the sources' enums (R37, R38).
  source: ["R08", "R37", "R38"],
  rules: [cite(["R39"], copies), destroyPermanent, cite(["R41"], destroyEarly), cite(["R41"], destroyWitnesses)],
};
