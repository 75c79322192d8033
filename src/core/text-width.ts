/**
 * How many columns a terminal gives a string (and, roughly, an Excel column): CJK, Hangul and full-width characters
 * take two, as do the CJK extension planes (U+20000 and up: 𠮷 is one wide character, two UTF-16 units). The one
 * measure for the CLI's tables and the generated sheets' column widths.
 */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

/** The text padded with spaces to `width` terminal columns (never cut). */
export function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}
