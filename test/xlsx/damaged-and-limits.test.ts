/**
 * Reader-level findings of issue 12: damaged packages are refused naming the part (nothing from a damaged part is
 * validated), formulas without a cached result are reported instead of read as 0, a package past the documented
 * limits is refused with a message, and a register reaching column XFD does not crash refresh.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { PACKAGE_LIMITS } from "../../src/xlsx/package/opc";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { minimalWorkbook, richWorkbook } from "../fixtures/preservation/corpus";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ledger-damaged-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), today: () => "2026-11-18", cwd: dir };
  const code = await runCli(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function edited(base: Uint8Array, edit: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The zip with `name`'s uncompressed size written as `size` in its local and central headers (a lying archive). */
function understateSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const want = new TextEncoder().encode(name);
  const named = (at: number) => want.every((b, k) => out[at + k] === b);
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    // Local file header: size at 22, name at 30; central directory header: size at 24, name at 46.
    if (sig === 0x04034b50 && view.getUint16(at + 26, true) === want.length && named(at + 30))
      view.setUint32(at + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(at + 28, true) === want.length && named(at + 46))
      view.setUint32(at + 24, size, true);
  }
  return out;
}

/** Runs `body` with the part limit lowered to `bytes`, restoring it after. */
async function withPartLimit(bytes: number, body: () => Promise<void>): Promise<void> {
  const saved = PACKAGE_LIMITS.partBytes;
  PACKAGE_LIMITS.partBytes = bytes;
  try {
    await body();
  } finally {
    PACKAGE_LIMITS.partBytes = saved;
  }
}

const JS_ERROR = /Cannot read|undefined|TypeError|Invalid string length|\[object|RangeError/;

async function expectRefused(name: string, bytes: Uint8Array, zh: RegExp, en: RegExp): Promise<void> {
  writeFileSync(join(dir, name), bytes);
  for (const command of [
    ["check", name],
    ["refresh", name, "-o", `out-${name}`],
  ]) {
    const r = await run(command);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(zh);
    expect(r.err).toContain(name);
    expect(r.err).not.toMatch(JS_ERROR);
    const e = await run([...command, "--lang", "en-US"]);
    expect(e.err).toMatch(en);
  }
}

describe("damaged packages are refused naming the part", () => {
  test("a sheet part missing", async () => {
    const bytes = await edited(await richWorkbook(), (z) => {
      z.remove("xl/worksheets/sheet1.xml");
    });
    await expectRefused(
      "missing-part.xlsx",
      bytes,
      /工作簿已损坏.*xl\/worksheets\/sheet1\.xml/,
      /damaged.*xl\/worksheets\/sheet1\.xml/,
    );
  });

  test("a sheet part cut in half", async () => {
    const bytes = await edited(await richWorkbook(), async (z) => {
      const xml = (await z.file("xl/worksheets/sheet1.xml")?.async("string")) as string;
      z.file("xl/worksheets/sheet1.xml", xml.slice(0, Math.floor(xml.length / 2)));
    });
    await expectRefused("half-sheet.xlsx", bytes, /工作簿已损坏.*xl\/worksheets\/sheet1\.xml.*截断/, /cut short/);
  });

  test("a corrupt shared-strings part gives one message, not bogus issues", async () => {
    const garbage = await edited(await richWorkbook(), (z) => {
      z.file("xl/sharedStrings.xml", "\u0000\u0001garbage that is not XML at all");
    });
    await expectRefused(
      "bad-sst.xlsx",
      garbage,
      /工作簿已损坏.*xl\/sharedStrings\.xml/,
      /damaged.*xl\/sharedStrings\.xml/,
    );
    const short = await edited(await richWorkbook(), async (z) => {
      const xml = (await z.file("xl/sharedStrings.xml")?.async("string")) as string;
      z.file("xl/sharedStrings.xml", xml.replace(/<si><t>公开<\/t><\/si>[\s\S]*<\/sst>/, "</sst>"));
    });
    await expectRefused("short-sst.xlsx", short, /工作簿已损坏.*xl\/sharedStrings\.xml/, /xl\/sharedStrings\.xml/);
  });
});

describe("formulas without a cached result", () => {
  async function uncached(): Promise<Uint8Array> {
    return edited(await minimalWorkbook(), async (z) => {
      const xml = (await z.file("xl/worksheets/sheet1.xml")?.async("string")) as string;
      // 份数 (the 6th cell of the data row) becomes a formula openpyxl would write: no <v>.
      let n = 0;
      z.file(
        "xl/worksheets/sheet1.xml",
        xml.replace(/<c><v>1<\/v><\/c>/g, (m) => (n++ === 0 ? "<c><f>1+1</f></c>" : m)),
      );
    });
  }

  test("are read as empty, never 0, and listed as unread", async () => {
    const wb = await XlsxWorkbook.fromBuffer(await uncached());
    const [sheet] = await wb.readSheets(["收文登记簿"]);
    expect(sheet?.values[1]?.[5]).toBeNull();
    expect(sheet?.unread).toEqual([{ row: 2, column: 6, kind: "uncached-formula" }]);
  });

  test("check reports each one at its row and column, in both languages", async () => {
    writeFileSync(join(dir, "uncached.xlsx"), await uncached());
    const zh = await run(["check", "uncached.xlsx", "--json"]);
    const issues = JSON.parse(zh.out).sheets[0].issues as Array<{
      row: number;
      column: string;
      code: string;
      message: string;
    }>;
    const found = issues.filter((i) => i.code === "cell/uncached-formula");
    expect(found).toEqual([
      {
        row: 2,
        column: "份数",
        code: "cell/uncached-formula",
        severity: "error",
        message: "F2 的公式没有计算结果，请在 Excel 中打开并保存后再检查",
      },
    ]);
    expect(issues.filter((i) => i.row === 2 && i.column === "份数")).toHaveLength(1);
    const en = await run(["check", "uncached.xlsx", "--json", "--lang", "en-US"]);
    expect(en.out).toContain("The formula in F2 has no calculated result");
    expect(zh.code).toBe(1);
  });
});

describe("documented limits", () => {
  test("a part inflating past the limit (a zip bomb) is refused with the limit named", async () => {
    await withPartLimit(1024 * 1024, async () => {
      const bomb = await edited(await minimalWorkbook(), (z) => {
        z.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${"<row/>".repeat(400_000)}</sheetData></worksheet>`);
      });
      expect(bomb.length).toBeLessThan(100_000);
      await expectRefused("bomb.xlsx", bomb, /工作簿过大.*xl\/worksheets\/sheet1\.xml > 1 MB/, /too large/);
    });
  });

  test("a part whose zip entry understates its size is stopped at the limit while read, with the same message", async () => {
    await withPartLimit(1024 * 1024, async () => {
      const honest = await edited(await minimalWorkbook(), (z) => {
        z.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${"<row/>".repeat(400_000)}</sheetData></worksheet>`);
      });
      const lying = understateSize(honest, "xl/worksheets/sheet1.xml", 500);
      await expectRefused("lying-bomb.xlsx", lying, /工作簿过大.*xl\/worksheets\/sheet1\.xml > 1 MB/, /too large/);
    });
  });

  test("a sheet past the cell limit is refused naming the sheet", async () => {
    const saved = PACKAGE_LIMITS.cellsPerSheet;
    PACKAGE_LIMITS.cellsPerSheet = 5;
    try {
      await expectRefused("cells.xlsx", await minimalWorkbook(), /收文登记簿.*超过/, /more than/);
    } finally {
      PACKAGE_LIMITS.cellsPerSheet = saved;
    }
  });

  test("a register reaching column XFD is refreshed without its computed columns and says why", async () => {
    const bytes = await edited(await minimalWorkbook(), async (z) => {
      const xml = (await z.file("xl/worksheets/sheet1.xml")?.async("string")) as string;
      z.file(
        "xl/worksheets/sheet1.xml",
        xml
          .replace("</row>", '<c r="XFD1" t="inlineStr"><is><t>备注</t></is></c></row>')
          .replace(/<row>/g, (_m, i: number) => (i === xml.indexOf("<row>") ? '<row r="1">' : '<row r="2">')),
      );
    });
    writeFileSync(join(dir, "xfd.xlsx"), bytes);
    const r = await run(["refresh", "xfd.xlsx", "-o", "out-xfd.xlsx", "--as-of", "2026-11-18"]);
    expect(r.err).not.toMatch(JS_ERROR);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/已没有空列.*XFD/);
  });
});
