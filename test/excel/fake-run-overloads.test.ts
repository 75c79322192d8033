/* Excel.run's overloads in the fake: a batch on an earlier context or its objects is the same context, as in Office.js. */
import { ExcelWorkbook } from "../../src/excel";
import { createExcelFake, FakeOfficeError } from "../support/excel-fake";

const seed = {
  sheets: [
    { name: "S", values: [["a", "b"]] },
    { name: "T", values: [["x"]] },
  ],
};

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
  return "no error";
}

describe("excel fake: Excel.run(previous, batch)", () => {
  it("runs a batch on the context passed in, and sends what it left queued before resolving", async () => {
    const fake = createExcelFake(seed);
    const first = await fake.Excel.run(async (ctx) => ctx);
    let seen: unknown = null;
    await fake.Excel.run(first, async (ctx) => {
      seen = ctx;
      ctx.workbook.worksheets.getItem("S").getRange("C1").values = [["c"]];
    });
    expect(seen).toBe(first);
    expect(fake.state.sheetByName("S")?.valueAt(0, 2)).toBe("c");
    expect(fake.stats.batches).toBe(2);
  });

  it("removes an event handler added in an earlier batch through Excel.run(context, …)", async () => {
    const fake = createExcelFake(seed);
    const { ctx, registration } = await fake.Excel.run(async (c) => {
      const reg = c.workbook.worksheets.getItem("S").onChanged.add(async () => undefined);
      await c.sync();
      return { ctx: c, registration: reg };
    });
    expect(fake.handlerCount()).toBe(1);
    await fake.Excel.run(ctx, async (c) => {
      registration.remove();
      await c.sync();
    });
    expect(fake.handlerCount()).toBe(0);
  });

  it("takes an API object, an array of objects of one context, or RunOptions.previousObjects", async () => {
    const fake = createExcelFake(seed);
    const { ctx, sheet, range } = await fake.Excel.run(async (c) => {
      const s = c.workbook.worksheets.getItem("S");
      return { ctx: c, sheet: s, range: s.getRange("A1:B1") };
    });
    const contexts: unknown[] = [];
    for (const previous of [sheet, [sheet, range], { previousObjects: range }, { previousObjects: ctx }]) {
      await fake.Excel.run(previous, async (c) => void contexts.push(c));
    }
    expect(contexts).toEqual([ctx, ctx, ctx, ctx]);
    // RunOptions without previousObjects opens a new context.
    const fresh = await fake.Excel.run({}, async (c) => c);
    expect(fresh).not.toBe(ctx);
  });

  it("refuses objects from different contexts, and a call without a batch function", async () => {
    const fake = createExcelFake(seed);
    const a = await fake.Excel.run(async (c) => c.workbook.worksheets.getItem("S"));
    const b = await fake.Excel.run(async (c) => c.workbook.worksheets.getItem("T"));
    expect(await codeOf(fake.Excel.run([a, b], async () => undefined))).toBe("InvalidRequestContext");
    expect(await codeOf((fake.Excel.run as (...args: unknown[]) => Promise<unknown>)(a))).toBe("InvalidArgument");
    expect(await codeOf(fake.Excel.run(42 as unknown as object, async () => undefined))).toBe("InvalidArgument");
  });

  it("lets the adapter unsubscribe check-as-you-type through runIn wired to the fake's Excel.run", async () => {
    const fake = createExcelFake(seed);
    const port = new ExcelWorkbook({ run: fake.Excel.run, runIn: fake.Excel.run });
    const stop = await port.watchChanges(["S"], () => undefined);
    expect(fake.handlerCount()).toBe(1);
    await stop();
    expect(fake.handlerCount()).toBe(0);
  });
});
