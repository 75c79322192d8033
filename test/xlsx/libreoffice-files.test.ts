/**
 * Files written by a real spreadsheet program (LibreOffice Calc; sources and make.sh in test/fixtures/libreoffice), and
 * files this project writes opened by that program.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { ymdToSerial } from "../../src/core/dates";
import { validateWorkbook } from "../../src/app/validate-workbook";

const fixtures = join(__dirname, "../fixtures/libreoffice");

describe("XlsxWorkbook on workbooks written by LibreOffice", () => {
  test("issue 17's extension columns are recognised by their synonyms in traditional script, and their rules apply", async () => {
    const findings = async (name: string) => {
      const report = await validateWorkbook(await XlsxWorkbook.fromFile(join(fixtures, name), { readOnly: true }), {
        workbook: name,
        asOf: ymdToSerial(2026, 11, 20),
      });
      // Recognised as 问题整改台账 in both files, so an empty list below is a judgement, not a missed sheet.
      expect(report.sheets.map((x) => x.register)).toEqual(["rectifications"]);
      return report.sheets.flatMap((x) => x.issues.map((i) => `${i.code}@${i.row}:${i.column}`));
    };
    // 派單日期 → 分派日期, 照片 → 证据. Row 2: dispatched 11-05 for a problem found 11-02 (due 11-03) and closed
    // without a photo; row 3 keeps both rules.
    const extended = await findings("问题整改台账-扩展列.xlsx");
    expect(extended.filter((f) => /row\/(evidence|dispatch-limit|dispatch-date)/.test(f)).sort()).toEqual([
      "row/dispatch-limit@2:分派日期",
      "row/evidence@2:证据",
    ]);
    // A register made before the extension (no 分派日期, no 证据) is not flagged for what it never had.
    expect(
      (await findings("问题整改台账.xlsx")).filter((f) => /row\/(evidence|dispatch-limit|dispatch-date)/.test(f)),
    ).toEqual([]);
  });

  test("a CSV register with traditional headers: detected dates are serials, ambiguous date text stays text", async () => {
    const wb = await XlsxWorkbook.fromFile(join(fixtures, "收文登记簿-繁体表头.xlsx"));
    const [info] = await wb.listSheets();
    expect(info).toMatchObject({ rowCount: 5, columnCount: 14 });
    const values = (await wb.readSheets([info!.name]))[0]!.values;
    expect(values[0]?.slice(0, 3)).toEqual(["收文編號", "收文日期", "來文單位"]);
    expect(values[1]?.[1]).toBe(ymdToSerial(2026, 9, 1));
    expect(values[1]?.[11]).toBe(ymdToSerial(2026, 9, 4));
    expect(values[1]?.[8]).toBe(2);
    expect(values[3]?.[1]).toBe("2026/9/30");
    expect(values[4]?.[1]).toBe("2026年10月9日");
    expect([null, ""]).toContain(values[4]?.[3]);
  });

  test("a sheet with a merged title, date and date-time cells, a formula and a comment", async () => {
    const wb = await XlsxWorkbook.fromFile(join(fixtures, "台账-合并标题.xlsx"));
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["收文登记簿", "参数设置"]);
    const [register, settings] = await wb.readSheets(["收文登记簿", "参数设置"]);
    expect(register!.values[0]).toEqual(["某某中学2026年收文登记簿", null, null, null, null, null]);
    expect(register!.values[2]?.[1]).toBe(ymdToSerial(2026, 9, 30));
    expect(register!.values[2]?.[5]).toBeCloseTo(ymdToSerial(2026, 9, 30) + (16 * 60 + 45) / 1440, 8);
    expect(register!.values[3]?.[4]).toBe(3); // =E3+1, LibreOffice's cached result
    expect(wb.note("收文登记簿", 3, 3)).toContain("原件在档案室");
    expect(settings!.values).toEqual([
      ["参数", "值"],
      ["传阅时限(工作日)", 3],
    ]);
  });

  test("time, percentage, currency, boolean, rich and multi-line text, a link, an error result, a hidden sheet", async () => {
    const wb = await XlsxWorkbook.fromFile(join(fixtures, "各类单元格.xlsx"));
    expect(await wb.listSheets()).toEqual([
      { name: "会议台账", visible: true, rowCount: 2, columnCount: 9 },
      { name: "草稿", visible: false, rowCount: 1, columnCount: 1 },
    ]);
    const row = (await wb.readSheets(["会议台账"]))[0]!.values[1]!;
    expect(row[0]).toBe("001"); // text stays text
    expect(row[1]).toBe(ymdToSerial(2026, 10, 9)); // shown as 2026年10月9日
    expect(row[2]).toBeCloseTo(14.5 / 24, 9);
    expect(row.slice(3, 6)).toEqual([0.855, 1234.5, 1]); // LibreOffice stores TRUE as 1 with a boolean format
    expect(row.slice(6)).toEqual(["国庆安全专题会\n第二行 & <附注>", "会议资料", "#DIV/0!"]);
  });

  test("marking a LibreOffice comment's cell keeps the comment and clearing restores it", async () => {
    const wb = await XlsxWorkbook.fromFile(join(fixtures, "台账-合并标题.xlsx"));
    const original = wb.note("收文登记簿", 3, 3);
    await wb.applyMarks([
      { sheet: "收文登记簿", row: 3, column: 3, severity: "warning", message: "来文单位不在名单中" },
    ]);
    const reopened = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    expect(reopened.note("收文登记簿", 3, 3)).toContain("来文单位不在名单中");
    await reopened.clearMarks();
    const again = await XlsxWorkbook.fromBuffer(await reopened.toBuffer());
    expect(again.note("收文登记簿", 3, 3)).toBe(original);
  });
});

const libreoffice = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find((p) => existsSync(p));
const withLibreOffice = libreoffice ? describe : describe.skip;
if (!libreoffice) console.log("LibreOffice not found: skipping the tests that open our workbooks in LibreOffice");

withLibreOffice("workbooks we write, opened by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "ledger-lo-"));
  const profile = mkdtempSync(join(tmpdir(), "ledger-lo-profile-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  function convert(file: string, to: string): void {
    execFileSync(
      libreoffice as string,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", dir, file],
      {
        stdio: "pipe",
        timeout: 120_000,
      },
    );
  }

  test("a register sheet with table, validation, formats, notes and settings converts to PDF and back to .xlsx", async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureSheets([
      {
        name: "收文登记簿",
        tableName: "IncomingDocs",
        columns: [
          { header: "收文编号", width: 14, required: true, prompt: { title: "收文编号", message: "例如 SW-2026-001" } },
          { header: "收文日期", width: 12, numberFormat: "yyyy-mm-dd", required: true },
          { header: "密级", width: 8, list: { kind: "values", values: ["公开", "内部", "秘密"] } },
          { header: "份数", width: 6, numeric: { type: "whole", min: 1 }, headerNote: "份数至少为 1" },
        ],
        rows: [["SW-001", ymdToSerial(2026, 10, 9), "公开", 2]],
        formatRows: 50,
        freezeHeader: true,
        page: { orientation: "landscape", fitToOnePage: true, paper: "A4" },
        conditionalFormats: [{ range: "A2:D51", kind: "formula", formula: '=$C2="秘密"', fill: "#FFC7CE" }],
        tabColor: "#4472C4",
        ifExists: "keep",
      },
    ]);
    await wb.applyMarks([{ sheet: "收文登记簿", row: 2, column: 1, severity: "error", message: "收文编号重复" }]);
    await wb.setSetting("ledger.lang", "zh-CN");
    const file = join(dir, "register.xlsx");
    await wb.save(file);

    convert(file, "pdf");
    const pdf = readFileSync(join(dir, "register.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Round trip through LibreOffice's own writer: the values, dates and our settings survive.
    convert(file, "ods");
    const back = join(dir, "back");
    execFileSync(
      libreoffice as string,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        back,
        join(dir, "register.ods"),
      ],
      {
        stdio: "pipe",
        timeout: 120_000,
      },
    );
    const reread = await XlsxWorkbook.fromFile(join(back, "register.xlsx"));
    expect((await reread.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual(["收文登记簿"]);
    expect((await reread.readSheets(["收文登记簿"]))[0]?.values[1]).toEqual([
      "SW-001",
      ymdToSerial(2026, 10, 9),
      "公开",
      2,
    ]);
    expect(await reread.getSetting("ledger.lang")).toBe("zh-CN");
  }, 240_000);

  test("the demo workbook saved again by LibreOffice (via .ods) checks with exactly the same findings", async () => {
    const demo = join(__dirname, "../../templates/demo.xlsx");
    convert(demo, "ods");
    const back = join(dir, "demo-back");
    execFileSync(
      libreoffice as string,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        back,
        join(dir, "demo.ods"),
      ],
      {
        stdio: "pipe",
        timeout: 120_000,
      },
    );
    const findings = async (file: string) => {
      const report = await validateWorkbook(await XlsxWorkbook.fromFile(file, { readOnly: true }), {
        workbook: "demo",
        asOf: ymdToSerial(2026, 11, 22),
      });
      return report.sheets.flatMap((s) => s.issues.map((i) => `${s.sheet} ${i.row} ${i.column} ${i.code}`)).sort();
    };
    const original = await findings(demo);
    expect(original.length).toBeGreaterThan(10);
    expect(await findings(join(back, "demo.xlsx"))).toEqual(original);
  }, 240_000);
});
