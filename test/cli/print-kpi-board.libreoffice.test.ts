/**
 * End to end, printed: `ledger refresh` on templates/demo.xlsx, then LibreOffice prints the refreshed KPI看板 (alone:
 * the other sheets are left out of the package first) to PDF. Every page must be A4 landscape and there must be few of
 * them — the board is read at 100%, not shrunk to 4–5 pt on one page. Issue #16 §5. Skipped without LibreOffice.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { parseDefinedNames } from "../../src/xlsx/package/defined-names";
import { convertWithLibreOffice, isA4Landscape, onlySheet, pdfPages, SOFFICE } from "../support/libreoffice-pdf";

const withLibreOffice = SOFFICE ? test : test.skip;
if (!SOFFICE)
  console.warn(
    "print-kpi-board.libreoffice.test: LibreOffice (soffice) not found — printing KPI看板 to PDF is skipped",
  );

withLibreOffice(
  "KPI看板 refreshed from the demo workbook prints on a few A4 landscape pages with its print titles",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-print-kpi-"));
    try {
      fs.copyFileSync(path.join(__dirname, "../../templates/demo.xlsx"), path.join(dir, "demo.xlsx"));
      const stderr: string[] = [];
      const io: CliIo = { out: () => undefined, err: (t) => stderr.push(t), today: () => "2026-11-22", cwd: dir };
      expect(await runCli(["refresh", "demo.xlsx", "-o", "out.xlsx"], io)).toBe(0);
      expect(stderr.join("\n")).toBe("");
      const refreshed = fs.readFileSync(path.join(dir, "out.xlsx"));
      const board = await onlySheet(refreshed, "KPI看板");
      const names = parseDefinedNames(
        (await (await JSZip.loadAsync(board)).file("xl/workbook.xml")?.async("string")) ?? "",
      );
      expect(names.find((n) => n.name === "_xlnm.Print_Titles")?.formula).toBe("'KPI看板'!$7:$7");

      const pages = pdfPages(convertWithLibreOffice(board, "pdf", "kpi.xlsx"));
      // Fourteen rows at a readable size take two pages; one page would mean the board was shrunk to fit again.
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.length).toBeLessThanOrEqual(3);
      for (const p of pages) expect(isA4Landscape(p)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000,
);
