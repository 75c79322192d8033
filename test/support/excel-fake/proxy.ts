/**
 * Proxy objects of the fake Excel API. Like Office.js proxies they hold no data until a `load()` is followed by a
 * `sync()`: reading an unloaded property throws PropertyNotLoaded, writes are queued and applied at sync, and
 * `*OrNullObject` results report `isNullObject` only after a sync. Each proxy finds its target in the workbook state
 * when its first action runs (as Excel resolves an object on the server), so errors such as ItemNotFound surface
 * from `sync()`, not from the call that made the proxy.
 */
import type { LoadArg } from "../../../src/excel/office-api";
import { parseAddress, rectAddress } from "./a1";
import { ActionQueue, ERRORS } from "./context";
import type { Rect, SheetState } from "./state";
import type { FakeRequestContext } from "./worksheet";

export type Readers<T> = Record<string, (target: T) => unknown>;

export function splitNames(names: LoadArg): string[] {
  const list = (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim()).filter((n) => n !== "");
  // The house rule (and eslint-plugin-office-addins) forbids loading everything; the fake refuses it outright.
  if (list.length === 0) throw new Error("excel-fake: load() needs property names");
  return list;
}

export abstract class FakeObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private found: T | null | undefined;
  private nullState: boolean | undefined;

  constructor(
    protected readonly q: ActionQueue,
    protected readonly typeName: string,
    private readonly locate: () => T | null,
    private readonly orNull = false,
  ) {
    if (orNull) {
      q.enqueue({
        location: `${typeName}.getItemOrNullObject`,
        run: () => {
          const isNull = this.tryResolve() === null;
          return { response: isNull, deliver: () => (this.nullState = isNull) };
        },
      });
    }
  }

  /** The request context that made this proxy (ClientObject.context in Office.js). */
  get context(): FakeRequestContext {
    if (!this.q.context) throw new Error("excel-fake: a proxy outside any request context");
    return this.q.context;
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (this.nullState === undefined) throw ERRORS.propertyNotLoaded("isNullObject", `${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** The target, found once and then kept (a proxy keeps pointing at what it found), or null. */
  protected tryResolve(): T | null {
    if (this.found === undefined) this.found = this.locate();
    if (this.found !== null && !this.alive(this.found)) return null;
    return this.found;
  }

  protected alive(_target: T): boolean {
    return true;
  }

  protected resolve(location: string): T {
    const t = this.tryResolve();
    if (t === null) throw ERRORS.itemNotFound(location);
    return t;
  }

  /** Sets the target directly (objects created by an action, e.g. `add()`). */
  protected bind(target: T): void {
    this.found = target;
  }

  protected abstract readers(): Readers<T>;

  load(names: LoadArg): this {
    const list = splitNames(names);
    const readers = this.readers();
    for (const n of list)
      if (!(n in readers)) throw new Error(`excel-fake: ${this.typeName} has no loadable property '${n}'`);
    this.q.enqueue({
      location: `${this.typeName}.load`,
      run: () => {
        // Loading a null object is not an error: it simply has no properties (Excel's *OrNullObject contract).
        if (this.orNull && this.tryResolve() === null) return { response: null };
        const t = this.resolve(`${this.typeName}.load`);
        const data: Record<string, unknown> = {};
        for (const n of list) data[n] = (readers[n] as (x: T) => unknown)(t);
        return { response: data, deliver: () => list.forEach((n) => this.loaded.set(n, data[n])) };
      },
    });
    return this;
  }

  /** Delivers a property loaded through a collection's `items/…`. */
  prime(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw ERRORS.propertyNotLoaded(name, `${this.typeName}.${name}`);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write; like Office.js, the proxy shows the written value straight away. */
  protected write(name: string, value: unknown, apply: (t: T) => void): void {
    this.loaded.set(name, value);
    this.call(name, value, apply);
  }

  protected call(method: string, payload: unknown, fn: (t: T) => void): void {
    const location = `${this.typeName}.${method}`;
    this.q.enqueue({ location, payload, run: () => fn(this.resolve(location)) });
  }
}

/** Loaded `items` of a collection: one proxy per item, with the requested item properties already delivered. */
export abstract class FakeCollection<T, P> extends FakeObject<T> {
  private items_: P[] | undefined;

  get items(): P[] {
    if (!this.items_) throw ERRORS.propertyNotLoaded("items", `${this.typeName}.items`);
    return this.items_;
  }

  protected abstract list(t: T): { proxy: () => P; props: Record<string, unknown> }[];

  protected readers(): Readers<T> {
    return {};
  }

  override load(names: LoadArg): this {
    const list = splitNames(names).map((n) => {
      if (n !== "items" && !n.startsWith("items/")) throw new Error(`excel-fake: ${this.typeName} loads only items/…`);
      return n === "items" ? null : n.slice("items/".length);
    });
    const props = list.filter((n): n is string => n !== null);
    this.q.enqueue({
      location: `${this.typeName}.load`,
      run: () => {
        const entries = this.list(this.resolve(`${this.typeName}.load`));
        const response = entries.map((e) => Object.fromEntries(props.map((p) => [p, e.props[p]])));
        return {
          response,
          deliver: () => {
            this.items_ = entries.map((e, i) => {
              const proxy = e.proxy();
              for (const p of props)
                (proxy as unknown as FakeObject<unknown>).prime(p, (response[i] as Record<string, unknown>)[p]);
              return proxy;
            });
          },
        };
      },
    });
    return this;
  }
}

export function assertWritable(sheet: SheetState, location: string): void {
  if (sheet.protected) throw ERRORS.accessDenied(location);
}

export function rectOf(address: string, location: string): Rect {
  try {
    const { rect } = parseAddress(address);
    return { row: rect.row - 1, column: rect.column - 1, lastRow: rect.lastRow - 1, lastColumn: rect.lastColumn - 1 };
  } catch {
    throw ERRORS.invalidArgument(location);
  }
}

export const a1Of = (rect: Rect): string =>
  rectAddress({
    row: rect.row + 1,
    column: rect.column + 1,
    lastRow: rect.lastRow + 1,
    lastColumn: rect.lastColumn + 1,
  });

export const intersects = (a: Rect, b: Rect): boolean =>
  a.row <= b.lastRow && b.row <= a.lastRow && a.column <= b.lastColumn && b.column <= a.lastColumn;

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

export interface Env {
  q: ActionQueue;
  sheets: () => SheetState[];
}

export function sheetAlive(env: Env, sheet: SheetState): boolean {
  return env.sheets().includes(sheet);
}
