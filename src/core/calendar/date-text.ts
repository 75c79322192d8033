/**
 * Date text as people type it in a Chinese office: 2025-09-26, 2025/9/26, 2025.9.26, 2025年9月26日, with full-width
 * digits allowed and an optional time (14:30, 14:30:00, 14时30分). Pure text → serial; no Date, no time zone.
 */
import { isValidYmd, ymdToSerial, type SerialDateTime } from "../dates";

/** Full-width digits and punctuation (０-９, ：, ／, －, ．) to ASCII; the IME often produces them. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

const DATE_RE = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)/;
const TIME_RE = /^(?:\s+|T|\s*)(\d{1,2})\s*(?::|时|点)\s*(\d{1,2})?\s*(?:(?::|分)\s*(?:(\d{1,2})\s*秒?)?)?$/;

/** Serial (with a time fraction when a time is given) for a date text, or null when it is not a real date/time. */
export function parseDateText(input: string): SerialDateTime | null {
  const text = toHalfWidth(input).trim();
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  if (!isValidYmd(year, month, day)) return null;
  const serial = ymdToSerial(year, month, day);
  const rest = text.slice(m[0].length);
  if (rest.trim() === "") return serial;
  const t = TIME_RE.exec(rest);
  if (!t) return null;
  const h = Number(t[1]);
  const mi = t[2] === undefined ? 0 : Number(t[2]);
  const s = t[3] === undefined ? 0 : Number(t[3]);
  if (h > 23 || mi > 59 || s > 59) return null;
  return serial + (h * 3600 + mi * 60 + s) / 86400;
}
