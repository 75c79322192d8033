/** The workbench's pure pieces: which rows the preview draws, column letters, the download's name, early refusals. */
import { columnLetters, gridWindow, scrollTopFor } from "../../src/workbench/grid-window";
import { MAX_FILE_MB, openPickedFile, refuseBeforeReading } from "../../src/workbench/open-file";
import { savedFileName } from "../../src/workbench/saved-name";

describe("gridWindow", () => {
  it("draws only the rows in view plus the margin, padding the rest, whatever the sheet's size", () => {
    const w = gridWindow(100_000, 24, 24 * 50_000, 288, 10);
    expect(w.first).toBe(49_990);
    expect(w.last).toBe(50_022);
    expect(w.padTop).toBe(49_990 * 24);
    expect(w.padBottom).toBe((100_000 - 50_022) * 24);
    expect(w.last - w.first).toBeLessThan(40);
  });
  it("stays inside the sheet at both ends and for an empty sheet", () => {
    expect(gridWindow(5, 24, 0, 288)).toEqual({ first: 0, last: 5, padTop: 0, padBottom: 0 });
    expect(gridWindow(5, 24, 99_999, 288)).toMatchObject({ first: 4, last: 5, padBottom: 0 });
    expect(gridWindow(0, 24, 0, 288)).toEqual({ first: 0, last: 0, padTop: 0, padBottom: 0 });
  });
  it("scrolls a target row a few rows below the top", () => {
    expect(scrollTopFor(0, 24)).toBe(0);
    expect(scrollTopFor(10, 24)).toBe(7 * 24);
  });
});

test("column letters as Excel shows them", () => {
  expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
});

test("the download never takes the original's name", () => {
  expect(savedFileName("台账.xlsx")).toBe("台账-已更新.xlsx");
  expect(savedFileName("Book.XLSX")).toBe("Book-已更新.xlsx");
  expect(savedFileName(".xlsx")).toBe("workbook-已更新.xlsx");
});

describe("opening a picked file", () => {
  it("refuses what is not .xlsx, saying how to convert it, in both languages", () => {
    expect(refuseBeforeReading("台账.xls", 10, "zh-CN")).toContain("在 WPS 或 Excel 中另存为 .xlsx");
    expect(refuseBeforeReading("ledger.et", 10, "en-US")).toContain("as .xlsx in WPS or Excel");
    expect(refuseBeforeReading("台账.xlsx", 10, "zh-CN")).toBeNull();
  });
  it("refuses a file past the documented size before reading it", () => {
    const big = (MAX_FILE_MB + 1) * 1024 * 1024;
    expect(refuseBeforeReading("大.xlsx", big, "zh-CN")).toContain(`最多打开 ${MAX_FILE_MB} MB`);
    expect(refuseBeforeReading("big.xlsx", big, "en-US")).toContain(`up to ${MAX_FILE_MB} MB`);
  });
  it("names an old .xls renamed to .xlsx, and an encrypted workbook, as the CLI does", async () => {
    const ole = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...Array.from(Buffer.from("W\0o\0r\0k\0b\0o\0o\0k\0", "latin1")),
    ]);
    const out = await openPickedFile(ole, "改名.xlsx", "zh-CN");
    expect(out).toEqual({ ok: false, message: expect.stringContaining("改名.xlsx") });
    expect(out.ok ? "" : out.message).not.toMatch(/Cannot read|TypeError|undefined/);
    const text = await openPickedFile(new TextEncoder().encode("not a workbook"), "x.xlsx", "en-US");
    expect(text).toEqual({ ok: false, message: expect.stringContaining("x.xlsx") });
  });
});
