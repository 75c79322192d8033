/**
 * A generated sheet's data rows written straight into an opened package (package/sheet-rows.ts) instead of through an
 * ExcelJS scratch sheet: what reads back — values, number formats, conditional formats — must be what the ExcelJS path
 * writes for the same SheetSpec, on the 1900 and 1904 date systems, and LibreOffice must open the result.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { CellValue, SheetSpec } from "../../src/core/sheet-spec";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { minimalWorkbook, richWorkbook } from "../fixtures/preservation/corpus";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
const withSoffice = soffice ? test : test.skip;
if (!soffice)
  console.warn("bulk-rows.test: LibreOffice (soffice) not found — the open-in-LibreOffice check is skipped");

const NAME = "期限总览";

function sampleRows(n: number): CellValue[][] {
  const texts = ["已逾期", "A&B <c> \"q\" 'a'", "  前后空格  ", "第一行\n第二行", "普通"];
  return Array.from({ length: n }, (_, i) => [
    texts[i % texts.length] as string,
    i % 5 === 0 ? null : 46000 + (i % 400),
    i % 3 === 0 ? "" : i * 1.5,
    i % 4 === 0,
    i % 6 === 0 ? "=1+1" : `行${i + 1}`,
    i % 9 === 0 ? null : 46300 + i / 4,
  ]);
}

function spec(rows: CellValue[][]): SheetSpec {
  return {
    name: NAME,
    titleRows: [["期限总览（测试）"], ["第二行说明"]],
    columns: [
      { header: "期限状态", width: 10 },
      { header: "截止日期", width: 12, numberFormat: "yyyy-mm-dd" },
      { header: "数", width: 8, numberFormat: "0.0" },
      { header: "真假", width: 6 },
      { header: "内容", width: 30, headerNote: "说明" },
      { header: "时刻", width: 16, numberFormat: "yyyy-mm-dd hh:mm" },
    ],
    rows,
    freezeHeader: true,
    conditionalFormats: [
      { range: `A4:F${rows.length + 3}`, kind: "formula", formula: '=$A4="已逾期"', fill: "#FFC7CE" },
    ],
    page: { orientation: "landscape", fitToOnePage: true, paper: "A4" },
    tabColor: "#C00000",
    ifExists: "replace",
  };
}

/** The sheet as the ExcelJS path writes it: a new workbook built by ExcelJS alone. */
async function viaExcelJs(s: SheetSpec): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets([s]);
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

async function viaPackage(input: Uint8Array, s: SheetSpec): Promise<{ wb: XlsxWorkbook; bytes: Uint8Array }> {
  const wb = await XlsxWorkbook.fromBuffer(input);
  await wb.ensureSheets([s]);
  const bytes = await wb.toBuffer();
  return { wb: await XlsxWorkbook.fromBuffer(bytes), bytes };
}

async function expectSameSheet(a: XlsxWorkbook, b: XlsxWorkbook, rows: number, columns: number): Promise<void> {
  const [va] = await a.readSheets([NAME]);
  const [vb] = await b.readSheets([NAME]);
  expect(vb?.values).toEqual(va?.values);
  expect(vb?.unread ?? []).toEqual(va?.unread ?? []);
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= columns + 1; c++)
      expect([r, c, b.numberFormat(NAME, r, c)]).toEqual([r, c, a.numberFormat(NAME, r, c)]);
  expect(b.conditionalFormats(NAME)).toEqual(a.conditionalFormats(NAME));
  expect(b.note(NAME, 3, 5)).toBe(a.note(NAME, 3, 5));
}

test("rows written into the package read back cell by cell as the ExcelJS path writes them", async () => {
  const rows = sampleRows(40);
  const a = await viaExcelJs(spec(rows));
  const { wb: b } = await viaPackage(await minimalWorkbook(), spec(rows));
  await expectSameSheet(a, b, rows.length + 4, 6);
  const [read] = await b.readSheets([NAME]);
  expect(read?.values[4]?.slice(0, 4)).toEqual([rows[1]?.[0], rows[1]?.[1], rows[1]?.[2], false]);
  expect(read?.values[5]?.[0]).toBe("  前后空格  ");
});

test("a column with more distinct values than are encoded once (4,096) reads back the same past that point", async () => {
  const rows = sampleRows(4500);
  const a = await viaExcelJs(spec(rows));
  const { wb: b } = await viaPackage(await minimalWorkbook(), spec(rows));
  const [va] = await a.readSheets([NAME]);
  const [vb] = await b.readSheets([NAME]);
  expect(vb?.values).toEqual(va?.values);
  expect(vb?.values[4502]?.[4]).toBe("行4500");
});

test("text ExcelJS would garble (a literal _x0041_, a control character) is kept as given", async () => {
  const rows: CellValue[][] = [
    ["_x0041_ 字面", null, null, null, null, null],
    ["控制\u000b字符", null, null, null, null, null],
  ];
  const { wb } = await viaPackage(await minimalWorkbook(), spec(rows));
  const [read] = await wb.readSheets([NAME]);
  expect(read?.values.slice(3).map((r) => r[0])).toEqual(["_x0041_ 字面", "控制\u000b字符"]);
});

test("on the 1904 date system the dates are stored shifted and read back as written", async () => {
  const rows = sampleRows(30);
  const a = await viaExcelJs(spec(rows));
  const { wb: b, bytes } = await viaPackage(await richWorkbook({ date1904: true }), spec(rows));
  await expectSameSheet(a, b, rows.length + 4, 6);
  // The stored serial of 截止日期 in the second data row (46001) is 1,462 lower in the part itself.
  const zip = await JSZip.loadAsync(bytes);
  const sheetXml = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
      .map((n) => (zip.file(n) as JSZip.JSZipObject).async("string")),
  );
  const overview = sheetXml.find((x) => x.includes("期限总览（测试）")) as string;
  expect(overview).toMatch(new RegExp(`<c r="B5"[^>]*><v>${46001 - 1462}</v></c>`));
});

test("a sheet read or written before saving holds its rows (they are put into the scratch sheet first)", async () => {
  const rows = sampleRows(12);
  const wb = await XlsxWorkbook.fromBuffer(await minimalWorkbook());
  await wb.ensureSheets([spec(rows)]);
  const [read] = await wb.readSheets([NAME]);
  expect(read?.values[3]?.[0]).toBe("已逾期");
  expect(read?.values).toHaveLength(rows.length + 3);
  await wb.writeBlocks([{ sheet: NAME, row: 5, column: 7, values: [["后写"]] }]);
  const back = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
  const [after] = await back.readSheets([NAME]);
  expect(after?.values[4]?.[6]).toBe("后写");
  expect(after?.values[4]?.[0]).toBe(rows[1]?.[0]);
});

test("a long generated sheet is deflated with correct checksums and sizes", async () => {
  const rows = sampleRows(6000);
  const { bytes, wb } = await viaPackage(await minimalWorkbook(), spec(rows));
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ name: f.name, text: await f.async("string") })),
  );
  const big = parts.find((p) => p.text.includes("期限总览（测试）"));
  expect(big?.text.length).toBeGreaterThan(256 * 1024);
  expect(bytes.length).toBeLessThan((big?.text.length ?? 0) / 3);
  const [values] = await wb.readSheets([NAME]);
  expect(values?.values).toHaveLength(rows.length + 3);
});

withSoffice(
  "LibreOffice opens the output and sees the written rows",
  async () => {
    const rows = sampleRows(25);
    const { bytes } = await viaPackage(await minimalWorkbook(), spec(rows));
    const dir = mkdtempSync(join(tmpdir(), "ledger-bulk-rows-"));
    try {
      writeFileSync(join(dir, "in.xlsx"), bytes);
      const outDir = join(dir, "out");
      execFileSync(
        soffice as string,
        [
          "--headless",
          `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
          "--convert-to",
          "xlsx",
          "--outdir",
          outDir,
          join(dir, "in.xlsx"),
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
      const made = readdirSync(outDir).find((f) => f.endsWith(".xlsx")) as string;
      const lo = await XlsxWorkbook.fromBuffer(readFileSync(join(outDir, made)));
      const [sheet] = await lo.readSheets([NAME]);
      expect(sheet?.values[2]?.slice(0, 3)).toEqual(["期限状态", "截止日期", "数"]);
      expect(sheet?.values[4]?.[1]).toBe(rows[1]?.[1]);
      expect(sheet?.values[4]?.[2]).toBe(rows[1]?.[2]);
      expect(sheet?.values[4]?.[4]).toBe(rows[1]?.[4]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);
