/* Reading through ExcelWorkbook: syncs stay constant as rows grow, payloads stay under 5 MB, values arrive intact. */
import { ExcelAdapterError, ExcelWorkbook } from "../../src/excel";
import type { CellValue } from "../../src/core/sheet-spec";
import { CancelledError } from "../../src/workbook/port";
import { createExcelFake, PAYLOAD_LIMIT_BYTES } from "../support/excel-fake";

function sheet(rows: number, columns: number, tag: string): CellValue[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) =>
      c === 0 ? `${tag}-${r + 1}` : c % 2 === 0 ? 46000 + r : `第${r}行第${c}列`,
    ),
  );
}

async function readAll(rows: number) {
  const seeds = ["收文", "发文", "会议"].map((name) => ({ name, values: sheet(rows, 6, name) }));
  const fake = createExcelFake({ sheets: seeds });
  const port = new ExcelWorkbook({ run: fake.Excel.run });
  const names = (await port.listSheets()).map((s) => s.name);
  fake.resetStats();
  const result = await port.readSheets(names);
  return { seeds, result, stats: fake.stats };
}

describe("ExcelWorkbook.readSheets", () => {
  it("reads three 100,000-row sheets in a handful of syncs, every response under 5 MB, values intact", async () => {
    const { seeds, result, stats } = await readAll(100_000);
    expect(result.map((r) => r.values.length)).toEqual([100_000, 100_000, 100_000]);
    result.forEach((r, i) => {
      expect(r.values[0]).toEqual(seeds[i]?.values[0]);
      expect(r.values[99_999]).toEqual(seeds[i]?.values[99_999]);
      expect(r.values[54_321]).toEqual(seeds[i]?.values[54_321]);
    });
    const totalBytes = stats.records.reduce((n, r) => n + r.responseBytes, 0);
    // One sync per ~3.6 MB (the 4 MB budget less the estimate's margin), plus the first one.
    expect(stats.syncs).toBeLessThanOrEqual(Math.ceil(totalBytes / 3_500_000) + 1);
    expect(stats.syncs).toBeLessThanOrEqual(12);
    expect(stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(stats.records.every((r) => r.failed === null)).toBe(true);
  });

  it("reads a small workbook in one sync, extents and values together", async () => {
    const { result, stats } = await readAll(1_000);
    expect(result.map((r) => r.values.length)).toEqual([1_000, 1_000, 1_000]);
    expect(stats.syncs).toBe(1);
  });

  it("reads from A1 when the used range starts further in, and gives [] for an empty sheet", async () => {
    const fake = createExcelFake({
      sheets: [
        {
          name: "A",
          values: [
            [null, null],
            [null, null, "x"],
          ],
        },
        { name: "Empty" },
      ],
    });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    const [a, empty] = await port.readSheets(["A", "Empty"]);
    expect(a?.values).toEqual([
      ["", "", ""],
      ["", "", "x"],
    ]);
    expect(empty?.values).toEqual([]);
  });

  it("recovers when cells are far larger than guessed: the overflowing request is retried smaller", async () => {
    const big = "很长的备注".repeat(300);
    const values = Array.from({ length: 3_000 }, (_, r) => [`R${r}`, big]);
    const fake = createExcelFake({ sheets: [{ name: "Notes", values }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    await port.listSheets(); // its extents size the first read: 3,000 rows, far over 5 MB with these cells
    fake.resetStats();
    const [sheetValues] = await port.readSheets(["Notes"]);
    expect(sheetValues?.values).toHaveLength(3_000);
    expect(sheetValues?.values[2_999]).toEqual(["R2999", big]);
    expect(fake.stats.records.some((r) => r.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    const delivered = fake.stats.records.filter((r) => r.failed === null);
    expect(Math.max(...delivered.map((r) => r.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.stats.syncs).toBeLessThanOrEqual(10);
  });

  it("reports progress up to the total and stops with CancelledError when asked", async () => {
    const fake = createExcelFake({ sheets: [{ name: "S", values: sheet(60_000, 8, "S") }] });
    const port = new ExcelWorkbook({ run: fake.Excel.run, payloadBudgetBytes: 1_000_000 });
    const seen: number[] = [];
    await port.readSheets(["S"], { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
    let calls = 0;
    await expect(port.readSheets(["S"], { isCancelled: () => ++calls > 2 })).rejects.toBeInstanceOf(CancelledError);
  });

  it("names a missing sheet in the user's language", async () => {
    const fake = createExcelFake({ sheets: [{ name: "A", values: [["x"]] }] });
    const zh = new ExcelWorkbook({ run: fake.Excel.run });
    const en = new ExcelWorkbook({ run: fake.Excel.run, lang: "en-US" });
    await expect(zh.readSheets(["A", "收文登记簿"])).rejects.toThrow("找不到工作表“收文登记簿”");
    await expect(en.readSheets(["收文登记簿"])).rejects.toThrow(ExcelAdapterError);
    await expect(en.readSheets(["收文登记簿"])).rejects.toThrow("Sheet '收文登记簿' was not found");
  });
});

describe("ExcelWorkbook.listSheets", () => {
  it("gives names, visibility and extents from A1, and leaves out the add-in's own settings sheet", async () => {
    const fake = createExcelFake({
      sheets: [
        { name: "A", values: [[null], [null, null, 1]] },
        { name: "B", visibility: "Hidden" },
        {
          name: "_ledger",
          visibility: "VeryHidden",
          values: [
            ["key", "value"],
            ["k", "v"],
          ],
        },
      ],
    });
    const port = new ExcelWorkbook({ run: fake.Excel.run });
    expect(await port.listSheets()).toEqual([
      { name: "A", visible: true, rowCount: 2, columnCount: 3 },
      { name: "B", visible: false, rowCount: 0, columnCount: 0 },
    ]);
    expect(fake.stats.syncs).toBe(2);
  });
});
