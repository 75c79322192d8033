/** connectHost: Excel when Office reports it and Excel exists; otherwise the demo workbook, with the language rules. */
import { REGISTERS } from "../../../src/core/registers";
import { ExcelWorkbook } from "../../../src/excel";
import { loadContext } from "../../../src/app/load-context";
import { validateContext } from "../../../src/app/validate-workbook";
import { isoToSerial } from "../../../src/core/dates";
import { layoutOf } from "../../../src/workbook/spec-layout";
import { DEMO_ROWS } from "../../../scripts/demo-data";
import { demoSheetSpecs } from "../../../src/taskpane/shell/demo-workbook";
import { connectHost } from "../../../src/taskpane/shell/host";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { computeKpis, resolvePeriod } from "../../../src/app/kpis";
import { XlsxWorkbook } from "../../../src/xlsx/workbook";
import { join } from "node:path";
import { createExcelFake, createOfficeFake } from "../../support/excel-fake";

describe("connectHost", () => {
  const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
  });

  it("uses the Office.js adapter inside Excel, in Office's display language", async () => {
    const fake = createExcelFake({ sheets: [{ name: "收文登记簿", values: [["收文编号"], ["S1"]] }] });
    globals.Excel = fake.Excel;
    globals.Office = createOfficeFake({ displayLanguage: "en-GB" });
    const host = await connectHost(globals as never, "");
    expect(host.inExcel).toBe(true);
    expect(host.lang).toBe("en-US");
    expect(host.port).toBeInstanceOf(ExcelWorkbook);
    expect(host.watchChanges).not.toBeNull();
    expect((await host.port.listSheets()).map((s) => s.name)).toEqual(["收文登记簿"]);
  });

  it("lets ?lang= override Office's language", async () => {
    globals.Excel = createExcelFake().Excel;
    globals.Office = createOfficeFake({ displayLanguage: "en-US" });
    expect((await connectHost(globals as never, "?lang=zh-CN")).lang).toBe("zh-CN");
  });

  it("falls back to the demo workbook when Office is absent or Excel is not defined", async () => {
    const plain = await connectHost({}, "?lang=en-US");
    expect(plain.inExcel).toBe(false);
    expect(plain.watchChanges).toBeNull();
    expect(plain.lang).toBe("en-US");
    expect(plain.port).toBeInstanceOf(MemoryWorkbook);
    const noExcel = await connectHost({ Office: createOfficeFake() } as never, "");
    expect(noExcel.inExcel).toBe(false);
  });

  it("gives a demo workbook where every register is recognised and the deliberate mistakes are found", async () => {
    const host = await connectHost({}, "");
    const ctx = await loadContext(host.port);
    expect(ctx.recognition.recognized.map((r) => r.register.id).sort()).toEqual(REGISTERS.map((r) => r.id).sort());
    expect(ctx.settings.holidayOverrides.length).toBeGreaterThan(0);
    expect(ctx.recognition.unrecognized).toEqual([]);
    const report = validateContext(ctx, { workbook: "demo", asOf: isoToSerial("2026-11-20") });
    const found = new Set(
      report.sheets.flatMap((s) => s.issues.map((i) => `${s.sheet}!${i.row} ${i.column} ${i.code}`)),
    );
    const declared = REGISTERS.flatMap((r) => {
      const spec = demoSheetSpecs().find((s) => s.name === r.sheet);
      const first = spec ? layoutOf(spec).firstDataRow : 0;
      return (DEMO_ROWS[r.id] ?? []).flatMap((row, i) =>
        (row.mistakes ?? []).map((m) => `${r.sheet}!${first + i} ${m.column} ${m.code}`),
      );
    });
    expect(declared.length).toBeGreaterThan(5);
    expect(declared.filter((k) => !found.has(k))).toEqual([]);
  });

  it("gives the demo the same KPIs as templates/demo.xlsx: all 14 computed, none short of data", async () => {
    const asOf = isoToSerial("2026-11-20");
    const kpisOf = async (port: Parameters<typeof loadContext>[0]) => {
      const ctx = await loadContext(port);
      return computeKpis(ctx, resolvePeriod(undefined, asOf), asOf, "zh-CN").kpis.map(
        (k) => `${k.id} ${k.status} ${String(k.actual)}`,
      );
    };
    const file = await kpisOf(await XlsxWorkbook.fromFile(join(__dirname, "../../../templates/demo.xlsx")));
    const pane = await kpisOf((await connectHost({}, "")).port);
    expect(pane).toEqual(file);
    expect(pane.filter((k) => k.includes("no-data"))).toEqual([]);
  });
});
