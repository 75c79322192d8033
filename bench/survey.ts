/**
 * Surveys. (1) Summarise 10,000 respondents × 30 scored items plus a group column, from the export's values through
 * readSurvey (answer words → scores in Float64Arrays) and summarise (items, overall, groups); peer: the same statistics
 * from a straightforward rows→objects loop (one object per respondent keyed by header, then per-item arrays of
 * scores). Target < 200 ms and peer ÷ ours ≥ 1. (2) Import a 10,000-row GBK CSV of the same shape: decode (GB18030),
 * PapaParse, plan, read and summarise. Target < 1 s.
 */
import type { CellValue } from "../src/core/sheet-spec";
import { KNOWN_SCALES, planSurvey, readSurvey, summarise } from "../src/core/survey";
import { readExternalFile } from "../src/xlsx/external-files";
import { round1, seededRandom, timeMs, timeMsAsync, type BenchEntry } from "./harness";

const RESPONDENTS = 10_000;
const ITEMS = 30;
const WORDS = ["非常满意", "满意", "一般", "不满意", "非常不满意"];
const GROUPS = ["教师", "学生", "行政", "后勤"];

function exportValues(): CellValue[][] {
  const rand = seededRandom(13);
  const header: CellValue[] = [
    "序号",
    "提交答卷时间",
    "1、您的身份",
    ...Array.from({ length: ITEMS }, (_, k) => `${k + 2}、第${k + 2}项服务的满意度`),
  ];
  const rows: CellValue[][] = [header];
  for (let i = 0; i < RESPONDENTS; i++) {
    const row: CellValue[] = [i + 1, "2026/10/8 9:00:00", GROUPS[Math.floor(rand() * GROUPS.length)] as string];
    for (let k = 0; k < ITEMS; k++)
      row.push(rand() < 0.03 ? "(跳过)" : (WORDS[Math.min(4, Math.floor(rand() * rand() * 6))] as string));
    rows.push(row);
  }
  return rows;
}

/** The peer: objects per respondent, then the same per-item and per-group statistics with plain arrays. */
function peerSummary(values: CellValue[][]): number {
  const header = values[0] as string[];
  const scores = KNOWN_SCALES[0]?.scores as Record<string, number>;
  const objects = values.slice(1).map((r) => Object.fromEntries(header.map((h, c) => [h, r[c]])));
  const items = header.slice(3);
  const stats = (list: Record<string, CellValue>[]) =>
    items.map((item) => {
      const xs = list.map((o) => scores[String(o[item]).trim()]).filter((x): x is number => x !== undefined);
      const n = xs.length;
      const mean = xs.reduce((a, b) => a + b, 0) / n;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
      const dist = [1, 2, 3, 4, 5].map((p) => xs.filter((x) => x === p).length);
      return {
        n,
        mean,
        sd,
        ci: [mean - (1.96 * sd) / Math.sqrt(n), mean + (1.96 * sd) / Math.sqrt(n)],
        dist,
        top2: ((dist[3] as number) + (dist[4] as number)) / n,
      };
    });
  const all = stats(objects);
  const byGroup = new Map<string, Record<string, CellValue>[]>();
  for (const o of objects) {
    const g = String(o["1、您的身份"]);
    let list = byGroup.get(g);
    if (!list) byGroup.set(g, (list = []));
    list.push(o);
  }
  let check = all.length;
  for (const list of byGroup.values()) check += stats(list).length;
  return check;
}

export const surveySummaryBench: BenchEntry = {
  name: "survey: summarise 10,000 respondents × 30 items",
  run() {
    const values = exportValues();
    const sheet = { name: "Sheet1", values };
    const plan = planSurvey(sheet, { file: "bench.csv" });
    const ours = round1(
      timeMs(
        () =>
          void summarise(readSurvey(sheet, plan, { file: "bench.csv", name: "b", kind: "师生" }), {
            groupBy: "1、您的身份",
          }),
      ),
    );
    const peer = round1(timeMs(() => void peerSummary(values)));
    const planMs = round1(timeMs(() => void planSurvey(sheet, { file: "bench.csv" })));
    const ratio = Math.round((peer / ours) * 100) / 100;
    return {
      name: this.name,
      unit: "ms",
      ours,
      peer,
      peerName: "rows→objects loop",
      ratio,
      target: "< 200 ms, ratio ≥ 1",
      pass: ours < 200 && ratio >= 1,
      details: { cells: RESPONDENTS * (ITEMS + 3), planMs },
    };
  },
};

/** GB18030 bytes of text, by the decoder's own table (each non-ASCII character looked up once). */
function gb18030(text: string): Uint8Array {
  const codes = new Map<string, number[]>();
  const dec = new TextDecoder("gb18030");
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    let code = codes.get(ch);
    if (!code) {
      search: for (let a = 0x81; a <= 0xfe; a++) {
        for (let b = 0x40; b <= 0xfe; b++) {
          if (dec.decode(new Uint8Array([a, b])) === ch) {
            code = [a, b];
            break search;
          }
        }
      }
      if (!code) throw new Error(`no GB18030 code for ${ch}`);
      codes.set(ch, code);
    }
    out.push(...code);
  }
  return new Uint8Array(out);
}

export const surveyImportBench: BenchEntry = {
  name: "survey: import a 10,000-row GBK CSV",
  async run() {
    const values = exportValues();
    const csv = values.map((r) => r.map((v) => String(v ?? "")).join(",")).join("\r\n");
    const bytes = gb18030(csv);
    const ours = round1(
      await timeMsAsync(async () => {
        const file = await readExternalFile("bench.csv", bytes);
        const sheet = file.sheets[0] as { name: string; values: CellValue[][] };
        const plan = planSurvey(sheet, { file: "bench.csv" });
        summarise(readSurvey(sheet, plan, { file: "bench.csv", name: "b", kind: "师生" }));
      }),
    );
    return {
      name: this.name,
      unit: "ms",
      ours,
      target: "< 1000 ms",
      pass: ours < 1000,
      details: { bytes: bytes.length },
    };
  },
};
