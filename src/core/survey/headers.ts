/**
 * Question headers as the platforms write them: 问卷星 numbers questions (`2、您对…的满意度`), writes matrix rows as
 * `第8题(服务态度)` (or `8(服务态度)`), and marks multi-select questions (`（多选）`); Forms and Tencent write the text
 * alone. Export metadata columns are named per platform.
 */
import { answerKey } from "./vocab";

export interface QuestionHeader {
  number: number | null;
  /** The question text without its number (the whole header when it has none). */
  text: string;
  /** The row label of a matrix question. */
  sub: string | null;
}

const NUMBERED = /^\s*(\d+)\s*[、.．:：]\s*(.*)$/s;
const MATRIX = /^\s*(?:第\s*(\d+)\s*题|(\d+))\s*[(（]\s*(.+?)\s*[)）]\s*$/s;

export function parseQuestionHeader(header: string): QuestionHeader {
  const m = MATRIX.exec(header);
  if (m) return { number: Number(m[1] ?? m[2]), text: header.trim(), sub: (m[3] as string).trim() };
  const n = NUMBERED.exec(header);
  if (n) return { number: Number(n[1]), text: (n[2] as string).trim(), sub: null };
  return { number: null, text: header.trim(), sub: null };
}

/** A short label for a chart category: the matrix row, or the numbered question cut to `max` characters. */
export function shortLabel(header: string, max = 18): string {
  const q = parseQuestionHeader(header);
  const base = q.sub !== null ? `${q.number}.${q.sub}` : q.number !== null ? `${q.number}.${q.text}` : q.text;
  return base.length > max ? `${base.slice(0, max - 1)}…` : base;
}

const ID_HEADERS = new Set(["序号", "id", "编号", "答卷编号", "答卷序号", "responseid", "回复id", "答卷id"]);
const TIME_HEADERS = new Set([
  "提交答卷时间",
  "提交时间",
  "completiontime",
  "完成时间",
  "结束答题时间",
  "答题结束时间",
  "结束时间",
  "填写时间",
]);
const META_HEADERS = new Set([
  "所用时间",
  "来源",
  "starttime",
  "开始时间",
  "开始答题时间",
  "lastmodifiedtime",
  "上次修改时间",
  "答题时长",
  "总分",
  "得分",
  "地理位置",
  "国家",
  "省份",
  "城市",
  "自定义字段",
  "填写设备",
  "操作系统",
  "浏览器",
  "渠道",
  "来源渠道",
  "答题状态",
  "ip属地",
]);

export function headerKey(header: string): string {
  return answerKey(header)
    .toLowerCase()
    .replace(/[()（）]/g, "");
}

export const isIdHeader = (h: string): boolean => ID_HEADERS.has(headerKey(h));
export const isTimeHeader = (h: string): boolean => TIME_HEADERS.has(headerKey(h));
export const isMetaHeader = (h: string): boolean => META_HEADERS.has(headerKey(h));

/**
 * A question whose text names it the overall one (总体/整体/综合). 综合 alone is not enough: nearly every question of
 * these surveys names the 综合办公室 itself, so only 综合评价/综合满意/综合而言 count.
 */
export const isOverallHeader = (h: string): boolean => /总体|整体|综合评价|综合满意|综合而言|总的来说|overall/i.test(h);

/** Single-choice questions a summary is usually grouped by. */
export const isGroupHeader = (h: string): boolean =>
  /身份|部门|年级|班级|学院|科室|岗位|性别|年龄|角色|role|department|grade/i.test(h);

export const isMultiHeader = (h: string): boolean => /多选|可多选|multiple/i.test(h);

const WJX_MARKERS = ["提交答卷时间", "所用时间", "来自ip", "来源详情"];
const FORMS_MARKERS = ["starttime", "completiontime", "开始时间", "完成时间"];

/** Which platform wrote the header row. */
export function detectSource(headers: readonly string[]): "wjx" | "forms" | "generic" {
  const keys = headers.map(headerKey);
  if (keys.some((k) => WJX_MARKERS.includes(k))) return "wjx";
  if (keys[0] === "id" && keys.filter((k) => FORMS_MARKERS.includes(k)).length >= 2) return "forms";
  return "generic";
}
