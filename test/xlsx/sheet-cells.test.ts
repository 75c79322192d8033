/** Surgical cell edits of a worksheet part (src/xlsx/package/sheet-cells.ts): only written cells change. */
import { patchCells, type CellWriter } from "../../src/xlsx/package/sheet-cells";

const sheet = (rows: string, p = "") =>
  `<?xml version="1.0"?><${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;
const num = (ref: string, n: number, p = ""): string => `<${p}c r="${ref}"><${p}v>${n}</${p}v></${p}c>`;
const put =
  (n: number, p = ""): CellWriter =>
  (_existing, ref) =>
    num(ref, n, p);
const edits = (byRow: Record<number, Record<number, CellWriter>>) =>
  new Map(
    Object.entries(byRow).map(([r, cols]) => [
      Number(r),
      new Map(Object.entries(cols).map(([c, w]) => [Number(c), w])),
    ]),
  );

test("cells right of a row's own are appended before </row>, the rest of the row kept byte for byte", () => {
  const row = `<row r="2" spans="1:2" ht="20" customHeight="1"><c r="A2" t="inlineStr"><is><t>&lt;c r="Z2"&gt;</t></is></c>${num("B2", 5)}</row>`;
  const out = patchCells(sheet(row), edits({ 2: { 4: put(7), 3: put(6) } }));
  expect(out).toContain(
    `<row r="2" ht="20" customHeight="1"><c r="A2" t="inlineStr"><is><t>&lt;c r="Z2"&gt;</t></is></c>${num("B2", 5)}${num("C2", 6)}${num("D2", 7)}</row>`,
  );
});

test("a cell among the row's own is put in column order; an existing one is replaced", () => {
  const row = `<row r="3">${num("A3", 1)}${num("C3", 3)}</row>`;
  expect(patchCells(sheet(row), edits({ 3: { 2: put(2) } }))).toContain(
    `<row r="3">${num("A3", 1)}${num("B3", 2)}${num("C3", 3)}</row>`,
  );
  expect(patchCells(sheet(row), edits({ 3: { 3: put(9), 4: put(4) } }))).toContain(
    `<row r="3">${num("A3", 1)}${num("C3", 9)}${num("D3", 4)}</row>`,
  );
});

test("prefixed parts (x:) get prefixed cells; a writer leaving an absent cell absent changes nothing", () => {
  const p = "x:";
  const row = `<x:row r="2">${num("A2", 1, p)}</x:row>`;
  expect(patchCells(sheet(row, p), edits({ 2: { 2: put(2, p) } }))).toContain(
    `<x:row r="2">${num("A2", 1, p)}${num("B2", 2, p)}</x:row>`,
  );
  const xml = sheet(row, p);
  expect(patchCells(xml, edits({ 2: { 5: () => null } }))).toBe(xml);
});
