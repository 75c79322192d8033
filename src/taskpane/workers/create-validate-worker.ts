/**
 * Starts the validation worker, or gives null where there is none (no `Worker` global, or the browser refuses it).
 * Kept apart so only the page imports the `import.meta.url` form webpack turns into a separate worker chunk.
 *
 * A worker that finished its run is kept for the next one instead of being terminated: a new `Worker` fetches its
 * script again, and where the host caches nothing (Office on the web with caching off) that was the whole worker
 * chunk for every check. Only a cancel or a failure ends a worker; the next check then starts a fresh one.
 */
import type { ValidationWorker } from "./validate-client";

let idle: Worker | null = null;

/** How a worker is made (a test counts constructions). */
export function keptWorker(make: () => Worker): ValidationWorker {
  const w = idle ?? make();
  idle = null;
  return {
    postMessage: (m) => w.postMessage(m),
    get onmessage() {
      return w.onmessage;
    },
    set onmessage(h) {
      w.onmessage = h;
    },
    get onerror() {
      return w.onerror;
    },
    set onerror(h) {
      w.onerror = h;
    },
    terminate: () => w.terminate(),
    release: () => {
      w.onmessage = null;
      w.onerror = null;
      if (idle) w.terminate();
      else idle = w;
    },
  };
}

export function createValidateWorker(): ValidationWorker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return keptWorker(() => new Worker(new URL("./validate.worker.ts", import.meta.url), { name: "validate" }));
  } catch {
    return null; // e.g. a sandboxed host that forbids workers: the page validates on its own thread
  }
}
