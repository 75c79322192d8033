/** `workbook.names` (ExcelApi 1.4): workbook-scoped names. Excel refuses a name it already holds and one that looks like a cell. */
import type { XlNamedItem, XlNamedItemCollection } from "../../../src/excel/office-api";
import { ERRORS } from "./context";
import { FakeCollection, FakeObject, type Env, type Readers } from "./proxy";
import type { WorkbookState } from "./state";

const NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

class FakeNamedItem extends FakeObject<{ state: WorkbookState; key: string }> implements XlNamedItem {
  constructor(env: Env, locate: () => { state: WorkbookState; key: string } | null, orNull = false) {
    super(env.q, "NamedItem", locate, orNull);
  }

  protected override alive(t: { state: WorkbookState; key: string }): boolean {
    return t.state.names.has(t.key);
  }

  protected readers(): Readers<{ state: WorkbookState; key: string }> {
    return { name: (t) => t.state.names.get(t.key)?.name };
  }

  get name(): string {
    return this.read("name");
  }

  delete(): void {
    this.call("delete", undefined, (t) => t.state.names.delete(t.key));
  }
}

export class FakeNamedItemCollection
  extends FakeCollection<WorkbookState, XlNamedItem>
  implements XlNamedItemCollection
{
  constructor(private readonly env: Env) {
    super(env.q, "NamedItemCollection", () => env.q.host.state);
  }

  protected list(state: WorkbookState) {
    return [...state.names].map(([key, n]) => ({ proxy: () => this.item(key), props: { name: n.name } }));
  }

  private item(key: string): XlNamedItem {
    return new FakeNamedItem(this.env, () => {
      const state = this.env.q.host.state;
      return state.names.has(key) ? { state, key } : null;
    });
  }

  add(name: string, reference: string): XlNamedItem {
    const key = name.toUpperCase();
    this.call("add", { name, reference }, (state) => {
      if (!NAME_RE.test(name) || CELL_LIKE.test(name) || name.length > 255)
        throw ERRORS.invalidArgument("NamedItemCollection.add");
      if (state.names.has(key)) throw ERRORS.itemAlreadyExists("NamedItemCollection.add");
      state.names.set(key, { name, reference: reference.startsWith("=") ? reference : `=${reference}` });
    });
    return this.item(key);
  }

  getItem(name: string): XlNamedItem {
    return this.item(name.toUpperCase());
  }
}
