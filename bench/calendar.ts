/**
 * addWorkdays ×1e6: our indexed calendar against chinese-days' findWorkday on the same (start, n) inputs. The peer
 * parses its date string and walks day by day, so it runs on a sample and its time is scaled to 1e6 calls.
 */
import { findWorkday } from "chinese-days";
import { createCalendar } from "../src/core/calendar";
import { serialToIso, ymdToSerial } from "../src/core/dates";
import { round1, seededRandom, timeMs, type BenchEntry } from "./harness";

const CALLS = 1_000_000;
const PEER_SAMPLE = 20_000;
const TARGET_RATIO = 200;

export const calendarBench: BenchEntry = {
  name: "addWorkdays ×1e6",
  run() {
    const random = seededRandom(20251001);
    // Start days in 2024-01-01 … 2026-10-31, so start + 30 working days stays inside the 2026 data.
    const first = ymdToSerial(2024, 1, 1);
    const span = ymdToSerial(2026, 10, 31) - first + 1;
    const starts = new Int32Array(CALLS);
    const steps = new Int32Array(CALLS);
    for (let i = 0; i < CALLS; i++) {
      starts[i] = first + Math.floor(random() * span);
      steps[i] = 1 + Math.floor(random() * 30);
    }
    const cal = createCalendar();
    let sink = 0;
    const ours = timeMs(() => {
      for (let i = 0; i < CALLS; i++) sink += cal.addWorkdays(starts[i] as number, steps[i] as number);
    });

    // Date strings are built before timing: the peer gets the input format it handles correctly in any zone.
    const isoStarts = Array.from({ length: PEER_SAMPLE }, (_, i) => serialToIso(starts[i] as number));
    let disagreements = 0;
    for (let i = 0; i < PEER_SAMPLE; i++) {
      if (findWorkday(steps[i], isoStarts[i]) !== serialToIso(cal.addWorkdays(starts[i] as number, steps[i] as number)))
        disagreements++;
    }
    const peerSample = timeMs(() => {
      for (let i = 0; i < PEER_SAMPLE; i++) sink += findWorkday(steps[i], isoStarts[i]).length;
    }, 1);
    const peer = peerSample * (CALLS / PEER_SAMPLE);
    const ratio = peer / ours;
    return {
      name: "addWorkdays ×1e6",
      unit: "ms",
      ours: round1(ours),
      peer: round1(peer),
      peerName: "chinese-days findWorkday",
      ratio: round1(ratio),
      target: `ratio >= ${TARGET_RATIO}`,
      pass: ratio >= TARGET_RATIO && disagreements === 0,
      details: {
        peerMeasured: `${PEER_SAMPLE} calls in ${round1(peerSample)} ms, scaled ×${CALLS / PEER_SAMPLE}`,
        disagreementsOnSample: disagreements,
        checksum: sink % 1000,
      },
    };
  },
};
