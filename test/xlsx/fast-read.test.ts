/**
 * The read-only package scan must report exactly what the ExcelJS path reports (differential testing), on files from
 * LibreOffice, the checked-in templates, hand-built edge cases and random grids.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue } from "../../src/core/sheet-spec";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

async function bothReads(bytes: Uint8Array) {
  const full = await XlsxWorkbook.fromBuffer(bytes);
  const scan = await XlsxWorkbook.fromBuffer(bytes, { readOnly: true });
  const names = (await full.listSheets()).map((s) => s.name);
  return {
    full: {
      sheets: await full.listSheets(),
      values: await full.readSheets(names),
      mappings: await full.getSetting("ledger.mappings"),
    },
    scan: {
      sheets: await scan.listSheets(),
      values: await scan.readSheets(names),
      mappings: await scan.getSetting("ledger.mappings"),
    },
  };
}

/** Equal cell by cell, date-times to ExcelJS's millisecond. */
function expectSameValues(a: readonly { values: CellValue[][] }[], b: readonly { values: CellValue[][] }[]): void {
  expect(b.map((s) => s.values.length)).toEqual(a.map((s) => s.values.length));
  a.forEach((sheet, k) =>
    sheet.values.forEach((row, r) => {
      const other = b[k]?.values[r] as CellValue[];
      expect(other).toHaveLength(row.length);
      row.forEach((v, c) => {
        const w = other[c];
        if (typeof v === "number" && typeof w === "number") expect(Math.abs(v - w)).toBeLessThan(1e-8);
        else expect(w).toEqual(v);
      });
    }),
  );
}

const files = [
  path.join(__dirname, "../fixtures/libreoffice/收文登记簿-繁体表头.xlsx"),
  path.join(__dirname, "../fixtures/libreoffice/台账-合并标题.xlsx"),
  path.join(__dirname, "../fixtures/libreoffice/各类单元格.xlsx"),
  path.join(__dirname, "../../templates/demo.xlsx"),
  path.join(__dirname, "../../templates/综合办台账.xlsx"),
];

describe("read-only scan agrees with the ExcelJS path", () => {
  test.each(files.map((f) => [path.basename(f), f]))("%s", async (_name, file) => {
    const { full, scan } = await bothReads(fs.readFileSync(file));
    expect(scan.sheets).toEqual(full.sheets);
    expectSameValues(full.values, scan.values);
    expect(scan.mappings).toEqual(full.mappings);
  });

  test("rich text, hyperlinks, errors, cached formula results, merges, escapes, hidden sheets, settings", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { richText: [{ text: "收文", font: { bold: true } }, { text: "登记 & <备注>" }] };
    ws.getCell("B1").value = { text: "通知原文", hyperlink: "https://example.edu.cn/n?a=1&b=2" };
    ws.getCell("C1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = { formula: 'A1&"x"', result: "文本'\"结果" };
    ws.getCell("B2").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
    ws.getCell("C2").value = true;
    ws.getCell("D2").value = -0.125;
    ws.getCell("A3").value = "第一行\n第二行";
    ws.mergeCells("A3:C4");
    ws.getCell("E5").value = new Date(Date.UTC(2026, 9, 9, 14, 30));
    ws.getCell("E5").numFmt = "yyyy-mm-dd hh:mm";
    wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = 1;
    const x = await XlsxWorkbook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await x.setSetting("ledger.mappings", JSON.stringify({ S: { register: "x", headerRow: 1, columns: {} } }));
    const { full, scan } = await bothReads(await x.toBuffer());
    expect(scan.sheets).toEqual(full.sheets);
    expectSameValues(full.values, scan.values);
    expect(scan.values[0]?.values[0]).toEqual(["收文登记 & <备注>", "通知原文", "#N/A", "#DIV/0!", null]);
    expect(scan.mappings).toContain('"register":"x"');
  });

  test("random grids of numbers, dates, text and booleans", async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.string({
        unit: fc.constantFrom("a", "Z", "0", " ", "收", "文", "&", "<", ">", '"', "'", "\n", "é", "〔", "号"),
        maxLength: 12,
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
        fc.integer({ min: 40000, max: 50000 }),
        async (grid, serial) => {
          const wb = XlsxWorkbook.create();
          await wb.ensureSheets([{ name: "G", columns: [], ifExists: "keep" }]);
          await wb.writeBlocks(grid.map((row, r) => ({ sheet: "G", row: r + 1, column: 1, values: [row] })));
          await wb.writeBlocks([
            {
              sheet: "G",
              row: grid.length + 2,
              column: 2,
              values: [[serial, serial + 0.75]],
              columnFormats: ["yyyy-mm-dd", "yyyy-mm-dd hh:mm"],
            },
          ]);
          const { full, scan } = await bothReads(await wb.toBuffer());
          expect(scan.sheets).toEqual(full.sheets);
          expectSameValues(full.values, scan.values);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});

test("a 1904-date-system workbook opened read-only still yields 1900-system serials", async () => {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = new Date(Date.UTC(2026, 9, 9));
  ws.getCell("A1").numFmt = "yyyy-mm-dd";
  const ro = await XlsxWorkbook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), {
    readOnly: true,
  });
  expect((await ro.readSheets(["S"]))[0]?.values).toEqual([[46304]]);
});

test("a read-only workbook refuses every change", async () => {
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets([{ name: "S", columns: [{ header: "x", width: 4 }], ifExists: "keep" }]);
  const ro = await XlsxWorkbook.fromBuffer(await wb.toBuffer(), { readOnly: true });
  await expect(ro.writeBlocks([{ sheet: "S", row: 1, column: 1, values: [["y"]] }])).rejects.toThrow("read-only");
  await expect(ro.applyMarks([])).rejects.toThrow("read-only");
  await expect(ro.setSetting("k", "v")).rejects.toThrow("read-only");
  await expect(ro.ensureSheets([])).rejects.toThrow("read-only");
});

test("read-only: a sheet used only at row 1,048,576 is read quickly, blank rows sharing one array", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell(1_048_576, 30).value = "底";
  const ro = await XlsxWorkbook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), {
    readOnly: true,
  });
  const t0 = performance.now();
  const values = (await ro.readSheets(["S"]))[0]?.values ?? [];
  expect(performance.now() - t0).toBeLessThan(2000);
  expect(values).toHaveLength(1_048_576);
  expect(values[1_048_575]?.[29]).toBe("底");
  expect(values[0]).toBe(values[700_000]);
  expect(values[0]).toHaveLength(30);
  expect(await ro.listSheets()).toEqual([{ name: "S", visible: true, rowCount: 1_048_576, columnCount: 30 }]);
});

test("read-only scan of a hand-made package: prefixed elements, cells and rows without references, inline and escaped strings", async () => {
  const JSZip = (await import("jszip")).default;
  const zip = new JSZip();
  const ns =
    'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><x:workbook ${ns}><x:sheets><x:sheet name="收文&amp;登记" sheetId="1" r:id="rId1"/><x:sheet name="图表" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/c1.xml"/></Relationships>',
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0"?><x:sst ${ns}><x:si><x:t>编号</x:t></x:si><x:si><x:r><x:t xml:space="preserve">收 </x:t></x:r><x:r><x:t>文</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ショウ</x:t></x:rPh></x:si></x:sst>`,
  );
  zip.file(
    "xl/worksheets/s1.xml",
    `<?xml version="1.0"?><x:worksheet ${ns}><x:sheetData>` +
      '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>A&amp;B_x000D_</x:t></x:is></x:c><x:c><x:v>46304</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="5"><x:c r="C5" t="e"><x:v>#REF!</x:v></x:c><x:c r="D5" t="str"><x:f>A1</x:f><x:v>编号</x:v></x:c><x:c r="E5" s="1"/></x:row>' +
      "</x:sheetData></x:worksheet>",
  );
  const wb = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }), { readOnly: true });
  expect(await wb.listSheets()).toEqual([{ name: "收文&登记", visible: true, rowCount: 5, columnCount: 4 }]);
  expect((await wb.readSheets(["收文&登记"]))[0]?.values).toEqual([
    ["编号", "收 文", null, null],
    ["A&B\r", 46304, true, null],
    [null, null, null, null],
    [null, null, null, null],
    [null, null, "#REF!", "编号"],
  ]);
});
