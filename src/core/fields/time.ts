/** A time of day, stored as Excel's fraction of a day. */
import { parseTime } from "../values/date-time";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { amountOptions, numberColumn } from "./scanners";

export const timeField = defineFieldType({
  kind: "time",
  storage: "num",
  width: 9,
  hint: () => "时间，如 14:30",
  expected: expectedFrom("expected.time"),
  parser: () => parseTime,
  numberFormat: () => "hh:mm",
  scanner: (_type, setup) => numberColumn(setup, amountOptions({}, false)),
});
