/**
 * The messages between the check page and the validation worker, and the worker's handler as a plain function (the
 * worker file only wires it to `self`), so the protocol is tested without a browser.
 */
import { runJob, type ValidateJob } from "../../app/validate-job";
import type { ValidationReport } from "../../core/validate";

export interface RunRequest {
  type: "run";
  job: ValidateJob;
}

export type WorkerReply =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; report: ValidationReport }
  | { type: "failed"; name: string; message: string };

/** Fewer messages than engine passes: one per this many rows, plus the first and the last. */
const PROGRESS_STEP_SHARE = 0.01;

function isRunRequest(data: unknown): data is RunRequest {
  if (typeof data !== "object" || data === null) return false;
  const d = data as Partial<RunRequest>;
  return d.type === "run" && typeof d.job === "object" && d.job !== null && Array.isArray(d.job.sheets);
}

/** Runs one request to the end, posting progress in rows, then the report or the failure. */
export function handleValidateRequest(data: unknown, post: (reply: WorkerReply) => void): void {
  if (!isRunRequest(data)) {
    post({ type: "failed", name: "TypeError", message: "not a validation request" });
    return;
  }
  let last = -1;
  try {
    const report = runJob(data.job, (done, total) => {
      if (done !== total && last >= 0 && done - last < total * PROGRESS_STEP_SHARE) return;
      last = done;
      post({ type: "progress", done, total });
    });
    post({ type: "done", report });
  } catch (e) {
    post({
      type: "failed",
      name: e instanceof Error ? e.name : "Error",
      message: e instanceof Error ? e.message : String(e),
    });
  }
}
