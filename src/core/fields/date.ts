/** A calendar day, stored as an Excel serial; optionally not after the as-of day (收文日期). */
import { serialToIso } from "../dates";
import { parseDate } from "../values/date-time";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { dayOptions, numberColumn } from "./scanners";

export const dateField = defineFieldType({
  kind: "date",
  storage: "num",
  width: 12,
  hint: (type) => (type.notAfterToday ? "日期，如 2025-03-05，不晚于今天" : "日期，如 2025-03-05"),
  expected: expectedFrom("expected.date"),
  parser: () => parseDate,
  numberFormat: () => "yyyy-mm-dd",
  show(t, header, i) {
    const d = t.date(header, i);
    return d === null ? null : serialToIso(d);
  },
  scanner: (type, setup) => numberColumn(setup, dayOptions(type.notAfterToday ? setup.asOf : Number.POSITIVE_INFINITY)),
});
