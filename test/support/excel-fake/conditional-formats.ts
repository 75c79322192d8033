/** Conditional-format proxies: custom formula rules and icon sets, found by id or by the range they cover. */
import type { XlConditionalFormat, XlConditionalFormatCollection } from "../../../src/excel/office-api";
import { ERRORS } from "./context";
import type { ConditionalFormatState, SheetState } from "./state";
import {
  FakeObject,
  FakeCollection,
  assertWritable,
  intersects,
  sheetAlive,
  type Readers,
  type Env,
  type RangeTarget,
} from "./proxy";

export class FakeConditionalFormatCollection
  extends FakeCollection<RangeTarget, XlConditionalFormat>
  implements XlConditionalFormatCollection
{
  constructor(
    private readonly env: Env,
    locate: () => RangeTarget | null,
  ) {
    super(env.q, "ConditionalFormatCollection", locate);
  }

  protected list(t: RangeTarget) {
    return t.sheet.conditionalFormats
      .filter((cf) => intersects(cf.rect, t.rect))
      .map((cf) => ({ proxy: () => this.proxyFor(cf.id, false), props: { id: cf.id, type: cf.type } }));
  }

  private proxyFor(id: string, orNull: boolean): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.env,
      () => {
        const t = this.tryResolve();
        const cf = t?.sheet.conditionalFormats.find((x) => x.id === id);
        return t && cf ? { sheet: t.sheet, cf } : null;
      },
      orNull,
    );
  }

  add(type: "Custom" | "IconSet"): XlConditionalFormat {
    const proxy = new FakeConditionalFormat(this.env, () => null);
    this.call("add", type, (t) => {
      assertWritable(t.sheet, "ConditionalFormatCollection.add");
      const cf: ConditionalFormatState = {
        id: this.env.q.host.state.newId("cf-"),
        rect: t.rect,
        type,
        formula: "",
        fill: "",
        fontColor: "",
        iconStyle: "",
        criteria: [],
      };
      t.sheet.conditionalFormats.push(cf);
      proxy.attach({ sheet: t.sheet, cf });
    });
    return proxy;
  }

  getItem(id: string): XlConditionalFormat {
    return this.proxyFor(id, false);
  }

  getItemOrNullObject(id: string): XlConditionalFormat {
    return this.proxyFor(id, true);
  }

  clearAll(): void {
    this.call("clearAll", undefined, (t) => {
      assertWritable(t.sheet, "ConditionalFormatCollection.clearAll");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, t.rect));
    });
  }
}

interface CfTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

class FakeConditionalFormat extends FakeObject<CfTarget> implements XlConditionalFormat {
  constructor(
    private readonly env: Env,
    locate: () => CfTarget | null,
    orNull = false,
  ) {
    super(env.q, "ConditionalFormat", locate, orNull);
  }

  attach(t: CfTarget): void {
    this.bind(t);
  }

  protected override alive(t: CfTarget): boolean {
    return sheetAlive(this.env, t.sheet) && t.sheet.conditionalFormats.includes(t.cf);
  }

  protected readers(): Readers<CfTarget> {
    return {
      id: (t) => t.cf.id,
      type: (t) => t.cf.type,
      // As in Excel, a custom rule's properties exist only on a custom format.
      "custom/rule/formula": (t) => {
        if (t.cf.type !== "Custom") throw ERRORS.invalidOperation("ConditionalFormat.custom");
        return t.cf.formula;
      },
    };
  }

  get id(): string {
    return this.read("id");
  }
  get type(): Excel.ConditionalFormat["type"] {
    return this.read("type");
  }

  private setter(what: string, kind: "Custom" | "IconSet", apply: (cf: ConditionalFormatState) => void): void {
    this.call(what, what, (t) => {
      assertWritable(t.sheet, `ConditionalFormat.${what}`);
      if (t.cf.type !== kind) throw ERRORS.invalidOperation(`ConditionalFormat.${what}`);
      apply(t.cf);
    });
  }

  get custom(): XlConditionalFormat["custom"] {
    const set = this.setter.bind(this);
    const loadedFormula = (): string => {
      if (!this.loaded.has("custom/rule/formula"))
        throw ERRORS.propertyNotLoaded("formula", "ConditionalFormatRule.formula");
      return this.loaded.get("custom/rule/formula") as string;
    };
    return {
      rule: {
        get formula(): string {
          return loadedFormula();
        },
        set formula(f: string) {
          set("custom.rule.formula", "Custom", (cf) => (cf.formula = f));
        },
      },
      format: {
        fill: {
          get color(): string {
            throw ERRORS.propertyNotLoaded("color", "ConditionalRangeFill.color");
          },
          set color(c: string) {
            set("custom.format.fill.color", "Custom", (cf) => (cf.fill = c));
          },
        },
        font: {
          get color(): string {
            throw ERRORS.propertyNotLoaded("color", "ConditionalRangeFont.color");
          },
          set color(c: string) {
            set("custom.format.font.color", "Custom", (cf) => (cf.fontColor = c));
          },
        },
      },
    };
  }

  get iconSet(): XlConditionalFormat["iconSet"] {
    const set = this.setter.bind(this);
    return {
      get style(): Excel.IconSetConditionalFormat["style"] {
        throw ERRORS.propertyNotLoaded("style", "IconSetConditionalFormat.style");
      },
      set style(s: Excel.IconSetConditionalFormat["style"]) {
        set("iconSet.style", "IconSet", (cf) => (cf.iconStyle = String(s)));
      },
      get criteria(): Excel.ConditionalIconCriterion[] {
        throw ERRORS.propertyNotLoaded("criteria", "IconSetConditionalFormat.criteria");
      },
      set criteria(c: Excel.ConditionalIconCriterion[]) {
        set("iconSet.criteria", "IconSet", (cf) => (cf.criteria = c));
      },
    };
  }

  delete(): void {
    this.call("delete", undefined, (t) => {
      assertWritable(t.sheet, "ConditionalFormat.delete");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }
}
