/**
 * A deterministic 收文登记簿 of any size, shaped like a real office's: document numbers, Chinese senders and titles,
 * date serials, enums, and a few planted problems (a bad date, a duplicate number, a status without its date) so a
 * validation run has findings to mark.
 */
import type { CellValue } from "../../../src/core/sheet-spec";
import { incomingDocuments } from "../../../src/core/registers/incoming-documents";

export const INCOMING_HEADERS: readonly string[] = incomingDocuments.columns.map((c) => c.header);

const SENDERS = ["市教育局", "区教育局", "市人社局", "区财政局", "市卫健委", "区委办公室", "教研室", "团区委"];
const TITLES = [
  "关于做好2026年秋季学期开学工作的通知",
  "关于开展校园安全隐患排查整治的通知",
  "关于报送教师培训计划的函",
  "关于印发学校财务管理办法的决定",
  "关于召开教育工作会议的通知",
  "关于加强学生体质健康管理的意见",
];
const TYPES = ["通知", "请示", "报告", "函", "纪要", "决定", "其他"];
const SECRECY = ["公开", "内部", "秘密"];
const URGENCY = ["特急", "加急", "一般"];
const DEPTS = ["教务处", "政教处", "总务处", "办公室", "教科室"];
const PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"];
const STATUS = ["已登记", "传阅中", "办理中", "已办结", "已归档"];

/** mulberry32, so every run builds the same sheet. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

/** Header row plus `rows` data rows (18 columns). Every 997th row carries a planted problem. */
export function incomingRegister(rows: number, seed = 20261122): CellValue[][] {
  const r = random(seed);
  const out: CellValue[][] = [[...INCOMING_HEADERS]];
  const base = 46023; // 2026-01-01
  for (let i = 1; i <= rows; i++) {
    const received = base + Math.floor(r() * 320);
    const status = pick(r, STATUS);
    const circulated = status === "已登记" ? null : received + 1;
    const returned = status === "已登记" || status === "传阅中" ? null : received + 3;
    const completed = status === "已办结" || status === "已归档" ? received + 6 : null;
    const filed = status === "已归档" ? received + 9 : null;
    const row: CellValue[] = [
      `SW-2026-${String(i).padStart(6, "0")}`,
      received,
      pick(r, SENDERS),
      `教发〔2026〕${1 + Math.floor(r() * 300)}号`,
      pick(r, TITLES),
      pick(r, TYPES),
      pick(r, SECRECY),
      pick(r, URGENCY),
      1 + Math.floor(r() * 5),
      pick(r, DEPTS),
      pick(r, PEOPLE),
      received + 10,
      circulated,
      returned,
      completed,
      status,
      filed,
      i % 50 === 0 ? "原件存档案室" : null,
    ];
    if (i % 997 === 0) row[1] = "2026/13/01";
    if (i % 997 === 1 && i > 1) row[0] = `SW-2026-${String(i - 1).padStart(6, "0")}`;
    if (i % 997 === 2) {
      row[15] = "已办结";
      row[14] = null;
    }
    out.push(row);
  }
  return out;
}
