/**
 * 库存台账: a log of stock movements. The balance of each item is the running sum of receipts minus issues in 日期
 * order (rows of the same day keep their sheet order), so the checks need the whole sheet (`checkAll`).
 */
import { T, cite, at, col, dept, msg, person, rule } from "./kit";
import type { RegisterTable } from "../table-types";
import type { RegisterDef, RuleContext, RuleDef, RuleFinding } from "./types";

const oneMovement = rule(
  "one-movement",
  "error",
  {
    default: msg(
      "每行只记一笔出入库：入库数量和出库数量须恰有一项大于 0",
      "Each row records one movement: exactly one of 入库数量 (in) and 出库数量 (out) must be above 0",
    ),
  },
  (t, i, ctx) => {
    const inQty = t.number("入库数量", i) ?? 0;
    const outQty = t.number("出库数量", i) ?? 0;
    return inQty > 0 === outQty > 0 ? [at(t, inQty > 0 ? "出库数量" : "入库数量", i, ctx)] : null;
  },
);

/** Rounds away binary noise so 0.1 + 0.2 − 0.3 counts as 0. */
const settle = (x: number): number => Math.round(x * 1e6) / 1e6;

interface Movement {
  index: number;
  balance: number;
}

/** Running balance after each row, grouped by 物品编码, in 日期 order then sheet order. */
function runningBalances(t: RegisterTable): Map<string, Movement[]> {
  const rows: number[] = [];
  for (let i = 0; i < t.rowCount; i++) if (!t.isBlank(i) && t.text("物品编码", i) !== null) rows.push(i);
  const day = (i: number): number => t.date("日期", i) ?? Number.POSITIVE_INFINITY;
  rows.sort((a, b) => day(a) - day(b) || a - b);
  const byItem = new Map<string, Movement[]>();
  const totals = new Map<string, number>();
  for (const i of rows) {
    const code = t.text("物品编码", i) as string;
    const balance = settle((totals.get(code) ?? 0) + (t.number("入库数量", i) ?? 0) - (t.number("出库数量", i) ?? 0));
    totals.set(code, balance);
    let list = byItem.get(code);
    if (!list) byItem.set(code, (list = []));
    list.push({ index: i, balance });
  }
  return byItem;
}

const balanceCache = new WeakMap<RegisterTable, Map<string, Movement[]>>();
function balancesOf(t: RegisterTable): Map<string, Movement[]> {
  let b = balanceCache.get(t);
  if (!b) balanceCache.set(t, (b = runningBalances(t)));
  return b;
}

function wholeSheetRule(
  id: string,
  severity: RuleDef["severity"],
  messages: RuleDef["messages"],
  find: (t: RegisterTable, code: string, moves: Movement[], ctx: RuleContext) => ({ index: number } & RuleFinding)[],
): RuleDef {
  return {
    id,
    severity,
    messages,
    checkAll: (t, ctx) => {
      const out: ({ index: number } & RuleFinding)[] = [];
      for (const [code, moves] of balancesOf(t)) out.push(...find(t, code, moves, ctx));
      return out;
    },
  };
}

const fmt = (x: number): string => String(settle(x));

const negativeBalance = wholeSheetRule(
  "negative-balance",
  "error",
  {
    default: msg(
      "物品 {code} 出库后结存为 {balance}，库存不能为负",
      "Item {code} would have a balance of {balance} after this issue; stock cannot go negative",
    ),
  },
  (t, code, moves, ctx) =>
    moves
      .filter((m) => m.balance < 0)
      .map((m) => ({ index: m.index, ...at(t, "出库数量", m.index, ctx, { code, balance: fmt(m.balance) }) })),
);

const balance = wholeSheetRule(
  "balance",
  "warning",
  {
    default: msg(
      "{col}（{value}）与按日期累计的结存 {balance} 不符",
      "{col} ({value}) differs from the running balance {balance}",
    ),
  },
  (t, _code, moves, ctx) =>
    moves
      .filter((m) => {
        const given = t.number("结存", m.index);
        return given !== null && settle(given) !== m.balance;
      })
      .map((m) => ({ index: m.index, ...at(t, "结存", m.index, ctx, { balance: fmt(m.balance) }) })),
);

/** Judged on each item's latest movement: low stock is about now, not about every past row. */
const lowStock = wholeSheetRule(
  "low-stock",
  "warning",
  {
    default: msg(
      "物品 {code} 当前结存 {balance} 低于安全库存量 {safety}",
      "Item {code} is at {balance}, below its safety stock of {safety}",
    ),
  },
  (t, code, moves, ctx) => {
    const last = moves[moves.length - 1];
    if (!last) return [];
    let safety: number | null = null;
    for (let k = moves.length - 1; k >= 0 && safety === null; k--)
      safety = t.number("安全库存量", (moves[k] as Movement).index);
    if (safety === null || last.balance >= safety) return [];
    const column = t.has("结存") ? "结存" : "安全库存量";
    return [
      {
        index: last.index,
        ...at(t, column, last.index, ctx, { code, balance: fmt(last.balance), safety: fmt(safety) }),
      },
    ];
  },
);

export const stock: RegisterDef = {
  id: "stock",
  sheet: "库存台账",
  en: "Stock",
  tableName: "Stock",
  columns: [
    col("日期", "Date", T.date(), { required: true }),
    col("物品编码", "Item code", T.text(), { required: true }),
    col("物品名称", "Item", T.text(), { required: true, width: 20 }),
    col("类别", "Category", T.enumOf(["纸张", "文具", "耗材", "其他"])),
    col("单位", "Unit", T.text(), { required: true, width: 8 }),
    col("入库数量", "Quantity in", T.decimal({ min: 0 })),
    col("出库数量", "Quantity out", T.decimal({ min: 0 })),
    dept("领用部门", "Issued to dept."),
    person("领用人", "Issued to"),
    col("结存", "Balance", T.decimal()),
    col("安全库存量", "Safety stock", T.decimal({ min: 0 })),
  ],
  rules: [oneMovement, negativeBalance, balance, cite(["R32"], lowStock)],
};
