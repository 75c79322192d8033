/** Worker or page thread: the same report, progress forwarded, and a cancel that stops the run and says so. */
import { runJob } from "../../../src/app/validate-job";
import { startValidation, type ValidationWorker } from "../../../src/taskpane/workers/validate-client";
import { handleValidateRequest, type RunRequest } from "../../../src/taskpane/workers/validate-protocol";
import { sampleJob } from "../../app/validate-job-fixture";

/** A worker double: `answer` decides what happens to a posted request (asynchronously, as a real worker would). */
class FakeWorker implements ValidationWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: RunRequest[] = [];
  constructor(private readonly answer: "run" | "silent" | "fail-to-load") {}
  postMessage(message: RunRequest): void {
    this.posted.push(message);
    const clone = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.answer === "run")
        handleValidateRequest(clone, (reply) => !this.terminated && this.onmessage?.({ data: reply } as MessageEvent));
      if (this.answer === "fail-to-load")
        this.onerror?.({ message: "script blocked", preventDefault: () => undefined } as unknown as ErrorEvent);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const expected = runJob(sampleJob(), () => undefined);

test("in the worker: progress forwarded, the report resolved, the worker ended", async () => {
  const worker = new FakeWorker("run");
  const progress: number[] = [];
  const task = startValidation(
    sampleJob(),
    (done) => progress.push(done),
    () => worker,
  );
  await expect(task.report).resolves.toEqual(expected);
  expect(task.mode()).toBe("worker");
  expect(progress[progress.length - 1]).toBe(42);
  expect(worker.posted).toHaveLength(1);
  expect(worker.terminated).toBe(true);
});

test("cancel terminates the worker and rejects with a CancelledError; later replies are ignored", async () => {
  const worker = new FakeWorker("silent");
  const task = startValidation(
    sampleJob(),
    () => undefined,
    () => worker,
  );
  task.cancel();
  await expect(task.report).rejects.toMatchObject({ name: "CancelledError" });
  expect(worker.terminated).toBe(true);
});

test("no worker: the page thread checks sheet by sheet with the same report, pausing between sheets", async () => {
  let pauses = 0;
  const task = startValidation(
    sampleJob(),
    () => undefined,
    () => null,
    async () => void pauses++,
  );
  await expect(task.report).resolves.toEqual(expected);
  expect(task.mode()).toBe("page");
  expect(pauses).toBe(4);
});

test("no worker: a cancel between sheets stops the run at the next pause (real macrotasks)", async () => {
  const progress: number[] = [];
  let cancel = () => undefined as void;
  // The user clicks 取消 once 会议台账's 40 rows show as done; the click is taken at the next pause.
  const task = startValidation(
    sampleJob(),
    (done) => {
      progress.push(done);
      if (done === 40) setTimeout(cancel, 0);
    },
    () => null,
  );
  cancel = task.cancel;
  await expect(task.report).rejects.toMatchObject({ name: "CancelledError" });
  expect(Math.max(...progress)).toBe(40);
});

test("a worker that fails to load before answering: the page thread takes over", async () => {
  const worker = new FakeWorker("fail-to-load");
  const task = startValidation(
    sampleJob(),
    () => undefined,
    () => worker,
    async () => undefined,
  );
  await expect(task.report).resolves.toEqual(expected);
  expect(task.mode()).toBe("page");
  expect(worker.terminated).toBe(true);
});
