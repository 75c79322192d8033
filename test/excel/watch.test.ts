/* Check-as-you-type: onChanged gives only an address for multi-cell edits, so the adapter re-reads the changed rows. */
import { ExcelWorkbook, type ChangedRows } from "../../src/excel";
import { changedRowSpan } from "../../src/excel/watch";
import { createExcelFake } from "../support/excel-fake";

describe("ExcelWorkbook.watchChanges", () => {
  it("re-reads the changed rows across the used columns after a multi-cell paste, until unsubscribed", async () => {
    const fake = createExcelFake({
      sheets: [
        {
          name: "收文登记簿",
          values: [
            ["收文编号", "收文日期", "状态"],
            ["SW-1", 46000, "已登记"],
            ["SW-2", 46001, "已登记"],
          ],
        },
        { name: "其他", values: [["x"]] },
      ],
    });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    const seen: { sheet: string; rows: ChangedRows }[] = [];
    const stop = await port.watchChanges(["收文登记簿"], (sheet, rows) => seen.push({ sheet, rows }));
    fake.userEdit("收文登记簿", "B3:B4", [[46005], [46006]]);
    fake.userEdit("其他", "A2", [["not watched"]]);
    await fake.settled();
    expect(seen).toEqual([
      {
        sheet: "收文登记簿",
        rows: {
          first: 3,
          last: 4,
          values: [
            ["SW-2", 46005, "已登记"],
            ["", 46006, ""],
          ],
        },
      },
    ]);
    await stop();
    expect(fake.handlerCount()).toBe(0);
    fake.userEdit("收文登记簿", "A5", [["SW-5"]]);
    await fake.settled();
    expect(seen).toHaveLength(1);
  });

  it("removes handlers through the context that added them when Excel.run(context, …) is available", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S", values: [["a"]] }] });
    const contexts: unknown[] = [];
    const port = new ExcelWorkbook({
      run: fake.Excel.run,
      runIn: (context, batch) => {
        contexts.push(context);
        return batch(context);
      },
    });
    const stop = await port.watchChanges(["S"], () => undefined);
    expect(fake.handlerCount()).toBe(1);
    await stop();
    await stop();
    expect(contexts).toHaveLength(1);
    expect(fake.handlerCount()).toBe(0);
  });

  it("passes re-read errors to onError instead of throwing into Excel's event loop", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S", values: [["a"]] }] });
    let calls = 0;
    // The first run registers the handler; the re-read after the edit finds the connection gone.
    const run = (<T>(batch: Parameters<typeof fake.Excel.run<T>>[0]) =>
      ++calls === 1
        ? fake.Excel.run(batch)
        : Promise.reject(Object.assign(new Error("lost"), { code: "ConnectionFailure" }))) as typeof fake.Excel.run;
    const port = new ExcelWorkbook({ run });
    const errors: unknown[] = [];
    const rows: unknown[] = [];
    await port.watchChanges(
      ["S"],
      (_s, r) => rows.push(r),
      (e) => errors.push(e),
    );
    fake.userEdit("S", "A1", [["b"]]);
    await fake.settled();
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code: "ConnectionFailure" })]);
  });

  it("watches nothing and says why when Excel has no events (before ExcelApi 1.7)", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S" }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run, isSetSupported: (_s, v) => Number(v.split(".")[1]) < 7 });
    const stop = await port.watchChanges(["S"], () => undefined);
    expect(fake.handlerCount()).toBe(0);
    expect(port.notices[0]).toContain("编辑时自动检查");
    await expect(stop()).resolves.toBeUndefined();
  });
});

describe("changedRowSpan", () => {
  it.each([
    ["B3:D5", { first: 3, last: 5 }],
    ["C7", { first: 7, last: 7 }],
    ["$A$9:$B$2", { first: 2, last: 9 }],
    ["收文登记簿!A2:A3", { first: 2, last: 3 }],
    ["4:6", { first: 4, last: 6 }],
    ["A:C", { first: 1, last: 1_048_576 }],
    ["not an address", null],
  ])("%s", (address, span) => {
    expect(changedRowSpan(address)).toEqual(span);
  });
});
