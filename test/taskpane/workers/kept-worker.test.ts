/** The validation worker is made once and kept between checks (no second download); a cancel ends it. */
import { runJob } from "../../../src/app/validate-job";
import { keptWorker } from "../../../src/taskpane/workers/create-validate-worker";
import { startValidation } from "../../../src/taskpane/workers/validate-client";
import { handleValidateRequest } from "../../../src/taskpane/workers/validate-protocol";
import { sampleJob } from "../../app/validate-job-fixture";

/** Stands in for a DOM Worker running the real protocol handler. */
class DomWorkerDouble {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(message: unknown): void {
    const clone = structuredClone(message);
    setTimeout(
      () =>
        !this.terminated &&
        handleValidateRequest(clone, (reply) => !this.terminated && this.onmessage?.({ data: reply } as MessageEvent)),
      0,
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

test("two checks in a row use one worker; after a cancel the next check starts a new one", async () => {
  const made: DomWorkerDouble[] = [];
  const create = () =>
    keptWorker(() => {
      const w = new DomWorkerDouble();
      made.push(w);
      return w as unknown as Worker;
    });
  const expected = runJob(sampleJob(), () => undefined);
  await expect(startValidation(sampleJob(), () => undefined, create).report).resolves.toEqual(expected);
  await expect(startValidation(sampleJob(), () => undefined, create).report).resolves.toEqual(expected);
  expect(made).toHaveLength(1);
  expect(made[0]?.terminated).toBe(false);
  const task = startValidation(sampleJob(), () => undefined, create);
  task.cancel();
  await expect(task.report).rejects.toMatchObject({ name: "CancelledError" });
  expect(made[0]?.terminated).toBe(true);
  await expect(startValidation(sampleJob(), () => undefined, create).report).resolves.toEqual(expected);
  expect(made).toHaveLength(2);
});
