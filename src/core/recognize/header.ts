/**
 * Header text as recognition compares it. Offices write the same header many ways — 收文编号*, 收文編號, 收文 编号,
 * 金额（元）, 收文编号(必填) — and REGISTERS.md says they are one column.
 */
import { describeRaw, normalizeText, toHalfWidth, toSimplified } from "../values";

const REQUIRED_MARK = "(必填)";

/**
 * Trims; folds full-width brackets, digits and letters to half-width; traditional to simplified; removes all
 * whitespace (line breaks inside header cells are common); lower-cases Latin; drops required-column markers: a
 * trailing or leading * / ＊ and a trailing (必填) / （必填）.
 */
export function normalizeHeader(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  let s = toHalfWidth(normalizeText(typeof raw === "string" ? raw : describeRaw(raw, Infinity)));
  if (s.indexOf(" ") >= 0) s = s.replace(/ /g, "");
  s = toSimplified(s).toLowerCase();
  for (;;) {
    if (s.endsWith("*")) s = s.slice(0, -1);
    else if (s.startsWith("*")) s = s.slice(1);
    else if (s.endsWith(REQUIRED_MARK)) s = s.slice(0, -REQUIRED_MARK.length);
    else return s;
  }
}

/**
 * A normalised header without its trailing unit in brackets: 金额(元) → 金额. Lets a sheet's plain 金额 find the
 * catalogue's 金额(元); the reverse is never done, so a sheet's 金额(万元) is not read as yuan.
 */
export function withoutUnit(normalized: string): string {
  if (!normalized.endsWith(")")) return normalized;
  const open = normalized.lastIndexOf("(");
  return open > 0 ? normalized.slice(0, open) : normalized;
}
