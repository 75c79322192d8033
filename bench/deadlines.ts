/**
 * Deadline status for 100,000 register rows: ten registers with time limits × 10,000 rows of raw host values (serial
 * dates and date-times, text), through buildTable and every deadline rule. "ours" includes parsing the columns (fresh
 * tables each run); the compute-only time over parsed tables is in the details. Target: under 1000 ms.
 */
import { createCalendar } from "../src/core/calendar";
import { ymdToSerial } from "../src/core/dates";
import { computeDeadlines, countByStatus, createDeadlineContext } from "../src/core/deadlines";
import { registerById } from "../src/core/registers";
import { makeSettings } from "../src/core/settings";
import type { CellValue } from "../src/core/sheet-spec";
import { buildTable } from "../src/core/table";
import type { RegisterTable } from "../src/core/table-types";
import { round1, seededRandom, timeMs, type BenchEntry } from "./harness";

const ROWS_PER_REGISTER = 10_000;
const START = ymdToSerial(2024, 1, 1);
// Starts end in October 2026, so every limit stays inside the calendar data (2027 is not published yet).
const SPAN = ymdToSerial(2026, 10, 1) - START;
const TARGET_MS = 1000;

type Gen = (rand: () => number, day: number, i: number) => Record<string, CellValue>;
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
/** A completion some days after `day`, or none (still open) with probability `open`. */
const doneAfter = (r: () => number, day: number, max: number, open = 0.1): CellValue =>
  r() < open ? null : day + Math.floor(r() * max);

const GENERATORS: Record<string, Gen> = {
  "incoming-documents": (r, d, i) => ({
    收文编号: `SW${i}`,
    收文日期: d,
    承办人: `员工${i % 50}`,
    办理部门: "办公室",
    传阅开始日期: d,
    收回日期: doneAfter(r, d, 6),
    办理期限: r() < 0.5 ? d + 10 : null,
    办结日期: doneAfter(r, d, 15),
  }),
  meetings: (r, d, i) => ({
    会议编号: `HY${i}`,
    会议日期: d,
    主持人: "主任",
    通知发送日期: doneAfter(r, d - 9, 6),
    资料分发日期: doneAfter(r, d - 5, 4),
    纪要初稿日期: doneAfter(r, d, 4),
    状态: pick(r, ["已召开", "筹备中", "已取消"]),
  }),
  resolutions: (r, d, i) => ({
    决议编号: `JY${i}`,
    责任部门: "后勤处",
    完成时限: d,
    完成日期: doneAfter(r, d - 5, 10),
  }),
  visitors: (r, d, i) => ({
    来访编号: `LF${i}`,
    来访日期: d,
    接待人: "前台",
    当场解决: pick(r, ["是", "否"]),
    答复时限: d + 3,
    实际答复日期: doneAfter(r, d, 5),
  }),
  reimbursements: (r, d, i) => ({
    报销单号: `BX${i}`,
    申请人: `员工${i % 50}`,
    费用发生日期: d,
    提交日期: d + Math.floor(r() * 8),
    审批完成日期: doneAfter(r, d + 8, 3),
  }),
  purchases: (r, d, i) => ({
    采购单号: `CG${i}`,
    申请部门: "总务处",
    申请日期: d,
    下单日期: doneAfter(r, d, 6),
    状态: pick(r, ["已下单", "待审批", "已取消"]),
  }),
  archives: (r, d, i) => ({
    档号: `DA${i}`,
    年度: 1990 + Math.floor(r() * 30),
    保管期限: pick(r, ["永久", "长期", "短期"]),
    归档日期: d,
    销毁日期: null,
  }),
  rectifications: (r, d, i) => ({
    问题编号: `ZG${i}`,
    发现日期: d,
    责任部门: "后勤处",
    完成时限: d + 14,
    最近跟踪日期: d + 7,
    状态: pick(r, ["整改中", "已完成"]),
    完成确认日期: doneAfter(r, d, 20, 0.5),
  }),
  feedback: (r, d, i) => ({
    编号: `YJ${i}`,
    接收时间: d + 0.4,
    类别: pick(r, ["投诉类", "建议类", "咨询类"]),
    责任人: "吴刚",
    核实联系时间: r() < 0.9 ? d + 0.4 + r() * 1.5 : null,
    结果反馈时间: r() < 0.9 ? d + 0.4 + r() * 4 : null,
  }),
  coordination: (r, d, i) => ({
    事项编号: `XT${i}`,
    牵头部门: "教务处",
    开始日期: d - 10,
    完成时限: d,
    完成日期: doneAfter(r, d - 3, 6),
  }),
};

export function rawSheets(
  rand: () => number,
  rowsPerRegister = ROWS_PER_REGISTER,
): Map<string, { values: CellValue[][]; headers: string[] }> {
  const out = new Map<string, { values: CellValue[][]; headers: string[] }>();
  for (const [id, gen] of Object.entries(GENERATORS)) {
    const reg = registerById(id);
    if (!reg) throw new Error(id);
    const headers = reg.columns.map((c) => c.header);
    const values: CellValue[][] = [headers];
    for (let i = 0; i < rowsPerRegister; i++) {
      const row = gen(rand, START + Math.floor(rand() * SPAN), i);
      values.push(headers.map((h) => row[h] ?? null));
    }
    out.set(id, { values, headers });
  }
  return out;
}

export function tablesFrom(sheets: Map<string, { values: CellValue[][]; headers: string[] }>): RegisterTable[] {
  return [...sheets].map(([id, s]) => {
    const register = registerById(id);
    if (!register) throw new Error(id);
    return buildTable(register.sheet, s.values, {
      register,
      headerRow: 1,
      mapping: new Map(s.headers.map((h, j) => [h, j] as const)),
    });
  });
}

export const deadlinesBench: BenchEntry = {
  name: "deadlines: status of 100k register rows",
  run() {
    const sheets = rawSheets(seededRandom(5));
    const rows = [...sheets.values()].reduce((n, s) => n + s.values.length - 1, 0);
    const ctx = createDeadlineContext(makeSettings(), createCalendar(), ymdToSerial(2026, 11, 20), "zh-CN");
    const withParsing = timeMs(() => void computeDeadlines(tablesFrom(sheets), ctx));
    const parsed = tablesFrom(sheets);
    const computeOnly = timeMs(() => void computeDeadlines(parsed, ctx));
    const result = computeDeadlines(parsed, ctx);
    const counts = countByStatus(result.items);
    const ours = round1(withParsing);
    return {
      name: this.name,
      unit: "ms",
      ours,
      target: `< ${TARGET_MS} ms`,
      pass: ours < TARGET_MS && result.problems.length === 0,
      details: {
        rows,
        items: result.items.length,
        overdue: counts.overdue,
        dueSoon: counts["due-soon"],
        problems: result.problems.length,
        computeOnlyMs: round1(computeOnly),
      },
    };
  },
};
