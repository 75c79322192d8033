/**
 * A typed in-memory stand-in for the Excel JavaScript API, for jest and for the browser (no Node APIs: the e2e tests
 * bundle it with esbuild and inject it as `window.Excel`).
 *
 *   const fake = createExcelFake({ sheets: [{ name: "收文登记簿", values: [["收文编号", …], …] }] });
 *   const wb = new ExcelWorkbook({ run: fake.Excel.run, … });
 *   fake.stats.syncs; fake.stats.maxRequestBytes; fake.state.sheetByName("收文登记簿")
 *
 * What it reproduces and why is in objects.ts (proxies, load/sync) and context.ts (batching, payload limit).
 */
import {
  emptyStats,
  type ChangeHandler,
  type ChangeNotice,
  type FakeChangedEventArgs,
  type FakeHost,
  type RoundTrip,
  type SyncStats,
} from "./context";
import { enterValue } from "./input";
import { FakeOfficeError } from "./context";
import { fakeRun, type FakeRun } from "./run";
import { WorkbookState, type WorkbookSeed } from "./state";
import { parseAddress, rectAddress } from "./a1";

export { FakeOfficeError, PAYLOAD_LIMIT_BYTES, type SyncStats, type SyncRecord } from "./context";
export { WorkbookState, SheetState, snapshotUserContent, type WorkbookSeed, type SheetSeed } from "./state";
export type { FakeRun } from "./run";
export { createOfficeFake, type OfficeFake, type OfficeFakeOptions } from "./office";

export interface ExcelFake {
  /** What the adapter needs from the `Excel` namespace. */
  Excel: { run: FakeRun; createWorkbook(base64?: string): Promise<void> };
  /** Workbooks opened by `Excel.createWorkbook`, as the base64 text given (Excel opens each in a new window). */
  createdWorkbooks: string[];
  state: WorkbookState;
  stats: SyncStats;
  /** Zeroes the counters (after seeding or setup, before the step a test measures). */
  resetStats(): void;
  /** Simulates the user typing or pasting `values` at `address` of `sheet`, raising onChanged like Excel. */
  userEdit(sheet: string, address: string, values: unknown[][]): void;
  /**
   * Simulates the user selecting `address` on `sheet` (which comes to the front); blocks picked with Ctrl are given
   * comma-separated ("A3:H3,A7:H8"), as Excel writes such an address.
   */
  userSelect(sheet: string, address: string): void;
  /** Resolves when every change handler started so far has finished. */
  settled(): Promise<void>;
  /** Handlers currently registered per sheet (to check that unsubscribing really removes them). */
  handlerCount(): number;
  /** Fault injection: the `n`th sync from now (1 = the next one) fails with nothing of it applied; null cancels. */
  failSync(n: number | null): void;
}

export interface ExcelFakeOptions {
  /** See FakeHost.roundTrip; "microtask" unless asked. */
  roundTrip?: RoundTrip;
}

export function createExcelFake(
  seed: WorkbookSeed = { sheets: [{ name: "Sheet1" }] },
  options: ExcelFakeOptions = {},
): ExcelFake {
  const state = WorkbookState.fromSeed(seed);
  const handlers = new Map<string, Set<ChangeHandler>>();
  const pending = new Set<Promise<unknown>>();
  const fake: ExcelFake = {
    Excel: {
      run: undefined as unknown as FakeRun,
      createWorkbook: async (base64) => {
        // Excel rejects text that is not an .xlsx package; a zip starts with "PK" ("UEs" in base64).
        if (base64 !== undefined && !base64.startsWith("UEs"))
          throw new FakeOfficeError("InvalidArgument", "The argument is invalid.", "Excel.createWorkbook");
        fake.createdWorkbooks.push(base64 ?? "");
      },
    },
    createdWorkbooks: [],
    state,
    stats: emptyStats(),
    resetStats() {
      fake.stats = emptyStats();
      host.stats = fake.stats;
    },
    userEdit(sheetName, address, values) {
      const sheet = state.sheetByName(sheetName);
      if (!sheet) throw new Error(`excel-fake: no sheet ${sheetName}`);
      const { rect } = parseAddress(address);
      values.forEach((line, i) => line.forEach((v, j) => enterValue(sheet, rect.row - 1 + i, rect.column - 1 + j, v)));
      dispatch([{ sheetId: sheet.id, address: rectAddress(rect) }], "Unknown");
    },
    userSelect(sheetName, address) {
      const sheet = state.sheetByName(sheetName);
      if (!sheet) throw new Error(`excel-fake: no sheet ${sheetName}`);
      const areas = address.split(",").map((part) => {
        const { rect } = parseAddress(part);
        return {
          row: rect.row - 1,
          column: rect.column - 1,
          lastRow: rect.lastRow - 1,
          lastColumn: rect.lastColumn - 1,
        };
      });
      state.activeSheetId = sheet.id;
      state.selection = {
        sheetId: sheet.id,
        rect: areas[0] as (typeof areas)[number],
        ...(areas.length > 1 ? { areas } : {}),
      };
    },
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    failSync(n) {
      host.failAtSync = n === null ? null : fake.stats.syncs + n;
    },
    handlerCount() {
      let n = 0;
      for (const set of handlers.values()) n += set.size;
      return n;
    },
  };

  function dispatch(changes: ChangeNotice[], triggerSource: FakeChangedEventArgs["triggerSource"]): void {
    if (!state.eventsEnabled) return;
    for (const change of changes) {
      for (const handler of handlers.get(change.sheetId) ?? []) {
        const args: FakeChangedEventArgs = {
          address: change.address,
          worksheetId: change.sheetId,
          changeType: "RangeEdited",
          source: "Local",
          type: "WorksheetChanged",
          triggerSource,
        };
        // Excel delivers events after the edit, never inside the caller's stack.
        const p: Promise<unknown> = Promise.resolve()
          .then(() => handler(args))
          .catch(() => undefined)
          .finally(() => pending.delete(p));
        pending.add(p);
      }
    }
  }

  const host: FakeHost = {
    state,
    stats: fake.stats,
    roundTrip: options.roundTrip ?? "microtask",
    raiseChanges: (changes) => dispatch(changes, "ThisLocalAddin"),
    registerHandler(sheetId, handler) {
      let set = handlers.get(sheetId);
      if (!set) handlers.set(sheetId, (set = new Set()));
      set.add(handler);
    },
    unregisterHandler(sheetId, handler) {
      handlers.get(sheetId)?.delete(handler);
    },
  };

  fake.Excel.run = fakeRun(host);
  return fake;
}
