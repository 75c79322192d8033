/**
 * `Excel.run` with its Office.js overloads: `run(batch)` opens a new request context; `run(context, batch)`,
 * `run(object, batch)`, `run([objects], batch)` and `run({ previousObjects }, batch)` run the batch on the context the
 * earlier context or proxies belong to, so objects made before (event registrations above all) keep working and
 * whatever the batch queues on them is sent by its `sync()`. As in Excel, what is still queued when the batch returns
 * is sent before `run` resolves.
 */
import { ActionQueue, ERRORS, type FakeHost } from "./context";
import { FakeObject } from "./proxy";
import { FakeRequestContext } from "./worksheet";

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** The fake's `Excel.run`: every overload of the real one the add-in could call. */
export interface FakeRun {
  /** `previous`: a request context, a proxy, an array of proxies, or RunOptions (`{ previousObjects }`). */
  <T>(previous: object, batch: Batch<T>): Promise<T>;
  // Last, so that `Parameters<typeof run>` (which reads the last overload) gives the common form.
  <T>(batch: Batch<T>): Promise<T>;
}

/** The context an earlier context, proxy, list of proxies or RunOptions points at; undefined → a new context. */
function previousContext(previous: unknown): FakeRequestContext | undefined {
  if (previous instanceof FakeRequestContext) return previous;
  if (previous instanceof FakeObject) return previous.context;
  if (Array.isArray(previous)) {
    const contexts = new Set(previous.map((o) => (o instanceof FakeObject ? o.context : null)));
    if (contexts.has(null) || contexts.size > 1) {
      // Office.js refuses objects from different contexts in one batch.
      throw ERRORS.invalidRequestContext("Excel.run");
    }
    return contexts.values().next().value ?? undefined;
  }
  if (typeof previous === "object" && previous !== null && !("sync" in previous)) {
    const objects = (previous as { previousObjects?: unknown }).previousObjects;
    return objects === undefined ? undefined : previousContext(objects);
  }
  throw ERRORS.invalidArgument(
    "Excel.run",
    "The first argument of Excel.run is neither a batch function, a request context, API objects nor RunOptions.",
  );
}

export function fakeRun(host: FakeHost): FakeRun {
  return (async (...args: unknown[]) => {
    const batch = args[args.length - 1];
    if (typeof batch !== "function" || args.length < 1 || args.length > 2)
      throw ERRORS.invalidArgument("Excel.run", "Excel.run needs a batch function as its last argument.");
    host.stats.batches++;
    const context =
      (args.length === 2 ? previousContext(args[0]) : undefined) ?? new FakeRequestContext(new ActionQueue(host));
    const result: unknown = await (batch as Batch<unknown>)(context);
    if (context.hasPending()) await context.sync();
    return result;
  }) as FakeRun;
}
