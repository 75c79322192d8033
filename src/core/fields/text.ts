/** Free text (来文字号, 承办人, 备注): optional length limit and pattern; keys and department columns are text too. */
import { parseText } from "../values/choices";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { freeTextScanner, textScanner } from "./scanners";
import { emptyColumn } from "./storage";

export const textField = defineFieldType({
  kind: "text",
  storage: "text",
  width: 14,
  hint: (type) => (type.maxLength ? `文本，不超过 ${type.maxLength} 字` : "文本"),
  expected: expectedFrom("expected.text"),
  parser: () => parseText,
  // Text: keeps 编号 such as 001 from turning into the number 1.
  numberFormat: () => "@",
  scanner(type, { scan, departments, unique }) {
    const maxLength = type.maxLength ?? 0;
    // Nothing to check but blank, Excel errors and length: the column is not stored (the table normalises lazily).
    if (!unique && departments === null && !type.pattern)
      return { scan: freeTextScanner(scan, maxLength), storage: null };
    const storage = emptyColumn("text", scan.n);
    const pattern = type.pattern ? new RegExp(type.pattern) : null;
    return { scan: textScanner(scan, storage.data, maxLength, pattern, departments, unique), storage };
  },
});
