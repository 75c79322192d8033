/** A validation job as plain data: one engine run (the worker's way) and sheet by sheet with pauses (the page's way). */
import { runJob, runJobInSteps } from "../../src/app/validate-job";
import { validateSheets } from "../../src/core/validate";
import { reg } from "../core/validate/fixtures";
import { sampleJob } from "./validate-job-fixture";

const RESOLUTIONS = reg("resolutions").sheet;

describe("runJob", () => {
  test("the same report as validating the sheets at once, progress in data rows rising to the total", () => {
    const job = sampleJob();
    const seen: [number, number][] = [];
    const report = runJob(job, (done, total) => seen.push([done, total]));
    expect(report).toEqual(validateSheets({ workbook: "w", sheets: job.sheets, asOf: job.asOf, lang: "zh-CN" }));
    expect(report.summary.errors + report.summary.warnings).toBeGreaterThan(1);
    expect(seen.every(([, t]) => t === 42)).toBe(true);
    expect(seen[0]).toEqual([0, 42]);
    expect(seen[seen.length - 1]).toEqual([42, 42]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });

  test("one sheet: only its report and rows, its references still checked against the other register", () => {
    const seen: number[] = [];
    const report = runJob(sampleJob(RESOLUTIONS), (_, total) => seen.push(total));
    expect(report.sheets.map((s) => s.sheet)).toEqual([RESOLUTIONS]);
    expect(report.sheets[0]?.issues.map((i) => `${i.code}@${i.row}`)).toEqual(["row/reference@2"]);
    expect(report.unrecognized).toEqual([]);
    expect(new Set(seen)).toEqual(new Set([2]));
  });
});

describe("runJobInSteps", () => {
  test("pauses before each sheet and at the end, and gives the same report as runJob", async () => {
    let pauses = 0;
    const progress: number[] = [];
    const report = await runJobInSteps(sampleJob(), {
      onProgress: (done) => progress.push(done),
      isCancelled: () => false,
      pause: async () => void pauses++,
    });
    expect(report).toEqual(runJob(sampleJob(), () => undefined));
    expect(pauses).toBe(4); // 会议台账, 决议, the rest, the end
    expect(progress).toContain(40); // after 会议台账
    expect(progress[progress.length - 1]).toBe(42);
  });

  test("a cancel seen at a pause stops before the next sheet with a CancelledError", async () => {
    let cancelled = false;
    const progress: number[] = [];
    const run = runJobInSteps(sampleJob(), {
      onProgress: (done) => progress.push(done),
      isCancelled: () => cancelled,
      pause: async () => {
        if (progress.includes(40)) cancelled = true; // the user clicked 取消 while 会议台账 was being checked
      },
    });
    await expect(run).rejects.toMatchObject({ name: "CancelledError" });
    expect(Math.max(...progress)).toBe(40);
  });
});
