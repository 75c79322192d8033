/** A percentage held as points 0–100 (85 means 85 %). */
import { parsePercent } from "../values/numbers";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { amountOptions, numberColumn } from "./scanners";

const BOUNDS = { min: 0, max: 100 };

export const percentField = defineFieldType({
  kind: "percent",
  storage: "num",
  width: 8,
  hint: () => "百分比 0–100",
  expected: expectedFrom("expected.percent"),
  parser: () => parsePercent,
  bounds: () => BOUNDS,
  // Points 0–100, so not Excel's '0%' which would show 8500 %.
  numberFormat: () => "0.0",
  numeric: () => ({ type: "decimal", min: 0, max: 100 }),
  scanner: (_type, setup) => numberColumn(setup, amountOptions(BOUNDS, false)),
});
