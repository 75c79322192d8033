/**
 * Sending work to Excel in as few syncs as the payload limit allows. Excel on the web rejects a request or response
 * over 5 MB, so queued work is packed into batches of at most ~4 MB (estimated) and each batch is one sync. The number
 * of syncs therefore grows with the bytes moved (one per 4 MB), never with the number of rows, cells or sheets.
 */
import type { XlRequestContext } from "./office-api";

/** Bytes per request or response we aim for: under Excel's 5 MB with room for estimation error. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** A piece of work: its estimated request bytes and the function that queues it on the context. */
export interface QueuedWork {
  bytes: number;
  queue(): void;
}

/** Greedy packing in order (order matters: values go before the formats that follow them). */
export function packBatches<T extends { bytes: number }>(items: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    if (current.length > 0 && used + item.bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += item.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** One round trip. Kept in a function of its own: callers loop over payload-sized batches, not over cells. */
export function roundTrip(context: XlRequestContext): Promise<unknown> {
  return context.sync();
}

export interface BatchHooks {
  /** Queued before the first batch's work (e.g. switching events off). */
  start?(): void;
  /** Queued after each batch's work, just before its sync; `last` is true for the final batch. */
  beforeSync?(last: boolean): void;
}

/** Queues and syncs `work` batch by batch; returns the number of syncs sent. */
export async function syncInBatches(
  context: XlRequestContext,
  work: readonly QueuedWork[],
  budget: number,
  hooks: BatchHooks = {},
): Promise<number> {
  const batches = packBatches(work, budget);
  if (batches.length > 0) hooks.start?.();
  let sent = 0;
  for (const batch of batches) {
    for (const w of batch) w.queue();
    hooks.beforeSync?.(sent === batches.length - 1);
    await roundTrip(context);
    sent++;
  }
  return sent;
}
