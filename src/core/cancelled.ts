/**
 * The one "the user cancelled" error, thrown by reads (`ReadOptions.isCancelled`), the validation engine, the
 * step-wise validation job and the worker client alike, so callers test `isCancelled(e)` (by class, never by name).
 */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

export function isCancelled(e: unknown): e is CancelledError {
  return e instanceof CancelledError;
}
