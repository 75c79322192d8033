/**
 * Deadlines over 100,000 rows including recurring duties (issue 17): the ten registers of the deadlines entry at
 * 9,000 rows each (90,000), plus 2,000 周期工作 duties of every cycle, 6,000 周期工作记录 rows and 2,000 突发事件登记
 * incidents — 100,000 rows through buildTable and computeDeadlines, every duty enumerating a year of occurrences.
 * Target: under 1000 ms, with no problem (the as-of day keeps every occurrence inside the calendar data).
 */
import { createCalendar } from "../src/core/calendar";
import { serialToIsoDateTime, ymdToSerial } from "../src/core/dates";
import { computeDeadlines, countByStatus, createDeadlineContext } from "../src/core/deadlines";
import { registerById } from "../src/core/registers";
import { makeSettings } from "../src/core/settings";
import type { CellValue } from "../src/core/sheet-spec";
import { buildTable } from "../src/core/table";
import type { RegisterTable } from "../src/core/table-types";
import { rawSheets, tablesFrom } from "./deadlines";
import { round1, seededRandom, timeMs, type BenchEntry } from "./harness";

const TARGET_MS = 1000;
const DUTIES = 2000;
const LOG_ROWS = 6000;
const INCIDENTS = 2000;
const REGISTER_ROWS = 9000;
const AS_OF = ymdToSerial(2026, 6, 15);
// Every cycle whose next occurrence after 2026-06-15 is still in 2026 (2027's holidays are not published yet).
const CYCLES = [
  "每周一",
  "每周三",
  "每周五",
  "每两周",
  "每月末",
  "每月15日",
  "每季度末",
  "每学期初",
  "每学期末",
  "每年12月31日",
  "每年9月10日",
];

interface RawSheet {
  id: string;
  headers: string[];
  values: CellValue[][];
}

function raw(id: string, rows: Record<string, CellValue>[]): RawSheet {
  const register = registerById(id);
  if (!register) throw new Error(id);
  const headers = register.columns.map((c) => c.header);
  return { id, headers, values: [headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))] };
}

/** Fresh tables each run, so parsing the columns is measured as in the deadlines entry. */
function tables(sheets: readonly RawSheet[]): RegisterTable[] {
  return sheets.map((s) => {
    const register = registerById(s.id);
    if (!register) throw new Error(s.id);
    return buildTable(register.sheet, s.values, {
      register,
      headerRow: 1,
      mapping: new Map(s.headers.map((h, j) => [h, j] as const)),
    });
  });
}

function calendarSheets(rand: () => number): RawSheet[] {
  const duties = Array.from({ length: DUTIES }, (_, i) => ({
    事项: `例行工作${i}`,
    周期: CYCLES[i % CYCLES.length] as string,
    提前提醒: i % 5,
    责任人: `员工${i % 50}`,
    说明: "T21",
  }));
  const log = Array.from({ length: LOG_ROWS }, (_, i) => ({
    事项: `例行工作${i % DUTIES}`,
    日期: AS_OF - Math.floor(rand() * 200),
    完成人: `员工${i % 50}`,
  }));
  const incidents = Array.from({ length: INCIDENTS }, (_, i) => {
    const at = AS_OF - Math.floor(rand() * 300) + 0.375;
    const open = rand() < 0.05;
    return {
      事件编号: `SJ${i}`,
      发生时间: at,
      负责人: `员工${i % 50}`,
      联系时间: at + rand() / 48,
      上报时间: at + rand() / 24,
      方案时间: at + rand() / 12,
      控制时间: at + rand() / 12,
      进展记录: serialToIsoDateTime(at + 0.1).replace("T", " "),
      结束时间: open ? null : at + 0.3,
      复盘日期: open ? null : Math.floor(at) + 3,
    };
  });
  return [raw("recurring-duties", duties), raw("recurring-log", log), raw("incidents", incidents)];
}

export const recurringDutiesBench: BenchEntry = {
  name: "deadlines over 100k rows including recurring duties",
  run() {
    const rand = seededRandom(17);
    const sheets = rawSheets(rand, REGISTER_ROWS);
    const ctx = createDeadlineContext(makeSettings(), createCalendar(), AS_OF, "zh-CN");
    const calendar = calendarSheets(seededRandom(18));
    const build = () => [...tablesFrom(sheets), ...tables(calendar)];
    const built = build();
    const rows = built.reduce((n, t) => n + t.rowCount, 0);
    const ms = round1(timeMs(() => void computeDeadlines(build(), ctx)));
    const result = computeDeadlines(built, ctx);
    const recurring = result.items.filter((i) => i.register === "recurring-duties").length;
    const incidentItems = result.items.filter((i) => i.register === "incidents").length;
    const counts = countByStatus(result.items);
    return {
      name: this.name,
      unit: "ms",
      ours: ms,
      target: `< ${TARGET_MS} ms`,
      pass: ms < TARGET_MS && result.problems.length === 0 && recurring > 0 && incidentItems > 0 && rows >= 100_000,
      details: {
        rows,
        items: result.items.length,
        recurringItems: recurring,
        incidentItems,
        overdue: counts.overdue,
        problems: result.problems.length,
      },
    };
  },
};
