/**
 * LibreOffice as a second reader of what the adapters write: converting an .xlsx to PDF (or back to .xlsx) with
 * `soffice --headless`, and the pages of a PDF it wrote (count and size in points). Tests skip with a message where
 * LibreOffice is absent.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";

export const SOFFICE =
  ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find((p) => existsSync(p)) ?? null;

/** A4 in points, as LibreOffice writes it (210 × 297 mm). */
export const A4_POINTS = { short: 595.3, long: 841.9 };

/** Converts `bytes` (an .xlsx) to `format` in a fresh folder with its own LibreOffice profile; returns the result's bytes. */
export function convertWithLibreOffice(bytes: Uint8Array, format: "pdf" | "xlsx", name = "book.xlsx"): Buffer {
  if (!SOFFICE) throw new Error("LibreOffice not found");
  const dir = mkdtempSync(join(tmpdir(), "ledger-lo-"));
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const out = join(dir, "out");
  execFileSync(
    SOFFICE,
    [
      "--headless",
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--convert-to",
      format,
      "--outdir",
      out,
      input,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  return readFileSync(join(out, basename(name).replace(/\.[^.]+$/, `.${format}`)));
}

export interface PdfPage {
  width: number;
  height: number;
}

/**
 * The pages of a PDF LibreOffice wrote: each `/Type/Page` object's MediaBox, or the page tree's when the page has none.
 * LibreOffice writes page objects uncompressed, so reading the text is enough.
 */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const text = pdf.toString("latin1");
  const box = (s: string): PdfPage | null => {
    const m = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(s);
    return m ? { width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) } : null;
  };
  const objects = [...text.matchAll(/\d+\s+0\s+obj([\s\S]*?)endobj/g)].map((m) => m[1] as string);
  const tree = objects.find((o) => /\/Type\s*\/Pages\b/.test(o));
  const inherited = tree ? box(tree) : null;
  return objects
    .filter((o) => /\/Type\s*\/Page(?!s)\b/.test(o))
    .map((o) => box(o) ?? inherited ?? { width: 0, height: 0 });
}

export function isA4Landscape(p: PdfPage): boolean {
  return Math.abs(p.width - A4_POINTS.long) < 2 && Math.abs(p.height - A4_POINTS.short) < 2;
}

export function isA4Portrait(p: PdfPage): boolean {
  return Math.abs(p.width - A4_POINTS.short) < 2 && Math.abs(p.height - A4_POINTS.long) < 2;
}

/**
 * The package with only `sheet` left in workbook.xml (LibreOffice prints hidden sheets that carry a print area, so
 * hiding the others is not enough); the sheet's local names move to index 0.
 */
export async function onlySheet(bytes: Uint8Array, sheet: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const entries = [...xml.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => m[0]);
  const index = entries.findIndex((e) => e.includes(`name="${sheet}"`));
  for (const e of entries) xml = xml.replace(e, e.includes(`name="${sheet}"`) ? e.replace(/\sstate="[^"]*"/, "") : "");
  xml = xml.replace(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g, (d) => {
    const local = /localSheetId="(\d+)"/.exec(d);
    if (local) return Number(local[1]) === index ? d.replace(/localSheetId="\d+"/, 'localSheetId="0"') : "";
    return d.includes(sheet) ? d : "";
  });
  xml = xml.replace(/activeTab="\d+"/, 'activeTab="0"').replace(/firstSheet="\d+"/, 'firstSheet="0"');
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "uint8array" });
}
