/**
 * Issue 12's preservation test: `ledger refresh` on workbooks written by openpyxl-like code, LibreOffice and ExcelJS,
 * and on a macro-enabled one. Every part the add-in does not own comes back byte for byte; the parts it owns differ
 * only in what it owns (cells right of the user's columns, its conditional formats and notes, new tabs); the result
 * opens in LibreOffice; refreshing the result again changes nothing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { minimalWorkbook, REGISTER_HEADERS, richWorkbook } from "../fixtures/preservation/corpus";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
const withSoffice = soffice ? test : test.skip;
if (!soffice)
  console.warn(
    "preservation.test: LibreOffice (soffice) not found — the LibreOffice-written corpus and the open-in-LibreOffice checks are skipped",
  );

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ledger-preserve-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refresh(
  bytes: Uint8Array,
  name: string,
  outName = `out-${name}`,
): Promise<{ code: number; out: Uint8Array; text: string }> {
  writeFileSync(join(dir, name), bytes);
  const lines: string[] = [];
  const io: CliIo = { out: (t) => lines.push(t), err: (t) => lines.push(t), today: () => "2026-11-18", cwd: dir };
  const code = await runCli(["refresh", name, "-o", outName, "--as-of", "2026-11-18"], io);
  return { code, out: code === 0 ? readFileSync(join(dir, outName)) : new Uint8Array(), text: lines.join("\n") };
}

/** soffice converts `file` in `dir` to `format` into a fresh folder; returns the converted file's path. */
function convert(file: string, format: string): string {
  const outDir = mkdtempSync(join(dir, "lo-"));
  execFileSync(
    soffice as string,
    [
      "--headless",
      `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      join(dir, file),
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  const [made] = readdirSync(outDir);
  if (!made) throw new Error(`soffice produced nothing for ${file}`);
  return join(outDir, made);
}

interface SheetXml {
  head: string;
  rows: Map<number, { tag: string; cells: Map<number, string> }>;
  tail: string[];
}

function colOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n;
}

function splitSheet(xml: string): SheetXml {
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml) as RegExpExecArray;
  const end = open[1] === "/" ? open.index + open[0].length : xml.indexOf("</sheetData>") + "</sheetData>".length;
  const inner = open[1] === "/" ? "" : xml.slice(open.index + open[0].length, xml.indexOf("</sheetData>"));
  const rows = new Map<number, { tag: string; cells: Map<number, string> }>();
  for (const m of inner.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(/\br="(\d+)"/.exec(m[1] as string)?.[1]);
    const cells = new Map<number, string>();
    for (const c of (m[2] ?? "").matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g))
      cells.set(colOf(/\br="([A-Z]+)/.exec(c[0])?.[1] ?? ""), c[0]);
    rows.set(r, { tag: (m[1] as string).replace(/\sspans="[^"]*"/, ""), cells });
  }
  const tail = [...xml.slice(end).matchAll(/<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g)].map((m) => m[0]);
  return { head: xml.slice(0, open.index), rows, tail };
}

/**
 * The owned sheet differs from the original only in cells right of column `width`, in widths given to those columns
 * (no width set before: sheet-cols.ts), and in its own tail elements.
 */
function expectOnlyOwnedCells(before: string, after: string, width: number): void {
  const a = splitSheet(before);
  const b = splitSheet(after);
  const added = [...b.head.matchAll(/<col min="(\d+)" max="\1" width="[\d.]+" customWidth="1"\/>/g)].filter(
    (m) => !a.head.includes(m[0]),
  );
  for (const m of added) expect(Number(m[1])).toBeGreaterThan(width);
  const head = added.reduce((h, m) => h.replace(m[0], ""), b.head).replace("<cols></cols>", "");
  expect(head).toBe(a.head);
  for (const [r, row] of a.rows) {
    const other = b.rows.get(r);
    expect(other?.tag).toBe(row.tag);
    for (const [c, cell] of row.cells) if (c <= width) expect(other?.cells.get(c)).toBe(cell);
  }
  for (const [r, row] of b.rows)
    for (const c of row.cells.keys()) if (c <= width) expect(a.rows.get(r)?.cells.has(c)).toBe(true);
  const userTail = (t: string[]) => t.filter((e) => !/^<(conditionalFormatting|legacyDrawing)\b/.test(e));
  expect(userTail(b.tail)).toEqual(userTail(a.tail));
}

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async("uint8array"));
  return out;
}

const text = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));

/** Package path of a sheet, by name, from the workbook part and its relationships. */
function sheetPath(p: Map<string, Uint8Array>, name: string): string {
  const wb = text(p.get("xl/workbook.xml")) as string;
  const rels = text(p.get("xl/_rels/workbook.xml.rels")) as string;
  const id =
    new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1] ??
    new RegExp(`<sheet\\b[^>]*r:id="([^"]+)"[^>]*name="${name}"`).exec(wb)?.[1];
  const target =
    new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function relsOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

/** Targets (package paths) of a part's relationships. */
function targets(p: Map<string, Uint8Array>, part: string): string[] {
  const rels = text(p.get(relsOf(part))) ?? "";
  return [...rels.matchAll(/Target="([^"]+)"/g)].map((m) => {
    const t = m[1] as string;
    if (t.startsWith("/")) return t.slice(1);
    const segs = part.split("/").slice(0, -1);
    for (const s of t.split("/")) {
      if (s === "..") segs.pop();
      else segs.push(s);
    }
    return segs.join("/");
  });
}

/**
 * The whole preservation check for one input: refresh it, compare every part, refresh the result and compare again,
 * and (with LibreOffice) open the result.
 */
async function expectPreserved(input: Uint8Array, name: string): Promise<Map<string, Uint8Array>> {
  const first = await refresh(input, name);
  expect(first.text).not.toMatch(/Cannot read|undefined|TypeError|\[object/);
  expect(first.code).toBe(0);
  const before = await parts(input);
  const after = await parts(first.out);
  const register = sheetPath(before, "收文登记簿");
  const owned = new Set([
    "[Content_Types].xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    register,
    relsOf(register),
  ]);
  // The register's notes: the header notes of the computed columns are added there.
  for (const t of targets(before, register)) if (/comment|vml/i.test(t)) owned.add(t);
  for (const [part, bytes] of before) {
    if (owned.has(part)) continue;
    expect([part, text(after.get(part))]).toEqual([part, text(bytes)]);
    expect(Buffer.compare(Buffer.from(after.get(part) as Uint8Array), Buffer.from(bytes))).toBe(0);
  }
  // Owned parts: only the owned cells and elements changed.
  const width = Math.max(
    ...[...splitSheet(text(before.get(register)) as string).rows.values()].flatMap((r) => [...r.cells.keys()]),
  );
  expectOnlyOwnedCells(text(before.get(register)) as string, text(after.get(register)) as string, width);
  const wbBefore = text(before.get("xl/workbook.xml")) as string;
  const wbAfter = text(after.get("xl/workbook.xml")) as string;
  // The generated sheets' own names (print area and titles, the KPI tiles) are added beside the user's; every other
  // byte outside <sheets> stays.
  const generatedNames =
    /<definedName\b[^>]*>[^<]*&apos;(?:期限总览|KPI看板|整改状态|满意度汇总)&apos;![^<]*<\/definedName>/g;
  const outsideSheets = (x: string) =>
    x
      .replace(/<sheets>[\s\S]*<\/sheets>/, "")
      .replace(generatedNames, "")
      .replace(/<definedNames><\/definedNames>/, "");
  expect(outsideSheets(wbAfter)).toBe(outsideSheets(wbBefore));
  for (const entry of wbBefore.match(/<sheet\b[^>]*\/>/g) ?? []) expect(wbAfter).toContain(entry);
  for (const part of ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", relsOf(register)]) {
    for (const entry of text(before.get(part))?.match(/<(Override|Default|Relationship)\b[^>]*\/>/g) ?? [])
      expect(text(after.get(part))).toContain(entry);
  }
  for (const t of targets(before, register).filter((x) => /comment/i.test(x))) {
    for (const c of text(before.get(t))?.match(/<comment\b[\s\S]*?<\/comment>/g) ?? [])
      expect(text(after.get(t))).toContain(c);
    for (const a of text(before.get(t))?.match(/<author>[\s\S]*?<\/author>/g) ?? [])
      expect(text(after.get(t))).toContain(a);
  }
  const styles = text(before.get("xl/styles.xml"));
  if (styles)
    expect(text(after.get("xl/styles.xml"))?.replace(/\scount="\d+"/g, "")).toContain(
      (/<cellStyles\b[\s\S]*?<\/cellStyles>/.exec(styles)?.[0] ?? "").replace(/\scount="\d+"/g, ""),
    );

  // Refreshing the refreshed file changes nothing.
  const second = await refresh(first.out, `again-${name}`);
  expect(second.code).toBe(0);
  const again = await parts(second.out);
  expect([...again.keys()].sort()).toEqual([...after.keys()].sort());
  for (const [part, bytes] of after) expect([part, text(again.get(part))]).toEqual([part, text(bytes)]);

  if (soffice) {
    const csv = readFileSync(convert(`out-${name}`, "csv"), "utf8");
    expect(csv).toContain("SW-2026-031");
  }
  return after;
}

describe("refresh patches the package and keeps everything the user has", () => {
  test("an openpyxl-like package: absolute targets, notes at xl/comments/, every preserved feature", async () => {
    const after = await expectPreserved(await richWorkbook(), "openpyxl.xlsx");
    const wb = text(after.get("xl/workbook.xml")) as string;
    expect(wb).toContain('<definedName name="税率">0.06</definedName>');
    expect(wb).toContain('<workbookProtection lockStructure="1"/>');
    expect(wb).toContain('fullCalcOnLoad="1"');
    expect(text(after.get("docProps/custom.xml"))).toContain("ZH-2026-07");
    const reread = await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "out-openpyxl.xlsx")));
    const [register] = await reread.readSheets(["收文登记簿"]);
    expect(register?.values[0]?.slice(0, REGISTER_HEADERS.length)).toEqual(REGISTER_HEADERS);
    expect(register?.values[0]).toContain("期限状态");
    expect(reread.note("收文登记簿", 3, 3)).toBe("原件在档案室");
    expect((await reread.listSheets()).map((s) => s.name)).toEqual([
      "收文登记簿",
      "列表",
      "图示",
      "期限总览",
      "KPI看板",
      "整改状态",
    ]);
  }, 120_000);

  test("a macro-enabled workbook keeps its vbaProject and macro-enabled content type", async () => {
    const input = await richWorkbook({ macros: true });
    const first = await refresh(input, "macros.xlsm", "out-macros.xlsm");
    expect(first.code).toBe(0);
    const after = await parts(first.out);
    expect(
      Buffer.compare(
        Buffer.from(after.get("xl/vbaProject.bin") as Uint8Array),
        Buffer.from((await parts(input)).get("xl/vbaProject.bin") as Uint8Array),
      ),
    ).toBe(0);
    expect(text(after.get("[Content_Types].xml"))).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(text(after.get("xl/_rels/workbook.xml.rels"))).toContain("vbaProject");
  }, 120_000);

  test("a minimal package: inline strings, no r attributes, no styles part", async () => {
    const first = await refresh(await minimalWorkbook(), "minimal.xlsx");
    expect(first.text).not.toMatch(/Cannot read|TypeError/);
    expect(first.code).toBe(0);
    const wb = await XlsxWorkbook.fromBuffer(first.out);
    const [register] = await wb.readSheets(["收文登记簿"]);
    expect(register?.values[1]?.slice(0, 2)).toEqual(["SW-2026-031", 46293]);
    expect(register?.values[0]).toContain("截止日期");
    expect(wb.numberFormat("收文登记簿", 2, (register?.values[0]?.indexOf("截止日期") as number) + 1)).toBe(
      "yyyy-mm-dd",
    );
  }, 60_000);

  test("an ExcelJS-written workbook: notes, protection, validations, names and links stay", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("收文登记簿");
    ws.addRow(REGISTER_HEADERS);
    ws.addRow([
      "SW-2026-031",
      new Date(Date.UTC(2026, 8, 28)),
      "市教育局",
      "通知",
      "内部",
      1,
      "办公室",
      "王芳",
      new Date(Date.UTC(2026, 9, 30)),
      new Date(Date.UTC(2026, 8, 28)),
      null,
      null,
    ]);
    ws.getCell("B2").numFmt = "yyyy-mm-dd";
    ws.getCell("C2").note = "原件在档案室";
    ws.getCell("A2").value = { text: "SW-2026-031", hyperlink: "#'列表'!A1" };
    (ws as unknown as { dataValidations: { add(r: string, v: object): void } }).dataValidations.add("E2:E50", {
      type: "list",
      allowBlank: true,
      formulae: ["'列表'!$A$1:$A$3"],
    });
    await ws.protect("", { selectLockedCells: true });
    source.addWorksheet("列表").addRows([["公开"], ["内部"], ["秘密"]]);
    source.definedNames.add("'收文登记簿'!$A$2:$A$3", "本表编号");
    const bytes = new Uint8Array((await source.xlsx.writeBuffer()) as ArrayBuffer);
    await expectPreserved(bytes, "exceljs.xlsx");
  }, 120_000);

  withSoffice(
    "a LibreOffice-written workbook (tables without a table style, LibreOffice's own parts)",
    async () => {
      writeFileSync(join(dir, "for-lo.xlsx"), await richWorkbook());
      const converted = readFileSync(convert("for-lo.xlsx", "xlsx"));
      const after = await expectPreserved(converted, "libreoffice.xlsx");
      expect(after.size).toBeGreaterThan(10);
    },
    180_000,
  );

  withSoffice(
    "the demo workbook saved by LibreOffice refreshes (it failed with 'reading theme')",
    async () => {
      writeFileSync(join(dir, "demo.xlsx"), readFileSync(join(__dirname, "../../templates/demo.xlsx")));
      const converted = readFileSync(convert("demo.xlsx", "xlsx"));
      const first = await refresh(converted, "demo-lo.xlsx");
      expect(first.text).not.toContain("theme");
      expect(first.code).toBe(0);
    },
    180_000,
  );
});

describe("1904 date system", () => {
  test("dates are read and written on the workbook's own system: the same register gives the same due dates", async () => {
    const plain = await refresh(await richWorkbook(), "d1900.xlsx");
    const shifted = await refresh(await richWorkbook({ date1904: true }), "d1904.xlsx");
    const a = (await (await XlsxWorkbook.fromBuffer(plain.out)).readSheets(["收文登记簿"]))[0]?.values;
    const b = (await (await XlsxWorkbook.fromBuffer(shifted.out)).readSheets(["收文登记簿"]))[0]?.values;
    expect(b).toEqual(a);
    const due = (a?.[0] ?? []).indexOf("截止日期");
    expect(typeof a?.[1]?.[due]).toBe("number");
    // Stored 1,462 lower on the 1904 system, so Excel shows the same day.
    const stored = (bytes: Uint8Array, ref: string) =>
      parts(bytes).then((p) =>
        Number(
          new RegExp(`<c r="${ref}"[^>]*><v>([^<]+)</v>`).exec(text(p.get("xl/worksheets/sheet1.xml")) as string)?.[1],
        ),
      );
    const ref = `${String.fromCharCode(65 + due)}2`;
    expect((await stored(plain.out, ref)) - (await stored(shifted.out, ref))).toBe(1462);
  }, 60_000);
});
