/**
 * Starts the validation worker, or gives null where there is none (no `Worker` global, or the browser refuses it).
 * Kept apart so only the page imports the `import.meta.url` form webpack turns into a separate worker chunk.
 */
import type { ValidationWorker } from "./validate-client";

export function createValidateWorker(): ValidationWorker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./validate.worker.ts", import.meta.url), { name: "validate" });
  } catch {
    return null; // e.g. a sandboxed host that forbids workers: the page validates on its own thread
  }
}
