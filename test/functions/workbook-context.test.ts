import { invalidateWorkbookContext, workbookContext } from "../../src/functions/workbook-context";
import { isWorkday } from "../../src/functions/logic";
import type { CellValue } from "../../src/core/sheet-spec";

/** Just enough of Excel.run for the context reader: named sheets with used-range values, sync counting, events. */
function installExcelFake(sheets: Record<string, CellValue[][]>) {
  const stats = { runs: 0, syncs: 0, fullRecalcs: 0 };
  const handlers: ((e: { worksheetId: string }) => Promise<void>)[] = [];
  const context = {
    sync: async () => {
      stats.syncs++;
    },
    workbook: {
      application: {
        calculate: (type: string) => {
          if (type === "Full") stats.fullRecalcs++;
        },
      },
      worksheets: {
        getItemOrNullObject: (name: string) => {
          const values = sheets[name];
          return {
            isNullObject: values === undefined,
            id: `id-${name}`,
            load: () => undefined,
            getUsedRangeOrNullObject: () => ({ isNullObject: false, values, load: () => undefined }),
          };
        },
        onChanged: { add: (h: (e: { worksheetId: string }) => Promise<void>) => handlers.push(h) },
        onAdded: { add: () => undefined },
        onDeleted: { add: () => undefined },
      },
    },
  };
  Object.assign(globalThis, {
    Excel: {
      run: async <T>(cb: (ctx: typeof context) => Promise<T>) => {
        stats.runs++;
        return cb(context);
      },
      CalculationType: { full: "Full" },
    },
    Office: { context: { requirements: { isSetSupported: () => true } } },
  });
  return { stats, fire: (worksheetId: string) => Promise.all(handlers.map((h) => h({ worksheetId }))) };
}

describe("workbookContext", () => {
  const sheets: Record<string, CellValue[][]> = {
    节假日调整: [
      ["日期", "类型"],
      ["2025-09-29", "放假"],
    ],
  };
  const fake = installExcelFake(sheets);
  afterAll(() => {
    delete (globalThis as Record<string, unknown>)["Excel"];
    delete (globalThis as Record<string, unknown>)["Office"];
  });

  it("reads the workbook once for many concurrent cells, and again after the TTL", async () => {
    invalidateWorkbookContext();
    let clock = 1_000;
    const now = () => clock;
    const contexts = await Promise.all(Array.from({ length: 50 }, () => workbookContext(now)));
    expect(fake.stats.runs).toBe(1);
    expect(new Set(contexts).size).toBe(1);
    expect(isWorkday(contexts[0]!, "zh-CN", "2025-09-29")).toBe(false);
    clock += 5_000;
    await workbookContext(now);
    expect(fake.stats.runs).toBe(1);
    clock += 6_000;
    await workbookContext(now);
    expect(fake.stats.runs).toBe(2);
  });

  it("drops the cache and recalculates when the holiday sheet changes, not for other sheets", async () => {
    const now = () => 100_000;
    await workbookContext(now);
    const runs = fake.stats.runs;
    await fake.fire("id-Sheet1");
    await workbookContext(now);
    expect(fake.stats.runs).toBe(runs);
    expect(fake.stats.fullRecalcs).toBe(0);

    sheets["节假日调整"] = [["日期", "类型"]];
    await fake.fire("id-节假日调整");
    expect(fake.stats.fullRecalcs).toBe(1);
    const ctx = await workbookContext(now);
    expect(isWorkday(ctx, "zh-CN", "2025-09-29")).toBe(true);
  });
});
