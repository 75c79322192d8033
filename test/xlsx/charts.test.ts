/**
 * Native charts in the written package: the parts and their relationships, content types, the `<drawing>` element's
 * place in the sheet, series formulas and caches — and that ExcelJS and LibreOffice read the result.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import type { ChartSpec, SheetSpec } from "../../src/core/sheet-spec";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

const BOARD = "KPI看板";

const trend: ChartSpec = {
  name: "kpi-trend-K01",
  title: "K01 办结率 <季度> & 目标",
  type: "line",
  dataRange: "A2:E4",
  seriesBy: "rows",
  anchor: { cell: "G2", widthCols: 6, heightRows: 12 },
};
const counts: ChartSpec = {
  name: "counts",
  title: "各部门收文",
  type: "column",
  dataRange: "A7:C10",
  seriesBy: "columns",
  anchor: { cell: "G15", widthCols: 5, heightRows: 10 },
};

const board: SheetSpec = {
  name: BOARD,
  columns: [{ header: "指标", width: 12, headerNote: "由台账助手生成" }],
  protect: true,
  page: { orientation: "landscape", fitToOnePage: true, paper: "A4" },
  charts: [trend, counts],
  ifExists: "replace",
};

/** A register with a table and a header note: the sheet ExcelJS writes with `<legacyDrawing>` after `<tableParts>`. */
const register: SheetSpec = {
  name: "收文登记簿",
  tableName: "IncomingDocs",
  columns: [
    { header: "收文编号", width: 14 },
    { header: "截止日期", width: 12, headerNote: "计算列：由台账助手生成" },
  ],
  rows: [["SW-1", 46000]],
  ifExists: "replace",
};

async function written(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets([register, board]);
  // Values written after the sheet: the caches must hold these, not what the sheet held when the spec was applied.
  await wb.writeBlocks([
    {
      sheet: BOARD,
      row: 2,
      column: 1,
      values: [
        [null, "2026Q1", "2026Q2", "2026Q3", "2026Q4"],
        ["实际", 80, null, 91.5, 95],
        ["目标", 90, 90, 90, 90],
      ],
    },
    {
      sheet: BOARD,
      row: 7,
      column: 1,
      values: [
        ["部门", "收文", "发文"],
        ["教务处", 12, 3],
        ["总务处", 7, 9],
        ["校办", 4, 0],
      ],
    },
  ]);
  expect(wb.unrenderedCharts).toEqual([]);
  return wb.toBuffer();
}

async function text(zip: JSZip, path: string): Promise<string> {
  const entry = zip.file(path);
  if (!entry) throw new Error(`missing part ${path}`);
  return entry.async("string");
}

/** Relationship id → target path (resolved against the part's folder). */
async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const slash = part.lastIndexOf("/");
  const rels = await text(zip, `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  for (const m of rels.matchAll(/<Relationship Id="([^"]+)" Type="([^"]+)" Target="([^"]+)"\/>/g)) {
    const resolved = new URL(m[3] as string, `http://pkg/${part}`).pathname.slice(1);
    out.set(m[1] as string, { type: (m[2] as string).replace(/.*\//, ""), target: resolved });
  }
  return out;
}

async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rel = (await relationships(zip, "xl/workbook.xml")).get(rid ?? "");
  if (!rel) throw new Error(`no sheet ${name}`);
  return rel.target;
}

/** Names of the worksheet's top-level elements after sheetData, in document order. */
function tail(xml: string): string[] {
  const after = xml.slice(xml.indexOf("</sheetData>") + "</sheetData>".length, xml.lastIndexOf("</worksheet>"));
  const names: string[] = [];
  let depth = 0;
  for (const m of after.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1] === "/") depth--;
    else {
      if (depth === 0) names.push(m[2] as string);
      if (m[3] !== "/") depth++;
    }
  }
  return names;
}

const SCHEMA_TAIL = [
  "sheetProtection",
  "autoFilter",
  "mergeCells",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "drawing",
  "legacyDrawing",
  "picture",
  "tableParts",
  "extLst",
];

function expectSchemaOrder(names: readonly string[]): void {
  const ranks = names.map((n) => SCHEMA_TAIL.indexOf(n));
  expect(ranks).not.toContain(-1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
}

describe("charts written into the .xlsx package", () => {
  let zip: JSZip;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await written();
    zip = await JSZip.loadAsync(bytes);
  });

  test("every part is well-formed XML", async () => {
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      expect([name, XMLValidator.validate(await text(zip, name))]).toEqual([name, true]);
    }
  });

  test("sheet → drawing → charts relationships point at parts that exist, with content types", async () => {
    const sheet = await sheetPath(zip, BOARD);
    const drawings = [...(await relationships(zip, sheet)).entries()].filter(([, r]) => r.type === "drawing");
    expect(drawings).toHaveLength(1);
    const [drawingRId, drawing] = drawings[0] as [string, { target: string }];
    expect(await text(zip, sheet)).toContain(`<drawing r:id="${drawingRId}"/>`);

    const drawingXml = await text(zip, drawing.target);
    const chartRels = await relationships(zip, drawing.target);
    const frames = [...drawingXml.matchAll(/name="([^"]+)"[\s\S]*?r:id="([^"]+)"/g)].map((m) => ({
      name: m[1],
      chart: chartRels.get(m[2] as string),
    }));
    expect(frames.map((f) => f.name)).toEqual(["kpi-trend-K01", "counts"]);
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain(
      `<Override PartName="/${drawing.target}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );
    for (const f of frames) {
      expect(f.chart?.type).toBe("chart");
      expect(zip.file(f.chart?.target ?? "")).not.toBeNull();
      expect(types).toContain(
        `<Override PartName="/${f.chart?.target}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
    // Anchored from G2 (0-based column 6, row 1) across 6 columns and 12 rows.
    expect(drawingXml).toContain("<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawingXml).toContain("<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>13</xdr:row>");
  });

  test("worksheet elements follow the schema order: drawing before the notes' legacyDrawing, that before tableParts", async () => {
    const boardTail = tail(await text(zip, await sheetPath(zip, BOARD)));
    expect(boardTail).toEqual(expect.arrayContaining(["sheetProtection", "pageSetup", "drawing", "legacyDrawing"]));
    expectSchemaOrder(boardTail);
    const registerTail = tail(await text(zip, await sheetPath(zip, "收文登记簿")));
    expect(registerTail).toEqual(expect.arrayContaining(["legacyDrawing", "tableParts"]));
    expectSchemaOrder(registerTail);
  });

  test("series formulas follow seriesBy, caches hold the values written last, titles are escaped", async () => {
    const charts = await Promise.all(["xl/charts/chart1.xml", "xl/charts/chart2.xml"].map((p) => text(zip, p)));
    const [line, bar] = charts as [string, string];
    expect(line).toContain("<c:lineChart>");
    expect(line).toContain("<a:t>K01 办结率 &lt;季度&gt; &amp; 目标</a:t>");
    expect([...line.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "&apos;KPI看板&apos;!$A$3",
      "&apos;KPI看板&apos;!$B$2:$E$2",
      "&apos;KPI看板&apos;!$B$3:$E$3",
      "&apos;KPI看板&apos;!$A$4",
      "&apos;KPI看板&apos;!$B$2:$E$2",
      "&apos;KPI看板&apos;!$B$4:$E$4",
    ]);
    // 实际 has no value for 2026Q2: four points counted, three present, so viewers draw a gap.
    expect(line).toContain(
      '<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="4"/><c:pt idx="0"><c:v>80</c:v></c:pt><c:pt idx="2"><c:v>91.5</c:v></c:pt><c:pt idx="3"><c:v>95</c:v></c:pt></c:numCache>',
    );
    expect(line).toContain('<c:pt idx="3"><c:v>2026Q4</c:v></c:pt>');

    expect(bar).toContain('<c:barChart><c:barDir val="col"/>');
    expect([...bar.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "&apos;KPI看板&apos;!$B$7",
      "&apos;KPI看板&apos;!$A$8:$A$10",
      "&apos;KPI看板&apos;!$B$8:$B$10",
      "&apos;KPI看板&apos;!$C$7",
      "&apos;KPI看板&apos;!$A$8:$A$10",
      "&apos;KPI看板&apos;!$C$8:$C$10",
    ]);
    expect(bar).toContain("<c:v>发文</c:v>");
    expect(bar).toContain('<c:pt idx="2"><c:v>0</c:v></c:pt>');
  });

  test("ExcelJS still reads the workbook: values, notes, table and protection intact", async () => {
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    expect((await wb.readSheets([BOARD]))[0]?.values[2]).toEqual(["实际", 80, null, 91.5, 95]);
    expect(wb.note(BOARD, 1, 1)).toBe("由台账助手生成");
    expect(wb.note("收文登记簿", 1, 2)).toBe("计算列：由台账助手生成");
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(
      (raw.getWorksheet("收文登记簿") as unknown as { model: { tables: Array<{ name: string }> } }).model.tables.map(
        (t) => t.name,
      ),
    ).toEqual(["IncomingDocs"]);
    expect(
      (raw.getWorksheet(BOARD) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
    ).toBe(true);
  });

  test("reopened, its charts are kept byte for byte, and drawn once again when their sheet is regenerated", async () => {
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    await wb.writeBlocks([{ sheet: "收文登记簿", row: 5, column: 1, values: [["SW-9"]] }]);
    const kept = await JSZip.loadAsync(await wb.toBuffer());
    const before = await JSZip.loadAsync(bytes);
    const chartParts = Object.keys(before.files).filter(
      (n) => /^xl\/(charts|drawings)\//.test(n) && !before.files[n]?.dir,
    );
    expect(chartParts.length).toBeGreaterThan(0);
    for (const part of chartParts)
      expect(await kept.file(part)?.async("string")).toBe(await before.file(part)?.async("string"));

    await wb.ensureSheets([board]);
    const redrawn = await JSZip.loadAsync(await wb.toBuffer());
    const charts = (z: JSZip) =>
      Object.keys(z.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .sort();
    expect(charts(redrawn)).toEqual(charts(before));
  });

  test("a workbook without charts or notes gets no drawing or chart parts", async () => {
    const wb = XlsxWorkbook.create({ timestamp: new Date(Date.UTC(2026, 10, 22)) });
    await wb.ensureSheets([{ name: "S", columns: [{ header: "a", width: 8 }], ifExists: "keep" }]);
    const zip2 = await JSZip.loadAsync(await wb.toBuffer());
    expect(Object.keys(zip2.files).some((n) => n.includes("drawing") || n.includes("chart"))).toBe(false);
  });
});

const libreoffice = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find((p) => existsSync(p));
const withLibreOffice = libreoffice ? describe : describe.skip;
if (!libreoffice) console.log("LibreOffice not found: skipping the chart round trip through LibreOffice");

withLibreOffice("charts opened by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "ledger-charts-"));
  const profile = mkdtempSync(join(tmpdir(), "ledger-charts-profile-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  test("survive LibreOffice's .xlsx → .xlsx conversion with their series and data", async () => {
    const source = join(dir, "charts.xlsx");
    writeFileSync(source, await written());
    const back = join(dir, "back");
    execFileSync(
      libreoffice as string,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", back, source],
      {
        stdio: "pipe",
        timeout: 120_000,
      },
    );
    const zip = await JSZip.loadAsync(readFileSync(join(back, "charts.xlsx")));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .map((n) => text(zip, n)),
    );
    expect(charts).toHaveLength(2);
    const all = charts.join("\n");
    expect(all).toContain("c:lineChart");
    expect(all).toContain("c:barChart");
    // LibreOffice read the series from the sheet: its own formulas and cached values come back.
    expect(all).toMatch(/'?KPI看板'?!\$B\$3:\$E\$3/);
    expect(all).toContain("<c:v>91.5</c:v>");
    expect(all).toContain("办结率");
  }, 180_000);
});
