/**
 * Answer vocabularies: the known satisfaction and agreement scales (a higher score is better), numbers 1–5 and 1–7,
 * the skip markers 问卷星 writes, and the words that say which way an unknown answer leans.
 */
import { toHalfWidth } from "../values";

export interface KnownScale {
  id: string;
  points: number;
  scores: Readonly<Record<string, number>>;
}

export const KNOWN_SCALES: readonly KnownScale[] = [
  { id: "satisfied", points: 5, scores: { 非常满意: 5, 满意: 4, 一般: 3, 不满意: 2, 非常不满意: 1 } },
  { id: "very-satisfied", points: 5, scores: { 很满意: 5, 比较满意: 4, 基本满意: 3, 不太满意: 2, 很不满意: 1 } },
  {
    id: "agree",
    points: 5,
    scores: { 非常同意: 5, 同意: 4, 比较同意: 4, 一般: 3, 中立: 3, 不确定: 3, 不同意: 2, 不太同意: 2, 非常不同意: 1 },
  },
];

const SKIP = new Set(["(跳过)", "(空)", "跳过", "空", "-", "—", "n/a", "N/A"]);

/** An answer's comparable text: trimmed, half-width, inner spaces removed. */
export function answerKey(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  const text = typeof raw === "string" ? raw : String(raw);
  return toHalfWidth(text).replace(/\s+/g, "");
}

/** A blank, (跳过) or (空) answer: left out of an item's n. */
export function isSkipped(key: string): boolean {
  return key === "" || SKIP.has(key);
}

/** A whole number 1–7 written as a number or as text. */
export function numericAnswer(raw: unknown, key: string): number | null {
  const n = typeof raw === "number" ? raw : /^\d+(\.0+)?$/.test(key) ? Number(key) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 7 ? n : null;
}

const POSITIVE = /满意|同意|好|优|认可|赞成|符合|满足|及时|方便/;
const NEGATIVE = /不|差|没|未|否|劣/;
const STRONG = /非常|很|十分|特别|完全|极/;
const MIDDLE = /一般|中|还行|基本|尚可|普通|说不清/;

/**
 * Where an answer text leans on a 5-point scale (5 best), or null when it carries no evaluative word. Used to propose
 * scores for an unknown vocabulary (the user confirms them) and to check a confirmed mapping's direction.
 */
export function leaning(label: string): number | null {
  const negative = NEGATIVE.test(label);
  const positive = POSITIVE.test(label);
  if (!negative && !positive && !MIDDLE.test(label)) return null;
  if (negative) return STRONG.test(label) ? 1 : 2;
  if (MIDDLE.test(label)) return 3;
  return STRONG.test(label) ? 5 : 4;
}

/** Answers that look like a person's contact: a mobile or landline number, an e-mail address, an ID card number. */
const PII = [
  /(?<!\d)1[3-9]\d{9}(?!\d)/,
  /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/,
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/,
  /(?<!\d)\d{17}[\dXx](?!\d)/,
];

export function looksLikePii(text: string): boolean {
  return PII.some((re) => re.test(text));
}

/** Headers of identity columns (REGISTERS.md / the survey issue): matched whole for short words, inside otherwise. */
const IDENTITY_EXACT = new Set([
  "name",
  "email",
  "e-mail",
  "名称",
  "ip",
  "ip地址",
  "qq",
  "微信",
  "电话",
  "邮箱",
  "用户id",
  "用户名",
]);
const IDENTITY_INSIDE = [
  "来自ip",
  "来源详情",
  "昵称",
  "姓名",
  "联系方式",
  "手机",
  "学号",
  "工号",
  "电子邮件",
  "身份证",
  "电话号码",
  "邮箱地址",
  "微信号",
  "qq号",
];

export function isIdentityHeader(header: string): boolean {
  const h = answerKey(header).toLowerCase();
  if (IDENTITY_EXACT.has(h)) return true;
  return IDENTITY_INSIDE.some((w) => h.includes(w));
}

/** The multi-select separator of 问卷星 exports. */
export const MULTI_SEPARATOR = "┋";
