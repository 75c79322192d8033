/**
 * Batching as Excel does it: proxy calls queue operations, `sync()` sends them as one request, runs them in order
 * against the workbook state and returns loaded values in one response. Every sync is counted and its request and
 * response sizes are measured; either over 5 MB fails with RequestPayloadSizeLimitExceeded, as in Excel on the web.
 */
import type { WorkbookState } from "./state";
import type { FakeRequestContext } from "./worksheet";

/** Excel on the web's limit for one request and one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Shaped like OfficeExtension.Error: `code`, `message` and `debugInfo.errorLocation`. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export const ERRORS = {
  propertyNotLoaded: (prop: string, location: string) =>
    new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      location,
    ),
  itemNotFound: (location: string) =>
    new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", location),
  accessDenied: (location: string) =>
    new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", location),
  invalidArgument: (location: string, detail = "The argument is invalid or missing or has an incorrect format.") =>
    new FakeOfficeError("InvalidArgument", detail, location),
  invalidOperation: (location: string, detail = "The operation is invalid for the object's current state.") =>
    new FakeOfficeError("InvalidOperation", detail, location),
  invalidRequestContext: (location: string) =>
    new FakeOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.", location),
  invalidSelection: (location: string) =>
    new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.", location),
  itemAlreadyExists: (location: string) =>
    new FakeOfficeError("ItemAlreadyExists", "The resource being created already exists.", location),
  payloadTooLarge: (what: "request" | "response", bytes: number) =>
    new FakeOfficeError(
      "RequestPayloadSizeLimitExceeded",
      `The ${what} payload size has exceeded the limit (${bytes} bytes > ${PAYLOAD_LIMIT_BYTES}).`,
      what === "request" ? "RequestContext.sync" : "RequestContext.sync.response",
    ),
};

/** UTF-8 byte length of a string, without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Length(JSON.stringify(value));
}

/** Fixed cost of one queued action in a request (object path, method name, ids), roughly what Office.js sends. */
const ACTION_OVERHEAD_BYTES = 64;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** Whether `suspendApiCalculationUntilNextSync()` was queued in this sync. */
  calculationSuspended: boolean;
  failed: string | null;
}

export interface SyncStats {
  syncs: number;
  batches: number;
  records: SyncRecord[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Change events raised by the add-in's own writes while events were enabled. */
  changeEventsFromWrites: number;
}

export function emptyStats(): SyncStats {
  return { syncs: 0, batches: 0, records: [], maxRequestBytes: 0, maxResponseBytes: 0, changeEventsFromWrites: 0 };
}

/** What an action returns: data for the response, applied to proxies only if the response is delivered. */
export interface ActionResult {
  response?: unknown;
  deliver?: () => void;
}

export interface Action {
  location: string;
  /** Request payload this action carries (values, formulas, formats, names …). */
  payload?: unknown;
  run(): ActionResult | void;
}

export interface ChangeNotice {
  sheetId: string;
  address: string;
}

/** The host side shared by every RequestContext of one fake workbook. */
export interface FakeHost {
  state: WorkbookState;
  stats: SyncStats;
  /** Called after each successful sync with the change events the batch raised. */
  raiseChanges(changes: ChangeNotice[]): void;
  registerHandler(sheetId: string, handler: ChangeHandler): void;
  /**
   * Fault injection: the sync with this number (stats.syncs after counting it) is rejected as a whole, nothing of its
   * request applied, as when the connection to Excel drops or the host refuses a request; null = none.
   */
  failAtSync?: number | null;
  /**
   * How a sync's answer comes back: "microtask" (jest: fast, deterministic) or "task", as from real Excel, whose
   * response crosses from the host in a message, so the page can render between two syncs (progress bars do).
   */
  roundTrip?: RoundTrip;
  unregisterHandler(sheetId: string, handler: ChangeHandler): void;
}

export type RoundTrip = "microtask" | "task";

/** Resolves after a message from "the host": a task of its own, queued behind what the page already scheduled. */
function hostMessage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export type ChangeHandler = (args: FakeChangedEventArgs) => Promise<unknown>;

export interface FakeChangedEventArgs {
  address: string;
  worksheetId: string;
  changeType: "RangeEdited";
  source: "Local";
  type: "WorksheetChanged";
  triggerSource: "Unknown" | "ThisLocalAddin";
}

export class ActionQueue {
  private actions: Action[] = [];
  private calcSuspended = false;
  private changes: ChangeNotice[] = [];
  /** The request context this queue belongs to (set once by it), so a proxy can say which context made it. */
  context: FakeRequestContext | null = null;

  constructor(readonly host: FakeHost) {}

  hasPending(): boolean {
    return this.actions.length > 0;
  }

  enqueue(action: Action): void {
    this.actions.push(action);
  }

  suspendCalculation(): void {
    this.calcSuspended = true;
  }

  /** Called by write actions when they run, so events can be raised after the sync like Excel does. */
  noteChange(change: ChangeNotice): void {
    if (this.host.state.eventsEnabled) this.changes.push(change);
  }

  async sync(): Promise<void> {
    const actions = this.actions;
    this.actions = [];
    const calcSuspended = this.calcSuspended;
    this.calcSuspended = false;
    this.changes = [];
    const stats = this.host.stats;
    stats.syncs++;
    const record: SyncRecord = {
      requestBytes: 0,
      responseBytes: 0,
      actions: actions.length,
      calculationSuspended: calcSuspended,
      failed: null,
    };
    stats.records.push(record);
    // Let the caller's promise chain settle first, as a real round trip would.
    await (this.host.roundTrip === "task" ? hostMessage() : Promise.resolve());
    if (this.host.failAtSync === stats.syncs) {
      this.host.failAtSync = null;
      record.failed = "GeneralException";
      throw new FakeOfficeError(
        "GeneralException",
        "injected fault: the request did not reach Excel",
        "RequestContext.sync",
      );
    }
    record.requestBytes = actions.reduce((n, a) => n + ACTION_OVERHEAD_BYTES + jsonBytes(a.payload), 0);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, record.requestBytes);
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      const e = ERRORS.payloadTooLarge("request", record.requestBytes);
      record.failed = e.code;
      throw e;
    }
    const deliveries: (() => void)[] = [];
    for (const action of actions) {
      let result: ActionResult | void;
      try {
        result = action.run();
      } catch (e) {
        record.failed = e instanceof FakeOfficeError ? e.code : "GeneralException";
        this.flushChanges();
        if (e instanceof FakeOfficeError) throw e;
        throw new FakeOfficeError("GeneralException", e instanceof Error ? e.message : String(e), action.location);
      }
      if (result) {
        record.responseBytes += jsonBytes(result.response);
        if (result.deliver) deliveries.push(result.deliver);
      }
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, record.responseBytes);
    this.flushChanges();
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      const e = ERRORS.payloadTooLarge("response", record.responseBytes);
      record.failed = e.code;
      throw e;
    }
    for (const deliver of deliveries) deliver();
  }

  private flushChanges(): void {
    const changes = this.changes;
    this.changes = [];
    if (changes.length === 0) return;
    this.host.stats.changeEventsFromWrites += changes.length;
    this.host.raiseChanges(changes);
  }
}
