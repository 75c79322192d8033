/** A count (份数, 人数): a whole number, with the catalogue's bounds or a plausible maximum. */
import { parseInteger } from "../values/numbers";
import { PLAUSIBLE_MAX, type Bounds } from "../values/bounds";
import type { FieldTypes } from "../registers/types";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { amountOptions, numberColumn } from "./scanners";

const bounds = (type: FieldTypes["int"]): Bounds => ({
  ...(type.min === undefined ? {} : { min: type.min }),
  max: type.max ?? PLAUSIBLE_MAX.int,
});

export const intField = defineFieldType({
  kind: "int",
  storage: "num",
  width: 8,
  hint(type) {
    const lo = type.min === undefined ? "" : `，不小于 ${type.min}`;
    const hi = type.max === undefined ? "" : `，不大于 ${type.max}`;
    return `整数${lo}${hi}`;
  },
  expected: expectedFrom("expected.int"),
  parser: () => parseInteger,
  bounds,
  numberFormat: () => "0",
  numeric: (type) => ({
    type: "whole",
    ...(type.min === undefined ? {} : { min: type.min }),
    ...(type.max === undefined ? {} : { max: type.max }),
  }),
  scanner: (type, setup) => numberColumn(setup, amountOptions(bounds(type), true)),
});
