/** A day and a time of day (会议开始时间), stored as an Excel serial with a fraction. */
import { serialToIsoDateTime } from "../dates";
import { parseDateTime } from "../values/date-time";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { dayOptions, numberColumn } from "./scanners";

export const datetimeField = defineFieldType({
  kind: "datetime",
  storage: "num",
  width: 17,
  hint: () => "日期时间，如 2025-03-05 14:30",
  expected: expectedFrom("expected.datetime"),
  parser: () => parseDateTime,
  numberFormat: () => "yyyy-mm-dd hh:mm",
  show(t, header, i) {
    const d = t.dateTime(header, i);
    return d === null ? null : serialToIsoDateTime(d).replace("T", " ");
  },
  scanner: (_type, setup) => numberColumn(setup, dayOptions(Number.POSITIVE_INFINITY)),
});
