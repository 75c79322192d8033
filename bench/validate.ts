/**
 * Validating 100,000 收文登记簿 rows given as raw 2-D values (dates as serials and as typed text, enums with the odd
 * traditional spelling or stray space, a few errors). Ours runs the whole engine: recognition, normalisation of every
 * mapped column, required/type/enum/bounds/length checks, key uniqueness and the cross-field rules. The peer converts
 * the same rows to objects and validates them with an ajv-compiled JSON Schema of the same per-cell constraints
 * (required, types through patterns, enums, maxLength, minimum), which is the usual way to check rows in JavaScript.
 */
import Ajv from "ajv";
import { createCalendar } from "../src/core/calendar";
import { serialToYmd, ymdToSerial } from "../src/core/dates";
import { registerById } from "../src/core/registers";
import type { RegisterDef } from "../src/core/registers/types";
import { makeSettings } from "../src/core/settings";
import type { CellValue } from "../src/core/sheet-spec";
import { validateSheets } from "../src/core/validate";
import { round1, seededRandom, type BenchEntry } from "./harness";

const ROWS = 100_000;
const TARGET_RATIO = 1.0;
const WARMUP = 3;
const RUNS = 7;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Runs ours and the peer alternately (warm-ups included) and returns the median wall time of each: both get the same
 * JIT warm-up, and a burst of load from other processes hits both rather than whichever happened to run then.
 */
function interleaved(ours: () => void, peer: () => void): { ours: number; peer: number } {
  const o: number[] = [];
  const p: number[] = [];
  for (let k = 0; k < WARMUP + RUNS; k++) {
    let t0 = performance.now();
    ours();
    const a = performance.now() - t0;
    t0 = performance.now();
    peer();
    const b = performance.now() - t0;
    if (k >= WARMUP) {
      o.push(a);
      p.push(b);
    }
  }
  return { ours: median(o), peer: median(p) };
}

const register = registerById("incoming-documents") as RegisterDef;
const HEADERS = register.columns.map((c) => c.header);

const SENDERS = ["区教育局", "市教育局", "区政府办公室", "区卫健委", "市教研室", "街道办事处", "区财政局", "团区委"];
const DEPARTMENTS = ["教务处", "总务处", "学生处", "综合办公室", "财务室", "信息中心"];
const PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强"];
const TYPES = ["通知", "请示", "报告", "函", "纪要", "决定", "其他"];
const LEVELS = ["公开", "公开", "公开", "内部", "内部", "秘密"];
const URGENCY = ["一般", "一般", "一般", "加急", "特急"];
const TITLES = [
  "关于开展校园安全大检查的通知",
  "关于做好寒假工作的通知",
  "关于报送年度工作总结的函",
  "关于召开教学工作会议的通知",
  "关于规范收费行为的决定",
];

function dateCell(serial: number, style: number): CellValue {
  const { year: y, month: m, day } = serialToYmd(serial);
  switch (style % 6) {
    case 0:
    case 1:
    case 2:
      return serial;
    case 3:
      return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    case 4:
      return `${y}/${m}/${day}`;
    default:
      return `${y}年${m}月${day}日`;
  }
}

/** Header + ROWS data rows; about 1 % of rows carry an error (bad date, missing field, unknown enum, duplicate key). */
function sheet(seed: number): CellValue[][] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const first = ymdToSerial(2025, 1, 2);
  const rows: CellValue[][] = [[...HEADERS]];
  for (let i = 0; i < ROWS; i++) {
    const received = first + Math.floor(random() * 300);
    const style = Math.floor(random() * 6);
    const stage = Math.floor(random() * 5);
    const circStart = stage >= 1 ? received + 1 : null;
    const back = stage >= 2 && circStart !== null ? circStart + 1 + Math.floor(random() * 3) : null;
    const done = stage >= 3 ? received + 3 + Math.floor(random() * 10) : null;
    const filed = stage >= 4 && done !== null ? done + Math.floor(random() * 5) : null;
    const row: CellValue[] = [
      `SW-2025-${String(i + 1).padStart(6, "0")}`,
      dateCell(received, style),
      pick(SENDERS),
      `${pick(SENDERS).slice(0, 2)}教〔2025〕${1 + (i % 300)}号`,
      pick(TITLES),
      pick(TYPES),
      pick(LEVELS),
      pick(URGENCY),
      1 + Math.floor(random() * 5),
      pick(DEPARTMENTS),
      pick(PEOPLE),
      dateCell(received + 10, style + 1),
      circStart === null ? null : dateCell(circStart, style),
      back === null ? null : dateCell(back, style + 2),
      done === null ? null : dateCell(done, style),
      ["已登记", "传阅中", "办理中", "已办结", "已归档"][stage] as string,
      filed === null ? null : dateCell(filed, style),
      random() < 0.1 ? "需主任阅示" : null,
    ];
    // Realistic noise that is not an error: a stray space, a traditional spelling.
    if (i % 97 === 0) row[15] = stage === 4 ? " 已歸檔 " : row[15];
    if (i % 89 === 0) row[9] = ` ${row[9] as string} `;
    // Errors, about 1 % of rows.
    if (i % 211 === 0) row[1] = "2025-02-30";
    if (i % 307 === 0) row[2] = null;
    if (i % 401 === 0) row[6] = "绝密";
    if (i % 503 === 0) row[0] = rows[Math.max(1, i - 3)]?.[0] ?? row[0];
    if (i % 601 === 0) row[8] = 0;
    rows.push(row);
  }
  // Hosts hand values over as JSON (Office.js across its bridge, ExcelJS from XML): a round trip gives the same flat
  // strings a real read does, instead of the concatenation trees the template literals above leave behind.
  return JSON.parse(JSON.stringify(rows)) as CellValue[][];
}

// Date text the parsers accept, as a pattern: 2025-03-05, 2025/3/5, 2025.3.5, 2025年3月5日, 20250305.
const DATE_TEXT = "^\\s*(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日?|\\d{8})\\s*$";
const dateSchema = {
  anyOf: [
    { type: "number", minimum: 1, maximum: 2958465 },
    { type: "string", pattern: DATE_TEXT },
  ],
};
const enumSchema = (values: readonly string[]) => ({ type: "string", enum: values });

function peerSchema() {
  const properties: Record<string, unknown> = {};
  for (const c of register.columns) {
    const t = c.type;
    switch (t.kind) {
      case "date":
        properties[c.header] = dateSchema;
        break;
      case "int":
        properties[c.header] = {
          anyOf: [
            { type: "integer", minimum: t.min ?? -Infinity },
            { type: "string", pattern: "^\\s*[1-9]\\d*\\s*$" },
          ],
        };
        break;
      case "enum":
        properties[c.header] = enumSchema(
          t.source.kind === "fixed" ? t.source.values : ["公开", "内部", "秘密", "机密"],
        );
        break;
      default:
        properties[c.header] =
          t.kind === "text" && t.maxLength
            ? { type: "string", minLength: 1, maxLength: t.maxLength }
            : { type: "string", minLength: 1 };
    }
  }
  return { type: "object", properties, required: register.columns.filter((c) => c.required).map((c) => c.header) };
}

export const validateBench: BenchEntry = {
  name: "validate 1e5 收文登记簿 rows",
  run() {
    const values = sheet(20251122);
    const settings = makeSettings();
    const calendar = createCalendar();
    const asOf = ymdToSerial(2025, 12, 31);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(peerSchema());

    let oursIssues = 0;
    let peerIssues = 0;
    const { ours, peer } = interleaved(
      () => {
        const report = validateSheets({
          workbook: "bench.xlsx",
          sheets: [{ name: register.sheet, values }],
          settings,
          calendar,
          asOf,
        });
        oursIssues = report.summary.errors + report.summary.warnings;
      },
      () => {
        peerIssues = 0;
        for (let r = 1; r < values.length; r++) {
          const row = values[r] as CellValue[];
          const obj: Record<string, CellValue> = {};
          for (let c = 0; c < HEADERS.length; c++) {
            const v = row[c];
            // Blank cells are left out so `required` catches them, as a row-to-object import would do.
            if (v !== null && v !== undefined && v !== "")
              obj[HEADERS[c] as string] = typeof v === "string" ? v.trim() : v;
          }
          if (!validate(obj)) peerIssues += validate.errors?.length ?? 0;
        }
      },
    );

    const ratio = peer / ours;
    return {
      name: "validate 1e5 收文登记簿 rows",
      unit: "ms",
      ours: round1(ours),
      peer: round1(peer),
      peerName: "rows→objects + ajv JSON Schema",
      ratio: round1(ratio * 100) / 100,
      target: `ratio >= ${TARGET_RATIO} (ours ≤ 1.0× peer, with normalisation, uniqueness and cross-field rules)`,
      pass: ratio >= TARGET_RATIO,
      details: { rows: ROWS, runs: `median of ${RUNS} after ${WARMUP} warm-ups, interleaved`, oursIssues, peerIssues },
    };
  },
};
