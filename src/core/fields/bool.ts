/** 是 / 否, stored as 1 / 0 (−1 blank). */
import { parseBool } from "../values/choices";
import { expectedFrom } from "./expected";
import { defineFieldType } from "./field-type";
import { choiceScanner } from "./scanners";
import { emptyColumn } from "./storage";

const VALUES: readonly string[] = ["是", "否"];

export const boolField = defineFieldType({
  kind: "bool",
  storage: "bool",
  width: 8,
  hint: () => "是 或 否",
  expected: expectedFrom("expected.bool"),
  parser: () => parseBool,
  choices: () => ({ values: VALUES }),
  scanner(_type, { scan, departments }) {
    const storage = emptyColumn("bool", scan.n);
    return { scan: choiceScanner(scan, storage, departments), storage };
  },
});
