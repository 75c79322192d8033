/**
 * Traditional → simplified Chinese, so a sheet kept in 收文編號 / 來文單位 matches the catalogue's 收文编号 / 来文单位
 * and an enum cell holding 已歸檔 reads as 已归档. Uses opencc-js's t2cn build (the smallest one that converts
 * traditional, Taiwan and Hong Kong variants to mainland simplified); its dictionaries are parsed on first use, not
 * at import, so a run that never meets a CJK character never pays for them.
 */
import { Converter } from "opencc-js/t2cn";

type Convert = (text: string) => string;

let convert: Convert | null = null;

// Hong Kong variants first (衞 → 卫), then the Taiwan table (which also folds 裡 and the particle 著 → 着): sheets
// come from both, and neither table alone covers the other's variant characters.
function converter(): Convert {
  if (convert === null) {
    const hk = Converter({ from: "hk", to: "cn" });
    const tw = Converter({ from: "tw", to: "cn" });
    convert = (text) => tw(hk(text));
  }
  return convert;
}

// Header cells, enum values and list items repeat endlessly down a column; remembering recent answers keeps the
// dictionary walk off the per-cell path. Cleared when full rather than evicted one by one: simple and bounded.
const MEMO_LIMIT = 4096;
const memo = new Map<string, string>();

/** True when s holds a character from the CJK blocks (only those can change). */
function hasCjk(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2e80 && c < 0xfe30) return true;
    if (c >= 0xd840 && c <= 0xd87f) return true; // surrogates of CJK extension planes
  }
  return false;
}

export function toSimplified(s: string): string {
  if (!hasCjk(s)) return s;
  const known = memo.get(s);
  if (known !== undefined) return known;
  const out = converter()(s);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(s, out);
  return out;
}
