/** Several names in one cell, separated by 、 (参会人员). */
import { parseList } from "../values/choices";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { choiceScanner } from "./scanners";
import { emptyColumn } from "./storage";

export const listField = defineFieldType({
  kind: "list",
  storage: "list",
  width: 20,
  hint: () => "可填多个，用顿号“、”分隔",
  expected: expectedFrom("expected.list"),
  parser: () => parseList,
  numberFormat: () => "@",
  scanner(_type, { scan, departments }) {
    const storage = emptyColumn("list", scan.n);
    return { scan: choiceScanner(scan, storage, departments), storage };
  },
});
