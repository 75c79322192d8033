/** A quantity (数量, 时长): any number, with the catalogue's bounds or a plausible maximum. */
import { parseDecimal } from "../values/numbers";
import { PLAUSIBLE_MAX, type Bounds } from "../values/bounds";
import type { FieldTypes } from "../registers/types";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { amountOptions, numberColumn } from "./scanners";

const bounds = (type: FieldTypes["decimal"]): Bounds => ({
  ...(type.min === undefined ? {} : { min: type.min }),
  ...(type.exclusiveMin === undefined ? {} : { exclusiveMin: type.exclusiveMin }),
  max: type.max ?? PLAUSIBLE_MAX.decimal,
});

export const decimalField = defineFieldType({
  kind: "decimal",
  storage: "num",
  width: 10,
  hint: (type) =>
    type.exclusiveMin !== undefined
      ? `数字，大于 ${type.exclusiveMin}`
      : type.min !== undefined
        ? `数字，不小于 ${type.min}`
        : "数字",
  expected: expectedFrom("expected.decimal"),
  parser: () => parseDecimal,
  bounds,
  numeric(type) {
    const min = type.min ?? type.exclusiveMin;
    return {
      type: "decimal",
      ...(min === undefined ? {} : { min }),
      ...(type.max === undefined ? {} : { max: type.max }),
    };
  },
  scanner: (type, setup) => numberColumn(setup, amountOptions(bounds(type), true)),
});
