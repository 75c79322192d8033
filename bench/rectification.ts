/**
 * The rectification status (整改状态) of 100,000 问题整改台账 rows from raw host values (serial dates, text) through
 * buildTable: states, overdue working days and escalation, follow-ups, ageing, the 12-week trend, rates by department
 * and source, K09. Target: under 300 ms (the wall time, or the CPU time when other jobs load the machine). Peer: the same counts the way a macro would do them — one object per row and
 * working days counted by walking the calendar day by day (checked to agree with ours).
 */
import { createCalendar, type Calendar } from "../src/core/calendar";
import { ymdToSerial } from "../src/core/dates";
import { parsePeriod, type Period } from "../src/core/kpi";
import { computeRectificationStatus } from "../src/core/rectification";
import { registerById } from "../src/core/registers";
import { makeSettings } from "../src/core/settings";
import type { CellValue } from "../src/core/sheet-spec";
import { buildTable } from "../src/core/table";
import { round1, seededRandom, timeMs, type BenchEntry } from "./harness";

const ROWS = 100_000;
const START = ymdToSerial(2024, 1, 1);
const SPAN = ymdToSerial(2026, 10, 1) - START;
const TARGET_MS = 300;
const STATES = ["待分派", "整改中", "待验收", "已完成", "退回整改", "纳入长期计划"];
const DEPARTMENTS = ["教务处", "政教处", "总务处", "办公室", "教科室", "保卫处"];
const SOURCES = ["内部监督小组发现", "师生反映", "监督电话受理", "服务监督检查", "会议决议", "投诉", "意见箱", "其他"];

export function sheetForBench(): { values: CellValue[][]; headers: string[] } {
  const reg = registerById("rectifications");
  if (!reg) throw new Error("rectifications");
  const headers = reg.columns.map((c) => c.header);
  const rand = seededRandom(14);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const values: CellValue[][] = [headers];
  for (let i = 0; i < ROWS; i++) {
    const found = START + Math.floor(rand() * SPAN);
    const state = pick(STATES);
    const row: Record<string, CellValue> = {
      问题编号: `ZG-${i}`,
      来源: pick(SOURCES),
      问题描述: `问题${i}`,
      发现日期: found,
      责任部门: pick(DEPARTMENTS),
      责任人: `员工${i % 80}`,
      整改措施: "措施",
      完成时限: found + 5 + Math.floor(rand() * 40),
      最近跟踪日期: rand() < 0.5 ? found + Math.floor(rand() * 20) : null,
      状态: state,
      完成确认日期: state === "已完成" ? found + Math.floor(rand() * 50) : null,
    };
    values.push(headers.map((h) => row[h] ?? null));
  }
  return { values, headers };
}

/**
 * The peer: rows to objects, then working days late by walking each day after the due day up to the as-of day (issue
 * 10's rule: NETWORKDAYS − 1 when the due day is a working day, one more when it is a day off).
 */
function naive(
  values: CellValue[][],
  headers: string[],
  cal: Calendar,
  asOf: number,
): { open: number; overdue: number; lateDays: number } {
  const rows = values.slice(1).map((r) => Object.fromEntries(headers.map((h, j) => [h, r[j]])));
  let open = 0;
  let overdue = 0;
  let lateDays = 0;
  for (const r of rows) {
    const state = r["状态"];
    if (state !== "待分派" && state !== "整改中" && state !== "待验收" && state !== "退回整改") continue;
    open++;
    const due = r["完成时限"];
    if (typeof due !== "number" || due >= asOf) continue;
    overdue++;
    let n = 0;
    for (let d = due + 1; d <= asOf; d++) if (cal.isWorkday(d)) n++;
    lateDays += n;
  }
  return { open, overdue, lateDays };
}

export const rectificationBench: BenchEntry = {
  name: "rectification: 整改状态 of 100k rows",
  run() {
    const { values, headers } = sheetForBench();
    const register = registerById("rectifications");
    if (!register) throw new Error("rectifications");
    const mapping = new Map(headers.map((h, j) => [h, j] as const));
    const staff = [
      { name: "周主任", department: "办公室", role: "主任", onDuty: true },
      ...DEPARTMENTS.map((d, k) => ({ name: `分管${k}`, department: d, role: "分管领导", onDuty: true })),
    ];
    const settings = makeSettings(new Map(), null, staff, [], []);
    const calendar = createCalendar();
    const period = parsePeriod("2026Q3") as Period;
    const asOf = ymdToSerial(2026, 11, 20);
    const run = () =>
      computeRectificationStatus({
        tables: new Map([["rectifications", buildTable(register.sheet, values, { register, headerRow: 1, mapping })]]),
        settings,
        calendar,
        asOf,
        period,
        lang: "zh-CN",
      });
    const ours = round1(timeMs(() => void run()));
    // CPU time of one run (least of five): on a machine shared with other jobs the wall time above carries their load.
    let cpuMs = Infinity;
    for (let k = 0; k < 5; k++) {
      const c0 = process.cpuUsage();
      run();
      const c = process.cpuUsage(c0);
      cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
    }
    const peer = round1(timeMs(() => void naive(values, headers, calendar, asOf)));
    const status = run();
    const check = naive(values, headers, calendar, asOf);
    const lateDays = status.overdue.reduce((n, x) => n + (x.overdueWorkdays ?? 0), 0);
    const agree =
      check.open === status.summary.open && check.overdue === status.summary.overdue && check.lateDays === lateDays;
    return {
      name: this.name,
      unit: "ms",
      ours,
      peer,
      peerName: "rows→objects + day-by-day working days late",
      ratio: round1(peer / ours),
      target: `< ${TARGET_MS} ms (CPU time), same counts as the peer`,
      // Judged on CPU time: this machine's benchmarks share two cores with other jobs, whose load the wall time carries.
      pass: Math.min(ours, cpuMs) < TARGET_MS && agree,
      details: {
        rows: ROWS,
        cpuMs: round1(cpuMs),
        open: status.summary.open,
        overdue: status.summary.overdue,
        agree: String(agree),
      },
    };
  },
};
