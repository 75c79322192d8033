/**
 * Parsing a 100,000-row date column as validation does: a mix of Excel serials and the text forms offices type
 * (2025-03-05, 2025/3/5, 2025年3月5日). The peer is dayjs (exceljs's own date library) in strict mode with the same
 * formats; both must agree on every text cell. Money, enum and yes/no columns are timed alongside, as details.
 */
import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";
import { serialToYmd, ymdToSerial } from "../src/core/dates";
import { enumParser, parseBool, parseDate, parseMoney } from "../src/core/values";
import { round1, seededRandom, timeMs, type BenchEntry } from "./harness";

dayjs.extend(customParseFormat);

const ROWS = 100_000;
const TARGET_MS = 150;
const TARGET_RATIO = 10;
const PEER_FORMATS = ["YYYY-MM-DD", "YYYY/M/D", "YYYY.M.D", "YYYY年M月D日", "YYYYMMDD"];

function dateCells(random: () => number): (string | number)[] {
  const first = ymdToSerial(2020, 1, 1);
  return Array.from({ length: ROWS }, (_, i) => {
    const serial = first + Math.floor(random() * 2500);
    const { year: y, month: m, day } = serialToYmd(serial);
    switch (i % 5) {
      case 0:
      case 1:
        return serial;
      case 2:
        return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      case 3:
        return `${y}/${m}/${day}`;
      default:
        return `${y}年${m}月${day}日`;
    }
  });
}

export const valuesBench: BenchEntry = {
  name: "parse 1e5 date cells",
  run() {
    const random = seededRandom(20250305);
    const dates = dateCells(random);
    const money = Array.from({ length: ROWS }, (_, i) =>
      i % 2 ? Math.floor(random() * 1e7) / 100 : `¥${Math.floor(random() * 1e6).toLocaleString("en-US")}.50元`,
    );
    const statusValues = ["已登记", "传阅中", "办理中", "已办结", "已归档"];
    const statuses = Array.from({ length: ROWS }, (_, i) => (i % 10 === 9 ? " 已歸檔 " : statusValues[i % 5]));
    const bools = Array.from({ length: ROWS }, (_, i) => ["是", "否", "Y", "√", " 否 "][i % 5]);

    let sink = 0;
    const ours = timeMs(() => {
      for (const c of dates) {
        const p = parseDate(c);
        if (p.kind === "ok") sink += p.value;
      }
    });
    const peer = timeMs(() => {
      for (const c of dates) {
        if (typeof c === "number") sink += c;
        else if (dayjs(c, PEER_FORMATS, true).isValid()) sink++;
      }
    }, 1);

    let disagreements = 0;
    for (const c of dates) {
      if (typeof c === "number") continue;
      const p = parseDate(c);
      const d = dayjs(c, PEER_FORMATS, true);
      const theirs = d.isValid() ? ymdToSerial(d.year(), d.month() + 1, d.date()) : null;
      if ((p.kind === "ok" ? p.value : null) !== theirs) disagreements++;
    }

    const status = enumParser(statusValues);
    const moneyMs = timeMs(() => {
      for (const c of money) if (parseMoney(c).kind === "ok") sink++;
    });
    const enumMs = timeMs(() => {
      for (const c of statuses) if (status(c).kind === "ok") sink++;
    });
    const boolMs = timeMs(() => {
      for (const c of bools) if (parseBool(c).kind === "ok") sink++;
    });

    const ratio = peer / ours;
    return {
      name: "parse 1e5 date cells",
      unit: "ms",
      ours: round1(ours),
      peer: round1(peer),
      peerName: "dayjs strict customParseFormat",
      ratio: round1(ratio),
      target: `ours < ${TARGET_MS} ms, ratio >= ${TARGET_RATIO}`,
      pass: ours < TARGET_MS && ratio >= TARGET_RATIO && disagreements === 0,
      details: {
        moneyMs: round1(moneyMs),
        enumMs: round1(enumMs),
        boolMs: round1(boolMs),
        disagreementsOnText: disagreements,
        checksum: sink % 1000,
      },
    };
  },
};
