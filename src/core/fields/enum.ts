/**
 * One value of a list: fixed in the catalogue (with aliases), or a list setting of `参数设置` (密级列表). Without the
 * settings a setting-sourced enum accepts any text: the list is unknown, and refusing everything would be worse.
 */
import { fixed } from "../i18n/message";
import type { EnumSource } from "../registers/types";
import type { ParseContext } from "../values/cell";
import { enumParser, parseText } from "../values/choices";
import { enumExpectedText } from "../values/messages";
import { defineFieldType } from "./field-type";
import { enumScanner } from "./scanners";
import { emptyColumn } from "./storage";

export function enumValues(source: EnumSource, ctx?: ParseContext): readonly string[] | null {
  if (source.kind === "fixed") return source.values;
  return ctx ? ctx.list(source.key) : null;
}

export const enumField = defineFieldType({
  kind: "enum",
  storage: "text",
  width: 11,
  hint: (type) =>
    type.source.kind === "fixed"
      ? `从下拉列表选择：${type.source.values.join("/")}`
      : `从下拉列表选择（${type.source.key}）`,
  expected: (allowed) => fixed((lang) => enumExpectedText(lang, allowed)),
  parser(type, ctx) {
    const values = enumValues(type.source, ctx);
    if (values === null) return parseText;
    return enumParser(values, type.source.kind === "fixed" ? type.source.aliases : undefined);
  },
  allowed: (type, ctx) => enumValues(type.source, ctx),
  choices: (type) => (type.source.kind === "fixed" ? { values: type.source.values } : { setting: type.source.key }),
  scanner(_type, { scan }) {
    const storage = emptyColumn("text", scan.n);
    return { scan: enumScanner(scan, storage.data), storage };
  },
});
