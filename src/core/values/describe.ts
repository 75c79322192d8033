/** Quoting a person's value back to them in a message: as they typed it, on one line, and not a page long. */
import { normalizeText } from "./text";

const MAX_CHARS = 40;

/** Numbers lose binary noise (0.1 + 0.2 shows as 0.3), booleans read as Excel shows them, text is folded to one line. */
export function describeRaw(raw: unknown, maxChars: number = MAX_CHARS): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return Number.isFinite(raw) ? String(Number(raw.toPrecision(15))) : String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  const text = normalizeText(String(raw));
  // Count code points, not UTF-16 units, so a cut never splits a character outside the BMP.
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    if (++count === maxChars && i + 1 < text.length) return `${text.slice(0, i + 1)}…`;
  }
  return text;
}
