/**
 * Runs a validation job in the worker when one starts, else on the page's thread sheet by sheet; either way with
 * progress in rows and a cancel. Cancelling terminates the worker (the engine stops at once) or stops the in-page
 * run at its next pause; the promise then rejects with a CancelledError.
 */
import { runJobInSteps, type RowProgress, type ValidateJob } from "../../app/validate-job";
import type { ValidationReport } from "../../core/validate";
import { CancelledError } from "../../workbook/port";
import type { RunRequest, WorkerReply } from "./validate-protocol";

/** The part of a DOM Worker used here (a test passes a fake). */
export interface ValidationWorker {
  postMessage(message: RunRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  /** After a finished run: hand the worker back for the next run (terminated when absent). */
  release?(): void;
}

export interface ValidationTask {
  report: Promise<ValidationReport>;
  cancel(): void;
  /** Where the job ran: in the worker, or on the page's thread (no worker, or it failed to start). */
  readonly mode: () => "worker" | "page";
}

/** A macrotask: lets the browser paint and deliver a click before the next sheet. */
const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function startValidation(
  job: ValidateJob,
  onProgress: RowProgress,
  createWorker: () => ValidationWorker | null,
  pause: () => Promise<void> = nextMacrotask,
): ValidationTask {
  let cancelled = false;
  let mode: "worker" | "page" = "page";
  let stopWorker: (() => void) | null = null;
  const inPage = () => {
    mode = "page";
    return runJobInSteps(job, { onProgress, isCancelled: () => cancelled, pause });
  };
  const report = new Promise<ValidationReport>((resolve, reject) => {
    const worker = createWorker();
    if (!worker) {
      inPage().then(resolve, reject);
      return;
    }
    mode = "worker";
    let heard = false;
    let settled = false;
    const finish = (keep = false) => {
      settled = true;
      stopWorker = null;
      if (keep && worker.release) worker.release();
      else worker.terminate();
    };
    stopWorker = () => {
      finish();
      reject(new CancelledError());
    };
    worker.onmessage = (e: MessageEvent) => {
      if (settled) return;
      heard = true;
      const reply = e.data as WorkerReply;
      if (reply.type === "progress") onProgress(reply.done, reply.total);
      else if (reply.type === "done") {
        finish(true);
        resolve(reply.report);
      } else {
        finish();
        reject(Object.assign(new Error(reply.message), { name: reply.name }));
      }
    };
    worker.onerror = (e: ErrorEvent) => {
      if (settled) return;
      e.preventDefault?.();
      finish();
      // A worker that never answered did not load (blocked script, old host): the page validates by itself.
      if (!heard) inPage().then(resolve, reject);
      else reject(new Error(e.message || "validation worker failed"));
    };
    try {
      worker.postMessage({ type: "run", job });
    } catch {
      finish(); // the job could not be cloned into the worker
      inPage().then(resolve, reject);
    }
  });
  return {
    report,
    cancel: () => {
      cancelled = true;
      stopWorker?.();
    },
    mode: () => mode,
  };
}
