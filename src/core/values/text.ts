/**
 * Text clean-up shared by every parser and by header matching. People paste from Word, WeChat and web pages: values
 * arrive with line breaks, non-breaking and ideographic spaces, zero-width characters and full-width digits. These
 * functions fold such variants without touching anything meaningful, and return their input unchanged (no new
 * string) when there is nothing to fold, which is the common case on a 100,000-row column.
 */

/**
 * Characters that separate words: ASCII whitespace, NBSP, U+3000, the typographic spaces of U+2000–U+200A and the
 * Unicode line and paragraph separators (Word pastes them).
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x85 ||
    c === 0x1680
  );
}

/** Invisible characters that only get in the way of matching (zero-width space, word joiner, byte-order mark). */
function isInvisibleCode(c: number): boolean {
  return c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/** Trims, turns every run of whitespace (CR/LF, tabs, NBSP, U+3000 …) into one space and drops zero-width characters. */
export function normalizeText(s: string): string {
  const n = s.length;
  // Fast path: already clean means no leading, trailing, doubled or non-ASCII-space whitespace.
  let clean = true;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) {
        clean = false;
        break;
      }
      prevSpace = true;
    } else if (c < 0x80 ? c < 32 : isSpaceCode(c) || isInvisibleCode(c)) {
      clean = false;
      break;
    } else {
      prevSpace = false;
    }
  }
  if (clean && !prevSpace) return s;
  let out = "";
  let runStart = -1;
  let pendingSpace = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 32;
    const space = c < 32 || isSpaceCode(c);
    if (space || isInvisibleCode(c)) {
      if (runStart >= 0) {
        if (pendingSpace) out += " ";
        out += s.slice(runStart, i);
        runStart = -1;
        pendingSpace = false;
      }
      if (space && out.length > 0) pendingSpace = true;
    } else if (runStart < 0) {
      runStart = i;
    }
  }
  return out;
}

/**
 * Full-width ASCII variants (Ａ–Ｚ, ０–９, （）：，．％ …, U+FF01–U+FF5E) and the ideographic space to their ASCII
 * forms, and ￥ to ¥. Chinese punctuation without an ASCII twin (、。《》) is left alone: 、 separates list items.
 */
export function toHalfWidth(s: string): string {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3000 && (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e) || c === 0xffe5)) break;
  }
  if (i === n) return s;
  let out = s.slice(0, i);
  let runStart = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    let mapped = -1;
    if (c >= 0xff01 && c <= 0xff5e) mapped = c - 0xfee0;
    else if (c === 0x3000) mapped = 32;
    else if (c === 0xffe5) mapped = 0xa5;
    if (mapped >= 0) {
      out += s.slice(runStart, i) + String.fromCharCode(mapped);
      runStart = i + 1;
    }
  }
  return out + s.slice(runStart);
}

/** True for null, undefined, '' and whitespace-only text: such a cell is empty for every purpose of the add-in. */
export function isBlankCell(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== "string") return false;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (!isSpaceCode(c) && !isInvisibleCode(c)) return false;
  }
  return true;
}
