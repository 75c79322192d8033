/**
 * CSV bytes for outside software: UTF-8 with a byte-order mark (Excel opens it as UTF-8), or GBK for old software
 * that reads nothing else. No GBK encoder is a dependency of the project, so the table is built once from the
 * platform's GB18030 decoder (every two-byte GBK code decoded, then inverted); a character GBK lacks becomes `?`.
 */
import Papa from "papaparse";

export type CsvEncoding = "utf8bom" | "gbk";

let gbkTable: Map<number, number> | null = null;

function gbk(): Map<number, number> {
  if (gbkTable) return gbkTable;
  const table = new Map<number, number>();
  const decoder = new TextDecoder("gb18030");
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const s = decoder.decode(pair);
      const code = s.codePointAt(0);
      if (s.length === 1 && code !== undefined && code !== 0xfffd && !table.has(code))
        table.set(code, (lead << 8) | trail);
    }
  }
  return (gbkTable = table);
}

/** Text as GBK bytes. */
export function encodeGbk(text: string): Uint8Array {
  const table = gbk();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else {
      const b = table.get(c);
      if (b === undefined) out.push(0x3f);
      else out.push(b >> 8, b & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** Rows of text cells as CSV bytes (CRLF line ends, as Excel writes them; PapaParse quotes what needs it). */
export function csvBytes(rows: readonly (readonly string[])[], encoding: CsvEncoding): Uint8Array {
  const text = Papa.unparse(rows as string[][], { newline: "\r\n", quotes: false }) + "\r\n";
  if (encoding === "gbk") return encodeGbk(text);
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
