import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook, WorkbookReadError } from "../../src/xlsx/workbook";

const dir = mkdtempSync(join(tmpdir(), "ledger-open-"));

async function reasonOf(path: string): Promise<WorkbookReadError> {
  try {
    await XlsxWorkbook.fromFile(path);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error(`opened ${path}`);
}

/** An OLE compound file header followed by a directory entry name in UTF-16, as Excel writes them. */
function oleFile(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(streamName, "utf16le"), Buffer.alloc(64)]);
}

describe("XlsxWorkbook.fromFile on files it cannot read", () => {
  test("a missing file", async () => {
    const e = await reasonOf(join(dir, "没有这个.xlsx"));
    expect(e.reason).toBe("missing");
    expect(e.describe("zh-CN")).toContain("找不到文件");
    expect(e.describe("en-US")).toContain("File not found");
  });

  test("a folder", async () => {
    mkdirSync(join(dir, "folder.xlsx"));
    expect((await reasonOf(join(dir, "folder.xlsx"))).reason).toBe("not-a-file");
  });

  test("a CSV or empty file is not an .xlsx", async () => {
    writeFileSync(join(dir, "a.xlsx"), "收文编号,收文日期\nSW-1,2026-10-09\n");
    writeFileSync(join(dir, "empty.xlsx"), "");
    expect((await reasonOf(join(dir, "a.xlsx"))).reason).toBe("not-xlsx");
    expect((await reasonOf(join(dir, "empty.xlsx"))).reason).toBe("not-xlsx");
  });

  test("a password-protected workbook is reported as encrypted, an old .xls as legacy", async () => {
    writeFileSync(join(dir, "secret.xlsx"), oleFile("EncryptionInfo"));
    writeFileSync(join(dir, "old.xls"), oleFile("Workbook"));
    const enc = await reasonOf(join(dir, "secret.xlsx"));
    expect(enc.reason).toBe("encrypted");
    expect(enc.describe("zh-CN")).toContain("密码");
    expect(enc.describe("en-US")).toContain("password");
    expect((await reasonOf(join(dir, "old.xls"))).reason).toBe("legacy-xls");
  });

  test("a truncated .xlsx is corrupt, and the reason is one line", async () => {
    const good = await XlsxWorkbook.create();
    await good.ensureSheets([{ name: "S", columns: [{ header: "收文编号", width: 10 }], ifExists: "keep" }]);
    const bytes = await good.toBuffer();
    writeFileSync(join(dir, "cut.xlsx"), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const e = await reasonOf(join(dir, "cut.xlsx"));
    expect(e.reason).toBe("corrupt");
    expect(e.describe("en-US")).not.toContain("\n");
    expect(e.describe("zh-CN")).toContain("cut.xlsx");
  });

  test("another Office package (a .docx) is not an .xlsx", async () => {
    // A zip whose entries are a Word document's: local header names are enough for the check.
    const name = Buffer.from("word/document.xml", "latin1");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    writeFileSync(join(dir, "letter.xlsx"), Buffer.concat([local, name]));
    expect((await reasonOf(join(dir, "letter.xlsx"))).reason).toBe("not-xlsx");
  });
});

describe("XlsxWorkbook read-only opening", () => {
  test("reads values but refuses to save", async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([
      {
        name: "S",
        columns: [{ header: "密级", width: 8, list: { kind: "values", values: ["公开", "内部"] } }],
        formatRows: 5,
        ifExists: "keep",
      },
    ]);
    const path = join(dir, "ro.xlsx");
    await wb.save(path);
    const ro = await XlsxWorkbook.fromFile(path, { readOnly: true });
    expect((await ro.readSheets(["S"]))[0]?.values).toEqual([["密级"]]);
    await expect(ro.toBuffer()).rejects.toThrow("read-only");
  });
});

describe("XlsxWorkbook read-only opening of a user's whole-column validations", () => {
  test("does not expand a validation on A2:A1048576 into a million entries", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("S");
    ws.getCell("A1").value = "密级";
    ws.getCell("A2").value = "公开";
    const dv = (ws as unknown as { dataValidations: { add(ref: string, v: object): void } }).dataValidations;
    for (const col of ["A", "B", "C"])
      dv.add(`${col}2:${col}1048576`, { type: "list", allowBlank: true, formulae: ['"公开,内部"'] });
    const buf = Buffer.from((await source.xlsx.writeBuffer()) as ArrayBuffer);
    const t0 = performance.now();
    const wb = await XlsxWorkbook.fromBuffer(buf, { readOnly: true });
    expect((await wb.readSheets(["S"]))[0]?.values).toEqual([["密级"], ["公开"]]);
    // A full open spends seconds and hundreds of MB on this (ExcelJS keeps validations per cell).
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe("an opened file keeps parts the adapter does not model", () => {
  test("charts and pivot tables of an opened file leave byte for byte", async () => {
    const JSZip = (await import("jszip")).default;
    const plain = XlsxWorkbook.create();
    await plain.ensureSheets([{ name: "S", columns: [{ header: "x", width: 5 }], ifExists: "keep" }]);
    const zip = await JSZip.loadAsync(await plain.toBuffer());
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    const wb = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "nodebuffer" }));
    await wb.writeBlocks([{ sheet: "S", row: 2, column: 1, values: [["y"]] }]);
    const out = await JSZip.loadAsync(await wb.toBuffer());
    expect(await out.file("xl/charts/chart1.xml")?.async("string")).toBe("<c:chartSpace/>");
    expect(await out.file("xl/pivotTables/pivotTable1.xml")?.async("string")).toBe("<pivotTableDefinition/>");
  });
});
