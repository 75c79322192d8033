/** An amount in yuan: never negative, at most two decimals (fen), a plausible maximum. */
import { parseMoney } from "../values/numbers";
import { PLAUSIBLE_MAX, type Bounds } from "../values/bounds";
import type { FieldTypes } from "../registers/types";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { amountOptions, numberColumn } from "./scanners";

const bounds = (type: FieldTypes["money"]): Bounds =>
  type.exclusiveMin === undefined
    ? { min: 0, max: PLAUSIBLE_MAX.money }
    : { min: 0, exclusiveMin: type.exclusiveMin, max: PLAUSIBLE_MAX.money };

export const moneyField = defineFieldType({
  kind: "money",
  storage: "num",
  width: 12,
  hint: (type) =>
    type.exclusiveMin !== undefined
      ? `金额（元），大于 ${type.exclusiveMin}，最多两位小数`
      : "金额（元），最多两位小数",
  expected: expectedFrom("expected.money"),
  parser: () => parseMoney,
  bounds,
  numberFormat: () => "#,##0.00",
  numeric: () => ({ type: "decimal", min: 0 }),
  scanner: (type, setup) => numberColumn(setup, amountOptions(bounds(type), false)),
});
