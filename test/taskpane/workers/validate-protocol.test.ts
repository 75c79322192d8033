/** The worker's side of the protocol, as a plain function: progress in rows, then the report or the failure. */
import { runJob } from "../../../src/app/validate-job";
import { handleValidateRequest, type WorkerReply } from "../../../src/taskpane/workers/validate-protocol";
import { sampleJob } from "../../app/validate-job-fixture";

function replies(data: unknown): WorkerReply[] {
  const out: WorkerReply[] = [];
  handleValidateRequest(data, (r) => out.push(r));
  return out;
}

test("a run posts progress up to all rows, then the report runJob gives", () => {
  const job = sampleJob(null, 5000);
  const out = replies(structuredClone({ type: "run", job }));
  const last = out[out.length - 1];
  expect(last).toEqual({ type: "done", report: runJob(job, () => undefined) });
  const progress = out.slice(0, -1);
  expect(progress.length).toBeGreaterThan(2);
  expect(progress.every((p) => p.type === "progress" && p.total === 5002 && p.done <= p.total)).toBe(true);
  expect(progress[0]).toEqual({ type: "progress", done: 0, total: 5002 });
  expect(progress[progress.length - 1]).toEqual({ type: "progress", done: 5002, total: 5002 });
  // Throttled: far fewer messages than the engine's passes would give on a large sheet, never more than ~1 per 1%.
  expect(progress.length).toBeLessThanOrEqual(102);
});

test("anything but a run request is answered with a failure, not a throw", () => {
  expect(replies({ type: "stop" })).toEqual([
    { type: "failed", name: "TypeError", message: "not a validation request" },
  ]);
  expect(replies(null)).toEqual([{ type: "failed", name: "TypeError", message: "not a validation request" }]);
});

test("an engine failure is posted with its name and message", () => {
  const job = { ...sampleJob(), sheets: [{ name: "会议台账", values: null }] };
  const out = replies({ type: "run", job });
  expect(out[out.length - 1]).toMatchObject({ type: "failed", name: "TypeError" });
});
